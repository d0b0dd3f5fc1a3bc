/**
 * Read the rows of a recovered table: pipe rows with or without outer pipes, tab rows,
 * and rows whose cells lost their separators, split by what the header says the columns
 * are (a code, a 3-digit status, then text). Cells may continue over several lines.
 */

import { append } from '../../append.js';
import type { Role } from '../../extract/columns.js';
import { cleanInline, hasCjk, hasPipe, isBlank, splitPipes, splitTabs, type RawCell } from '../../text.js';
import type { Cell, Row } from '../blocks.js';
import { splitCommas } from './csv.js';

/** A source line of a text region. */
export interface SourceLine {
  readonly text: string;
  /** Line number, 1-based. */
  readonly line: number;
}

const DELIMITER_ROW = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/;
const CODE_CHARS = /^-?[A-Za-z0-9_$][A-Za-z0-9_.\-:/$]*/;

/** True for a line of dashes and pipes that separates a header from rows. */
export function isDelimiterRow(text: string): boolean {
  return DELIMITER_ROW.test(text) && text.includes('-');
}

/** A line of dash or `=` runs separated by spaces: the rule under the header of a simple table (`----  ------`). */
export function isRuleLine(text: string): boolean {
  return /^\s*(?:-{2,}|={2,})(?:[ \t]+(?:-{2,}|={2,}))+\s*$/.test(text);
}

/** A thematic break (`---`, `***`, `- - -`): it separates parts of a document, it is never text. */
export function isThematicBreak(text: string): boolean {
  return /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(text);
}

/**
 * True when a token could be an error code rather than a word of prose: it ends in a
 * letter or digit and has a digit, an `_`, a `.`, a `-` inside, or is in capitals.
 */
export function isCodeLike(token: string): boolean {
  if (!/^-?[A-Za-z0-9_$][A-Za-z0-9_.\-:/$]*$/.test(token) || /[.\-:/]$/.test(token)) return false;
  if (/^[1-5]xx$/i.test(token)) return false; // a class of HTTP statuses, not a code
  return /\d/.test(token) || /[_.]/.test(token) || /\w-\w/.test(token) || /^[A-Z][A-Z0-9]+$/.test(token) ||
    /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$/.test(token);
}

/** How the table's columns are laid out, for splitting rows that have no separators. */
export interface Layout {
  readonly roles: readonly Role[];
  /** True when the header had no spaces between columns, so rows are glued too. */
  readonly glued: boolean;
  /** True for comma-separated values: every row is a CSV line. */
  readonly commas?: boolean;
  /**
   * Where each column starts in a line (offsets in the untrimmed line), when the columns are aligned:
   * by a rule under the header (`----  ------`), or by a header whose words two spaces or more part.
   * A row whose cells start there is cut there; others are split by shape. `null` when unknown.
   */
  readonly starts?: readonly number[] | null;
}

/**
 * A line cut at the columns' start offsets, or `null` when its text does not line up with them:
 * a word runs across where a column starts.
 */
function splitAtStarts(text: string, starts: readonly number[]): RawCell[] | null {
  const cells: RawCell[] = [];
  for (let index = 0; index < starts.length; index++) {
    const from = Math.min(starts[index]!, text.length);
    const to = Math.min(starts[index + 1] ?? text.length, text.length);
    if (index > 0 && from < text.length && !/\s/.test(text[from - 1]!)) return null;
    const raw = text.slice(from, to);
    cells.push({ raw: raw.trim(), offset: from + raw.length - raw.trimStart().length });
  }
  return cells;
}

/** What kind of line this is, inside a table. */
function rowStart(text: string, layout: Layout): RowLines['kind'] | null {
  const trimmed = text.trim();
  if (layout.commas === true) {
    const cells = splitCommas(trimmed);
    return cells !== null && cells.length >= 2 && isCodeLike(cells[0]!.raw) ? 'commas' : null;
  }
  if (trimmed.startsWith('|')) return isDelimiterRow(trimmed) ? null : 'pipes';
  if (hasPipe(trimmed)) {
    const cells = splitPipes(trimmed);
    if (cells.filter((cell) => cell.raw !== '').length >= 2 && isCodeLike(cells[0]?.raw ?? '')) return 'pipes';
  }
  if (trimmed.includes('\t') && isCodeLike(splitTabs(trimmed)[0]?.raw ?? '')) return 'tabs';
  return splitByShape(trimmed, 0, layout) === null ? null : 'shape';
}

