/**
 * HTML `<table>`s in Markdown, read with an HTML5 parser (see `html-cell.ts`), wherever they
 * sit: an HTML block, inline HTML in a paragraph, inside a `<div>`, indented under a list item.
 *
 * - Rows are the `<tr>` of the table itself (not of tables nested in its cells). The header is
 *   the rows inside `<thead>`, else the leading rows made only of `<th>` cells (several header rows
 *   are merged column by column), else a first row of column words; a table with none of these has
 *   no header, and its columns are hinted from their values.
 * - `rowspan`/`colspan` repeat a cell into the slots it covers, as a reader sees it. A row with no
 *   code cell of its own, because the code cell above spans down into it, continues that row: its
 *   cells' text is added to the spanned row's (after `；` or `; `) instead of making entries of its own.
 * - A code cell listing several codes, one per line (`<br>`), gives one row per code.
 * - When the table has no remedy column, a message cell's part that starts a line with a label the
 *   vocabulary calls a remedy (`Solution:`, `解决方案：`) becomes a remedy cell.
 *
 * Positions: the HTML is parsed from the spec's own lines (text before `<table` and after
 * `</table>` blanked to spaces, so columns are kept), so a hast line/column maps to the spec's.
 */

import type { Element } from 'hast';
import { classifyHeader, type Role } from '../../extract/columns.js';
import { hasCjk, lineIndexAt } from '../../text.js';
import { hintsByValues, type Cell, type ColumnHint, type Row, type TableBlock } from '../blocks.js';
import { cellContent, findAll, isElement, parseHtml, type CellContent } from './html-cell.js';
import { isErrorHeader } from './header.js';
import { isCodeLike, type SourceLine } from './rows.js';

/** Spans larger than these are read as that many: no real table has more. */
const MAX_ROWSPAN = 1000;
const MAX_COLSPAN = 50;

interface Point {
  readonly line: number;
  readonly column: number;
}

/** A slot of the grid: the cell that fills it, and whether the cell starts in this row. */
interface Slot {
  readonly content: CellContent;
  /** Where the cell's text starts (its start tag when it has no text). */
  readonly at: Point;
  /** False where a rowspan repeats the cell from a row above. */
  readonly own: boolean;
  /** True for a `<th>`. */
  readonly head: boolean;
  /** Columns the cell spans. */
  readonly colspan: number;
}

interface GridRow {
  readonly slots: readonly (Slot | null)[];
  readonly inHead: boolean;
  readonly at: Point;
}

/** A cell on its way to the block: text, where it starts, and the source ranges to find parts of it in. */
interface Part {
  readonly text: string;
  readonly note: string | null;
  readonly at: Point;
  readonly ranges: readonly (readonly [number, number])[];
}

interface PartRow {
  readonly parts: Part[];
  readonly at: Point;
}

/** The parsed HTML of one table and how to map its offsets back to the spec. */
interface Source {
  readonly html: string;
  readonly locate: (offset: number) => Point;
}

/**
 * Read the table in `lines`: the spec lines from the one holding `<table` to the one holding its
 * `</table>`, anything outside the table blanked to spaces. `null` when they hold no table.
 */
export function readHtmlTable(lines: readonly SourceLine[]): TableBlock | null {
  const source = sourceOf(lines);
  const table = findAll(parseHtml(source.html), (element) => element.tagName === 'table', (element) => element.tagName === 'table')[0];
  if (table === undefined) return null;
  const grid = gridOf(table, source);
  const width = Math.max(0, ...grid.map((row) => row.slots.length));
  const headCount = headerRows(grid);
  const header = headCount === 0 ? null : mergeHeader(grid.slice(0, headCount), width);
  const body = grid.slice(headCount);
  const roles = header?.map((cell) => classifyHeader(cell.text).role) ?? null;
  const hints = roles === null ? hintsOf(body, width) : null;
  const code = codeColumn(roles, hints, body);
  let rows = continueSpans(body, code);
  if (code !== -1) rows = rows.flatMap((row) => splitCodes(row, code, source));
  const remedy = splitRemedies(rows, roles, hints, width, source);
  if (remedy !== null) rows = remedy.rows;
  const start = source.locate(table.position?.start.offset ?? 0);
  return {
    type: 'table',
    origin: 'html',
    header: header === null ? null : remedy === null ? header : [...header, remedy.header],
    hints: hints === null ? null : remedy === null ? hints : [...hints, 'remedy'],
    rows: rows.map(toRow),
    note:
      `HTML table; read as ${width} columns` +
      (remedy === null ? '' : `, with the \`${remedy.header.text}\` parts of its cells as a remedy column`),
    unreadable: [],
    line: start.line,
    column: start.column,
    endLine: lines[lines.length - 1]!.line,
  };
}

