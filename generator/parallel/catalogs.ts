/**
 * Specs read into catalogs on two threads: remark's parse is most of a large run's reading, and
 * specs are independent. The main thread and one worker take specs in turn from a shared
 * counter, so neither waits for the other however the sizes fall; each catalog lands at its
 * spec's index, so the result is the same as reading them one by one. Small runs stay on the
 * main thread (a worker takes about 0.2 s to load remark); a worker that fails leaves its specs
 * to the main thread.
 */

import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Catalog } from '../model.js';
import type { SpecFile } from '../read/index.js';
import type { Context } from '../pipeline.js';
import { addTime, count, timingsEnabled, type Stage } from '../timings/index.js';

/** What reading a spec into a catalog depends on besides the spec. */
export type CatalogSettingsOf = Pick<Context, 'defaults' | 'catalogs' | 'rules'>;

/** What a worker is given. */
export interface WorkerInput {
  readonly specs: readonly SpecFile[];
  readonly settings: CatalogSettingsOf;
  /** One Int32: the index of the next spec to read, shared by the threads. */
  readonly counter: SharedArrayBuffer;
  /** Whether to record stage timings (`ERRSPEC_TIMINGS=1`) and send them back. */
  readonly timings: boolean;
}

/** What a worker posts: a catalog, then its stage timings when it has no spec left. */
export type WorkerMessage =
  | { readonly kind: 'catalog'; readonly index: number; readonly catalog: Catalog }
  | { readonly kind: 'done'; readonly timings: Record<string, number> };

/** Characters of spec text below which a second thread costs more than it saves. */
const WORTH_A_WORKER = 250_000;

/**
 * The catalog of each spec, in order.
 *
 * @param read reads one spec on this thread; the worker calls `catalogFor` with `settings`,
 *   which must give the same catalog.
 */
export async function catalogsOf(specs: readonly SpecFile[], settings: CatalogSettingsOf, read: (spec: SpecFile) => Catalog): Promise<Catalog[]> {
  const size = specs.reduce((sum, spec) => sum + spec.text.length, 0);
  if (size < WORTH_A_WORKER || specs.length < 2 || process.env.ERRSPEC_WORKERS === '0' || os.availableParallelism() < 2) return specs.map(read);
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const catalogs: (Catalog | undefined)[] = new Array<Catalog | undefined>(specs.length);
  const input: WorkerInput = { specs, settings, counter, timings: timingsEnabled() };
  let worker: Worker;
  try {
    worker = new Worker(new URL('./catalog-worker.js', import.meta.url), { workerData: input });
  } catch {
    return specs.map(read);
  }
  const finished = new Promise<void>((resolve) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'catalog') {
        catalogs[message.index] = message.catalog;
        count('worker-catalogs');
      }
      else for (const [stage, ms] of Object.entries(message.timings)) addTime(stage as Stage, ms);
    });
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
  for (;;) {
    const index = Atomics.add(next, 0, 1);
    if (index >= specs.length) break;
    catalogs[index] = read(specs[index]!);
  }
  await finished;
  // Specs a failed worker took and did not finish are read here.
  return catalogs.map((catalog, index) => catalog ?? read(specs[index]!));
}
