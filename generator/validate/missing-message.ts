/**
 * Rule `missing-message`: an entry with no message in any locale.
 */

import type { Reporter } from '../diagnostics.js';
import type { Candidate } from '../extract/index.js';

/** Warn about entries whose message cells are all empty. */
export function missingMessage(candidates: readonly Candidate[], reporter: Reporter): void {
  for (const candidate of candidates) {
    if (Object.keys(candidate.messages).length === 0) {
      reporter.report(
        'warning',
        'missing-message',
        `Unexpected empty message for code \`${candidate.code}\`, expected text in a message or description cell`,
        candidate.at,
      );
    }
  }
}