function sourceOf(lines: readonly SourceLine[]): Source {
  const html = lines.map((line) => line.text).join('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.text.length + 1;
  }
  const locate = (at: number): Point => {
    const index = lineIndexAt(starts, at);
    return { line: lines[index]!.line, column: at - starts[index]! + 1 };
  };
  return { html, locate };
}

/** The rows of `table` (not of tables nested in it) as a grid of slots, spans repeated. */
function gridOf(table: Element, source: Source): GridRow[] {
  const trs: { tr: Element; inHead: boolean }[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') trs.push({ tr: child, inHead: false });
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) {
      for (const tr of child.children) if (isElement(tr, 'tr')) trs.push({ tr, inHead: child.tagName === 'thead' });
    }
  }
  const carried: ({ slot: Slot; left: number } | null)[] = [];
  const grid: GridRow[] = [];
  for (const { tr, inHead } of trs) {
    const slots: (Slot | null)[] = [];
    let column = 0;
    const carry = (at: number): boolean => {
      const from = carried[at];
      if (from === null || from === undefined) return false;
      slots[at] = { ...from.slot, own: false };
      if (--from.left === 0) carried[at] = null;
      return true;
    };
    for (const cell of tr.children) {
      if (!isElement(cell, 'td', 'th')) continue;
      while (carry(column)) column++;
      const content = cellContent(cell);
      const colspan = span(cell.properties['colSpan'], MAX_COLSPAN);
      const rowspan = span(cell.properties['rowSpan'], MAX_ROWSPAN);
      const slot: Slot = { content, at: source.locate(textStart(content, source.html)), own: true, head: cell.tagName === 'th', colspan };
      for (let k = 0; k < colspan; k++, column++) {
        slots[column] = slot;
        carried[column] = rowspan > 1 ? { slot, left: rowspan - 1 } : null;
      }
    }
    // Cells spanned down from above that sit after this row's own cells.
    for (; column < carried.length; column++) carry(column);
    if (slots.length === 0) continue;
    const first = slots.find((slot) => slot !== undefined && slot !== null);
    grid.push({
      slots: Array.from(slots, (slot) => slot ?? null),
      inHead,
      at: tr.position === undefined ? first?.at ?? { line: 0, column: 0 } : source.locate(tr.position.start.offset ?? 0),
    });
  }
  return grid;
}

/** A `rowspan`/`colspan` value: 1 when absent or not a positive number; `0` (to the end) as the most allowed. */
function span(value: unknown, most: number): number {
  const number = typeof value === 'number' ? value : Number(value ?? 1);
  if (!Number.isFinite(number) || number < 0) return 1;
  return number === 0 ? most : Math.min(Math.max(1, Math.floor(number)), most);
}

/** Offset where a cell's text starts: its first non-space character, or its start tag when it is empty. */
function textStart(content: CellContent, html: string): number {
  const first = content.ranges[0];
  if (first === undefined) return content.start;
  return first[0] + Math.max(0, html.slice(first[0], first[1]).search(/\S/));
}

/** How many leading rows make the header. */
function headerRows(grid: readonly GridRow[]): number {
  const first = grid[0];
  if (first === undefined) return 0;
  if (first.inHead) {
    let count = 1;
    while (count < grid.length && grid[count]!.inHead) count++;
    return count;
  }
  const allTh = (row: GridRow): boolean => row.slots.some((slot) => slot?.own === true) && row.slots.every((slot) => slot === null || slot.head);
  // A row of one cell across the table is a title (a group's name), not another header row.
  const title = (row: GridRow): boolean => row.slots.length > 1 && row.slots.every((slot) => slot !== null && slot.content === row.slots[0]!.content);
  if (allTh(first)) {
    let count = 1;
    while (count < grid.length - 1 && allTh(grid[count]!) && !title(grid[count]!)) count++;
    return count;
  }
  const roles = first.slots.map((slot) => classifyHeader(slot?.content.text ?? '').role);
  return isErrorHeader(roles) ? 1 : 0;
}

