/**
 * Rule `status-range`: an HTTP status outside 100–599.
 */

import type { Reporter } from '../diagnostics.js';
import type { Candidate } from '../extract/index.js';

/** Warn about statuses no HTTP response can carry. */
export function statusRange(candidates: readonly Candidate[], reporter: Reporter): void {
  for (const { httpStatus, code, statusAt } of candidates) {
    if (httpStatus !== null && (httpStatus < 100 || httpStatus > 599)) {
      reporter.report('warning', 'status-range', `Unexpected HTTP status ${httpStatus} for code \`${code}\`, expected 100 to 599`, statusAt);
    }
  }
}
