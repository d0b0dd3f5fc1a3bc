/**
 * The validate stage: one function per rule, all run, every finding reported.
 */

import type { Reporter } from '../diagnostics.js';
import type { Candidate, Extraction } from '../extract/index.js';
import type { SkippedRow } from '../model.js';
import { duplicateCode, type KeptCandidate } from './duplicate-code.js';
import { missingMessage } from './missing-message.js';
import { missingStatus } from './missing-status.js';
import { noEntries } from './no-entries.js';
import { placeholderParity } from './placeholder-parity.js';
import { statusRange } from './status-range.js';

/** Candidates that become entries, and every row that does not, with why. */
export interface Verdict {
  readonly kept: readonly KeptCandidate[];
  readonly skipped: readonly SkippedRow[];
}

/** Run every rule over an extraction. */
export function validate(extraction: Extraction, reporter: Reporter): Verdict {
  const { kept, skipped } = duplicateCode(extraction.candidates, reporter);
  missingMessage(kept, reporter);
  missingStatus(kept, reporter);
  statusRange(kept, reporter);
  placeholderParity(kept, reporter);
  noEntries(extraction.candidates, extraction.skipped.length, reporter);
  const all = [...extraction.skipped, ...skipped].sort((a, b) => a.line - b.line || a.column - b.column);
  return { kept, skipped: all };
}
