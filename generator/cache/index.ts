/**
 * The cache: each spec's catalog, by content hash, under `node_modules/.cache/errspec/`.
 */

export { cachedCatalogs, type RunInputs } from './cached-run.js';
export { hashParts, toolIdentity } from './key.js';
export { CacheStore, cacheDir } from './store.js';
