/**
 * A small pool of worker threads that reads specs in parallel: each spec's parse, recovery,
 * extraction and validation depend on that spec alone, so on a machine with two cores two specs
 * are read at once. Catalogs come back by index, so the run's catalogs are in spec order, and
 * byte for byte those of a run in one thread, whatever the scheduling.
 *
 * This thread reads specs too, beside a worker per free core: every worker costs its start-up
 * (loading errspec and remark, about 150 ms of CPU), its own heap and the copy of what it sends
 * back. Workers send catalogs only: emitting there too was measured, and holding their files
 * (40 MB for 10k entries) until the write took the peak RSS over 300 MB. Small runs (the seeds,
 * a one-file edit) stay in one thread. A worker that throws or dies fails the run with an error
 * naming the spec, before anything is written; the other workers are stopped.
 */

import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { UserError } from '../errors.js';
import type { SpecFile } from '../read/index.js';
import { addTime, type Stage } from '../timings/index.js';
import type { Catalog } from '../model.js';
import type { ReadJob, WorkerReply } from './messages.js';
import { packageRoot, runsBuilt } from './package-root.js';

/**
 * Spec text below which a run reads in one thread: about 0.5 s of reading on one core, which two
 * workers halve by less than they cost to start.
 */
export const MIN_POOL_BYTES = 256 * 1024;

/**
 * Machines with fewer cores read in one thread. Measured on 2 cores (one free by the load
 * average), a 10k cold run with a worker took 2-12% longer than without it, in six of seven
 * pairs, and 80 MB more RSS: two busy threads there each run about 1.5x slower than one alone
 * (two remark baselines side by side took 4.1 s each, one alone 2.6-3.5 s), so the worker's half
 * of the parse saves less than its start-up, its heap and its copies cost.
 */
const MIN_POOL_CORES = 3;

/** At most this many workers: each holds its own heap, and the reading is all there is to split. */
export const MAX_WORKERS = 4;

/**
 * A worker's young generation in MB: three semi-spaces of 32 MB, as the main thread has (cli.ts).
 * With V8's default for workers (16 MB semi-spaces) a worker spent 25% more CPU on the same specs
 * than the main thread; this costs it about 35 MB of peak RSS at 10k entries.
 */
const YOUNG_MB = 96;

/** The built worker (scripts/bundle.ts), beside the CLI; the sources cannot run in a worker. */
export function workerFile(): string {
  return path.join(packageRoot(), 'dist', 'generator', 'pool', 'worker.js');
}

/**
 * How many workers read `specs` beside this thread: 0 for small inputs and on fewer than
 * `MIN_POOL_CORES` cores, else one per free core, at most one per other core, one per spec but
 * one, and `MAX_WORKERS`.
 *
 * A core counts as free by the one-minute load average: on a machine already busier than its
 * cores (a shared CI runner, parallel test workers) a worker only adds its start-up, its heap and
 * its copies to the CPU the run needs. Measured on 2 busy cores (load 8): a 10k cold run took
 * 2.6x the remark baseline with a worker, 2.2x without.
 *
 * @param requested a number of workers to use whatever the size and load (0 for none), e.g. from
 *   `ERRSPEC_WORKERS`; `null` to decide. Without a built worker, 0.
 * @param load the one-minute load average, `os.loadavg()[0]` (0 where the system has none).
 * @param cores `os.availableParallelism()`.
 */
export function poolSize(specs: readonly SpecFile[], requested: number | null, load = os.loadavg()[0]!, cores = os.availableParallelism()): number {
  if (requested !== null) return existsSync(workerFile()) ? Math.min(requested, specs.length) : 0;
  // The sources (under the tests) would start a worker of another build: only the built errspec pools.
  if (specs.length < 2 || !runsBuilt()) return 0;
  const bytes = specs.reduce((sum, spec) => sum + spec.text.length, 0);
  if (bytes < MIN_POOL_BYTES || cores < MIN_POOL_CORES) return 0;
  // The load counts this run too once it has run a while (the bench's runs follow each other): a
  // worker for each core the load leaves, and never more than the cores beside this thread's.
  return Math.max(0, Math.min(Math.floor(cores - load), cores - 1, specs.length - 1, MAX_WORKERS));
}

/**
 * Read `specs` in `workers` worker threads and in this one, each taking the next spec when it is
 * done with one (this thread lets the workers' answers in between its own specs); the catalogs
 * in the order of `specs`. Rejects, after stopping every worker, when one fails: with the
 * `UserError` it threw, or an error naming the spec.
 *
 * @param here reads one spec in this thread, as a worker does (`catalogFor`); `null` to leave
 *   every spec to the workers.
 * @param file the worker's script, `workerFile()` but in the tests of failures.
 */
export async function readInWorkers(
  specs: readonly SpecFile[],
  job: ReadJob,
  workers: number,
  here: ((spec: SpecFile) => Catalog) | null,
  file = workerFile(),
): Promise<Catalog[]> {
  const catalogs: Catalog[] = new Array(specs.length);
  if (specs.length === 0) return catalogs;
  const started: Worker[] = [];
  // Each worker's stage totals so far: added to this thread's once, at the end.
  const stages = new Map<Worker, Record<string, number>>();
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      let failed = false;
      const fail = (error: Error): void => {
        failed = true;
        reject(error);
      };
      const finished = (): void => {
        if (++done === specs.length) resolve();
      };
      const reading = new Map<Worker, number>();
      const feed = (worker: Worker): void => {
        if (next >= specs.length || failed) return;
        reading.set(worker, next);
        worker.postMessage({ index: next, spec: specs[next++] });
      };
      const source = (worker: Worker): string => {
        const index = reading.get(worker);
        return index === undefined ? 'a spec' : `\`${specs[index]!.source}\``;
      };
      for (let i = 0; i < Math.min(here === null ? Math.max(1, workers) : workers, specs.length); i++) {
        const worker = new Worker(file, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
        started.push(worker);
        worker.on('message', (reply: WorkerReply) => {
          if (reply.kind === 'failed') {
            fail(failure(specs[reply.index]!, reply.error));
            return;
          }
          catalogs[reply.index] = reply.catalog;
          stages.set(worker, reply.stages);
          reading.delete(worker);
          feed(worker);
          finished();
        });
        worker.on('error', (error) => fail(new Error(`errspec bug: a worker failed while reading ${source(worker)}: ${error.stack ?? error.message}`)));
        worker.on('exit', (code) => {
          if (done < specs.length) fail(new Error(`errspec bug: a worker stopped (exit code ${code}) while reading ${source(worker)}`));
        });
        feed(worker);
      }
      if (here === null) return;
      // This thread's share, one spec at a time, while the workers start and work.
      void (async () => {
        while (next < specs.length && !failed) {
          const index = next++;
          try {
            catalogs[index] = here(specs[index]!);
          } catch (error) {
            fail(error as Error);
            return;
          }
          finished();
          await new Promise((resume) => setImmediate(resume));
        }
      })();
    });
  } finally {
    await Promise.all(started.map((worker) => worker.terminate()));
  }
  for (const totals of stages.values()) for (const [stage, ms] of Object.entries(totals)) addTime(stage as Stage, ms);
  return catalogs;
}

/** The error a worker sent for `spec`, as this thread would have thrown it. */
function failure(spec: SpecFile, error: { readonly name: string; readonly message: string; readonly stack: string }): Error {
  if (error.name === 'UserError') return new UserError(error.message);
  const found = new Error(`errspec bug: reading \`${spec.source}\` in a worker: ${error.message}`);
  found.stack = `${found.message}\n${error.stack.split('\n').slice(1).join('\n')}`;
  return found;
}
