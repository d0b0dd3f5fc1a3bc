/**
 * Recognise a table header in a line of text that GFM did not see as a table:
 * pipes without a delimiter row, tab-separated, space-separated or glued together
 * (`错误码HTTP 状态码说明`). A header is a line made of known column words that names
 * a code column and at least one other.
 */

import { classifyHeader, findTerms, type Role } from '../../extract/columns.js';
import { hasPipe, splitPipes, splitTabs, type RawCell } from '../../text.js';
import { splitCommas } from './csv.js';

/** How the cells of a recovered header line were separated. */
export type HeaderStyle = 'pipes' | 'tabs' | 'commas' | 'spaces' | 'glued';

/** A recognised header line. */
export interface HeaderLine {
  readonly cells: readonly RawCell[];
  readonly roles: readonly Role[];
  readonly style: HeaderStyle;
}

/** True when the roles describe an error-code table: a code column and one more known column. */
export function isErrorHeader(roles: readonly Role[]): boolean {
  const known = roles.filter((role) => role !== 'unknown');
  return roles.includes('code') && known.some((role) => role !== 'code') && known.length * 2 >= roles.length;
}

/** Read `line` as a table header, or `null` when it is not one. */
export function readHeaderLine(line: string): HeaderLine | null {
  if (line.length > 200) return null;
  if (hasPipe(line)) return fromCells(splitPipes(line), 'pipes');
  if (line.includes('\t')) return fromCells(splitTabs(line), 'tabs');
  // Column words parted by commas and nothing else (`code,status,message`), not a sentence with commas in it.
  const commas = /^[^,]{1,40}(?:,[^,]{1,40})+$/.test(line) ? splitCommas(line) : null;
  if (commas !== null && commas.every((cell) => cell.raw.split(/\s+/).length <= 4)) {
    const header = fromCells(commas, 'commas');
    if (header !== null && !header.roles.includes('unknown')) return header;
  }
  return fromWords(line);
}

function fromCells(cells: RawCell[], style: HeaderStyle): HeaderLine | null {
  if (cells.length < 2 || cells.some((cell) => cell.raw === '')) return null;
  const roles = cells.map((cell) => classifyHeader(cell.raw).role);
  return isErrorHeader(roles) ? { cells, roles, style } : null;
}

/**
 * A header without separators: the line must be covered by vocabulary terms. Text glued
 * to a term belongs to it (`可尝试解决方法` is one remedy column); a standalone unknown word
 * means this is not a header.
 */
function fromWords(line: string): HeaderLine | null {
  if (/[。，,；;：:！!？?]/.test(line)) return null;
  const picked: { start: number; end: number }[] = [];
  for (const match of findTerms(line)) {
    const last = picked[picked.length - 1];
    if (last === undefined || match.start >= last.end) picked.push({ start: match.start, end: match.end });
  }
  if (picked.length < 2) return null;
  const spans = picked.map((span) => ({ ...span }));
  let glued = false;
  let cursor = 0;
  for (let i = 0; i <= spans.length; i++) {
    const next = spans[i];
    const gapEnd = next?.start ?? line.length;
    const gap = line.slice(cursor, gapEnd);
    if (gap.trim() !== '') {
      const gluedBefore = !/^\s/.test(gap) && i > 0;
      const gluedAfter = !/\s$/.test(gap) && next !== undefined;
      if (gluedAfter && !/\s/.test(gap.trim())) next.start = cursor + (gap.length - gap.trimStart().length);
      else if (gluedBefore && !/\s/.test(gap.trim())) spans[i - 1]!.end = cursor + gap.trimEnd().length;
      else return null;
    } else if (gap === '' && i > 0 && next !== undefined) {
      glued = true;
    }
    if (next !== undefined) cursor = next.end;
  }
  const cells = spans.map((span) => ({ raw: line.slice(span.start, span.end).trim(), offset: span.start }));
  const roles = cells.map((cell) => classifyHeader(cell.raw).role);
  if (!isErrorHeader(roles) || roles.includes('unknown')) return null;
  return { cells, roles, style: glued ? 'glued' : 'spaces' };
}