/**
 * Split a row with no separators by the column roles. Code and name cells are one token;
 * a status is three digits; text cells share what is left (see `splitText`).
 */
function splitByShape(text: string, offset: number, layout: Layout, scripts: readonly Script[] = []): RawCell[] | null {
  const cells: RawCell[] = [];
  let at = 0;
  const skipSpace = (): void => {
    while (at < text.length && /\s/.test(text[at]!)) at++;
  };
  for (let i = 0; i < layout.roles.length; i++) {
    const role = layout.roles[i]!;
    const next = layout.roles[i + 1];
    if (!layout.glued) skipSpace();
    const rest = text.slice(at);
    if (role === 'code' || role === 'name') {
      const lazy = layout.glued && next === 'status';
      const match = lazy ? /^(-?[A-Za-z0-9_$][A-Za-z0-9_.\-:/$]*?)(?=[1-5]\d\d(?!\d))/.exec(rest) : CODE_CHARS.exec(rest);
      const token = match?.[1] ?? match?.[0];
      if (token === undefined || (role === 'code' && !isCodeLike(token))) return null;
      if (!lazy && !layout.glued && !/^(\s|$)/.test(rest.slice(token.length))) return null;
      cells.push({ raw: token, offset: offset + at });
      at += token.length;
    } else if (role === 'status') {
      const match = (layout.glued ? /^[1-5]\d\d(?!\d)/ : /^\d{3}(?=\s|$)/).exec(rest);
      if (match === null) return null;
      cells.push({ raw: match[0], offset: offset + at });
      at += 3;
    } else {
      const textRoles = layout.roles.slice(i);
      if (textRoles.some((later) => later === 'code' || later === 'status')) return null;
      append(cells, splitText(rest, offset + at, textRoles.length, scripts.slice(i)));
      return cells;
    }
  }
  return cells;
}

/** The script of a column's text: Chinese, or anything else. */
export type Script = 'cjk' | 'latin' | null;

/**
 * Share `text` among `count` text cells. A Latin cell runs until the first word with
 * Chinese in it; a Chinese cell ends at the next space (Chinese text has no spaces inside
 * a cell, so a space is where the cell ended). The last cell takes the rest.
 */
function splitText(text: string, offset: number, count: number, scripts: readonly Script[]): RawCell[] {
  const tokens = [...text.matchAll(/\S+/g)].map((match) => ({ word: match[0], at: match.index }));
  const cells: RawCell[] = [];
  let t = 0;
  for (let c = 0; c < count; c++) {
    const first = tokens[t];
    if (first === undefined) {
      cells.push({ raw: '', offset: offset + text.length });
      continue;
    }
    let end = tokens.length;
    if (c < count - 1) {
      const script = scripts[c] ?? (hasCjk(first.word) ? 'cjk' : 'latin');
      let u = t;
      while (u < tokens.length && !hasCjk(tokens[u]!.word)) u++;
      if (script === 'cjk') u++;
      end = Math.min(Math.max(u, t + 1), tokens.length);
    }
    const stop = tokens[end]?.at ?? text.length;
    cells.push({ raw: text.slice(first.at, stop).trim(), offset: offset + first.at });
    t = end;
  }
  return cells;
}

/** One row while it is being read: its first line and the lines continuing its last cell. */
interface RowLines {
  readonly kind: 'pipes' | 'tabs' | 'commas' | 'shape';
  readonly first: SourceLine;
  readonly more: SourceLine[];
}

/** The rows of a recovered table and where reading stopped. */
export interface ReadRows {
  readonly rows: Row[];
  /** Lines that start like a row (a code like the others) but do not split into the columns. */
  readonly unreadable: { line: number; column: number; reason: string }[];
  /** Index (into `lines`) of the first line after the table. */
  readonly next: number;
}

/**
 * Read rows from `lines[start]` on. A line that starts no row continues the last cell of
 * the row above (a remedy with numbered steps); after blank lines the table goes on only
 * with another row, or with continuation lines closed by a `|`.
 */
