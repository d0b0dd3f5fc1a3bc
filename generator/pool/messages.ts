/**
 * What the pool and its workers say to each other. Everything is plain data: it crosses the
 * thread boundary by structured clone.
 */

import type { CatalogSettings } from '../pipeline.js';
import type { RuleLevel } from '../config/define-config.js';
import type { Catalog, CatalogOptions } from '../model.js';
import type { SpecFile } from '../read/index.js';

/** What every spec of a run is read with: the run's settings, given to each worker once. */
export interface ReadJob {
  /** Options of catalogs whose spec does not set them. */
  readonly defaults: CatalogOptions;
  /** The config file's settings of single catalogs, by catalog id. */
  readonly catalogs: ReadonlyMap<string, CatalogSettings>;
  /** The config file's rule levels, by rule id. */
  readonly rules: ReadonlyMap<string, RuleLevel>;
  /** Whether the worker records stage timings and sends them back. */
  readonly timings: boolean;
}

/** One spec for a worker to read. */
export interface ReadTask {
  readonly index: number;
  readonly spec: SpecFile;
}

/** A worker's answer to one task: the spec's catalog as the cache keeps it, or why it failed. */
export type WorkerReply =
  | { readonly kind: 'done'; readonly index: number; readonly catalog: Catalog; readonly stages: Record<string, number> }
  | { readonly kind: 'failed'; readonly index: number; readonly error: { readonly name: string; readonly message: string; readonly stack: string } };
