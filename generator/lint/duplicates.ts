/**
 * Rules `duplicate-code`, `conflicting-status` and `conflicting-message`: a code listed more
 * than once. One pass over every row, so each later row is compared with the first of its code.
 */

import { LOCALES } from '../model.js';
import type { Candidate } from '../extract/index.js';
import type { Finding, Rule } from './finding.js';

export const duplicates: Rule = ({ candidates }) => {
  const first = new Map<string, Candidate>();
  const findings: Finding[] = [];
  for (const row of candidates) {
    const earlier = first.get(row.code);
    if (earlier === undefined) {
      first.set(row.code, row);
      continue;
    }
    // A bare list of codes above the table that describes them is an index, not a second listing.
    if (bare(row) || bare(earlier)) continue;
    const where = `line ${earlier.at.line}`;
    const statusConflict = row.httpStatus !== null && earlier.httpStatus !== null && row.httpStatus !== earlier.httpStatus;
    const locale = LOCALES.find((l) => row.messages[l] !== undefined && earlier.messages[l] !== undefined && row.messages[l] !== earlier.messages[l]);
    if (statusConflict) {
      findings.push({
        rule: 'conflicting-status',
        message: `Unexpected HTTP status ${row.httpStatus} for code \`${row.code}\`, expected ${earlier.httpStatus} as at ${where}; give each code one status (or a new code)`,
        at: row.statusAt,
      });
    }
    if (locale !== undefined) {
      findings.push({
        rule: 'conflicting-message',
        message: `Unexpected message ${quote(row.messages[locale]!)} for code \`${row.code}\`, expected ${quote(earlier.messages[locale]!)} as at ${where}; give each code one message (or a new code)`,
        at: row.codeAt,
      });
    }
    if (!statusConflict && locale === undefined) {
      findings.push({
        rule: 'duplicate-code',
        message: `Unexpected second row of code \`${row.code}\`, expected each code once (first at ${where}); merge the two rows`,
        at: row.codeAt,
      });
    }
  }
  return findings;
};

/** A row that gives nothing but its code. */
function bare(row: Candidate): boolean {
  return Object.keys(row.messages).length === 0 && row.httpStatus === null && row.description === null && row.remedy === null;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return `"${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}"`;
}
