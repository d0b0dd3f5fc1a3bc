/**
 * `errspec fmt`: tables recovery had to read from messy text (no delimiter row, tabs, lost pipes,
 * glued cells, HTML) rewritten as clean GFM tables. Every other line stays byte for byte.
 *
 * A region is rewritten only when nothing can be lost: recovery read every line of it, its
 * letters and digits all reappear in the new table in the same order, and the whole document
 * still gives the same model (entries, positions aside). Otherwise it is kept as it is, with why.
 */

import { parse, type Cell, type TableBlock } from '../parse/index.js';
import { cleanInline } from '../text.js';
import { escapeCell, gfmRow } from './gfm-table.js';
import { modelView } from './model-view.js';
import { append } from '../append.js';

/** Table origins `fmt` rewrites. Headerless readings (lists, definition lines, code headings) are prose to their authors and stay. */
const REWRITTEN: ReadonlySet<TableBlock['origin']> = new Set(['pipes-no-delimiter', 'tabs', 'spaces', 'glued', 'html']);

/** One rewritten region: old lines `from..to` (1-based, inclusive) became `lines`. */
export interface Rewrite {
  readonly from: number;
  readonly to: number;
  /** What recovery read there, e.g. `"glued"`. */
  readonly origin: TableBlock['origin'];
  /** The new lines, with the blank lines added around the table. */
  readonly lines: readonly string[];
}

/** A messy region left as it was. */
export interface Kept {
  readonly line: number;
  readonly origin: TableBlock['origin'];
  /** Why, e.g. `"it has lines recovery could not read"`. */
  readonly reason: string;
}

/** The result of formatting one text. */
export interface Formatted {
  /** The formatted text. */
  readonly text: string;
  /** Regions rewritten, in document order. */
  readonly rewrites: readonly Rewrite[];
  /** Messy regions kept, in document order. */
  readonly kept: readonly Kept[];
}

/**
 * Format a spec's text. Line endings: `\r\n` or `\n`, as each line had them; new lines take
 * the ending of the first line they replace. A BOM stays. For tests of the rewriting itself,
 * `verify: false` skips the check that the spec still reads the same, and `markup: false`
 * writes every cell as its plain text.
 */
export function format(raw: string, { verify = true, markup = true }: { verify?: boolean; markup?: boolean } = {}): Formatted {
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = raw.slice(bom.length);
  const rawLines = body.split('\n');
  const lines = rawLines.map((line) => line.replace(/\r$/, ''));
  const text = lines.join('\n');
  const rewrites: Rewrite[] = [];
  const kept: Kept[] = [];
  const tables = parse(text).filter((block): block is TableBlock => block.type === 'table' && REWRITTEN.has(block.origin));
  const view = (source: string): string => JSON.stringify(modelView(source));
  const original = verify ? view(text) : '';
  const reads = (set: readonly Rewrite[]): boolean => !verify || view(apply(lines, set).join('\n')) === original;
  const safe: TableBlock[] = [];
  for (const table of tables) {
    const reason = unsafe(table, lines);
    if (reason === null) safe.push(table);
    else kept.push({ line: table.line, origin: table.origin, reason });
  }
  // Cells keep their inline Markdown where they can; else they are written as the plain text read from them.
  const attempt = (table: TableBlock, markup: boolean): Rewrite | null => {
    const rewrite = rewriteOf(table, lines, markup);
    return letters(regionText(table, lines)) === letters(rewrite.lines.join('\n').replace(/<br>/g, '\n')) ? rewrite : null;
  };
  const all = safe.map((table) => (markup ? attempt(table, true) : null) ?? attempt(table, false));
  if (all.every((rewrite) => rewrite !== null) && reads(all as Rewrite[])) {
    append(rewrites, all as Rewrite[]);
  } else {
    // Something reads differently or loses text: find what, one table at a time.
    for (const table of safe) {
      const rewrite = [markup ? attempt(table, true) : null, attempt(table, false)].find((option) => option !== null && reads([...rewrites, option]));
      if (rewrite !== undefined && rewrite !== null) rewrites.push(rewrite);
      else kept.push({ line: table.line, origin: table.origin, reason: 'as a GFM table it would read differently or lose text' });
    }
    kept.sort((a, b) => a.line - b.line);
  }
  if (rewrites.length === 0) return { text: raw, rewrites, kept };
  return { text: bom + apply(rawLines, rewrites, true).join('\n'), rewrites, kept };
}

