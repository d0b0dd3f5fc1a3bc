/**
 * Errors listed as data in a code block, when the document lists them nowhere else: a JSON array
 * of `{code, message, status}` objects, an object holding such an array (`{"errors": [...]}`), or
 * the same as a YAML list. Each object is a row; its keys are the header, read by the column
 * vocabulary like any table's (`httpStatus` as `http Status`). A document with a table keeps its
 * code blocks as examples: an error response `{"code": …}` shown there adds no entries.
 *
 *     ```json
 *     [{"code": "TRAM_LATE", "message": "The tram is running late.", "status": 503}, …]
 *     ```
 */

import type { Node as YamlNode, YAMLMap } from 'yaml';
import { classifyHeader } from '../../extract/columns.js';
import { yaml } from '../../lazy.js';
import { httpHead, lineIndexAt } from '../../text.js';
import type { Block, Cell, CodeBlock, Row, TableBlock } from '../blocks.js';
import { readCodeLines } from './definitions.js';
import type { SourceLine } from './rows.js';

/** Languages of code blocks that may hold data. */
const DATA = /^(?:json5?|jsonc|ya?ml)$/i;

/** Languages of code blocks of plain lines, which may list codes one per line (`E01  Lamp is warming up`). */
const PLAIN = /^(?:te?xt|plain(?:text)?|none)$/i;

/** Languages of code blocks that show a whole HTTP response: status line, headers, a blank line, the body. */
const HTTP = /^https?$/i;

/** Blocks larger than this are not read as listings: a listing is a page of errors, not a dump. */
const MAX_LISTING = 500_000;

/** `blocks` with the code blocks that list errors, in a document without tables, also read as tables. */
export function readCodeListings(blocks: readonly Block[]): Block[] {
  if (blocks.some((block) => block.type === 'table')) return [...blocks];
  const code = (block: Block): CodeBlock | null => (block.type === 'code' && block.value.length <= MAX_LISTING ? block : null);
  const tables = blocks.map((block): Block | null => {
    const listing = code(block);
    if (listing === null) return null;
    const plain = listing.lang === null || PLAIN.test(listing.lang);
    return plain ? linesOf(listing) ?? listingOf(listing) : DATA.test(listing.lang!) ? listingOf(listing) : linesOf(listing) ?? callsOf(listing);
  });
  // One error object per block (an example response under each code's heading): errors when two or
  // more blocks show different codes; one alone is the envelope's example.
  const singles = blocks.map((block, index) => {
    const shown = tables[index] === null ? code(block) : null;
    return shown !== null && (shown.lang === null || DATA.test(shown.lang) || HTTP.test(shown.lang)) ? listingOf(shown, true) : null;
  });
  const codeOf = (table: TableBlock): string => table.rows[0]!.cells[(table.header ?? []).findIndex((cell) => classifyHeader(cell.text).role === 'code')]?.text ?? '';
  const shown = new Set(singles.flatMap((table) => (table === null ? [] : [codeOf(table)]))).size >= 2;
  return blocks.flatMap((block, index) => [block, tables[index] ?? (shown ? singles[index] : null)].filter((item): item is Block => item !== null && item !== undefined));
}

/** The lines that open or close an enum or a group of constants: `enum Code {`, `const (`, `}`, `);`. */
const WRAPPER = /^\s*(?:(?:(?:export|public|private)\s+)*(?:const|enum|var|object|class)\b[^=]*[({]|[)}][;,]?)\s*$/;

/**
 * A code block whose every line is a code line (or a wrapped message of one), as a table; else
 * `null`. In a program's code block, the lines that wrap an enum's members are passed over.
 */
function linesOf(block: CodeBlock): Block | null {
  // Fenced: the value starts on the line after the fence.
  const all: MemberLine[] = block.value.split('\n').map((text, index) => ({ text, line: block.line + 1 + index }));
  const program = block.lang !== null && !PLAIN.test(block.lang);
  const lines: readonly MemberLine[] = program ? members(all) : all;
  const read = readCodeLines(lines, 0);
  if (read === null || read.block.type !== 'table' || read.next !== lines.length) return null;
  // A message taken from the comment above its member is where that comment is.
  const rows = read.block.rows.map((row) => {
    const comment = lines.find((line) => line.line === row.line)?.comment;
    return comment === undefined ? row : { ...row, cells: row.cells.map((cell) => (cell.text === comment.text ? { ...cell, line: comment.line, column: comment.column } : cell)) };
  });
  return { ...read.block, rows, note: `in a code block, ${read.block.note ?? 'lines of a code and its message'}` };
}

