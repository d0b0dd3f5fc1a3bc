/**
 * A worker of the pool (see pool.ts): reads the specs it is sent one at a time, through the same
 * stages as a run in one thread (parse, recover, extract, validate, translations, emit), and
 * sends back each catalog with its files. Built into its own bundle (scripts/bundle.ts).
 */

import { parentPort, workerData } from 'node:worker_threads';
import { emitCatalog } from '../emit/index.js';
import { applyTranslations } from '../i18n/index.js';
import { catalogFor } from '../pipeline.js';
import { hashOf } from '../write/manifest.js';
import { enableTimings, stageTimings, timed } from '../timings/index.js';
import type { ReadJob, ReadOutcome, ReadTask, WorkerReply } from './messages.js';

const job = workerData as ReadJob;
if (job.timings) enableTimings();

/** What a run in one thread computes for the spec, before and under the lock. */
function read(task: ReadTask): ReadOutcome {
  const catalog = catalogFor(task.spec, job);
  const [translated] = applyTranslations([catalog], job.translations, [...job.ids]);
  const broken = translated!.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  if (broken) return { catalog, files: null };
  const files = timed('emit', () => emitCatalog(translated!, job.emit));
  // The write stage hashes every file for the manifest: here, that is done in parallel too.
  return { catalog, files: timed('write', () => files.map((file) => ({ ...file, hash: hashOf(file.content) }))) };
}

parentPort!.on('message', (task: ReadTask) => {
  let reply: WorkerReply;
  try {
    reply = { kind: 'done', index: task.index, outcome: read(task), stages: stageTimings() };
  } catch (error) {
    const { name = 'Error', message = String(error), stack = '' } = error instanceof Error ? error : {};
    reply = { kind: 'failed', index: task.index, error: { name, message, stack } };
  }
  parentPort!.postMessage(reply);
});