/** Why a table cannot be rewritten without loss, or `null`. */
function unsafe(table: TableBlock, lines: readonly string[]): string | null {
  if (table.header === null) return 'it has no header row';
  if (table.rows.length === 0) return 'it has no rows (a truncated table stays visible as one)';
  if (table.unreadable.length > 0) return 'it has lines recovery could not read';
  const cells = [table.header, ...table.rows.map((row) => row.cells)].flat();
  if (cells.some((cell) => cell.note !== undefined)) return 'a cell holds a note box';
  const region = lines.slice(table.line - 1, table.endLine);
  if (region.some((line) => /^\s*>/.test(line))) return 'it is quoted';
  if (table.origin === 'html') {
    const first = region[0]!;
    const last = region[region.length - 1]!;
    if (first.slice(0, first.search(/<table\b/i)).trim() !== '') return 'text precedes <table> on its line';
    if (!/<\/table>\s*$/i.test(last)) return 'text follows </table> on its line';
  }
  return null;
}

/** The text of a table's source lines, HTML tags and entities read as a browser shows them. */
function regionText(table: TableBlock, lines: readonly string[]): string {
  const region = lines.slice(table.line - 1, table.endLine);
  // Tags go before inline cleanup, so that backticks in two cells never make one code span of the tags between them.
  return table.origin === 'html' ? region.map((line) => cleanInline(line.replace(/<\/?[A-Za-z][^<>]*>/g, ' '))).join('\n') : region.join('\n');
}

/** Letters and digits of a text, in order. */
function letters(text: string): string {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).join('');
}

/**
 * The rewrite of a table: its lines replaced by a GFM table, blank lines added where it would
 * touch text. With `markup`, a cell on one line whose source reads as its text is copied as it
 * is written (`code`, **bold** and links stay); other cells are written as their plain text.
 */
function rewriteOf(table: TableBlock, lines: readonly string[], markup: boolean): Rewrite {
  let to = table.endLine;
  while (to > table.line && lines[to - 1]!.trim() === '') to--;
  const cellsOf = (cells: readonly Cell[], line: number): string[] => {
    const sources = markup && table.origin !== 'html' ? cellSources(cells, lines[line - 1] ?? '', line) : null;
    return cells.map((cell, index) => {
      const source = sources?.[index];
      return source !== undefined && cleanInline(source) === cell.text ? source.replace(/(?<!\\)\|/g, '\\|') : escapeCell(cell.text);
    });
  };
  const gfm = [
    gfmRow(cellsOf(table.header!, table.line), width(table)),
    `|${' --- |'.repeat(width(table))}`,
    ...table.rows.map((row) => gfmRow(cellsOf(row.cells, row.line), width(table))),
  ];
  const blankBefore = table.line > 1 && lines[table.line - 2]!.trim() !== '';
  const blankAfter = to < lines.length && lines[to]!.trim() !== '';
  return { from: table.line, to, origin: table.origin, lines: [...(blankBefore ? [''] : []), ...gfm, ...(blankAfter ? [''] : [])] };
}

/** Columns of the new table: the widest row's, so no cell is dropped. */
function width(table: TableBlock): number {
  return Math.max(table.header!.length, ...table.rows.map((row) => row.cells.length));
}

/**
 * Each cell's source on `text` (line `line`), from its start to the next cell's, without the
 * separators around it; `null` when a cell is not on that line.
 */
function cellSources(cells: readonly Cell[], text: string, line: number): string[] | null {
  if (cells.some((cell) => cell.line !== line || cell.text.includes('\n'))) return null;
  return cells.map((cell, index) => {
    const end = index + 1 < cells.length ? cells[index + 1]!.column - 1 : text.length;
    return text.slice(cell.column - 1, end).trim().replace(/(?<!\\)\|$/, '').trim();
  });
}

/** `lines` with each rewrite's range replaced; with `keepEndings`, new lines end like the first line they replace. */
function apply(lines: readonly string[], rewrites: readonly Rewrite[], keepEndings = false): string[] {
  const out: string[] = [];
  let next = 1;
  for (const rewrite of [...rewrites].sort((a, b) => a.from - b.from)) {
    append(out, lines.slice(next - 1, rewrite.from - 1));
    const ending = keepEndings && lines[rewrite.from - 1]!.endsWith('\r') ? '\r' : '';
    append(out, rewrite.lines.map((line) => line + ending));
    next = rewrite.to + 1;
  }
  append(out, lines.slice(next - 1));
  return out;
}
