/**
 * Rule `duplicate-code` (and `conflicting-status`): a code listed twice keeps its first row.
 */

import type { Reporter } from '../diagnostics.js';
import type { Candidate } from '../extract/index.js';
import type { SkippedRow } from '../model.js';

/** Split candidates into the first row of each code and the later duplicates. */
export function duplicateCode(candidates: readonly Candidate[], reporter: Reporter): { kept: Candidate[]; skipped: SkippedRow[] } {
  const first = new Map<string, Candidate>();
  const kept: Candidate[] = [];
  const skipped: SkippedRow[] = [];
  for (const candidate of candidates) {
    const earlier = first.get(candidate.code);
    if (earlier === undefined) {
      first.set(candidate.code, candidate);
      kept.push(candidate);
      continue;
    }
    const where = `line ${earlier.at.line}`;
    if (candidate.httpStatus !== earlier.httpStatus) {
      reporter.report(
        'error',
        'conflicting-status',
        `Unexpected HTTP status ${candidate.httpStatus} for code \`${candidate.code}\`, expected ${earlier.httpStatus} as at ${where}`,
        candidate.statusAt,
      );
    } else {
      const differs = JSON.stringify(candidate.messages) !== JSON.stringify(earlier.messages);
      reporter.report(
        'warning',
        'duplicate-code',
        `Unexpected duplicate of code \`${candidate.code}\`${differs ? ' with a different message' : ''}, expected each code once (first at ${where}); this row is ignored`,
        candidate.codeAt,
      );
    }
    skipped.push({ kind: 'skipped-row', line: candidate.at.line, column: candidate.at.column, reason: `duplicate of code \`${candidate.code}\` at ${where}` });
  }
  return { kept, skipped };
}
