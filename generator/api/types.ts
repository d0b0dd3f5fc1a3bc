/**
 * Options and results of errspec's programmatic API (`import { generate } from 'errspec'`).
 * Types only, and only over the model and the config's shape, so the published declarations
 * stay a handful of files.
 */

import type { ErrspecConfig } from '../config/define-config.js';
import type { Catalog, CatalogSummary, Diagnostic } from '../model.js';

/** Where a run's configuration comes from, and where its relative paths start. */
export interface RunOptions {
  /** Folder relative paths resolve against and the config file is looked for in, e.g. `'packages/api'`. Default `process.cwd()`. */
  readonly cwd?: string;
  /**
   * The configuration: a config file's path (relative to `cwd`), the configuration itself (its
   * paths relative to `cwd`), or `false` for none. Default: `errspec.config.*` in `cwd` when there
   * is one, as the CLI does.
   */
  readonly config?: string | ErrspecConfig | false;
}

/** Options of `generate()`. */
export interface GenerateOptions extends RunOptions {
  /** Compare the output folder with what the specs generate instead of writing it, as `errspec generate --check`. Default `false`. */
  readonly check?: boolean;
}

/** One generated file. */
export interface GeneratedFile {
  /** Path relative to the output folder, `/` separators, e.g. `'pet-core/index.ts'`. */
  readonly path: string;
  /** Its text, LF line endings. */
  readonly content: string;
}

/** What `generate()` did. */
export interface GenerateResult {
  /** `false` when a spec has errors (nothing is written) or, with `check`, when the output is out of date. */
  readonly ok: boolean;
  /** Absolute path of the output folder. */
  readonly out: string;
  /** Every file errspec generated, in path order (its manifest `.errspec-manifest.json` aside); empty when a spec has errors. */
  readonly files: readonly GeneratedFile[];
  /** Files written (missing or changed), relative to `out`; empty with `check`. */
  readonly written: readonly string[];
  /** Files errspec generated before and removed (or, with `check`, would remove), relative to `out`. */
  readonly removed: readonly string[];
  /** With `check`: files missing or different from what the specs generate, relative to `out`. */
  readonly differing: readonly string[];
  /**
   * One summary per spec, in path order: id, source, locales, entry count and diagnostics (a run
   * whose specs did not change reads none of them; `readCatalogs()` gives whole catalogs).
   */
  readonly catalogs: readonly CatalogSummary[];
  /** Every catalog's diagnostics, `source` relative to the project folder (the output folder's parent). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Options of `readCatalogs()`. */
export interface ReadCatalogsOptions extends RunOptions {
  /** Spec files, folders of `*.md` or globs, relative to `cwd`. Default: the config's `specs`, else `specs`. */
  readonly specs?: string | readonly string[];
}

/** What `readCatalogs()` read. */
export interface ReadCatalogsResult {
  /** One catalog per spec, in path order: the spec alone, translation files not merged (as `errspec inspect --json`). */
  readonly catalogs: readonly Catalog[];
  /** Every catalog's diagnostics, `source` relative to `cwd`. */
  readonly diagnostics: readonly Diagnostic[];
}
