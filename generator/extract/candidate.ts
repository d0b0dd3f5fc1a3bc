/**
 * What extraction hands to validation: every entry-like row as a candidate, before
 * duplicates are dropped and names are made unique.
 */

import type { Envelope, Locale, Messages, Point, SkippedRow, StatusSource } from '../model.js';

/** One row read as an entry, with the positions validation needs to point at. */
export interface Candidate {
  /** The code as written. */
  readonly code: string;
  /** A name/enum column's value, or `null`. */
  readonly nameCell: string | null;
  readonly httpStatus: number | null;
  readonly httpStatusSource: StatusSource | null;
  readonly messages: Messages;
  /** Locale of the row's main message: a message column's, else a description's; `null` with none. */
  readonly primaryLocale: Locale | null;
  readonly description: string | null;
  readonly remedy: string | null;
  readonly group: string | null;
  readonly groupPath: readonly string[];
  readonly success: boolean;
  readonly extra: { readonly [header: string]: string };
  /** Position of the row. */
  readonly at: Point;
  /** Position of the code cell. */
  readonly codeAt: Point;
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
  /** The documented error response, or `null`. */
  readonly envelope: Envelope | null;
}
