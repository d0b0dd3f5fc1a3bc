/**
 * Table rows continued over several physical lines, as some doc exporters write a cell that
 * holds paragraphs or a list:
 *
 *     |E_NODE|The node type is wrong. It can be:
 *
 *     -   0: device
 *     -   1: gateway
 *
 *      |
 *
 * GFM ends the table at the blank line. Such a row (a pipe row without its closing pipe, then
 * lines up to one that is a lone `|`) is joined into one line before parsing, and the lines it
 * took are mapped back so every position still points at the spec.
 *
 * The same goes for the multi-line table syntax of some doc toolchains (YFM), whose rows are
 * `|| cell | cell ||` and may span lines, between `#|` and `|#`: it becomes a GFM table.
 */

import { append } from '../../append.js';

/** The spec text with continued rows joined, and the source line of each line of it. */
export interface JoinedRows {
  readonly text: string;
  /** Source line (1-based) of a line of `text` (1-based). */
  readonly lineOf: (line: number) => number;
}

/** A row continues on later lines for at most this many lines. */
const MAX_CONTINUATION = 40;

const CLOSER = /^\s*\|\s*$/;
const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** `text` with continued rows joined, or `null` when it has none (the common case, no copy made). */
export function joinContinuedRows(text: string): JoinedRows | null {
  // Only a pipe line without its closing pipe, or a `#|`, can start what is joined here.
  if (!/(?:^|\n)[ \t]*(?:\|[^\n]*[^|\s]|#\|)[ \t]*(?:\n|$)/.test(text)) return null;
  const lines = text.split('\n');
  const out: string[] = [];
  const source: number[] = [];
  let joined = false;
  let width = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (DELIMITER.test(line) && i > 0) width = cellsOf(lines[i - 1]!).length;
    if (/^\s*#\|\s*$/.test(line)) {
      const table = multilineTable(lines, i);
      if (table !== null) {
        append(out, table.lines);
        append(source, table.source);
        joined = true;
        i = table.end;
        continue;
      }
    }
    const split = width > 1 && line.trimStart().startsWith('|') && cellsOf(line).length < width ? splitRow(lines, i, width) : null;
    if (split !== null) {
      out.push(split.text);
      source.push(i + 1);
      joined = true;
      i = split.end;
      continue;
    }
    const end = opensContinuedRow(line) ? closerAfter(lines, i) : -1;
    if (end === -1) {
      out.push(line);
      source.push(i + 1);
      continue;
    }
    const parts = lines.slice(i + 1, end).map((part) => part.replace(LIST_MARKER, '').trim()).filter((part) => part !== '');
    out.push(`${[line.trimEnd(), ...parts].join(' ')} |`);
    source.push(i + 1);
    joined = true;
    i = end;
  }
  if (!joined) return null;
  return { text: out.join('\n'), lineOf: (line) => source[line - 1] ?? line };
}

/**
 * The `#|` table opened at `lines[start]` as GFM lines: its first row as the header, a delimiter
 * row, then one line per row; `null` when it is never closed by `|#`.
 */
function multilineTable(lines: readonly string[], start: number): { lines: string[]; source: number[]; end: number } | null {
  const rows: { text: string; line: number }[] = [];
  let open: { parts: string[]; line: number } | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (open === null && /^\|#\s*$/.test(trimmed)) {
      if (rows.length === 0) return null;
      const width = rows[0]!.text.split('|').length - 2;
      const out = [rows[0]!.text, `|${' --- |'.repeat(Math.max(1, width))}`, ...rows.slice(1).map((row) => row.text), ''];
      // The header at its own line, the delimiter at `#|`, and `|#` a blank line that ends the table.
      return { lines: out, source: [rows[0]!.line, start + 1, ...rows.slice(1).map((row) => row.line), i + 1], end: i };
    }
    if (open === null) {
      if (trimmed === '') continue;
      if (!trimmed.startsWith('||')) return null;
      open = { parts: [trimmed.slice(2)], line: i + 1 };
    } else {
      open.parts.push(trimmed.replace(LIST_MARKER, '- '));
    }
    const last = open.parts[open.parts.length - 1]!;
    if (last.endsWith('||') && !(open.parts.length === 1 && last.trim() === '')) {
      open.parts[open.parts.length - 1] = last.slice(0, -2);
      rows.push({ text: `| ${open.parts.map((part) => part.trim()).filter((part) => part !== '').join(' ')} |`, line: open.line });
      open = null;
    }
  }
  return null;
}

const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;

/** Cells of a pipe line: the text between unescaped pipes, without the empty ends. */
function cellsOf(line: string): string[] {
  const cells = line.trim().split(/(?<!\\)\|/);
  if (cells[0]?.trim() === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]!.trim() === '') cells.pop();
  return cells;
}

/**
 * A row whose cells are spread over lines (`|- A1` / `- A2` / blank / `|- 1` / `- 2` / blank /
 * `|message|remedy|`): a line starting with a pipe starts the next cell, any other line continues
 * the cell before it. `null` unless the row reaches `width` cells on a line ending with a pipe.
 */
function splitRow(lines: readonly string[], start: number, width: number): { text: string; end: number } | null {
  const cells: string[][] = cellsOf(lines[start]!).map((cell) => [cell]);
  for (let i = start + 1; i < lines.length && i <= start + MAX_CONTINUATION * 2; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (/^\s*#/.test(line) || DELIMITER.test(line)) return null;
    if (line.trimStart().startsWith('|')) append(cells, cellsOf(line).map((cell) => [cell]));
    else cells[cells.length - 1]?.push(line);
    if (cells.length > width) return null;
    if (cells.length === width && line.trimEnd().endsWith('|')) {
      const text = cells.map((parts) => parts.map((part) => part.replace(LIST_MARKER, '').trim()).filter((part) => part !== '').join('<br>'));
      return { text: `| ${text.join(' | ')} |`, end: i };
    }
  }
  return null;
}

/** A pipe row of two or more cells that does not end with a pipe. */
function opensContinuedRow(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith('|') && !trimmed.endsWith('|') && trimmed.slice(1).includes('|');
}

/** Index of the lone `|` that closes the row opened at `lines[start]`, or -1. */
function closerAfter(lines: readonly string[], start: number): number {
  for (let i = start + 1; i < lines.length && i <= start + MAX_CONTINUATION; i++) {
    const line = lines[i]!;
    if (CLOSER.test(line)) return i;
    // Another row, or a heading, starts: the row was simply missing its closing pipe.
    if (line.trimStart().startsWith('|') || /^\s*#/.test(line)) return -1;
  }
  return -1;
}
