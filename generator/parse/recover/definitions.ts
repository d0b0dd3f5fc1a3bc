/**
 * Entries written without any table:
 * - definitions: a term alone on a bold or backticked line, its message on the lines below or
 *   in the paragraph after it, maybe an `HTTP Status Code: 400` line (the AWS style); a bare term
 *   with its definition on `: ` lines (Markdown definition lists); an HTML `<dl>`
 *   (`definition-list.ts`);
 * - code lines: `CODE - message`, `CODE: message`, `- \`CODE\` — message`, `Error 1001 (HTTP 400):
 *   message`, `- \`404 NOT_FOUND\` message`, `CODE = 12 // message`, or bare codes, one per line.
 * Both need a run of several entries, so a lone bold word in prose is not an entry.
 */

import { cleanInline, isBlank, trimEndWhere } from '../../text.js';
import type { Block, Cell, ColumnHint, Row, TableBlock } from '../blocks.js';
import { readDefinitionList } from './definition-list.js';
import type { SourceLine } from './rows.js';
import { statusHeading } from './status-heading.js';
import { readTerm } from './term.js';

/** A term alone in bold or a code span, maybe with an empty anchor after it: `**E_LOCKED**`, `` `404 NOT_FOUND` ``. */
const TITLE = /^\s*(?:\*\*\s*([^*]+?)\s*\*\*|__\s*([^_]+?)\s*__|`([^`]+)`)\s*(?:<a\s[^>]*>\s*<\/a>\s*)*$/;

/** The longest line read as a definition's title. */
const MAX_TITLE = 200;

/** A definition line of a Markdown definition list: `: The lid was opened.` */
const DEFINITION = /^\s*:\s+(?=\S)/;

/** Bold words that title a note, not an error. */
const ADMONITION = /^(?:notes?|warning|tips?|important|caution|danger|info|example|todo)$/i;

/** A line giving an entry's HTTP status: `HTTP Status Code: 400`, `状态码：404`. */
export const STATUS_LINE = /^\s*(?:HTTP\s*)?(?:status(?:\s*code)?|状态码|http\s*状态码?)\s*[:：]\s*(\d{3})\s*$/i;

/** A word before a definition's term that names what the term is. */
const TERM_WORD = /^(?:(?:error(?:\s+code)?|code)\s+|错误码\s*[:：]?\s*)/i;

/** The code and status a definition's title line names, or `null`. */
function titleOf(lines: readonly SourceLine[], at: number): { code: string; status: string | null } | null {
  const text = lines[at]!.text;
  // A title is a term, short: a long line is prose (and the patterns need not scan it).
  if (text.length > MAX_TITLE) return null;
  const match = TITLE.exec(text);
  if (match === null) {
    // A bare term is a title only with its definition on the next line, after a colon.
    const next = lines[at + 1]?.text ?? '';
    if (!DEFINITION.test(next) || DEFINITION.test(text)) return null;
    // A word may name what the term is: `Error \`HIVE_COLD\``, `错误码 1001`.
    const term = readTerm(cleanInline(text).replace(TERM_WORD, ''));
    return term !== null && /^\S+$/.test(term.code) ? term : null;
  }
  const inner = cleanInline(match[1] ?? match[2] ?? match[3] ?? '');
  if (ADMONITION.test(inner)) return null;
  return readTerm(inner);
}

