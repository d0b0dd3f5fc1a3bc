/**
 * Spec text to blocks.
 */

import { Reporter } from '../diagnostics.js';
import { HIDDEN_MARKERS, hideChar, restoreMarkers } from '../text.js';
import type { Block, Cell } from './blocks.js';
import { parseMarkdown } from './markdown.js';
import { recoverRecords } from './recover/records.js';
import { joinContinuedRows } from './recover/continued-rows.js';
import { toBlocks } from './to-blocks.js';

/** Lines longer than this are not read: no error-code document has one, and they are a sign of a generated or binary file. */
export const MAX_LINE_LENGTH = 1_000_000;

/**
 * Blocks of a spec. `text` must already have LF line endings and no BOM. An empty spec,
 * or one with a line longer than `MAX_LINE_LENGTH`, is reported as an error and gives no blocks.
 */
export function parse(text: string, reporter: Reporter = new Reporter('')): Block[] {
  if (text.trim() === '') {
    reporter.report('error', 'empty-spec', 'Unexpected empty spec, expected Markdown with an error-code table', { line: 1, column: 1 });
    return [];
  }
  let start = 0;
  let guarded = text;
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const length = (end === -1 ? text.length : end) - start;
    const markers = countMarkers(text, start, start + length);
    if (markers > MAX_MARKERS_PER_LINE && !HIDDEN_MARKERS.test(text)) {
      // remark's emphasis matching is quadratic in unmatched markers: read such a line's markers as
      // plain text (hidden as same-width stand-ins, so columns stay right; cleanup restores them).
      guarded = guarded.slice(0, start) + hide(text.slice(start, start + length)) + guarded.slice(start + length);
      reporter.report(
        'warning',
        'emphasis-ignored',
        `Unexpected ${markers.toLocaleString('en')} emphasis markers (* or _) on one line, expected at most ${MAX_MARKERS_PER_LINE.toLocaleString('en')}; they are read as plain text`,
        { line, column: 1 },
      );
    }
    if (length > MAX_LINE_LENGTH) {
      reporter.report(
        'error',
        'line-too-long',
        `Unexpected line of ${length.toLocaleString('en')} characters, expected at most ${MAX_LINE_LENGTH.toLocaleString('en')}; the spec is not read`,
        { line, column: 1 },
      );
      return [];
    }
    if (end === -1) break;
    start = end + 1;
  }
  const joined = joinContinuedRows(guarded);
  const source = joined?.text ?? guarded;
  let blocks = recoverRecords(toBlocks(parseMarkdown(source), source));
  if (joined !== null) blocks = blocks.map((block) => mapBlock(block, (same) => same, joined.lineOf));
  return guarded === text ? blocks : blocks.map((block) => mapBlock(block, restoreMarkers, (line) => line));
}

/**
 * A block with its texts passed through `text` and its lines through `line`: the stand-ins of
 * hidden `*` and `_` turned back, or lines of joined rows mapped back to the spec's.
 */
function mapBlock(block: Block, text: (value: string) => string, line: (value: number) => number): Block {
  const cell = (c: Cell): Cell => ({ ...c, text: text(c.text), line: line(c.line), ...(c.note === undefined ? {} : { note: text(c.note) }) });
  switch (block.type) {
    case 'table':
      return {
        ...block,
        header: block.header?.map(cell) ?? null,
        rows: block.rows.map((row) => ({ ...row, line: line(row.line), cells: row.cells.map(cell) })),
        unreadable: block.unreadable.map((problem) => ({ ...problem, line: line(problem.line) })),
        line: line(block.line),
        endLine: line(block.endLine),
      };
    case 'code':
    case 'front-matter':
      return { ...block, value: text(block.value), line: line(block.line) };
    default:
      return { ...block, text: text(block.text), line: line(block.line) };
  }
}

/** More `*`/`_` runs than this on one line are read as plain text. */
export const MAX_MARKERS_PER_LINE = 2_000;

function countMarkers(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const char = text.charCodeAt(i);
    // An escaped marker (`\*`) is text already; runs count once.
    if ((char === 42 || char === 95) && text.charCodeAt(i - 1) !== char && text.charCodeAt(i - 1) !== 92) count++;
  }
  return count;
}

function hide(line: string): string {
  return line.replace(/(?<!\\)[*_]/g, (char) => hideChar(char));
}
