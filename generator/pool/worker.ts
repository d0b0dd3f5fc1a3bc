/**
 * A worker of the pool (see pool.ts): reads the specs it is sent one at a time (parse, recover,
 * extract, validate: `catalogFor`, as the main thread does), and sends back each catalog. Built
 * into its own bundle (scripts/bundle.ts).
 */

import { parentPort, workerData } from 'node:worker_threads';
import { catalogFor } from '../pipeline.js';
import { enableTimings, stageTimings } from '../timings/index.js';
import type { ReadJob, ReadTask, WorkerReply } from './messages.js';

const job = workerData as ReadJob;
if (job.timings) enableTimings();

parentPort!.on('message', (task: ReadTask) => {
  let reply: WorkerReply;
  try {
    reply = { kind: 'done', index: task.index, catalog: catalogFor(task.spec, job), stages: stageTimings() };
  } catch (error) {
    const { name = 'Error', message = String(error), stack = '' } = error instanceof Error ? error : {};
    reply = { kind: 'failed', index: task.index, error: { name, message, stack } };
  }
  parentPort!.postMessage(reply);
});
