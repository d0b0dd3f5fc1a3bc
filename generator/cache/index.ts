/**
 * The cache, under `node_modules/.cache/errspec/`: each spec's catalog, by content hash, and the
 * record of what the last run wrote to each output folder.
 */

export { cachedCatalogs, uncachedSpecs, type RunInputs } from './cached-run.js';
export { hashParts, toolIdentity } from './key.js';
export { outputKeys, sharedKey, type OutputInputs } from './output-keys.js';
export { loadRecord, recordOf, saveRecord, sharedUpToDate, summaryOf, upToDate, type OutputRecord, type RecordedCatalog } from './output-record.js';
export { CacheStore, cacheDir } from './store.js';
