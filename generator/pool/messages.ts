/**
 * What the pool and its workers say to each other. Everything is plain data: it crosses the
 * thread boundary by structured clone.
 */

import type { CatalogSettings } from '../pipeline.js';
import type { RuleLevel } from '../config/define-config.js';
import type { EmitContext } from '../emit/types.js';
import type { TranslationOptions } from '../i18n/index.js';
import type { Catalog, CatalogOptions } from '../model.js';
import type { SpecFile } from '../read/index.js';
import type { OutputFile } from '../write/index.js';

/** What every spec of a run is read with: the run's settings, given to each worker once. */
export interface ReadJob {
  /** Options of catalogs whose spec does not set them. */
  readonly defaults: CatalogOptions;
  /** The config file's settings of single catalogs, by catalog id. */
  readonly catalogs: ReadonlyMap<string, CatalogSettings>;
  /** The config file's rule levels, by rule id. */
  readonly rules: ReadonlyMap<string, RuleLevel>;
  /** Where translation files are. */
  readonly translations: TranslationOptions;
  /** Every catalog id of the run: a translation file is matched to the longest id it starts with. */
  readonly ids: readonly string[];
  /** What the catalogs' files are emitted with. */
  readonly emit: EmitContext;
  /** Whether the worker records stage timings and sends them back. */
  readonly timings: boolean;
}

/** One spec for a worker to read. */
export interface ReadTask {
  readonly index: number;
  readonly spec: SpecFile;
}

/** A spec read: its catalog as the cache keeps it (before translations), and its files when they were emitted. */
export interface ReadOutcome {
  readonly catalog: Catalog;
  /**
   * The catalog's generated files, translations applied, with their hashes; `null` when not
   * emitted: it has errors (nothing is written then), or it was read in the main thread, which
   * emits while writing.
   */
  readonly files: readonly OutputFile[] | null;
}

/** A worker's answer to one task. */
export type WorkerReply =
  | { readonly kind: 'done'; readonly index: number; readonly outcome: ReadOutcome; readonly stages: Record<string, number> }
  | { readonly kind: 'failed'; readonly index: number; readonly error: { readonly name: string; readonly message: string; readonly stack: string } };