/** A run of definitions starting at `lines[start]`, or `null` when there are fewer than two. */
export function readDefinitions(lines: readonly SourceLine[], start: number): { block: TableBlock; next: number } | null {
  if (/^\s*<dl[\s>]/i.test(lines[start]!.text)) return readDefinitionList(lines, start);
  const rows: Row[] = [];
  let i = start;
  let next = start;
  while (i < lines.length) {
    const title = lines[i]!;
    const term = titleOf(lines, i);
    if (term === null) break;
    let j = i + 1;
    // The message may be the paragraph after the title (`**E_LOCKED**`, a blank line, then prose).
    if (j < lines.length && isBlank(lines[j]!.text)) {
      let k = j;
      while (k < lines.length && isBlank(lines[k]!.text)) k++;
      if (k < lines.length && titleOf(lines, k) === null && !/[|\t]/.test(lines[k]!.text)) j = k;
    }
    const message: SourceLine[] = [];
    let status: Cell | null = term.status === null ? null : { text: term.status, line: title.line, column: title.text.indexOf(term.status) + 1 };
    while (j < lines.length && !isBlank(lines[j]!.text) && titleOf(lines, j) === null) {
      const line = lines[j]!;
      const found = STATUS_LINE.exec(cleanInline(line.text));
      if (found !== null) status = { text: found[1]!, line: line.line, column: line.text.search(/\S/) + 1 };
      else message.push({ text: line.text.replace(DEFINITION, (marker) => ' '.repeat(marker.length)), line: line.line });
      j++;
    }
    const first = message[0];
    rows.push({
      cells: [
        { text: term.code, line: title.line, column: title.text.search(/\S/) + 1 },
        status ?? { text: '', line: title.line, column: 1 },
        {
          text: message.map((line) => cleanInline(line.text)).join('\n'),
          line: first?.line ?? title.line,
          column: first === undefined ? 1 : first.text.search(/\S/) + 1,
        },
      ],
      line: title.line,
      column: title.text.search(/\S/) + 1,
    });
    next = j;
    while (j < lines.length && isBlank(lines[j]!.text)) j++;
    i = j;
  }
  if (rows.length < 2) return null;
  return { block: headerless('definitions', ['code', 'status', 'text'], rows, lines[start]!, 'definitions: a code on its own line, its message below', lines[next - 1]!.line), next };
}

/** A list marker: `- `, `* `, `1. `. */
const MARKER = /^\s*(?:[-*+•·]\s+|\d+[.)]\s+)?/;

/** A word before the code: `Error 1001 (HTTP 400): …`, `Code E_LOCKED - …`. */
const LEAD = /^(?:(?:error(?:\s+code)?|code)\s+|错误码\s*)(?=\S*\d)/i;

