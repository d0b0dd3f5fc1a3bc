/**
 * Rule `no-error-table`: a spec in which no error-code table was found.
 */

import type { Reporter } from '../diagnostics.js';
import type { Candidate } from '../extract/index.js';

/** Warn when a spec gives no entries at all, pointing at its start. */
export function noEntries(candidates: readonly Candidate[], skipped: number, reporter: Reporter): void {
  if (candidates.length === 0 && skipped === 0 && !reporter.has('error')) {
    reporter.report(
      'warning',
      'no-error-table',
      'Unexpected spec without an error-code table, expected a table with a code column (错误码, code, error code, ...) and a message, status or name column',
      { line: 1, column: 1 },
    );
  }
}
