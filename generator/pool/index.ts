/**
 * The worker pool: specs parsed in parallel, in worker threads, when there are enough of them.
 */

export type { ReadJob } from './messages.js';
export { MAX_WORKERS, MIN_POOL_BYTES, poolSize, readInWorkers, workerFile } from './pool.js';
export { packageRoot, runsBuilt } from './package-root.js';