export function readRows(lines: readonly SourceLine[], start: number, layout: Layout): ReadRows {
  const units: RowLines[] = [];
  const unreadable: ReadRows['unreadable'] = [];
  let i = start;
  while (i < lines.length) {
    const current = lines[i]!;
    if (isBlank(current.text)) {
      let k = i;
      while (k < lines.length && isBlank(lines[k]!.text)) k++;
      if (k >= lines.length || units.length === 0) break;
      if (rowStart(lines[k]!.text, layout) !== null) {
        i = k;
        continue;
      }
      let end = k;
      while (end < lines.length && !isBlank(lines[end]!.text) && rowStart(lines[end]!.text, layout) === null) end++;
      if (!/\|\s*$/.test(lines[end - 1]!.text)) break;
      append(units[units.length - 1]!.more, lines.slice(k, end));
      i = end;
      continue;
    }
    if (isDelimiterRow(current.text) || isRuleLine(current.text)) {
      i++;
      continue;
    }
    const kind = rowStart(current.text, layout);
    const broken = kind === null && units.length > 0 ? brokenRow(current.text, units[0]!, layout) : null;
    if (kind !== null) units.push({ kind, first: current, more: [] });
    else if (broken !== null) unreadable.push({ line: current.line, column: current.text.search(/\S/) + 1, reason: broken });
    else if (units.length > 0) units[units.length - 1]!.more.push(current);
    else break;
    i++;
  }
  const scripts = learnScripts(units, layout.roles.length);
  return { rows: units.map((unit) => toRow(unit, layout, scripts)), unreadable, next: i };
}

/**
 * Why a line that starts with a code shaped like the table's first code is not a row,
 * or `null` when it does not start like a row at all (then it continues the row above).
 */
function brokenRow(text: string, first: RowLines, layout: Layout): string | null {
  const token = CODE_CHARS.exec(text.trim())?.[0] ?? '';
  const after = text.trim().slice(token.length);
  const firstCode = cellsOf(first, layout)[0]?.raw ?? '';
  const numeric = (code: string): boolean => /^-?\d+$/.test(code);
  if (!isCodeLike(token) || numeric(token) !== numeric(firstCode) || !/^(?:\s|\||$|[^\x00-\x7f])/.test(after)) return null;
  return `\`${token}\` looks like a code, but the line does not split into the ${layout.roles.length} columns of the table above`;
}

/** The script most pipe rows use in each column, to split rows that have no pipes. */
function learnScripts(units: readonly RowLines[], width: number): Script[] {
  const counts = Array.from({ length: width }, () => ({ cjk: 0, latin: 0 }));
  for (const unit of units) {
    if (unit.kind === 'shape') continue;
    cellsOf(unit).forEach((cell, index) => {
      const count = counts[index];
      if (count !== undefined && cell.raw !== '') count[hasCjk(cell.raw) ? 'cjk' : 'latin']++;
    });
  }
  return counts.map(({ cjk, latin }) => (cjk === 0 && latin === 0 ? null : cjk > latin ? 'cjk' : 'latin'));
}

function cellsOf(unit: RowLines, layout?: Layout, scripts?: readonly Script[]): RawCell[] {
  const text = unit.first.text;
  const indent = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const shift = (cells: RawCell[]): RawCell[] => cells.map((cell) => ({ raw: cell.raw, offset: cell.offset + indent }));
  if (unit.kind === 'pipes') return shift(splitPipes(trimmed));
  if (unit.kind === 'tabs') return shift(splitTabs(trimmed));
  if (unit.kind === 'commas') return shift(splitCommas(trimmed) ?? []);
  const aligned = layout?.starts === null || layout?.starts === undefined ? null : splitAtStarts(text.trimEnd(), layout.starts);
  if (aligned !== null && aligned[0]!.raw !== '' && aligned[0]!.raw === CODE_CHARS.exec(trimmed)?.[0]) return aligned;
  return shift(splitByShape(trimmed, 0, layout!, scripts) ?? []);
}

function toRow(unit: RowLines, layout: Layout, scripts: readonly Script[]): Row {
  const raw = cellsOf(unit, layout, scripts);
  const cells: Cell[] = raw.map((cell) => ({ text: cleanInline(cell.raw), line: unit.first.line, column: cell.offset + 1 }));
  if (unit.more.length > 0) {
    const tail = unit.more.map((line) => line.text.replace(/\s*\|\s*$/, '').trim()).filter((text) => text !== '');
    const last = cells[cells.length - 1];
    const joined = [last?.text ?? '', ...tail.map(cleanInline)].filter((text) => text !== '').join('\n');
    if (last === undefined) cells.push({ text: joined, line: unit.first.line, column: 1 });
    else cells[cells.length - 1] = { ...last, text: joined };
  }
  const indent = unit.first.text.length - unit.first.text.trimStart().length;
  return { cells, line: unit.first.line, column: indent + 1 };
}
