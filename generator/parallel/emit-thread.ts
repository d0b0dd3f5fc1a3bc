/**
 * Emitting on a worker thread, for runs that emit a few catalogs (a one-file edit): the worker
 * loads ts-morph, about a third of such a run, while the main thread reads the specs that
 * changed; it then emits and compiles them. The files are the same as the main thread's (the
 * same code makes them); if the worker cannot start or stops, the main thread emits instead.
 */

import { Worker } from 'node:worker_threads';
import type { CatalogFiles } from '../cache/index.js';
import type { Catalog } from '../model.js';
import { addTime, count } from '../timings/index.js';

/** What the main thread sends: a catalog to emit. */
export interface EmitRequest {
  readonly id: number;
  readonly catalog: Catalog;
}

/** What the worker sends back: the catalog's files, or why it could not make them. */
export type EmitReply = { readonly id: number; readonly files: CatalogFiles } | { readonly id: number; readonly error: string };

/** An error of the worker's emit: an errspec bug, as it would be on the main thread. */
export class EmitThreadError extends Error {}

/** A worker that emits catalogs. */
export class EmitThread {
  private readonly waiting = new Map<number, { resolve: (files: CatalogFiles) => void; reject: (error: Error) => void }>();
  private next = 0;
  private stopped = false;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: EmitReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ('files' in reply) waiter?.resolve(reply.files);
      else waiter?.reject(new EmitThreadError(reply.error));
    });
    const stop = (): void => {
      this.stopped = true;
      for (const waiter of this.waiting.values()) waiter.reject(new Error('the emit worker stopped'));
      this.waiting.clear();
    };
    worker.on('error', stop);
    worker.on('exit', stop);
  }

  /** Start a worker; `null` when this process cannot. */
  static start(): EmitThread | null {
    if (process.env.ERRSPEC_WORKERS === '0') return null;
    try {
      return new EmitThread(new Worker(new URL('./emit-worker.js', import.meta.url)));
    } catch {
      return null;
    }
  }

  /**
   * The files of `catalog`, emitted and compiled on the worker; `local` makes them on this
   * thread when the worker cannot. An error of the emit itself is thrown as it is.
   */
  async emit(catalog: Catalog, local: () => Promise<CatalogFiles>): Promise<CatalogFiles> {
    if (this.stopped) return local();
    const id = this.next++;
    const started = performance.now();
    try {
      const files = await new Promise<CatalogFiles>((resolve, reject) => {
        this.waiting.set(id, { resolve, reject });
        this.worker.postMessage({ id, catalog } satisfies EmitRequest);
      });
      // The worker ran beside this thread: its time is added to `emit`, not nested in a stage.
      addTime('emit', performance.now() - started);
      count('worker-emits');
      return files;
    } catch (error) {
      if (error instanceof EmitThreadError) throw new Error(error.message);
      return local();
    }
  }

  /** Stop the worker, so that the process can exit. */
  close(): void {
    this.stopped = true;
    void this.worker.terminate();
  }
}
