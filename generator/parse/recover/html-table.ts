/**
 * HTML `<table>` blocks pasted into Markdown (machine-made docs wrap every cell in
 * `<p>` and `<a name>`; cells may span several lines). Rows are `<tr>`, cells `<th>`/`<td>`;
 * the header is the first row when it is made of `<th>` cells or sits in `<thead>`.
 * A `rowspan` repeats the cell in the rows below, as a reader sees it.
 */

import { classifyHeader } from '../../extract/columns.js';
import { cleanInline } from '../../text.js';
import type { Cell, Row, TableBlock } from '../blocks.js';
import { isErrorHeader } from './header.js';
import type { SourceLine } from './rows.js';

/** Line index (into `lines`) where the `<table>` opened at `start` closes, or -1. */
export function htmlTableEnd(lines: readonly SourceLine[], start: number): number {
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    for (const match of lines[i]!.text.matchAll(/<(\/?)table\b/gi)) depth += match[1] === '/' ? -1 : 1;
    if (depth <= 0) return i;
  }
  return -1;
}

/** True when the line opens an HTML table. */
export function opensHtmlTable(text: string): boolean {
  return /<table\b/i.test(text);
}

interface RawHtmlCell {
  readonly html: string;
  readonly offset: number;
  readonly header: boolean;
  readonly rowspan: number;
}

/** Read the table in `lines` (from its `<table>` line to its `</table>` line). */
export function readHtmlTable(lines: readonly SourceLine[]): TableBlock {
  const text = lines.map((line) => line.text).join('\n');
  const starts = lines.map((_, index) => lines.slice(0, index).reduce((sum, line) => sum + line.text.length + 1, 0));
  const position = (offset: number): { line: number; column: number } => {
    let index = starts.length - 1;
    while (index > 0 && starts[index]! > offset) index--;
    return { line: lines[index]!.line, column: offset - starts[index]! + 1 };
  };
  const theadEnd = text.search(/<\/thead>/i);
  const rawRows: { offset: number; cells: RawHtmlCell[]; inHead: boolean }[] = [];
  for (const row of text.matchAll(/<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/tbody>|<\/thead>|<\/table>|$)/gi)) {
    const body = row[1]!;
    const bodyOffset = row.index + row[0].length - body.length;
    const cells: RawHtmlCell[] = [];
    for (const cell of body.matchAll(/<(t[hd])\b([^>]*)>([\s\S]*?)(?=<t[hd]\b|<\/tr>|$)/gi)) {
      const rowspan = Number(/rowspan\s*=\s*["']?(\d+)/i.exec(cell[2]!)?.[1] ?? '1');
      cells.push({ html: cell[3]!, offset: bodyOffset + cell.index, header: cell[1]!.toLowerCase() === 'th', rowspan });
    }
    if (cells.length > 0) rawRows.push({ offset: row.index, cells, inHead: theadEnd !== -1 && row.index < theadEnd });
  }
  const carried = new Map<number, { cell: Cell; left: number }>();
  const rows: Row[] = rawRows.map((raw) => {
    const cells: Cell[] = [];
    let source = 0;
    for (let column = 0; source < raw.cells.length || carried.has(column); column++) {
      const carry = carried.get(column);
      if (carry !== undefined) {
        cells.push(carry.cell);
        if (--carry.left === 0) carried.delete(column);
        continue;
      }
      const html = raw.cells[source++]!;
      const cell: Cell = { ...cellText(html.html), ...position(html.offset) };
      cells.push(cell);
      if (html.rowspan > 1) carried.set(column, { cell, left: html.rowspan - 1 });
    }
    return { cells, ...position(raw.offset) };
  });
  const first = rawRows[0];
  const firstRoles = rows[0]?.cells.map((cell) => classifyHeader(cell.text).role) ?? [];
  const hasHeader = first !== undefined && (first.inHead || first.cells.every((cell) => cell.header) || isErrorHeader(firstRoles));
  const start = lines[0]!;
  return {
    type: 'table',
    origin: 'html',
    header: hasHeader ? rows[0]!.cells : null,
    hints: null,
    rows: hasHeader ? rows.slice(1) : rows,
    note: `HTML table; read as ${rows[0]?.cells.length ?? 0} columns`,
    unreadable: [],
    line: start.line,
    column: start.text.search(/<table\b/i) + 1,
    endLine: lines[lines.length - 1]!.line,
  };
}

/**
 * Text of a cell: block tags become line breaks, everything else is reduced to its text.
 * A note inside the cell (`<div class="note">`) is an annotation, not part of the value:
 * it is kept apart as the cell's note.
 */
function cellText(html: string): { text: string; note?: string } {
  const notes: string[] = [];
  const main = html.replace(/<div[^>]*class="[^"]*\bnote\b[^"]*"[^>]*>([\s\S]*?)(?:<\/div>\s*){1,2}(?=<\/?t[dhr]\b|$)/gi, (_, inner: string) => {
    notes.push(toText(inner));
    return '';
  });
  const text = toText(main);
  return notes.length === 0 ? { text } : { text, note: notes.join('\n') };
}

function toText(html: string): string {
  return html
    .replace(/<\/?(?:p|div|li|ul|ol|h[1-6]|span class="notetitle")\b[^>]*>/gi, '\n')
    .split('\n')
    .map((line) => cleanInline(line.replace(/\s+/g, ' ')))
    .filter((line) => line !== '')
    .join('\n');
}
