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
  const guarded = guard(asciiPipes(text), reporter);
  if (guarded === null) return [];
  const joined = joinContinuedRows(guarded);
  const source = joined?.text ?? guarded;
  let blocks = recoverRecords(toBlocks(parseMarkdown(source), source));
  if (joined !== null) blocks = blocks.map((block) => mapBlock(block, (same) => same, joined.lineOf));
  return guarded === text ? blocks : blocks.map((block) => mapBlock(block, restoreMarkers, (line) => line));
}

/**
 * Tables drawn with full-width pipes (`｜错误码｜错误信息｜`, typed with a Chinese input method) with
 * ASCII ones: a line that opens and closes with `｜` and has a cell between. One code unit each, so
 * columns stay right; a `｜` inside other text stays.
 */
function asciiPipes(text: string): string {
  if (!text.includes('｜')) return text;
  return text.replace(/^([ \t]*)｜([^\n]*｜[^\n]*)｜([ \t]*)$/gm, (_, before: string, cells: string, after: string) => `${before}|${cells.replaceAll('｜', '|')}|${after}`);
}

/**
 * The spec text with the lines remark cannot read in reasonable time made plain: too many
 * emphasis markers, or containers nested too deep (their markers hidden as same-width stand-ins,
 * so columns stay right; cleanup restores them). Null when a line is too long to read at all.
 * Each line is looked at once and the text joined once, so this stays linear in the spec.
 */
function guard(text: string, reporter: Reporter): string | null {
  const lines = text.split('\n');
  // A spec that holds the stand-ins itself is read as it is: restoring them would change its text.
  const canHide = !HIDDEN_MARKERS.test(text);
  let changed = false;
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    let value = lines[index]!;
    if (value.length > MAX_LINE_LENGTH) {
      reporter.report(
        'error',
        'line-too-long',
        `Unexpected line of ${value.length.toLocaleString('en')} characters, expected at most ${MAX_LINE_LENGTH.toLocaleString('en')}; the spec is not read`,
        { line, column: 1 },
      );
      return null;
    }
    if (!canHide) continue;
    const markers = countMarkers(value);
    if (markers > MAX_MARKERS_PER_LINE) {
      // remark's emphasis matching is quadratic in unmatched markers.
      value = value.replace(/(?<!\\)[*_]/g, (char) => hideChar(char));
      reporter.report(
        'warning',
        'emphasis-ignored',
        `Unexpected ${markers.toLocaleString('en')} emphasis markers (* or _) on one line, expected at most ${MAX_MARKERS_PER_LINE.toLocaleString('en')}; they are read as plain text`,
        { line, column: 1 },
      );
    }
    const nesting = nestedPrefix(value);
    if (nesting.depth > MAX_NESTING) {
      // remark and its plugins walk nested containers recursively: thousands of levels overflow
      // the stack, and hundreds of lines of them take minutes.
      const rest = value.slice(nesting.limitEnd, nesting.end).replace(/[>\-+*.)]/g, (char) => hideChar(char));
      value = value.slice(0, nesting.limitEnd) + rest + value.slice(nesting.end);
      reporter.report(
        'warning',
        'nesting-ignored',
        `Unexpected ${nesting.depth.toLocaleString('en')} nested block quotes or list items on one line, expected at most ${MAX_NESTING}; the rest are read as plain text`,
        { line, column: nesting.limitEnd + 1 },
      );
    }
    if (value !== lines[index]) {
      lines[index] = value;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
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

function countMarkers(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line.charCodeAt(i);
    // An escaped marker (`\*`) is text already; runs count once.
    if ((char === 42 || char === 95) && line.charCodeAt(i - 1) !== char && line.charCodeAt(i - 1) !== 92) count++;
  }
  return count;
}

/** More block quotes or list items than this opened on one line are read as plain text. */
export const MAX_NESTING = 100;

/**
 * How many block quotes and list items a line opens (`> > - 1. text` opens four), where its
 * run of such markers ends, and where the first `MAX_NESTING` of them end (offsets in the line).
 */
function nestedPrefix(line: string): { depth: number; end: number; limitEnd: number } {
  let depth = 0;
  let i = 0;
  let limitEnd = 0;
  const space = (at: number): boolean => line[at] === ' ' || line[at] === '\t';
  for (;;) {
    while (space(i)) i++;
    let next = i;
    if (line[i] === '>') next = i + 1;
    else if ((line[i] === '-' || line[i] === '+' || line[i] === '*') && space(i + 1)) next = i + 1;
    else {
      let digits = i;
      while (digits - i < 9 && line.charCodeAt(digits) >= 48 && line.charCodeAt(digits) <= 57) digits++;
      if (digits > i && (line[digits] === '.' || line[digits] === ')') && space(digits + 1)) next = digits + 1;
    }
    if (next === i) break;
    depth++;
    i = next;
    if (depth === MAX_NESTING) limitEnd = i;
  }
  return { depth, end: i, limitEnd };
}
