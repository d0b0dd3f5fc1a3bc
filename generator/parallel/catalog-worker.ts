/**
 * A worker thread of `catalogsOf` (catalogs.ts): it reads specs into catalogs, taking the next
 * spec from the counter it shares with the main thread, and posts each catalog back.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { catalogFor } from '../pipeline.js';
import { enableTimings, stageTimings } from '../timings/index.js';
import type { WorkerInput, WorkerMessage } from './catalogs.js';

const { specs, settings, counter, timings } = workerData as WorkerInput;
if (timings) enableTimings();
const next = new Int32Array(counter);
const post = (message: WorkerMessage): void => parentPort!.postMessage(message);
for (;;) {
  const index = Atomics.add(next, 0, 1);
  if (index >= specs.length) break;
  post({ kind: 'catalog', index, catalog: catalogFor(specs[index]!, settings) });
}
post({ kind: 'done', timings: stageTimings() });