/** One header cell per column from several header rows: their distinct texts joined (`Message` over `en` is `Message en`). */
function mergeHeader(rows: readonly GridRow[], width: number): Cell[] {
  const header: Cell[] = [];
  for (let column = 0; column < width; column++) {
    const slots = rows.map((row) => row.slots[column]).filter((slot): slot is Slot => slot !== null && slot !== undefined);
    const texts = [...new Set(slots.map((slot) => slot.content.text.replace(/\s+/g, ' ')).filter((text) => text !== ''))];
    const at = slots.find((slot) => slot.content.text !== '')?.at ?? slots[0]?.at ?? rows[0]!.at;
    header.push({ text: texts.join(' '), line: at.line, column: at.column });
  }
  return header;
}

/** Column meanings of a table without a header, from its values: one code column, 3-digit statuses, else text. */
function hintsOf(rows: readonly GridRow[], width: number): ColumnHint[] {
  const columns = Array.from({ length: width }, (_, column) => valuesOf(rows, column));
  return hintsByValues(columns, (values) => codeValues(values, rows.length));
}

function valuesOf(rows: readonly GridRow[], column: number): string[] {
  return rows.map((row) => row.slots[column]?.content.text ?? '').filter((text) => text !== '');
}

/** True when nearly every row holds a code-like value here (one, or several one per line). */
function codeValues(values: readonly string[], rows: number): boolean {
  if (values.length === 0 || values.length < rows * 0.8) return false;
  const codes = values.filter((text) => text.split('\n').every((line) => isCodeLike(line)));
  return codes.length >= values.length * 0.9;
}

/** Index of the code column: by header word, else the first column of code-like values; -1 when none. */
function codeColumn(roles: readonly Role[] | null, hints: readonly ColumnHint[] | null, rows: readonly GridRow[]): number {
  if (roles === null) return hints?.indexOf('code') ?? -1;
  // Of two columns named as codes, one of 3-digit statuses only is the status (as extraction decides).
  const named = roles.flatMap((role, column) => (role === 'code' ? [column] : []));
  const statuses = (column: number): boolean => valuesOf(rows, column).every((text) => /^[1-5]\d\d$/.test(text));
  if (named.length > 0) return named.find((column) => !statuses(column)) ?? named[0]!;
  return roles.findIndex((role, column) => role !== 'status' && codeValues(valuesOf(rows, column), rows.length));
}

/**
 * Rows of parts. A row without a code cell of its own, whose code slot a rowspan from above
 * fills, continues the row where that span started: its own cells' texts are added there.
 */
function continueSpans(grid: readonly GridRow[], code: number): PartRow[] {
  const rows: { row: PartRow; codeCell: CellContent | null }[] = [];
  for (const row of grid) {
    const codeSlot = code === -1 ? null : row.slots[code] ?? null;
    let target: (typeof rows)[number] | undefined;
    for (let k = rows.length - 1; k >= 0 && codeSlot !== null && !codeSlot.own && target === undefined; k--) {
      if (rows[k]!.codeCell === codeSlot.content) target = rows[k];
    }
    if (target !== undefined) {
      row.slots.forEach((slot, column) => {
        if (slot === null || !slot.own || slot.content.text === '') return;
        const part = target.row.parts[column];
        if (part === undefined || part.text === '') {
          target.row.parts[column] = partOf(slot);
          return;
        }
        const joiner = hasCjk(part.text + slot.content.text) ? '；' : '; ';
        target.row.parts[column] = { ...part, text: `${part.text}${joiner}${slot.content.text}`, ranges: [...part.ranges, ...slot.content.ranges] };
      });
      continue;
    }
    const parts = row.slots.map((slot) => (slot === null ? emptyPart(row.at) : partOf(slot)));
    rows.push({ row: { parts, at: row.at }, codeCell: codeSlot?.content ?? null });
  }
  return rows.map(({ row }) => row);
}

function partOf(slot: Slot): Part {
  return { text: slot.content.text, note: slot.content.note, at: slot.at, ranges: slot.content.ranges };
}

function emptyPart(at: Point): Part {
  return { text: '', note: null, at, ranges: [] };
}

