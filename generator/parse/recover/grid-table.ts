/**
 * Tables drawn with `+`, `-`, `=` and `|`: pandoc grid tables and the ASCII tables that database
 * shells and CLIs print (and docs paste, often inside a ```` ```text ```` fence).
 *
 * ```
 * +--------+------+-------------------+
 * | Code   | HTTP | Message           |
 * +========+======+===================+        <- `=` (or the first border after a row) ends the header
 * | E_ONE  | 400  | A message that    |
 * |        |      | wraps over lines. |        <- no border between: the same row, in a grid table
 * +--------+------+-------------------+
 * ```
 *
 * Columns are cut where the `+` of the first border stand, so a cell may hold `|` only where the
 * border has none. In a table whose rows are separated by borders (pandoc) the lines between two
 * borders are one row, their cells joined by spaces; in one that draws borders only around its header
 * (a shell's output), each line is a row, and a line with an empty first cell continues the row above.
 */

import { cleanInline } from '../../text.js';
import type { Cell, Row, TableBlock } from '../blocks.js';
import type { SourceLine } from './rows.js';

/** A border line: `+----+----+`, `+====+====+`, `+:---+---:+`. */
const BORDER = /^\+(?:[-=:]+\+)+$/;

/** A line of cells between `|` (or `+` where a border crosses a spanned cell). */
const CELLS = /^[|+].*[|+]$/;

/** The grid table starting at `lines[start]`, and the index after it; `null` when none starts there. */
export function readGridTable(lines: readonly SourceLine[], start: number): { block: TableBlock; next: number } | null {
  const first = lines[start]!;
  const top = first.text.trim();
  if (!BORDER.test(top)) return null;
  const indent = first.text.length - first.text.trimStart().length;
  const cuts = [...top].flatMap((char, at) => (char === '+' ? [at] : []));
  // The lines of the table: borders and cell lines, up to the first line that is neither.
  let end = start + 1;
  while (end < lines.length && (BORDER.test(lines[end]!.text.trim()) || CELLS.test(lines[end]!.text.trim()))) end++;
  const body = lines.slice(start, end);
  // Blocks of cell lines between borders, and whether a `=` border ends the header.
  const blocks: SourceLine[][] = [];
  let headerBlocks = -1;
  let current: SourceLine[] = [];
  for (const line of body) {
    if (BORDER.test(line.text.trim())) {
      if (current.length > 0) blocks.push(current);
      current = [];
      if (line.text.includes('=') && headerBlocks === -1) headerBlocks = blocks.length;
      continue;
    }
    current.push(line);
  }
  if (current.length > 0) blocks.push(current);
  if (blocks.length === 0 || (blocks.length === 1 && blocks[0]!.length < 2)) return null;
  // The header: the blocks above a `=` border, else the first block, else (borders only around the table) the first line.
  // Rows: one per block where borders separate them, else one per line (a shell's output draws no border between rows).
  let headLines: readonly SourceLine[];
  let rowBlocks: readonly (readonly SourceLine[])[];
  if (headerBlocks > 0) [headLines, rowBlocks] = [blocks.slice(0, headerBlocks).flat(), blocks.slice(headerBlocks)];
  else if (blocks.length === 1) [headLines, rowBlocks] = [blocks[0]!.slice(0, 1), [blocks[0]!.slice(1)]];
  else [headLines, rowBlocks] = [blocks[0]!, blocks.slice(1)];
  const lineRows = headerBlocks <= 0 && rowBlocks.length === 1;
  const cellLines = (block: readonly SourceLine[]): Cell[][] => block.map((line) => cellsOf(line, cuts, indent));
  const header = joinCells(cellLines(headLines));
  const rows: Row[] = [];
  for (const block of rowBlocks) {
    if (!lineRows) {
      if (block.length > 0) rows.push({ cells: joinCells(cellLines(block)), line: block[0]!.line, column: indent + 1 });
      continue;
    }
    for (const line of block) {
      const cells = cellsOf(line, cuts, indent);
      const above = rows[rows.length - 1];
      if (above !== undefined && cells[0]!.text === '') rows[rows.length - 1] = { ...above, cells: joinCells([above.cells, cells]) };
      else rows.push({ cells, line: line.line, column: indent + 1 });
    }
  }
  const block: TableBlock = {
    type: 'table',
    origin: 'grid',
    header,
    hints: null,
    rows,
    note: `table drawn with +, - and |; read as ${header.length} columns (${header.map((cell) => cell.text).join(', ')})`,
    unreadable: [],
    line: first.line,
    column: indent + 1,
    endLine: lines[end - 1]!.line,
  };
  return { block, next: end };
}

/** The cells of one line, cut at the border's `+` columns. */
function cellsOf(line: SourceLine, cuts: readonly number[], indent: number): Cell[] {
  const text = line.text.slice(indent);
  const cells: Cell[] = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const from = cuts[index]! + 1;
    const raw = text.slice(from, cuts[index + 1]!);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: cleanInline(raw.trim()), line: line.line, column: indent + from + lead + 1 });
  }
  return cells;
}

/** The cells of several lines as one row: each column's pieces joined by spaces, placed where its first piece is. */
function joinCells(lines: readonly (readonly Cell[])[]): Cell[] {
  return lines[0]!.map((cell, index) => {
    const pieces = lines.flatMap((cells) => (cells[index] === undefined || cells[index]!.text === '' ? [] : [cells[index]!]));
    return pieces.length === 0 ? cell : { ...pieces[0]!, text: pieces.map((piece) => piece.text).join(' ') };
  });
}
