/**
 * Recovery of structure in prose: a run of source lines that GFM read as paragraphs,
 * lists or HTML becomes tables, JSON examples, labels and text.
 */

import { append } from '../../append.js';
import { classifyHeader } from '../../extract/columns.js';
import { cleanInline, hasPipe, isBlank, splitPipes, type RawCell } from '../../text.js';
import type { Block, TableBlock, TableOrigin } from '../blocks.js';
import { readCodeLines, readDefinitions } from './definitions.js';
import { readGridTable } from './grid-table.js';
import { readHeaderLine, type HeaderStyle } from './header.js';
import { htmlTableAt, spanLines } from './html-span.js';
import { readHtmlTable } from './html-table.js';
import { isCodeLike, isDelimiterRow, isRuleLine, isThematicBreak, readRows, type SourceLine } from './rows.js';

const ORIGIN: Record<HeaderStyle, TableOrigin> = {
  pipes: 'pipes-no-delimiter',
  tabs: 'tabs',
  commas: 'csv',
  spaces: 'spaces',
  glued: 'glued',
};

const NOTE: Record<HeaderStyle, string> = {
  pipes: 'table has no delimiter row',
  tabs: 'table is separated by tabs, not pipes',
  commas: 'table is comma-separated values',
  spaces: 'table lost its pipes; columns separated by spaces',
  glued: 'table lost its pipes; cells glued together, split by column shape',
};

/** A reader of one kind of structure starting at `lines[start]`: the block and the index after it, or `null`. */
type Reader = (lines: readonly SourceLine[], start: number) => { block: Block; next: number } | null;

/** Readers in the order they are tried at each line; the first that reads wins. */
const READERS: readonly Reader[] = [readGridTable, readTable, readDefinitions, readCodeLines, readJson];

/**
 * Blocks found in `region`, in order; lines no reader takes are prose. An HTML table is read
 * first wherever it starts on a line; text around it on its first and last lines stays prose.
 */
