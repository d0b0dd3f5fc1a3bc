/**
 * Rules `duplicate-code`, `conflicting-status` and `duplicate-merged`: a code listed twice.
 *
 * Two rows of one code that do not contradict each other (a bare list of names above the
 * table that describes them) merge into one entry. Rows that contradict each other keep
 * the first and report the second: a different status is an error, a different message
 * a warning.
 */

import type { Reporter } from '../diagnostics.js';
import type { Candidate } from '../extract/index.js';
import { LOCALES, type SkippedRow } from '../model.js';

/** Split candidates into one per code (merged where they agree) and the rows that were folded or dropped. */
export function duplicateCode(candidates: readonly Candidate[], reporter: Reporter): { kept: Candidate[]; skipped: SkippedRow[] } {
  const slot = new Map<string, number>();
  const kept: Candidate[] = [];
  const skipped: SkippedRow[] = [];
  for (const candidate of candidates) {
    const index = slot.get(candidate.code);
    if (index === undefined) {
      slot.set(candidate.code, kept.length);
      kept.push(candidate);
      continue;
    }
    const earlier = kept[index]!;
    const where = `line ${earlier.at.line}`;
    const statusConflict = candidate.httpStatus !== null && earlier.httpStatus !== null && candidate.httpStatus !== earlier.httpStatus;
    const messageConflict = LOCALES.some((locale) => {
      const a = candidate.messages[locale];
      const b = earlier.messages[locale];
      return a !== undefined && b !== undefined && a !== b;
    });
    if (!statusConflict && !messageConflict) {
      const [base, other] = richness(candidate) > richness(earlier) ? [candidate, earlier] : [earlier, candidate];
      kept[index] = merge(base, other);
      reporter.report(
        'info',
        'duplicate-merged',
        `Code \`${candidate.code}\` is listed again (first at ${where}); the two rows agree and are merged into one entry`,
        candidate.codeAt,
      );
      skipped.push(row(other, `merged into the entry of \`${candidate.code}\` at line ${base.at.line}`));
      continue;
    }
    if (statusConflict) {
      reporter.report(
        'error',
        'conflicting-status',
        `Unexpected HTTP status ${candidate.httpStatus} for code \`${candidate.code}\`, expected ${earlier.httpStatus} as at ${where}`,
        candidate.statusAt,
      );
    } else {
      reporter.report(
        'warning',
        'duplicate-code',
        `Unexpected duplicate of code \`${candidate.code}\` with a different message, expected each code once (first at ${where}); this row is ignored`,
        candidate.codeAt,
      );
    }
    skipped.push(row(candidate, `duplicate of code \`${candidate.code}\` at ${where}`));
  }
  return { kept, skipped };
}

function row(candidate: Candidate, reason: string): SkippedRow {
  return { kind: 'skipped-row', line: candidate.at.line, column: candidate.at.column, reason };
}

/** How much a row says: filled fields count. */
function richness(candidate: Candidate): number {
  return (
    Object.keys(candidate.messages).length +
    Number(candidate.httpStatus !== null) +
    Number(candidate.description !== null) +
    Number(candidate.remedy !== null) +
    Number(candidate.nameCell !== null)
  );
}

/** `base` with the fields it lacks taken from `other`. */
function merge(base: Candidate, other: Candidate): Candidate {
  return {
    ...base,
    nameCell: base.nameCell ?? other.nameCell,
    httpStatus: base.httpStatus ?? other.httpStatus,
    httpStatusSource: base.httpStatus === null ? other.httpStatusSource : base.httpStatusSource,
    messages: { ...other.messages, ...base.messages },
    primaryLocale: base.primaryLocale ?? other.primaryLocale,
    description: base.description ?? other.description,
    remedy: base.remedy ?? other.remedy,
    extra: { ...other.extra, ...base.extra },
  };
}
