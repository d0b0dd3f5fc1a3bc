/**
 * What extraction hands to validation: every entry-like row as a candidate, before
 * duplicates are dropped and names are made unique.
 */

import type { Entry, Locale, Point, SkippedRow } from '../model.js';
import type { ReadExample } from './envelope.js';
import type { FrontMatter } from './front-matter.js';

/**
 * One row read as an entry: an `Entry` before it has its identifiers, with the positions
 * validation needs to point at.
 */
export interface Candidate extends Omit<Entry, 'kind' | 'name' | 'className' | 'line' | 'column' | 'placeholders' | 'variants'> {
  /** A name/enum column's value, or `null`. */
  readonly nameCell: string | null;
  /** Locale of the row's main message: a message column's, else a description's; `null` with none. */
  readonly primaryLocale: Locale | null;
  /** Position of the row. */
  readonly at: Point;
  /** Position of the code cell. */
  readonly codeAt: Point;
  /** Position of each message's cell, where the extractor knows it (tables do); else the row's. */
  readonly messageAt?: { readonly [locale: Locale]: Point };
  /** Position of the status cell, or of the row when the status came from elsewhere. */
  readonly statusAt: Point;
}

/** Everything extraction found in one spec. */
export interface Extraction {
  /** The document's title. */
  readonly title: string;
  /** Entry-like rows that were read as entries, in spec order. */
  readonly candidates: readonly Candidate[];
  /** Entry-like rows that could not be read, with why. */
  readonly skipped: readonly SkippedRow[];
  /** The error response example, with its fields, or `null` when the spec shows none. */
  readonly example: ReadExample | null;
  /** What the front matter says. */
  readonly frontMatter: FrontMatter;
}