/** A code in bold (a code span in bold too), a code span, a link (`[\`E_X\`](#e_x)`) or brackets (`【1001】`, `[E_X]`). */
const DELIMITED = /^(?:\*\*`([^`]+)`\*\*|\*\*([^*`]+?)\*\*|__([^_`]+?)__|`([^`]+)`|\[([^\]\n]+)\](?:\([^)\s]*\))?|【([^】\n]+)】)/;

/** A code written bare. */
const BARE = /^[^\s*`:：=(（、—【]+/;

/** A status in brackets after the code: `(504)`, `(HTTP 400)`. */
const STATUS_NOTE = /^\s*[(（]\s*(?:HTTP\s*)?([1-5]\d\d)\s*[)）]/i;

/** What separates a code from its message: ` - `, ` -- `, `——`, `:`, `=`, tabs, two spaces. */
const SEPARATOR = /^(?:\s*(?:\s[-–—]{1,2}\s|——|[:：=])\s*|\t+\s*|\s{2,})/;

/** `、` after a code of three characters or more (`1001、参数错误`); after `1` or `2` it numbers steps. */
const ENUMERATION_COMMA = /^、\s*/;

/**
 * A status at the end of the message: `… (HTTP 409)`, `…. Status: 423`, or a bare `… (404)` when it is
 * an error status HTTP defines (a bare `(255)` or `(300)` counts something).
 */
const TRAILING_STATUS =
  /(?:[(（]\s*HTTP\s*(?:status\s*)?(?:code\s*)?([1-5]\d\d)|[(（]\s*(40\d|41[0-8]|42[1-689]|431|451|50[0-8]|51[01]))\s*[)）][.。]?$|(?<=[.。;；,，]\s*|^)(?:HTTP\s*)?status(?:\s*code)?\s*[:：]\s*([1-5]\d\d)[.。]?$|(?<=[.。;；,，]\s*)HTTP\s*状态码?\s*(?:为|是|[:：])?\s*([1-5]\d\d)[.。]?$/i;

/** The value and comment of an enum member after its `=`: `12 // The header is damaged.`, `0x0C, -- Damaged.`, or a block comment. */
const ENUM_VALUE = /^(-?\d+|0x[0-9a-f]+)\s*[,;]?\s*(?:(?:\/\/+|#|--|\/\*+)\s*(.*))?$/i;

/** A string value of an enum member or constant, the code on the wire (`"LOOM_THREAD_BROKEN"`), then its comment. */
const STRING_VALUE = /^(["'`])([\w.:/-]+)\1\s*[,;]?\s*(?:(?:\/\/+|#|--|\/\*+)\s*(.*))?$/;

/** A code line as read: its code, status, enum value and message, with where each starts (0-based offsets). */
interface CodeLine {
  readonly code: string;
  readonly status: string;
  readonly alias: string;
  readonly message: string;
  readonly codeOffset: number;
  readonly statusOffset: number;
  readonly aliasOffset: number;
  readonly messageOffset: number;
}

/**
 * A code line: `[marker] [Error] CODE [(status)] <separator> message [(HTTP status)]` or a bare
 * `[marker] CODE`. A code in bold or a code span, or after a word such as `Error`, may be followed
 * by its message after one space; a bare one only when it has a digit and four characters or more
 * and the message does not open in lower case (`- 1001 The ticket is unknown.`, never `- 500 MB of
 * memory` or `- 1000 requests a day`).
 */
function codeLine(line: string): CodeLine | null {
  const text = htmlItem(line);
  let at = MARKER.exec(text)![0].length;
  const lead = LEAD.exec(text.slice(at));
  if (lead !== null) at += lead[0].length;
  const delimited = DELIMITED.exec(text.slice(at));
  let code: string;
  let status = '';
  let codeOffset: number;
  let statusOffset = -1;
  if (delimited !== null) {
    const inner = delimited[1] ?? delimited[2] ?? delimited[3] ?? delimited[4] ?? delimited[5] ?? delimited[6]!;
    const term = readTerm(cleanInline(inner));
    if (term === null) return null;
    // `[1] …` numbers a footnote, `[INFO] …` is a log level and `[label]: https://…` defines a link: in plain
    // brackets a code has a `_` or a digit beside letters (`[E_QUOTA]`, `[E4001]`), or is a long number (`[1001]`).
    const plain = (delimited[5] !== undefined && !delimited[0].endsWith(')')) || delimited[6] !== undefined;
    const named = /_/.test(term.code) || (/\d/.test(term.code) && /[A-Za-z]/.test(term.code)) || /^\d{4,}$/.test(term.code);
    if (plain && (!named || /^\s*:\s*<?[a-z][\w+.-]*:\/\//i.test(text.slice(at + delimited[0].length)))) return null;
    code = term.code;
    status = term.status ?? '';
    codeOffset = at + delimited[0].indexOf(inner) + Math.max(0, inner.indexOf(code));
    if (status !== '') statusOffset = at + delimited[0].indexOf(inner) + inner.indexOf(status);
    at += delimited[0].length;
  } else {
    const bare = BARE.exec(text.slice(at));
    // A member given a string value (`Dry = 'SPINDLE_DRY'`) is program text, its name any identifier.
    const member = bare !== null && /^[A-Za-z_$][\w$]*$/.test(bare[0]) && STRING_VALUE.test(text.slice(at + bare[0].length).replace(/^\s*=\s*/, '').trim());
    if (bare === null || (!member && readTerm(bare[0])?.code !== bare[0])) return null;
    code = bare[0];
    codeOffset = at;
    at += code.length;
  }
  const note = STATUS_NOTE.exec(text.slice(at));
  if (note !== null && status === '') {
    status = note[1]!;
    statusOffset = at + note[0].indexOf(status);
    at += note[0].length;
  }
  const rest = text.slice(at);
  const none = { alias: '', aliasOffset: codeOffset + code.length };
  if (rest.trim() === '') return { code, status, message: '', codeOffset, statusOffset: statusOffset === -1 ? codeOffset + code.length : statusOffset, messageOffset: text.length, ...none };
  // A bare number before a word in lower case counts things (`1000 requests per day`).
  const spaced = delimited !== null || lead !== null || (/\d/.test(code) && code.length >= 4 && !/^\s+\p{Ll}/u.test(rest));
  // A closing bracket separates by itself (`【1001】参数错误`).
  const bracketed = delimited !== null && /[\]】]$/.test(delimited[0]);
  const separator = SEPARATOR.exec(rest) ?? (code.length >= 3 ? ENUMERATION_COMMA.exec(rest) : null) ?? (spaced ? (bracketed ? /^\s*/ : /^\s+/).exec(rest) : null);
  if (separator === null) return null;
  let messageOffset = at + separator[0].length;
  let raw = rest.slice(separator[0].length);
  let alias = none;
  const assigned = separator[0].includes('=');
  const value = assigned ? ENUM_VALUE.exec(raw.trim()) : null;
  const string = assigned && value === null ? STRING_VALUE.exec(raw.trim()) : null;
  if (value !== null || string !== null) {
    // An enum member: its value is another identifier of the code (a string value is the code sent, its name
    // the other), its comment the message.
    const other = value !== null ? value[1]! : string![2]!;
    const otherOffset = messageOffset + raw.indexOf(other);
    if (value !== null) alias = { alias: other, aliasOffset: otherOffset };
    else {
      alias = { alias: code, aliasOffset: codeOffset };
      code = other;
      codeOffset = otherOffset;
    }
    const comment = trimEndWhere((value ?? string)![value !== null ? 2 : 3] ?? '', (char) => char === '/' || char === '*' || char === ' ');
    messageOffset = comment === '' ? text.length : text.lastIndexOf(comment);
    raw = comment;
  }
  // A list's items may end in `；` (or `;`): the list's punctuation, not the message's. A verb may link
  // the code to it (`错误码 1001 表示签名错误`).
  let message = cleanInline(raw).replace(/\s*[;；]$/, '').replace(/^(?:表示|代表|意为|意思是)\s*[:：]?\s*/, '');
  const trailing = TRAILING_STATUS.exec(message);
  if (trailing !== null && status === '') {
    status = trailing[1] ?? trailing[2] ?? trailing[3] ?? trailing[4]!;
    statusOffset = text.lastIndexOf(status);
    // The comma before a status said in a clause (`请求过于频繁，HTTP 状态码为 429`) is not the message's.
    message = message.slice(0, trailing.index).trimEnd().replace(/[,，;；]$/, '');
  }
  return { code, status, message, codeOffset, statusOffset: statusOffset === -1 ? codeOffset + code.length : statusOffset, messageOffset, ...alias };
}

/**
 * An HTML list item on one line (`<li><code>E_X</code>: message</li>`) with its tags blanked and its
 * dashes spelled out, each to as many spaces as it took, so that offsets stay the line's; other lines as they are.
 */
function htmlItem(line: string): string {
  if (!/^\s*<li[\s>]/i.test(line)) return line;
  return line
    .replace(/<[^<>]*>/g, (tag) => ' '.repeat(tag.length))
    .replace(/&(?:mdash|ndash|#821[12]);/g, (entity) => ` —${' '.repeat(entity.length - 2)}`);
}

/**
 * A run of code lines starting at `lines[start]`: at least two lines with messages, or at
 * least three bare codes; every line of the run must be a code line.
 */
export function readCodeLines(lines: readonly SourceLine[], start: number): { block: Block; next: number } | null {
  const rows: { cells: Cell[]; line: number; column: number }[] = [];
  // The line of the last row, whose wrapped message lines are indented under it.
  let opener = '';
  let i = start;
  let withMessage = 0;
  while (i < lines.length) {
    if (isBlank(lines[i]!.text)) {
      // Paragraphs of one code line each (a web page copied, each of its lines a paragraph) are one run.
      let next = i;
      while (next < lines.length && isBlank(lines[next]!.text)) next++;
      if (rows.length === 0 || next === lines.length || lines[i - 1]!.line !== rows[rows.length - 1]!.line || codeLine(lines[next]!.text) === null) break;
      i = next;
    }
    const line = lines[i]!;
    const last = rows[rows.length - 1];
    if (last !== undefined && continues(line.text, opener)) {
      // A message wrapped onto the next line of its list item.
      const message = last.cells[3]!;
      last.cells = [...last.cells.slice(0, 3), { ...message, text: `${message.text} ${cleanInline(line.text)}`.trim() }];
      i++;
      continue;
    }
    const parsed = codeLine(line.text);
    if (parsed === null) break;
    opener = line.text;
    if (parsed.message !== '') withMessage++;
    rows.push({
      cells: [
        { text: parsed.code, line: line.line, column: parsed.codeOffset + 1 },
        { text: parsed.status, line: line.line, column: parsed.statusOffset + 1 },
        { text: parsed.alias, line: line.line, column: parsed.aliasOffset + 1 },
        { text: parsed.message, line: line.line, column: parsed.messageOffset + 1 },
      ],
      line: line.line,
      column: line.text.search(/\S/) + 1,
    });
    i++;
  }
  // A list of one item is enough when it is all of its part of the document (under a status heading, say) and its
  // code is marked and named like one: `` - `station_unknown`: No station has this id. ``
  const lone = withMessage === 1 && rows.length === 1 && start === 0 && i === lines.length && /^\s*[-*+]\s+(?:\*\*|`)/.test(lines[0]!.text) && /[_\d]/.test(rows[0]!.cells[0]!.text);
  const enough = withMessage >= 2 || (withMessage === 0 && rows.length >= 3) || lone;
  if (!enough || i === start) return null;
  const first = lines[start]!;
  if (isLegend(rows)) {
    // Prose, all of it: read from its second line on, the rest of a legend would pass for errors.
    const text = cleanInline(lines.slice(start, i).map((line) => line.text).join('\n'));
    return { block: { type: 'text', text, line: first.line, column: first.text.search(/\S/) + 1 }, next: i };
  }
  const origin = /^\s*(?:[-*+•·]|\d+[.)])\s/.test(first.text) ? 'list' : 'lines';
  const what = `${origin === 'list' ? 'list items' : 'lines'} of a code and its message`;
  const endLine = lines[i - 1]!.line;
  // A status in parentheses after the code (`**E_TIMEOUT** (504): …`) is a column of its own; so is
  // the value of an enum member (`CODEC_EOF = 1 // …`), another identifier of the code.
  const used = [0, 1, 2, 3].filter((index) => index === 0 || index === 3 || rows.some((row) => row.cells[index]!.text !== ''));
  const cells = rows.map((row) => ({ ...row, cells: used.map((index) => row.cells[index]!) }));
  if (used.includes(2)) {
    const names = ['code', 'HTTP status', 'value', 'message'];
    const header = used.map((index) => ({ text: index === 2 ? 'alias' : names[index]!, line: first.line, column: first.text.search(/\S/) + 1 }));
    return { block: { ...headerless(origin, [], cells, first, what, endLine), header, hints: null }, next: i };
  }
  const hints: ColumnHint[] = used.map((index) => (index === 0 ? 'code' : index === 1 ? 'status' : 'text'));
  return { block: headerless(origin, hints, cells, first, what, endLine), next: i };
}

/** True when `text` continues the list item on `above`: indented past its marker, and no item itself. */
function continues(text: string, above: string): boolean {
  const item = /^(\s*)(?:[-*+•·]|\d+[.)])\s+/.exec(above);
  const indent = text.length - text.trimStart().length;
  return item !== null && indent > item[1]!.length && !/^\s*(?:[-*+•·]|\d+[.)])\s/.test(text);
}

/**
 * True when the lines are a legend of HTTP statuses (`- 200 OK`, `- 404: The resource does not
 * exist.`), not errors: every code is a status, and a success or redirect status is among them,
 * or every line is only a status and its reason phrase.
 */
function isLegend(rows: readonly Row[]): boolean {
  const codes = rows.map((row) => row.cells[0]!.text);
  if (!codes.every((code) => /^[1-5]\d\d$/.test(code))) return false;
  return codes.some((code) => Number(code) < 400) || rows.every((row) => statusHeading(`${row.cells[0]!.text} ${row.cells[3]!.text}`) !== null);
}

function headerless(origin: TableBlock['origin'], hints: ColumnHint[], rows: Row[], first: SourceLine, what: string, endLine: number): TableBlock {
  return {
    type: 'table',
    origin,
    header: null,
    hints,
    rows,
    note: `${what}; read ${rows.length} entries`,
    unreadable: [],
    line: first.line,
    column: first.text.search(/\S/) + 1,
    endLine,
  };
}