/** Offset of `needle` in the text ranges of a part at or after `from`, or -1. */
function find(part: Part, needle: string, from: number, html: string): number {
  for (const [start, end] of part.ranges) {
    if (end <= from) continue;
    const begin = Math.max(start, from);
    const index = html.slice(begin, end).indexOf(needle);
    if (index !== -1) return begin + index;
  }
  return -1;
}

/**
 * A row whose code cell lists several codes, one per line, as one row per code with the same
 * other cells; another cell listing as many code-like values (an alias per code) is split alike.
 */
function splitCodes(row: PartRow, code: number, source: Source): PartRow[] {
  const codes = lines(row.parts[code]!.text);
  if (codes.length < 2 || !codes.every(isCodeLike)) return [row];
  const columns = row.parts.map((part, column) => {
    const values = lines(part.text);
    return column === code || (values.length === codes.length && values.every(isCodeLike)) ? pieces(part, values, source) : null;
  });
  return codes.map((_, index) => {
    const parts = row.parts.map((part, column) => columns[column]?.[index] ?? part);
    return { parts, at: parts[code]!.at };
  });
}

function lines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

/** One part per value of a cell that lists values one per line, each placed where it is written. */
function pieces(part: Part, values: readonly string[], source: Source): Part[] {
  let from = 0;
  return values.map((text) => {
    const offset = find(part, text, from, source.html);
    if (offset !== -1) from = offset + text.length;
    return { text, note: null, at: offset === -1 ? part.at : source.locate(offset), ranges: [] };
  });
}

/** A label opening a line of a cell: `Solution: text`, `解决方案：text`. */
const LABEL = /^([^:：\n]{1,40}?)\s*[:：]\s*(.*)$/;

/** The remedy label of a line (`Solution` of `Solution: retry`), or `null`. */
function remedyLabel(line: string): { label: string; rest: string } | null {
  const match = LABEL.exec(line);
  if (match === null) return null;
  const label = match[1]!.trim();
  if (label.split(/\s+/).length > 4 || classifyHeader(label).role !== 'remedy') return null;
  return { label, rest: match[2]!.trim() };
}

/**
 * Rows with the labelled remedy part of their message cells moved to a new last column, and the
 * header cell of that column; `null` when the table has a remedy column or no cell has such a part.
 */
function splitRemedies(
  rows: readonly PartRow[],
  roles: readonly Role[] | null,
  hints: readonly ColumnHint[] | null,
  width: number,
  source: Source,
): { rows: PartRow[]; header: Cell } | null {
  if (roles?.includes('remedy') === true) return null;
  const target = roles === null ? hints?.indexOf('text') ?? -1 : roles.includes('message') ? roles.indexOf('message') : roles.indexOf('description');
  if (target === -1) return null;
  let header: Cell | null = null;
  const split = rows.map((row): PartRow => {
    const parts = [...row.parts, ...Array.from({ length: width - row.parts.length }, () => emptyPart(row.at))];
    const part = parts[target]!;
    const texts = lines(part.text);
    const index = texts.findIndex((line, at) => at > 0 && remedyLabel(line) !== null);
    if (index === -1) return { parts: [...parts, emptyPart(row.at)], at: row.at };
    const { label, rest } = remedyLabel(texts[index]!)!;
    const remedy = [rest, ...texts.slice(index + 1)].filter((text) => text !== '').join('\n');
    const labelAt = find(part, label, 0, source.html);
    const textAt = remedy === '' ? -1 : find(part, remedy.split(/\s/)[0]!, Math.max(0, labelAt + label.length), source.html);
    header ??= { text: label, ...(labelAt === -1 ? part.at : source.locate(labelAt)) };
    parts[target] = { ...part, text: texts.slice(0, index).join('\n') };
    const at = textAt === -1 ? part.at : source.locate(textAt);
    return { parts: [...parts, { text: remedy, note: null, at, ranges: [] }], at: row.at };
  });
  return header === null ? null : { rows: split, header };
}

function toRow(row: PartRow): Row {
  return {
    cells: row.parts.map((part): Cell => ({ text: part.text, line: part.at.line, column: part.at.column, ...(part.note === null ? {} : { note: part.note }) })),
    line: row.at.line,
    column: row.at.column,
  };
}
