/**
 * Entries written without any table:
 * - definitions: a code alone on a bold or backticked line, its message on the lines below,
 *   maybe an `HTTP Status Code: 400` line (the AWS style);
 * - code lines: `CODE - message`, `CODE: message`, `- \`CODE\` — message`, or bare codes,
 *   one per line.
 * Both need a run of several entries, so a lone bold word in prose is not an entry.
 */

import { cleanInline, isBlank } from '../../text.js';
import type { Cell, ColumnHint, Row, TableBlock } from '../blocks.js';
import { isCodeLike, type SourceLine } from './rows.js';

const TITLE = /^\s*(?:\*\*|__)\s*([^*_`\s]+)\s*(?:\*\*|__)\s*(?:<a\s[^>]*>\s*<\/a>\s*)*$|^\s*`([^`\s]+)`\s*$/;
/** A line giving an entry's HTTP status: `HTTP Status Code: 400`, `状态码：404`. */
export const STATUS_LINE = /^\s*(?:HTTP\s*)?(?:status(?:\s*code)?|状态码|http\s*状态码?)\s*[:：]\s*(\d{3})\s*$/i;

/** The code of a definition title line, or `null`. */
function titleCode(text: string): string | null {
  const match = TITLE.exec(text);
  const code = cleanInline(match?.[1] ?? match?.[2] ?? '');
  return code !== '' && isCodeLike(code) ? code : null;
}

/** A run of definitions starting at `lines[start]`, or `null` when there are fewer than two. */
export function readDefinitions(lines: readonly SourceLine[], start: number): { block: TableBlock; next: number } | null {
  const rows: Row[] = [];
  let i = start;
  let next = start;
  while (i < lines.length) {
    const title = lines[i]!;
    const code = titleCode(title.text);
    if (code === null) break;
    let j = i + 1;
    const message: SourceLine[] = [];
    let status: Cell | null = null;
    while (j < lines.length && !isBlank(lines[j]!.text) && titleCode(lines[j]!.text) === null) {
      const line = lines[j]!;
      const found = STATUS_LINE.exec(cleanInline(line.text));
      if (found !== null) status = { text: found[1]!, line: line.line, column: line.text.search(/\S/) + 1 };
      else message.push(line);
      j++;
    }
    const first = message[0];
    rows.push({
      cells: [
        { text: code, line: title.line, column: title.text.search(/\S/) + 1 },
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

const CODE_LINE =
  /^(\s*(?:[-*+•·]\s+|\d+[.)]\s+)?)(?:\*\*|__|`)?([^\s*`:：]+?)(?:\*\*|__|`)?(?:\s*[(（]\s*(?:HTTP\s*)?([1-5]\d\d)\s*[)）])?(?:\s*(?:\s[-–—]\s|[:：=])\s*|\t+|\s{2,})(\S.*)$/;
const BARE_CODE_LINE = /^(\s*(?:[-*+•·]\s+|\d+[.)]\s+)?)(?:\*\*|__|`)?([^\s*`]+?)(?:\*\*|__|`)?\s*$/;

/** A code line: `[marker] CODE [(status)] <separator> message` or a bare `[marker] CODE`. */
function codeLine(text: string): { code: string; status: string; message: string; codeOffset: number; statusOffset: number; messageOffset: number } | null {
  const full = CODE_LINE.exec(text);
  const match = full ?? BARE_CODE_LINE.exec(text);
  if (match === null) return null;
  const code = match[2]!;
  if (!isCodeLike(code)) return null;
  const codeOffset = text.indexOf(code, match[1]!.length);
  const status = full?.[3] ?? '';
  const message = full?.[4] ?? '';
  return {
    code,
    status,
    message: cleanInline(message),
    codeOffset,
    statusOffset: status === '' ? codeOffset + code.length : text.indexOf(status, codeOffset + code.length),
    messageOffset: message === '' ? text.length : text.lastIndexOf(message),
  };
}

/**
 * A run of code lines starting at `lines[start]`: at least two lines with messages, or at
 * least three bare codes; every line of the run must be a code line.
 */
export function readCodeLines(lines: readonly SourceLine[], start: number): { block: TableBlock; next: number } | null {
  const rows: Row[] = [];
  let i = start;
  let withMessage = 0;
  while (i < lines.length && !isBlank(lines[i]!.text)) {
    const line = lines[i]!;
    const parsed = codeLine(line.text);
    if (parsed === null) break;
    if (parsed.message !== '') withMessage++;
    rows.push({
      cells: [
        { text: parsed.code, line: line.line, column: parsed.codeOffset + 1 },
        { text: parsed.status, line: line.line, column: parsed.statusOffset + 1 },
        { text: parsed.message, line: line.line, column: parsed.messageOffset + 1 },
      ],
      line: line.line,
      column: line.text.search(/\S/) + 1,
    });
    i++;
  }
  const enough = withMessage >= 2 || (withMessage === 0 && rows.length >= 3);
  if (!enough || i === start) return null;
  const first = lines[start]!;
  const origin = /^\s*(?:[-*+•·]|\d+[.)])\s/.test(first.text) ? 'list' : 'lines';
  // A status in parentheses after the code (`**E_TIMEOUT** (504): …`) is a column of its own.
  const statuses = rows.some((row) => row.cells[1]!.text !== '');
  const cells = statuses ? rows : rows.map((row) => ({ ...row, cells: [row.cells[0]!, row.cells[2]!] }));
  const hints: ColumnHint[] = statuses ? ['code', 'status', 'text'] : ['code', 'text'];
  const block = headerless(origin, hints, cells, first, `${origin === 'list' ? 'list items' : 'lines'} of a code and its message`, lines[i - 1]!.line);
  return { block, next: i };
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
