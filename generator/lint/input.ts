/**
 * What every lint rule reads: one spec run through the pipeline's stages, keeping what the
 * catalog alone drops (every row before duplicates are folded, cell positions, the prose).
 */

import { Reporter } from '../diagnostics.js';
import { DEFAULT_OPTIONS, buildCatalog, extract, type Candidate } from '../extract/index.js';
import type { Catalog } from '../model.js';
import { parse, type Block } from '../parse/index.js';
import type { SpecFile } from '../read/index.js';
import { validate } from '../validate/index.js';
import { statedConventions, type Convention } from './convention.js';

/** One spec as lint sees it. */
export interface LintInput {
  /** The catalog, with the pipeline's own diagnostics, as `generate` builds it. */
  readonly catalog: Catalog;
  /** Every entry-like row read as an entry, duplicates included, in spec order. */
  readonly candidates: readonly Candidate[];
  /** The rows that became entries (after duplicates are folded), in spec order. */
  readonly kept: readonly Candidate[];
  /** The document's blocks. */
  readonly blocks: readonly Block[];
  /** The spec's lines: `lines[n - 1]` is line `n`. */
  readonly lines: readonly string[];
  /** Code formats the document states. */
  readonly conventions: readonly Convention[];
}

/** Read a spec for linting; the same stages, in the same order, as `catalogOf` in the pipeline. */
export function lintInput(spec: SpecFile): LintInput {
  const reporter = new Reporter(spec.source);
  const blocks = parse(spec.text, reporter);
  const extraction = extract(blocks, spec.id, reporter);
  const { kept, skipped } = validate(extraction, reporter);
  const catalog = buildCatalog({ id: spec.id, source: spec.source, extraction, kept, skipped, defaults: DEFAULT_OPTIONS }, reporter);
  const lines = spec.text.split('\n');
  return { catalog, candidates: extraction.candidates, kept, blocks, lines, conventions: statedConventions(blocks, lines) };
}
