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
 */

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
  if (!/\n[ \t]*\|[ \t]*(?:\n|$)/.test(text)) return null;
  const lines = text.split('\n');
  const out: string[] = [];
  const source: number[] = [];
  let joined = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
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