/** A line of a code block, and the comment above it that its text now ends in. */
interface MemberLine extends SourceLine {
  readonly comment?: Comment;
}

/** A comment's text and where it starts. */
interface Comment {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** A line of only a comment: `// The reed is bent.`, `/** The reed is bent. *\/`, `# …`. */
const COMMENT = /^(\s*(?:\/\/+|#|\/\*\*?|\*\/?)\s*)(.*?)\s*(?:\*\/)?\s*$/;

/**
 * The member lines of a program's code block: the lines that wrap them passed over, and the comment
 * lines above a member without one of its own moved behind it (`// The reed is bent.` above `ErrReedBent = 201`).
 */
function members(all: readonly MemberLine[]): MemberLine[] {
  const result: MemberLine[] = [];
  let above: Comment[] = [];
  for (const line of all) {
    if (WRAPPER.test(line.text)) continue;
    const comment = COMMENT.exec(line.text);
    if (comment !== null) {
      if (comment[2] !== '') above.push({ text: comment[2]!, line: line.line, column: comment[1]!.length + 1 });
      continue;
    }
    const name = /^\s*([A-Za-z_$][\w$]*)\s*=/.exec(line.text)?.[1];
    if (above.length > 0 && name !== undefined && !/\/\/|\/\*|#/.test(line.text)) {
      // Go's docs open with the name: `// ErrReedBent means the reed is bent.`
      const said = above.map((part) => part.text).join(' ');
      const text = said.startsWith(`${name} `) ? said.slice(name.length + 1).replace(/^(?:means|indicates|is returned when|is returned if|:)\s+(\S)/, (_, first: string) => first.toUpperCase()) : said;
      result.push({ text: `${line.text} // ${text}`, line: line.line, comment: { ...above[0]!, text } });
    } else result.push(line);
    above = [];
  }
  return result;
}

/** Key text as words for the vocabulary: `httpStatus` → `http Status`, `error_code` → `error code`. */
function words(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ');
}

/**
 * The table a code block lists, or `null`; with `single`, the one error object the block shows, at
 * its root or inside the one object each level holds (`{"error": {"code": …, "message": …}}`).
 */
function listingOf(block: CodeBlock, single = false): TableBlock | null {
  const { parseDocument, isMap, isSeq, isScalar } = yaml();
  // A response shown whole gives its status; the body after the headers is the object.
  const response = single ? httpHead(block.value) : null;
  const skipped = response?.length ?? 0;
  const document = parseDocument(block.value.slice(skipped), { uniqueKeys: false });
  if (document.errors.length > 0) return null;
  let list: YamlNode | null = document.contents;
  let items: YAMLMap[];
  if (single) {
    const hasCode = (node: YAMLMap): boolean => node.items.some((pair) => isScalar(pair.key) && isScalar(pair.value) && classifyHeader(words(String(pair.key.value))).role === 'code');
    while (isMap(list) && !hasCode(list)) {
      const inner = list.items.map((pair) => pair.value).filter((value) => isMap(value));
      list = inner.length === 1 ? (inner[0] as YamlNode) : null;
    }
    if (!isMap(list)) return null;
    items = [list];
  } else {
    if (isMap(list)) list = list.items.map((pair) => pair.value).find((value) => isSeq(value)) as YamlNode | undefined ?? null;
    if (!isSeq(list)) return null;
    items = list.items.filter((item): item is YAMLMap => isMap(item));
    if (items.length < 2) return null;
  }
  const keys: string[] = [];
  for (const item of items) {
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : null;
      if (key !== null && !keys.includes(key)) keys.push(key);
    }
  }
  const roles = keys.map((key) => classifyHeader(words(key)).role);
  if (!roles.includes('code') || !roles.some((role) => role === 'message' || role === 'description')) return null;
  const at = positions(block, skipped);
  const lined = response !== null && !roles.includes('status');
  const rows: Row[] = items.map((item) => {
    const where = at(item.range?.[0] ?? 0);
    const cells = keys.map((key): Cell => {
      const node = item.items.find((candidate) => isScalar(candidate.key) && String(candidate.key.value) === key)?.value as YamlNode | null | undefined;
      const value = isScalar(node) && node.value !== null ? String(node.value) : '';
      return { text: value.trim(), ...(node?.range == null ? where : at(node.range[0])) };
    });
    // The status line's status, unless the body states one.
    if (lined) cells.push({ text: response.status, line: block.line + 1, column: block.column + block.value.indexOf(response.status) });
    return { cells, ...where };
  });
  if (lined) keys.push('status');
  const first = at(list.range?.[0] ?? 0);
  return {
    type: 'table',
    origin: 'lines',
    header: keys.map((key) => ({ text: words(key), ...first })),
    hints: null,
    rows,
    note: single
      ? `${response === null ? `an error object in a ${block.lang ?? 'data'} code block` : 'an error response shown whole in a code block, its status from the status line'} (${keys.join(', ')}), among others with other codes`
      : `a ${block.lang ?? 'data'} listing in a code block, one object per error (${keys.join(', ')}); read ${rows.length} entries`,
    unreadable: [],
    ...first,
    endLine: at(list.range?.[1] ?? 0).line,
  };
}

/** The line and column of an offset into a code block's value from `skipped` on; fenced, the value starts on the line after the fence. */
function positions(block: CodeBlock, skipped = 0): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < block.value.length; i++) if (block.value.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    const index = lineIndexAt(starts, offset + skipped);
    return { line: block.line + 1 + index, column: block.column + offset + skipped - starts[index]! };
  };
}

