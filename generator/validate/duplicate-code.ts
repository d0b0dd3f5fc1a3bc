/**
 * Rules `duplicate-code`, `conflicting-status` and `duplicate-merged`: a code listed twice.
 *
 * Two rows of one code that do not contradict each other (a bare list of names above the
 * table that describes them, the same row twice) merge into one entry. A row with another
 * message or status is another meaning of the code: it is kept as a variant of the entry
 * (many real docs list one code once per cause), reported as info; a different HTTP status is
 * still an error, since the generated class can carry only one, but the row is kept too.
 */

import type { Reporter } from '../diagnostics.js';
import type { Candidate } from '../extract/index.js';
import { LOCALES, type SkippedRow } from '../model.js';

/** A kept candidate and the later listings of its code that mean something else. */
export interface KeptCandidate extends Candidate {
  /** Later rows of the same code with a different message or status, in spec order. */
  readonly repeats: readonly Candidate[];
}

/**
 * Split candidates into one per code, with its other meanings as repeats, and the rows that
 * were folded into an earlier one because they say the same.
 */
export function duplicateCode(candidates: readonly Candidate[], reporter: Reporter): { kept: KeptCandidate[]; skipped: SkippedRow[] } {
  const slot = new Map<string, number>();
  const kept: KeptCandidate[] = [];
  const skipped: SkippedRow[] = [];
  for (const candidate of candidates) {
    const index = slot.get(candidate.code);
    if (index === undefined) {
      slot.set(candidate.code, kept.length);
      kept.push({ ...candidate, repeats: [] });
      continue;
    }
    const earlier = kept[index]!;
    const where = `line ${earlier.at.line}`;
    // A listing agrees with the entry or with one of its repeats: then it is the same meaning again.
    const same = [earlier, ...earlier.repeats].findIndex((other) => !conflicts(candidate, other));
    if (same === 0) {
      const [base, other] = richness(candidate) > richness(earlier) ? [candidate, earlier] : [earlier, candidate];
      kept[index] = { ...merge(base, other), repeats: earlier.repeats };
      reporter.report(
        'info',
        'duplicate-merged',
        `Code \`${candidate.code}\` is listed again (first at ${where}); the two rows agree and are merged into one entry`,
        candidate.codeAt,
      );
      skipped.push(row(other, `merged into the entry of \`${candidate.code}\` at line ${base.at.line}`));
      continue;
    }
    if (same > 0) {
      const repeat = earlier.repeats[same - 1]!;
      reporter.report('info', 'duplicate-merged', `Code \`${candidate.code}\` is listed again as at line ${repeat.at.line}; the rows agree and are merged`, candidate.codeAt);
      skipped.push(row(candidate, `merged into the listing of \`${candidate.code}\` at line ${repeat.at.line}`));
      continue;
    }
    const status = candidate.httpStatus !== null && earlier.httpStatus !== null && candidate.httpStatus !== earlier.httpStatus;
    reporter.report(
      status ? 'error' : 'info',
      status ? 'conflicting-status' : 'duplicate-code',
      status
        ? `Unexpected HTTP status ${candidate.httpStatus} for code \`${candidate.code}\`, expected ${earlier.httpStatus} as at ${where}`
        : `Code \`${candidate.code}\` is listed again with a different message (first at ${where}); kept as another meaning of the code`,
      status ? candidate.statusAt : candidate.codeAt,
    );
    kept[index] = { ...earlier, repeats: [...earlier.repeats, candidate] };
  }
  return { kept, skipped };
}

/** True when two listings of a code say different things: another status, or another message in a locale both give. */
function conflicts(a: Candidate, b: Candidate): boolean {
  if (a.httpStatus !== null && b.httpStatus !== null && a.httpStatus !== b.httpStatus) return true;
  return LOCALES.some((locale) => {
    const x = a.messages[locale];
    const y = b.messages[locale];
    return x !== undefined && y !== undefined && sameText(x) !== sameText(y);
  });
}

/** Text as compared for sameness: spacing and a final full stop do not make a different message. */
function sameText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[.。]$/, '');
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
