/**
 * What the emit stage takes and gives back.
 */

import type { OptionalKind, SourceFileStructure } from 'ts-morph';
import type { Slot } from './slots.js';

/** Settings of one generator run that emitted files depend on. */
export interface EmitContext {
  /** Generator name for headers, e.g. `"errspec"`. */
  readonly generator: string;
}

/** One emitted file, ready to write. */
export interface GeneratedFile {
  /** Path relative to the output dir, `/` separators, e.g. `"pet-core/errors.ts"`. */
  readonly path: string;
  /** Full text, LF line endings, ends with one newline. */
  readonly content: string;
}

/** A TypeScript file before printing: its path and its ts-morph structure. */
export interface TypeScriptFile {
  /** Path relative to the output dir, `/` separators, e.g. `"pet-core/codes.ts"`. */
  readonly path: string;
  /** The file's statements; its header goes in `leadingTrivia`. */
  readonly structure: OptionalKind<SourceFileStructure>;
  /** The per-entry statements, written in every form; `structure` holds their markers (see slots.ts). */
  readonly slots?: readonly Slot[];
}