/** A constant of an enum of errors made by a constructor call: `TICKET_EXPIRED(4101, "The ticket has expired"),`, with an HTTP status before or after the code or not. */
const CALL = /^\s*([A-Z][A-Z0-9_]*)\s*\(\s*((?:(?:-?\d+|"[^"\\\n]*")\s*,\s*){1,2})"((?:[^"\\\n]|\\.)*)"\s*\)\s*[,;]?\s*(?:\/\/.*)?$/;

/**
 * The constants of an enum of errors in a program's code block (Java's `NAME(code, "message")`), as a
 * table; else `null`. Two or more such lines make one; the enum's fields, constructor and getters are passed over.
 */
function callsOf(block: CodeBlock): TableBlock | null {
  const at = positions(block);
  const rows: Row[] = [];
  let offset = 0;
  for (const text of block.value.split('\n')) {
    const call = CALL.exec(text);
    if (call !== null) {
      const cell = (value: string, from: number): Cell => ({ text: value, ...at(offset + from) });
      const args = call[2]!.split(',').map((arg) => arg.trim()).filter((arg) => arg !== '');
      // Of two numbers, a 3-digit one from 100 to 599 beside a longer one is the HTTP status.
      const statusIndex = args.length === 2 ? args.findIndex((arg, index) => /^[1-5]\d\d$/.test(arg) && !/^[1-5]\d\d$/.test(args[1 - index]!)) : -1;
      const code = args[statusIndex === 0 ? 1 : 0]!.replace(/^"|"$/g, '');
      const status = statusIndex === -1 ? '' : args[statusIndex]!;
      const argsAt = text.indexOf(call[2]!);
      rows.push({
        cells: [cell(code, argsAt + call[2]!.indexOf(code)), cell(call[1]!, text.indexOf(call[1]!)), cell(status, status === '' ? argsAt : argsAt + call[2]!.indexOf(status)), cell(call[3]!.replace(/\\(.)/g, '$1'), text.lastIndexOf(call[3]!))],
        ...at(offset + text.search(/\S/)),
      });
    }
    offset += text.length + 1;
  }
  if (rows.length < 2) return null;
  const first = { line: rows[0]!.line, column: rows[0]!.column };
  return {
    type: 'table',
    origin: 'lines',
    header: ['code', 'name', 'status', 'message'].map((text) => ({ text, ...first })),
    hints: null,
    rows,
    note: `the constants of an enum in a ${block.lang ?? 'program'} code block, \`NAME(code, "message")\`; read ${rows.length} entries`,
    unreadable: [],
    ...first,
    endLine: rows[rows.length - 1]!.line,
  };
}
