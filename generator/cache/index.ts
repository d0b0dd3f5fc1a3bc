/**
 * The cache: each spec's catalog and generated files, by content hash, under
 * `node_modules/.cache/errspec/`.
 */

export { cachedRun, type CachedRunResult, type CatalogFiles, type RunInputs, type Stages } from './cached-run.js';
export { hashParts, toolIdentity } from './key.js';
export { CacheStore, cacheDir } from './store.js';