export function recoverRegion(region: readonly SourceLine[], above: TableBlock | null = null): Block[] {
  const lines = [...region];
  const blocks: Block[] = [];
  let chunk: SourceLine[] = [];
  const flush = (): void => {
    if (chunk.length > 0) blocks.push(proseBlock(chunk));
    chunk = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line.text)) {
      flush();
      i++;
      continue;
    }
    const fence = fenceEnd(lines, i);
    if (fence !== -1) {
      // A fenced block inside a list item (a command, a query) is code, never prose or rows.
      flush();
      const first = line.text.trimStart();
      const lang = first.replace(/^(?:```|~~~)\s*/, '').trim();
      blocks.push({
        type: 'code',
        lang: lang === '' ? null : lang,
        value: lines.slice(i + 1, fence).map((inner) => inner.text.slice(line.text.length - first.length)).join('\n'),
        line: line.line,
        column: line.text.length - first.length + 1,
      });
      i = fence + 1;
      continue;
    }
    const math = mathEnd(lines, i);
    if (math !== -1) {
      // Display math (`$$ ... $$`) is a formula, never rows: `IOU = ...` is not a code and its message.
      flush();
      append(chunk, lines.slice(i, math + 1));
      flush();
      i = math + 1;
      continue;
    }
    const html = htmlTableAt(lines, i);
    if (html !== null) {
      const before = line.text.slice(0, html.column);
      if (cleanInline(before) !== '') chunk.push({ text: before, line: line.line });
      flush();
      const table = readHtmlTable(spanLines(lines, html));
      if (table !== null) blocks.push(table);
      const last = lines[html.end]!;
      const after = last.text.slice(html.endColumn);
      if (after.trim() === '') {
        i = html.end + 1;
      } else {
        lines[html.end] = { text: ' '.repeat(html.endColumn) + after, line: last.line };
        i = html.end;
      }
      continue;
    }
    // Only notes between: once anything else is read, the table above is behind it.
    const notes = blocks.every((block) => block.type === 'text' || block.type === 'label');
    let read: ReturnType<Reader> = notes && above !== null ? readContinuation(lines, i, above) : null;
    for (const reader of read === null ? READERS : []) {
      read = reader(lines, i);
      if (read !== null) break;
    }
    if (read === null && (isThematicBreak(line.text) || isRuleLine(line.text))) {
      // A break (`---`) or the rule over a simple table's header (`====  ====`) ends the paragraph it is in.
      flush();
      i++;
      continue;
    }
    if (read === null) {
      chunk.push(line);
      i++;
      continue;
    }
    flush();
    blocks.push(read.block);
    i = read.next;
  }
  flush();
  return blocks;
}

/** Index of the line closing the fence (```` ``` ```` or `~~~`) opened on `lines[start]`, or -1 when none is open there or none closes it. */
function fenceEnd(lines: readonly SourceLine[], start: number): number {
  const open = /^\s*(`{3,}|~{3,})/.exec(lines[start]!.text);
  if (open === null || lines[start]!.text.trim().slice(open[1]!.length).includes(open[1]![0]!.repeat(3))) return -1;
  for (let i = start + 1; i < lines.length; i++) {
    if (lines[i]!.text.trim().startsWith(open[1]!)) return i;
  }
  return -1;
}

/** Index of the line closing the display-math block (`$$`) opened on `lines[start]`, or -1. */
function mathEnd(lines: readonly SourceLine[], start: number): number {
  const first = lines[start]!.text.trim();
  if (!first.startsWith('$$')) return -1;
  if (first.length > 4 && first.endsWith('$$')) return start;
  for (let i = start + 1; i < lines.length && i < start + 200; i++) {
    if (lines[i]!.text.trim().endsWith('$$')) return i;
  }
  return -1;
}

/** A table whose header is `lines[start]`, or `null`. */
function readTable(lines: readonly SourceLine[], start: number): { block: TableBlock; next: number } | null {
  const first = lines[start]!;
  const header = readHeaderLine(first.text.trim());
  if (header === null) return null;
  const indent = first.text.length - first.text.trimStart().length;
  const { rows, unreadable, next } = readRows(lines, start + 1, { roles: header.roles, glued: header.style === 'glued', commas: header.style === 'commas', starts: columnStarts(lines, start, header.cells, indent, header.style) });
  // Without separators a line of column words is only a header if rows follow it.
  if (rows.length === 0 && header.style !== 'pipes') return null;
  const block: TableBlock = {
    type: 'table',
    origin: ORIGIN[header.style],
    header: header.cells.map((cell) => ({ text: cleanInline(cell.raw), line: first.line, column: indent + cell.offset + 1 })),
    hints: null,
    rows,
    note: `${noteOf(header.style, indent, lines[start + 1]?.text ?? '')}; read as ${header.cells.length} columns (${header.cells.map((cell) => cleanInline(cell.raw)).join(', ')})`,
    unreadable,
    line: first.line,
    column: indent + 1,
    endLine: lines[next - 1]!.line,
  };
  return { block, next };
}

/**
 * Rows that go on with the table above after a note between them (`> 注意：…`, a paragraph): pipe
 * rows as wide as its header, the first of them values (a code), no header words; else `null`.
 */
function readContinuation(lines: readonly SourceLine[], start: number, above: TableBlock): { block: TableBlock; next: number } | null {
  const header = above.header;
  const first = lines[start]!;
  if (header === null || !hasPipe(first.text)) return null;
  const cells = splitPipes(first.text.trim());
  const roles = header.map((cell) => classifyHeader(cell.text).role);
  if (cells.length !== header.length || !cells.some((cell) => isCodeLike(cleanInline(cell.raw))) || cells.some((cell) => classifyHeader(cell.raw).role !== 'unknown')) return null;
  const { rows, unreadable, next } = readRows(lines, start, { roles, glued: false, commas: false, starts: null });
  if (rows.length === 0) return null;
  const block: TableBlock = {
    ...above,
    origin: 'pipes-no-delimiter',
    rows,
    note: `rows after a note go on with the table at line ${above.line}, under its header`,
    unreadable,
    line: first.line,
    column: first.text.length - first.text.trimStart().length + 1,
    endLine: lines[next - 1]!.line,
  };
  return { block, next };
}

/** What recovery assumed of a table with this header style, indent and line below its header. */
function noteOf(style: HeaderStyle, indent: number, below: string): string {
  if (style !== 'pipes' || !isDelimiterRow(below)) return NOTE[style];
  // GFM reads a table with a delimiter row unless it sits in a container it did not parse as one, or the rows do not match.
  return indent > 0 ? 'table inside a list item or block quote' : 'table whose delimiter row does not match its header';
}

/**
 * Where the columns of a table without separators start, when they are aligned: at the dash runs of a
 * rule under the header (`----  ------`), or at the header's words when two spaces or more part each.
 */
function columnStarts(lines: readonly SourceLine[], start: number, cells: readonly RawCell[], indent: number, style: HeaderStyle): number[] | null {
  if (style !== 'spaces') return null;
  const rule = lines[start + 1]?.text ?? '';
  if (isRuleLine(rule)) {
    const runs = [...rule.matchAll(/[-=]+/g)].map((match) => match.index);
    return runs.length === cells.length ? runs : null;
  }
  const header = lines[start]!.text;
  const parted = cells.every((cell, index) => index === 0 || /\s{2}$/.test(header.slice(0, indent + cell.offset)));
  return parted ? cells.map((cell) => indent + cell.offset) : null;
}

/** A bare JSON object written as text (a pasted response example), or `null`. */
function readJson(lines: readonly SourceLine[], start: number): { block: Block; next: number } | null {
  const first = lines[start]!;
  if (!first.text.trimStart().startsWith('{')) return null;
  let depth = 0;
  for (let i = start; i < lines.length && i < start + 200; i++) {
    for (const char of lines[i]!.text) {
      if (char === '{') depth++;
      else if (char === '}') depth--;
    }
    if (depth <= 0) {
      const value = lines.slice(start, i + 1).map((line) => line.text).join('\n');
      try {
        JSON.parse(value);
      } catch {
        return null;
      }
      const column = first.text.length - first.text.trimStart().length + 1;
      return { block: { type: 'code', lang: null, value, line: first.line, column }, next: i + 1 };
    }
  }
  return null;
}

const LIST_MARKER = /^\s*(?:[-*+•·]|\d+[.)])\s/;

/**
 * A paragraph of prose. A single line that is all bold, or short with no sentence
 * punctuation and no `key: value`, is a label titling what follows.
 */
function proseBlock(chunk: readonly SourceLine[]): Block {
  const first = chunk[0]!;
  const column = first.text.length - first.text.trimStart().length + 1;
  const text = cleanInline(chunk.map((line) => line.text).join('\n'));
  if (chunk.length === 1) {
    const raw = first.text.trim();
    const bold = /^(\*\*|__)(.+)\1$/.exec(raw);
    const plain = text.replace(/[:：]\s*$/, '').trim();
    if (bold !== null && plain !== '') return { type: 'label', text: plain, line: first.line, column };
    if (isPlainLabel(raw, text)) return { type: 'label', text, line: first.line, column };
  }
  return { type: 'text', text, line: first.line, column };
}

function isPlainLabel(raw: string, text: string): boolean {
  const limit = /[\u4e00-\u9fff]/.test(text) ? 30 : 60;
  return (
    text.length > 0 &&
    text.length <= limit &&
    !LIST_MARKER.test(raw) &&
    !/[|{}[\]<>="`]/.test(raw) &&
    !/[。.!?！？；;,，、:：]$/.test(text) &&
    !/[:：]\s*\S/.test(text)
  );
}
