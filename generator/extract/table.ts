/**
 * One table to candidate entries: columns by header meaning, checked against their values,
 * then every row either a candidate or a skipped row with its reason.
 */

import type { Reporter } from '../diagnostics.js';
import type { Locale, Messages, Point, SkippedRow, StatusSource } from '../model.js';
import type { Cell, Row, TableBlock } from '../parse/index.js';
import { hintsByValues } from '../parse/blocks.js';
import { hasCjk, localeOf } from '../text.js';
import { isErrorHeader } from '../parse/recover/header.js';
import { statusHeading } from '../parse/recover/status-heading.js';
import { isCodeLike } from '../parse/recover/rows.js';
import { HTTP_METHOD } from '../parse/recover/term.js';
import type { Candidate } from './candidate.js';
import { classifyHeader, type Role } from './columns.js';

/** A column once its meaning is settled. */
interface Column {
  readonly role: Role;
  readonly locale: Locale | null;
  readonly header: string;
  readonly at: Point;
  /** True for a code column whose cells open with the code and go on with its message (`2001 - Bucket missing`). */
  readonly lead?: boolean;
}

/** Where the table sits, for groups and section statuses. */
export interface TableContext {
  readonly groupPath: readonly string[];
  /** Status named by the section heading, or `null`. */
  readonly sectionStatus: number | null;
  /** True when the document states that codes start with their HTTP status. */
  readonly statusPrefix: boolean;
  /** The prose just before the table (`List of retry hints:`), or `null`. */
  readonly intro: string | null;
}

/** Candidates and skipped rows of one table. */
export interface TableResult {
  readonly candidates: Candidate[];
  readonly skipped: SkippedRow[];
}

/** Wider tables are refused: no error table has that many columns. */
const MAX_COLUMNS = 200;

/** Cell text that means "nothing here". */
const PLACEHOLDER = /^(?:n\/?a|-+|—+|–|无|暂无|空|none|null|\/)$/i;

const ROLE_WORDS = 'code, HTTP status, name, message, description, remedy or retryable';

/**
 * Read a table. Returns `null` when it is not an error-code table (no code column, or
 * nothing but a code column): parameter and field tables produce no entries.
 */
export function readTable(given: TableBlock, context: TableContext, reporter: Reporter): TableResult | null {
  let table = given;
  const width = table.rows.reduce((widest, row) => Math.max(widest, row.cells.length), table.header?.length ?? 0);
  if (width > MAX_COLUMNS) {
    reporter.report('error', 'table-too-wide', `Unexpected table of ${width} columns, expected at most ${MAX_COLUMNS}; it is not read`, table);
    return null;
  }
  table = unheaded(withHeaderRow(transposed(table)));
  if (table.header === null && listsOtherThings(context.intro)) {
    reporter.report('info', 'table-not-errors', `Unexpected table after \`${oneLine(context.intro!)}\`, expected errors; it lists something else and gives no entries`, table);
    return null;
  }
  const columns = settleColumns(table, context, reporter);
  if (columns === null) return null;
  const start = { line: table.line, column: table.column };
  if (table.note !== null) reporter.report('info', 'table-recovered', `Recovered table: ${table.note}`, start);
  for (const column of columns) {
    if (column.role === 'unknown') {
      reporter.report(
        'info',
        'unknown-column',
        `Unexpected column \`${column.header}\`, expected ${ROLE_WORDS}; its cells are kept as extra fields`,
        column.at,
      );
    }
  }
  const result: TableResult = { candidates: [], skipped: [] };
  for (const problem of table.unreadable) {
    reporter.report('warning', 'unreadable-row', `Unexpected row: ${problem.reason}`, problem);
    result.skipped.push({ kind: 'skipped-row', line: problem.line, column: problem.column, reason: problem.reason });
  }
  const rows = inheritSpans(table.rows.filter((row) => row.cells.some((cell) => cell.text !== '')), columns).flatMap((row) => expandCodes(row, columns));
  if (rows.length === 0 && table.unreadable.length === 0) {
    reporter.report(
      'warning',
      'table-truncated',
      table.origin === 'gfm'
        ? 'Unexpected end of table after its header, expected rows of error codes'
        : 'Unexpected end of table after its header row, expected a delimiter row and rows of error codes',
      start,
    );
  }
  const first = firstTextColumn(columns);
  const snake = rows.map((row) => SNAKE_NAME.test(LEADING_NAME.exec(row.cells[first]?.text.trim() ?? '')?.[1] ?? ''));
  // A record names its code in a label; an identifier opening its prose is a word of the sentence.
  const records = table.origin === 'headings' || table.origin === 'items';
  const alone = lonelyRange(rows, columns);
  let within = context;
  for (const [index, row] of rows.entries()) {
    const title = records || columns.length < 2 ? null : titleOf(row);
    if (title !== null) {
      // A row across the table (`<td colspan=2>Login errors</td>`, `| **Class 08 — …** | |`) titles the rows below it.
      within = { ...context, groupPath: [...context.groupPath, title], sectionStatus: statusHeading(title) ?? context.sectionStatus };
      continue;
    }
    const read = readRow(row, columns, within, reporter, records ? null : snake[index - 1] === true || snake[index + 1] === true, alone);
    if ('reason' in read) result.skipped.push(read);
    else result.candidates.push(read);
  }
  return result;
}

/** Columns from the header, checked against the values below them. */
function settleColumns(table: TableBlock, context: TableContext, reporter: Reporter): Column[] | null {
  const columns: Column[] = table.header === null ? hintColumns(table) : table.header.map((cell) => {
    const meaning = classifyHeader(cell.text);
    return { ...meaning, header: cell.text, at: { line: cell.line, column: cell.column } };
  });
  // Each column's filled cells, read once: every rule below looks at them.
  const filled = columns.map((_, index) => table.rows.map((row) => row.cells[index]?.text ?? '').filter((text) => text !== '' && !PLACEHOLDER.test(text)));
  const values = (index: number): readonly string[] => filled[index] ?? [];
  // Evidence first: a "code" column of sentences is a message column; with no code column by
  // its header, the first column of identifiers or of unknown header whose values look like codes is.
  const judged = columns.map((column, index): Column => {
    const cells = values(index);
    // A code with its status or name beside it (`E1 (HTTP 400)`, `E2 / 409`, `1001 / BAD_PARAM`) is no sentence.
    if (column.role === 'code' && cells.length > 0 && cells.filter((text) => isSentence(text) && splitCodeCell(tidy(text)).code === tidy(text)).length * 2 > cells.length) {
      // Sentences that each open with a code are the code and its message in one cell.
      if (cells.filter((text) => leadingCode(text) !== null).length >= cells.length * 0.9) return { ...column, lead: true };
      return { ...column, role: columns.some((other) => other.role === 'message') ? 'description' : 'message' };
    }
    return column;
  });
  // Two columns named as codes, one holding only HTTP statuses (`HTML Error` beside `Error codes`, `Status code` of `409 Conflict`
  // beside `Error`): that one is the status.
  if (judged.filter((column) => column.role === 'code').length > 1) {
    const index = judged.findIndex((column, i) => column.role === 'code' && values(i).length > 0 && values(i).every((text) => /^[1-5]/.test(text) && statusOf(text) !== null));
    if (index !== -1) judged[index] = { ...judged[index]!, role: 'status' };
  }
  // A table of parameters or fields (name, type, required) names things, not errors.
  // A first column headed `Type` beside a column of HTTP statuses names error types (`invalid_token | 401`), not fields.
  const http = judged.some((column, i) => column.role === 'status' && values(i).length > 0 && values(i).every((text) => statusOf(text) !== null));
  const errorTypes = http && /^(?:error\s+)?(?:type|kind)$/i.test(columns[0]?.header.trim() ?? '');
  const fields = columns.some((column, i) => FIELD_HEADER.test(column.header.trim()) && !(errorTypes && i === 0));
  // A lone "code" column of HTTP statuses that repeat (`Name | Code`: `NotFound | 404`) is the status when a
  // column of names, each different, stands beside it: codes name one error each, statuses are shared.
  const only = judged.filter((column) => column.role === 'code').length === 1 ? judged.findIndex((column) => column.role === 'code') : -1;
  if (!fields && only !== -1 && repeatedStatuses(values(only))) {
    const names = judged.findIndex((column, i) => ['name', 'alias', 'unknown'].includes(column.role) && new Set(values(i)).size === table.rows.length && values(i).every((text) => IDENTIFIER.test(text)));
    if (names !== -1) {
      judged[only] = { ...judged[only]!, role: 'status' };
      judged[names] = { ...judged[names]!, role: 'code' };
    }
  }
  if (!fields && !judged.some((column) => column.role === 'code')) {
    // An identifier column (hex value, symbol, enum or constant name) is the code when nothing else is.
    const index = errorTypes && codeColumn(values(0), table.rows.length, true)
      ? 0
      : judged.findIndex((column, i) => ['unknown', 'alias', 'name'].includes(column.role) && codeColumn(values(i).map((text) => splitCodeCell(text).code), table.rows.length));
    // A "message" column of identifiers beside a description (`Error Type | Description`: `card_error`), or a
    // "description" column of them beside another (`Reason | Description`: `PLOT_NOT_OWNED`), names the errors.
    const named = judged.findIndex((column, i) =>
      (column.role === 'message' ? judged.some((other) => other.role === 'description') : column.role === 'description' && judged.filter((other) => other.role === 'description' || other.role === 'message').length >= 2) &&
      codeColumn(values(i), table.rows.length, true));
    const chosen = index !== -1 ? index : named;
    // Names without a digit (`ACTIVE`, `SUSPENDED`) are codes only where their section's heading or the table say it lists errors,
    // or where nothing says what it lists (a spec of one table).
    const symbolic = chosen !== -1 && values(chosen).every((text) => !/\d/.test(text));
    const around = [context.groupPath[context.groupPath.length - 1] ?? '', context.intro ?? ''].filter((text) => text !== '');
    const says = around.length === 0 || [...around, ...columns.map((column) => column.header)].some((text) => ERROR_WORDS.test(text));
    if (chosen !== -1 && (!symbolic || says)) judged[chosen] = { ...judged[chosen]!, role: 'code' };
    else if (chosen !== -1) {
      const where = around[0] === undefined ? '' : ` under \`${oneLine(around[0])}\``;
      reporter.report('info', 'table-not-errors', `Unexpected table of names${where}, expected errors: neither its heading nor its header says it lists errors, so it gives no entries`, table);
    }
  }
  // Of two code columns, one headed only `Error` gives way to one that says code (`Error | Code | Message`).
  const codeColumns = judged.flatMap((column, i) => (column.role === 'code' ? [i] : []));
  const primary = codeColumns.find((i) => !BARE_ERROR.test(judged[i]!.header.trim())) ?? codeColumns[0];
  let codeSeen = false;
  const settled = judged.map((column, index): Column => {
    const cells = values(index);
    // A column just called "Status" may hold words (Success/Failed); one that says HTTP is kept and its typos reported.
    const generic = !/http/i.test(column.header);
    if (column.role === 'status' && generic && cells.length > 0 && cells.filter((text) => statusOf(text) !== null).length * 2 < cells.length) {
      return { ...column, role: 'unknown' };
    }
    if (column.role === 'code') {
      if (codeSeen || index !== primary) return { ...column, role: judged.some((other) => other.role === 'name') ? 'alias' : 'name' };
      codeSeen = true;
    }
    // A record's parts are read one by one: each text is in its own language, not its column's.
    if ((column.role === 'message' || column.role === 'description') && column.locale === null && table.origin !== 'headings' && table.origin !== 'items') {
      const cjk = cells.filter(hasCjk).length;
      return { ...column, locale: cells.length === 0 ? null : cjk * 2 >= cells.length ? 'zh-CN' : 'en' };
    }
    return column;
  });
  // A column of HTTP statuses under a header errspec does not know (`Response`, `Returned as`) is the status.
  if (!settled.some((column) => column.role === 'status') && settled.some((column) => ['message', 'description'].includes(column.role))) {
    const index = settled.findIndex((column, i) => column.role === 'unknown' && values(i).length >= Math.max(1, table.rows.length * 0.8) && values(i).every((text) => statusOf(text) !== null && /^(?:HTTP(?:\/\d(?:\.\d)?)?\s*)?[1-5]\d\d\b/i.test(text)));
    if (index !== -1) settled[index] = { ...settled[index]!, role: 'status' };
  }
  const texts = settled.filter((column) => ['message', 'description', 'remedy', 'status'].includes(column.role));
  if (!codeSeen || texts.length === 0) return null;
  // A table of HTTP statuses and their meanings (a legend of the transport) lists no error codes.
  const code = settled.findIndex((column) => column.role === 'code');
  const codes = values(code);
  const httpNamed = /http/i.test(settled[code]!.header) || /http/i.test(context.groupPath[context.groupPath.length - 1] ?? '');
  const statuses = codes.length > 0 && codes.every((text) => /^[1-5]\d\d(?:\s*[,，、]\s*[1-5]\d\d)*$/.test(text));
  if (statuses && httpNamed) return null;
  // So is one whose every row is a status and its reason phrase (`200 | OK`, `404 | Not Found`), whatever its heading.
  const text = settled.findIndex((column) => column.role === 'message' || column.role === 'description');
  if (statuses && text !== -1 && table.rows.every((row) => statusHeading(`${row.cells[code]?.text ?? ''} ${row.cells[text]?.text ?? ''}`) !== null)) return null;
  return settled;
}

/** Rows a table written on its side may have: one per field of an error. */
const MAX_FIELDS = 20;

/**
 * The title a row gives the rows below it, or `null`: one text across the row (a cell spanning the
 * table, repeated in each slot, or the first cell alone) that is not a code.
 */
function titleOf(row: Row): string | null {
  const texts = row.cells.map((cell) => cell.text.trim());
  const first = texts[0] ?? '';
  if (first === '' || isCodeLike(first) || !/\s|\p{Script=Han}/u.test(first)) return null;
  return texts.slice(1).every((text) => text === '' || text === first) ? first : null;
}

/**
 * A table whose header cells are all empty (a GFM table pasted without one) as a table without a
 * header, its columns hinted by their values: the first column of codes, 3-digit statuses, then text.
 */
function unheaded(table: TableBlock): TableBlock {
  if (table.header === null || table.header.length < 2 || table.header.some((cell) => cell.text !== '')) return table;
  const columns = table.header.map((_, index) => table.rows.map((row) => row.cells[index]?.text.trim() ?? '').filter((text) => text !== ''));
  const hints = hintsByValues(columns, (cells) => codeColumn(cells, table.rows.length));
  if (!hints.includes('code')) return table;
  return { ...table, header: null, hints, note: 'table has an empty header; columns read by their values' };
}

/** Layouts in which a table may be written on its side; records found in prose are always one row per record. */
const GRIDS = new Set<TableBlock['origin']>(['gfm', 'html', 'pipes-no-delimiter', 'tabs', 'spaces', 'grid']);

/**
 * A table written on its side, one error per column (`<tr><th>Code</th><td>E_X</td></tr>` then
 * `Message`, `HTTP status` rows, or `| Field | Value |` over such rows): its first column is all
 * header words, a code among them, so that column is the header and each other column a row.
 */
function transposed(table: TableBlock): TableBlock {
  if (!GRIDS.has(table.origin)) return table;
  // A GFM header `| Code | E_X |` is the first label row itself; `| Field | Value |` only titles them.
  const head = table.header === null || table.header.length < 2 ? null : { cells: table.header, line: table.header[0]!.line, column: table.header[0]!.column };
  const lead = head !== null && classifyHeader(head.cells[0]!.text).role === 'code' && head.cells.slice(1).every((cell) => classifyHeader(cell.text).role === 'unknown');
  const lines = lead ? [head!, ...table.rows] : table.rows;
  // A record has a handful of fields; a long table is never one.
  if (lines.length < 2 || lines.length > MAX_FIELDS) return table;
  const labels = lines.map((row) => row.cells[0]);
  if (labels.some((cell) => cell === undefined || cell.text === '' || cell.text.length > 40)) return table;
  // Most tables stop at their first row, whose first cell is a value, not a header word.
  const roles: Role[] = [];
  for (const cell of labels) {
    const role = classifyHeader(cell!.text).role;
    if (role === 'unknown') return table;
    roles.push(role);
  }
  if (!isErrorHeader(roles) || roles.filter((role) => role === 'code').length !== 1) return table;
  // A record of a thing (`ID`, `Name`, `Description`) is not an error; nor are fields described in columns (`Field | Type | Description`).
  if (/^id$/i.test(labels[roles.indexOf('code')]!.text.trim())) return table;
  if (!lead && head !== null && head.cells.slice(1).some((cell) => classifyHeader(cell.text).role !== 'unknown' || FIELD_HEADER.test(cell.text.trim()))) return table;
  const codes = lines[roles.indexOf('code')]!.cells.slice(1).map((cell) => cell.text.trim()).filter((text) => text !== '');
  if (codes.length === 0 || !codes.every(isCodeLike)) return table;
  const width = Math.max(...lines.map((row) => row.cells.length));
  const rows: Row[] = [];
  for (let column = 1; column < width; column++) {
    const cells = lines.map((row): Cell => row.cells[column] ?? { text: '', line: row.line, column: row.column });
    if (cells.every((cell) => cell.text === '')) continue;
    const first = cells.find((cell) => cell.text !== '')!;
    rows.push({ cells, line: first.line, column: first.column });
  }
  const note = `${table.note === null ? '' : `${table.note}; `}written on its side, its first column read as the header and each other column as a row`;
  return { ...table, header: labels as Cell[], hints: null, rows, note };
}

/**
 * The table with its real header: a first row made only of header words (`Code | HTTP | Message`)
 * under a header that is blank or only a banner over it (`Error | | Details`, a bold first row
 * under an empty GFM header) becomes the header; a later row repeating the header is dropped.
 */
function withHeaderRow(table: TableBlock): TableBlock {
  if (table.header === null) return table;
  const heads = table.header.map((cell) => cell.text.toLowerCase());
  const same = (row: Row): boolean =>
    row.cells.length === heads.length && row.cells.every((cell, index) => cell.text.length === heads[index]!.length && cell.text.toLowerCase() === heads[index]);
  const rows = table.rows.filter((row, index) => index === 0 || !same(row));
  const first = rows[0];
  const header = table.header.map((cell) => classifyHeader(cell.text).role);
  const weak = table.header.some((cell) => cell.text === '') || !isErrorHeader(header);
  if (first === undefined || !weak || !isHeaderRow(first)) return rows.length === table.rows.length ? table : { ...table, rows };
  const cells = table.header.map((cell, index) => {
    const below = first.cells[index];
    return below === undefined || below.text === '' ? cell : below;
  });
  return { ...table, header: cells, rows: rows.slice(1) };
}

/** A row of column words, not of values: every filled cell a known header, one of them a code that is not itself code-like (`Code`, not `ERROR`). */
function isHeaderRow(row: Row): boolean {
  const filled = row.cells.filter((cell) => cell.text !== '');
  if (filled.length < 2 || filled.some((cell) => cell.text.length > 40)) return false;
  const roles = row.cells.map((cell) => (cell.text === '' ? 'unknown' : classifyHeader(cell.text).role));
  if (row.cells.some((cell, index) => roles[index] === 'code' && isCodeLike(cell.text))) return false;
  return isErrorHeader(roles) && row.cells.every((cell, index) => cell.text === '' || roles[index] !== 'unknown');
}

/** A cell opening with a code, then a separator or a space, then its message: `` `E1001` Invalid token ``, `2001 - Bucket missing`, `30001：余额不足`. */
const LEADING_CODE = /^`?([A-Za-z0-9_$][A-Za-z0-9_.\-:/$]*?)`?\s*(?:\s[-–—:：]\s*|[:：]\s*|\s+)(\S[\s\S]*)$/;

/** The code a cell opens with and the text after it, or `null`: the code has a digit or an `_`, the text is more than a word of capitals. */
function leadingCode(text: string): { code: string; alias: null; status: null; rest: string } | null {
  const match = LEADING_CODE.exec(text);
  if (match === null) return null;
  const [, code, rest] = match as unknown as [string, string, string];
  if (!isCodeLike(code) || !/[\d_]/.test(code) || SNAKE_NAME.test(rest.trim())) return null;
  return { code, alias: null, status: null, rest: rest.trim() };
}

/** A code cell that also names the code: `1001 INVALID_TOKEN`, `0x01 / ERR_ONE`, `42 (AnswerWrong)`. */
const CODE_AND_MORE = /^(\S+?)\s*(?:(?:\s|\/\s*)([A-Z][A-Za-z0-9]*(?:_[A-Z0-9]+)*)|[(（]\s*([A-Z][A-Za-z0-9]*(?:_[A-Z0-9]+)*)\s*[)）])$/;

/** A code cell that gives the code's HTTP status after it: `E_SLOW (429)`, `E_GONE (HTTP 410)`, `E_TAKEN / 409`. */
const CODE_AND_STATUS = /^(\S+?)\s*(?:[(（]\s*(?:HTTP\s*)?([1-5]\d\d)\s*[)）]|\s\/\s*(?:HTTP\s*)?([1-5]\d\d))$/i;

/** The code of a code cell, with the name or HTTP status written beside it; the cell as it is when it holds one code. */
function splitCodeCell(cell: string): { code: string; alias: string | null; status: number | null } {
  // A mark after the code (`E1006 ⚠️`, `E7 *`, `E8 †`) flags it; it is not part of it.
  const text = cell.replace(/(?<=\S)\s+[\p{Extended_Pictographic}\p{So}\uFE0F*†‡]+$/u, '');
  const stated = CODE_AND_STATUS.exec(text);
  if (stated !== null && isCodeLike(stated[1]!) && !isRange(stated[1]!)) return { code: stated[1]!, alias: null, status: Number(stated[2] ?? stated[3]) };
  const match = CODE_AND_MORE.exec(text);
  const code = match?.[1] ?? '';
  const named = match?.[2] ?? match?.[3] ?? '';
  if (match === null || !isCodeLike(code) || isRange(code)) return { code: text, alias: null, status: null };
  // A name is an identifier of its own (CamelCase of two words or more, or SCREAMING_SNAKE), not a word.
  const name = SNAKE_NAME.test(named) || (named.match(/[A-Z][a-z0-9]+/g) ?? []).length >= 2 || /^[A-Z]{3,}$/.test(named);
  return name && named !== code ? { code, alias: named, status: null } : { code: text, alias: null, status: null };
}

/**
 * Which range rows are entries: in a table whose codes are strings (`SVC.5000~SVC.5999`), a range no
 * listed code falls in is documented as one error, written as a range; in a numeric table a range
 * titles the codes under it, and an entry would make the numeric wire type a string.
 */
function lonelyRange(rows: readonly Row[], columns: readonly Column[]): (code: string) => boolean {
  const index = columns.findIndex((column) => column.role === 'code');
  let codes: string[] | null = null;
  return (range) => {
    // Most tables have no range: the table's codes are gathered at the first.
    codes ??= rows.map((row) => tidy(row.cells[index]?.text ?? '')).filter((code) => code !== '' && !isRange(code));
    if (codes.length === 0 || codes.every((code) => /^-?\d+$/.test(code))) return false;
    const [, prefix, from, , , to] = RANGE.exec(range.trim())!;
    // A range of bare numbers is numeric whatever the other codes are.
    return prefix !== '' && !codes.some((code) => {
      const number = code.startsWith(prefix!) ? code.slice(prefix!.length) : null;
      return number !== null && /^\d+$/.test(number) && Number(number) >= Number(from) && Number(number) <= Number(to);
    });
  };
}

/**
 * Rows flattened from a rowspan: a row short of cells whose first cell is not a code continues
 * the row above (`|message|description|` under `|401|Unauthorized|message|description|`), so it
 * takes its leading cells from there and its own cells fill the last columns.
 */
function inheritSpans(rows: readonly Row[], columns: readonly Column[]): Row[] {
  const code = columns.findIndex((column) => column.role === 'code');
  const result: Row[] = [];
  for (const row of rows) {
    const above = result[result.length - 1];
    const missing = columns.length - row.cells.length;
    const first = row.cells[0]?.text.trim() ?? '';
    if (above === undefined || missing < code + 1 || row.cells.length < 2 || isCodeLike(first)) {
      result.push(row);
      continue;
    }
    result.push({ ...row, cells: [...above.cells.slice(0, missing), ...row.cells] });
  }
  return result;
}

/**
 * A row whose code cell lists several codes, one per line (`E1<br>E2`) or parted by commas, as one row per code
 * with the same other cells; an alias cell with as many lines gives each code its own.
 */
function expandCodes(row: Row, columns: readonly Column[]): Row[] {
  const code = columns.findIndex((column) => column.role === 'code');
  const cell = row.cells[code];
  const lines = linesOf(cell?.text ?? '');
  // Codes one per line, or on one line parted by commas or `or` (`E1, E2`, `E4、E5`, `E6 or E7`).
  const listed = lines.length === 1 ? lines[0]!.split(/\s*[,，、;；]\s*|\s+or\s+/).filter((part) => part !== '') : lines;
  const codes = listed.length >= 2 && listed.every(isCodeLike) ? listed : lines;
  if (codes.length < 2 || !codes.every(isCodeLike)) return [row];
  return codes.map((text, index) => ({
    ...row,
    cells: row.cells.map((other, at) => {
      if (at === code) return { ...other, text };
      const lines = linesOf(other.text);
      return columns[at]?.role !== 'code' && lines.length === codes.length && lines.every(isCodeLike) ? { ...other, text: lines[index]! } : other;
    }),
  }));
}

/** The non-empty lines of a cell, trimmed. */
function linesOf(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

/** One word that could name an error: `NotFound`, `Gone`, `bad_input`. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_.]*$/;

/** HTTP statuses only, at least one of them twice. */
function repeatedStatuses(cells: readonly string[]): boolean {
  return cells.length > 1 && cells.every((text) => /^[1-5]\d\d$/.test(text)) && new Set(cells).size < cells.length;
}

/** A header that says "error" and nothing more: a code column only when no other column says code. */
const BARE_ERROR = /^(?:errors?|exceptions?|faults?|错误|异常)$/i;

/** A header of a parameter or field table, whose first column holds names that can look like codes. */
const FIELD_HEADER = new RegExp(
  '^(?:参数|参数名|参数名称|字段|字段名|属性|类型|数据类型|是否必须|是否必填|必选|必填|默认值|配置项|选项|请求方法|版本|版本号|日期|权限|事件|命令|' +
    // Settings, command-line options, endpoints and changelogs name things too.
    '(?:parameters?|param|fields?|property|type|data type|required|optional|default|default value|options?|flags?|settings?|' +
    'variables?|(?:http )?method|verb|endpoint|path|url|uri|version|date|scopes?|permissions?|roles?|events?|event type|' +
    'headers?|metrics?|arguments?|attributes?|commands?)(?:\\s+name)?)$',
  'i',
);

/** Words that say a list is of errors. */
const ERROR_WORDS = /error|code|fault|exception|failure|错误|码|异常|失败/i;

/** Words that say a list is of the fields of a response, not of errors. */
const FIELD_WORDS = /参数|字段|属性|parameters?|fields?|properties|attributes/i;

/**
 * True when the sentence introducing a table without a header says it lists something other than
 * errors: it ends in a colon and names parameters or fields (`响应体包含以下字段：`), or
 * announces a list that names no error (`List of retry hints:`).
 */
function listsOtherThings(intro: string | null): boolean {
  if (intro === null) return false;
  const last = intro.trim().split('\n').pop()!.trim();
  if (!/[:：]$/.test(last)) return false;
  return FIELD_WORDS.test(last) || (/^(?:(?:a\s+)?list\s+of|the\s+following|以下|下列)/i.test(last) && !ERROR_WORDS.test(last));
}

/** A cell of several words: a message, not a code. */
function isSentence(text: string): boolean {
  return /\S\s+\S+\s+\S/.test(text.trim()) || (hasCjk(text) && text.trim().length > 4);
}

/**
 * Values that can only be a code column: most rows filled, nearly each a code-like token with a digit or
 * a capital, and not the row numbers 1, 2, 3, ... of a numbered list.
 */
function codeColumn(cells: readonly string[], rows: number, lowerCase = false): boolean {
  // A cell may list several codes, one per line, or a range of them.
  const codes = cells.filter((text) => isRange(text) || text.split('\n').every((line) => isCodeLike(line.trim()) && (lowerCase || /[\dA-Z]/.test(line))));
  if (cells.length < Math.max(1, rows * 0.8) || codes.length < cells.length * 0.9) return false;
  // HTTP methods are capitals too, but a table of them lists endpoints.
  if (cells.every((text) => HTTP_METHOD.test(text))) return false;
  return !cells.every((text, index) => text === String(index + 1));
}

/** The HTTP status a cell gives: `404`, a status phrase such as `404 Not Found`, `HTTP/1.1 404`; else `null`. */
function statusOf(text: string): number | null {
  const match = /^(?:HTTP(?:\/\d(?:\.\d)?)?\s*)?(\d{3})(?:\s*[-–—:]?\s+[A-Za-z][A-Za-z '-]*)?$/.exec(text.trim());
  return match === null ? null : Number(match[1]);
}

/** Columns of a table without a header, from the value shapes recovery saw. */
function hintColumns(table: TableBlock): Column[] {
  const at = { line: table.line, column: table.column };
  const textRoles: Role[] = ['message', 'description', 'remedy'];
  let texts = 0;
  return (table.hints ?? []).map((hint): Column => {
    if (hint === 'code') return { role: 'code', locale: null, header: 'code', at };
    if (hint === 'status') return { role: 'status', locale: null, header: 'HTTP status', at };
    if (hint === 'remedy') return { role: 'remedy', locale: null, header: 'remedy', at };
    const role = textRoles[Math.min(texts++, textRoles.length - 1)]!;
    return { role, locale: null, header: role, at };
  });
}

/** `nearSnake`: a neighbouring row's message opens with a SCREAMING_SNAKE name (see `leadingAlias`); `null`: no leading names (records). */
function readRow(
  row: Row,
  columns: readonly Column[],
  context: TableContext,
  reporter: Reporter,
  nearSnake: boolean | null,
  lonely: (code: string) => boolean,
): Candidate | SkippedRow {
  const at = { line: row.line, column: row.column };
  const skip = (reason: string, where: Point = at): SkippedRow => {
    reporter.report('warning', 'row-skipped', `Unexpected row: ${reason}`, where);
    return { kind: 'skipped-row', line: where.line, column: where.column, reason };
  };
  const cellOf = (role: Role): Cell | undefined => {
    const index = columns.findIndex((column) => column.role === role);
    return index === -1 ? undefined : row.cells[index];
  };
  const codeCell = cellOf('code');
  const codeHeader = columns.find((column) => column.role === 'code');
  const opening = codeHeader?.lead === true ? leadingCode(tidy(codeCell?.text ?? '')) : null;
  const { code, alias: codeAlias, status: codeStatus } = opening ?? splitCodeCell(tidy(codeCell?.text ?? ''));
  if (code === '') return skip('its code cell is empty, expected a code', point(codeCell, at));
  if (isRange(code) && !lonely(code)) return skip(`\`${oneLine(code)}\` is a range of codes, expected one code`, point(codeCell, at));
  if (isRange(code)) {
    reporter.report('info', 'range-entry', `Range \`${oneLine(code)}\` read as one entry, its code as written: no code of the table falls in it, and its codes are strings`, point(codeCell, at));
  }
  if (hasCjk(code) || code.includes('\n')) {
    return skip(`\`${oneLine(code)}\` in the code cell is text, expected a code`, point(codeCell, at));
  }
  if (row.cells.length > columns.length) {
    const extraCell = row.cells[columns.length]!;
    reporter.report(
      'warning',
      'extra-cells',
      `Unexpected ${row.cells.length - columns.length} extra cell(s) in row of \`${code}\`, expected ${columns.length}; kept as extra fields`,
      point(extraCell, at),
    );
  }
  const statusCell = cellOf('status');
  let httpStatus: number | null = null;
  let httpStatusSource: StatusSource | null = null;
  const statusText = tidy(statusCell?.text ?? '');
  if (statusText !== '') {
    const given = statusOf(statusText);
    if (given !== null) {
      httpStatus = given;
      httpStatusSource = 'column';
    } else {
      reporter.report(
        'warning',
        'invalid-status',
        `Unexpected HTTP status \`${oneLine(statusText)}\` for \`${code}\`, expected a 3-digit number`,
        point(statusCell, at),
      );
    }
  }
  if (httpStatus === null && codeStatus !== null) {
    httpStatus = codeStatus;
    httpStatusSource = 'column';
  }
  const prefix = /^([1-5]\d\d)\d+$/.exec(code);
  if (httpStatus === null && context.statusPrefix && prefix !== null) {
    httpStatus = Number(prefix[1]);
    httpStatusSource = 'code-prefix';
  }
  if (httpStatus === null && context.sectionStatus !== null) {
    httpStatus = context.sectionStatus;
    httpStatusSource = 'section';
  }
  if (context.sectionStatus !== null && httpStatus !== context.sectionStatus) {
    reporter.report(
      'warning',
      'status-section-mismatch',
      `Unexpected HTTP status ${httpStatus} for \`${code}\`, expected ${context.sectionStatus} as its section says`,
      point(statusCell, at),
    );
  }
  const texts = (role: Role): { text: string; locale: Locale; at: Point }[] =>
    columns.flatMap((column, index) => {
      const text = tidy(row.cells[index]?.text ?? '');
      return column.role === role && text !== '' && !PLACEHOLDER.test(text)
        ? [{ text, locale: column.locale ?? localeOf(text), at: point(row.cells[index], at) }]
        : [];
    });
  const aliases = columns.flatMap((column, index) => {
    const text = tidy(row.cells[index]?.text ?? '');
    return (column.role === 'name' || column.role === 'alias') && text !== '' && !PLACEHOLDER.test(text) && text !== code ? [text] : [];
  });
  if (codeAlias !== null && !aliases.includes(codeAlias)) aliases.unshift(codeAlias);
  // The first text column may open with the code's symbolic name (`UnknownAccount 账号异常`).
  const named = (role: Role): ReturnType<typeof texts> => texts(role).map((text, index) => {
    const split = index === 0 && nearSnake !== null ? leadingAlias(text.text, columns, nearSnake) : null;
    if (split === null) return text;
    aliases.push(split.alias);
    return { ...text, text: split.rest };
  });
  const messageRole = columns[firstTextColumn(columns)]?.role;
  const messageTexts = messageRole === 'message' ? named('message') : texts('message');
  const descriptionTexts = messageRole === 'description' ? named('description') : texts('description');
  if (opening !== null) {
    // The text after the code is the message; with a message column beside it, it is the description.
    const rest = { text: opening.rest, locale: localeOf(opening.rest), at: point(codeCell, at) };
    if (messageTexts.length === 0) messageTexts.unshift(rest);
    else descriptionTexts.unshift(rest);
  }
  const messages: { [locale: Locale]: string } = {};
  const messageAt: { [locale: Locale]: Point } = {};
  for (const { text, locale, at: cellAt } of [...messageTexts, ...descriptionTexts].flatMap(bilingual)) {
    if (messages[locale] !== undefined) continue;
    messages[locale] = text;
    messageAt[locale] = cellAt;
  }
  // A text column of one language left empty (`-`) while a note box in the row is written in it: the note says it.
  columns.forEach((column, index) => {
    if ((column.role !== 'message' && column.role !== 'description') || column.locale === null || messages[column.locale] !== undefined) return;
    if (!PLACEHOLDER.test(tidy(row.cells[index]?.text ?? '-'))) return;
    const note = row.cells.map((cell) => noteText(cell.note)).find((text) => text !== '' && localeOf(text) === column.locale);
    if (note === undefined) return;
    messages[column.locale] = note;
    messageAt[column.locale] = point(row.cells[index], at);
  });
  const remedies = texts('remedy').map((remedy) => remedy.text);
  const extra: Record<string, string> = {};
  columns.forEach((column, index) => {
    const text = tidy(row.cells[index]?.text ?? '');
    if (column.role === 'unknown' && text !== '') extra[column.header || `column ${index + 1}`] = text;
  });
  columns.forEach((column, index) => {
    const note = row.cells[index]?.note;
    if (note !== undefined) extra[`${column.header || `column ${index + 1}`} (note)`] = note;
  });
  row.cells.slice(columns.length).forEach((cell, offset) => {
    if (cell.text !== '') extra[`column ${columns.length + offset + 1}`] = cell.text;
  });
  const nameText = tidy(cellOf('name')?.text ?? '') || (codeAlias ?? '');
  const retryText = tidy(cellOf('retryable')?.text ?? '').toLowerCase();
  const retryable = /^(?:yes|y|true|是|可|可以|能|√|✓|✔)$/.test(retryText) ? true : /^(?:no|n|false|否|不可|不可以|不能|×|✗|✘)$/.test(retryText) ? false : null;
  if (retryText !== '' && retryable === null) {
    reporter.report('warning', 'invalid-retryable', `Unexpected retryable value \`${oneLine(retryText)}\` for \`${code}\`, expected yes/no (是/否)`, point(cellOf('retryable'), at));
  }
  return {
    code,
    nameCell: nameText === '' ? null : nameText,
    httpStatus,
    httpStatusSource,
    messages: messages as Messages,
    primaryLocale: messageTexts[0]?.locale ?? descriptionTexts[0]?.locale ?? null,
    description: descriptionTexts[0]?.text ?? null,
    remedy: remedies.length === 0 ? null : remedies.join('\n'),
    group: context.groupPath[context.groupPath.length - 1] ?? null,
    groupPath: context.groupPath,
    success: isSuccess(httpStatus, messages),
    retryable,
    extra,
    aliases,
    at,
    codeAt: point(codeCell, at),
    messageAt,
    statusAt: point(statusCell, at),
  };
}

/**
 * A cell naming a range of codes rather than one: `301000~301099`, `E.5000~E.5999`, or two codes
 * of one shape joined by a dash with the second the larger (`610000-619999`, not `400-1001`).
 */
const RANGE = /^([A-Za-z.]*)(\d+)\s*(~|～|[-–—])\s*([A-Za-z.]*)(\d+)$/;

function isRange(text: string): boolean {
  const match = RANGE.exec(text.trim());
  if (match === null) return false;
  const [, prefix, from, dash, again, to] = match as unknown as [string, string, string, string, string, string];
  if (again !== '' && again !== prefix) return false;
  // A hyphen also joins parts of codes (`c1-2`, `P.3-7`): a range by hyphen spans numbers of three digits or more.
  return dash === '~' || dash === '～' || (from.length >= 3 && from.length === to.length && Number(to) > Number(from));
}

/** A SCREAMING_SNAKE name of two or more words, e.g. `SEND_FAILED`. */
const SNAKE_NAME = /^[A-Z0-9]+(?:_[A-Z0-9]+)+$/;

/** The column a message is read from first: the first message column, else the first description column; -1 with none. */
function firstTextColumn(columns: readonly Column[]): number {
  const message = columns.findIndex((column) => column.role === 'message');
  return message !== -1 ? message : columns.findIndex((column) => column.role === 'description');
}

/** How a Chinese predicate opens (negation, aspect, copula, a verdict): after a name, it tells of that name. */
const PREDICATE = /^(?:不|已|未|无|没|被|为|是|必须|需|格式|错误|有误|非法|过期|缺失|超|重复|长度)/;

/** An identifier that opens a Chinese message, as a symbolic name of the code: `UnknownAccount 账号异常`. */
const LEADING_NAME = /^([A-Z][A-Za-z0-9]*(?:_[A-Z0-9]+)*)[ \t]+(?=[^\n]*\p{Script=Han})/u;

/**
 * The symbolic name a message starts with, and the message after it; `null` when the first word is
 * part of the sentence. A name is CamelCase of two or more words (`ErrorWrongAppid`), SCREAMING_SNAKE
 * (`SEND_FAILED`), or one capital word in a table whose neighbouring rows name theirs that way.
 */
function leadingAlias(text: string, columns: readonly Column[], nearSnake: boolean): { alias: string; rest: string } | null {
  if (columns.some((column) => column.role === 'name')) return null;
  const match = LEADING_NAME.exec(text);
  if (match === null) return null;
  const word = match[1]!;
  const camel = (word.match(/[A-Z][a-z]{2,}/g) ?? []).length >= 2;
  if (!camel && !SNAKE_NAME.test(word) && !(/^[A-Z]{2,}$/.test(word) && nearSnake)) return null;
  const rest = text.slice(match[0].length).trim();
  // After a word of two parts, a predicate makes it the sentence's subject: `AccessKey 不存在`, `AppKey 已被禁用`
  // (`ErrorWrongAppid 无 appid` and `SEND_FAILED 没有…` name their codes).
  const subject = !SNAKE_NAME.test(word) && (word.match(/[A-Z]/g) ?? []).length <= 2 && PREDICATE.test(rest);
  return subject ? null : { alias: word, rest };
}

/**
 * An English phrase of two or more lower-case words followed by its Chinese, in one cell:
 * `param invalid 参数错误`. Capitalised words (`API Key 无效`) are a term the Chinese sentence uses.
 */
const ENGLISH_THEN_CHINESE = /^([a-z]+(?: [a-z]+)+)[ \t]+(?=\p{Script=Han})/u;

/** A message cell that holds both languages, split into one text per locale; others as they are. */
function bilingual<T extends { text: string; locale: Locale }>(message: T): T[] {
  const match = ENGLISH_THEN_CHINESE.exec(message.text);
  if (match === null) return [message];
  return [{ ...message, text: message.text.slice(match[0].length).trim(), locale: 'zh-CN' }, { ...message, text: match[1]!, locale: 'en' }];
}

/** True for a code documented as success rather than as an error. */
function isSuccess(status: number | null, messages: Messages): boolean {
  if (status !== null) return status >= 200 && status < 300;
  return Object.values(messages).some((text) => /^(?:success|succeeded|ok|成功|请求成功|操作成功)[.。!！]?$/i.test(text.trim()));
}

/** A note box's text without its label line (`Note:`, `说明：`). */
function noteText(note: string | undefined): string {
  return (note ?? '').replace(/^\s*(?:note|notice|说明|注意|注)\s*[:：]?\s*\n?/i, '').trim();
}

/** Opening quotes and the quote that closes each. */
const QUOTE_PAIRS: Readonly<Record<string, string>> = { "'": "'", '‘': '’', '“': '”', '「': '」' };

/** Trim, and drop a stray unmatched quote at either end (`"can't get ...`). */
function tidy(text: string): string {
  const trimmed = text.trim();
  // Most cells neither open with a quote nor end with a straight one: nothing to drop, no scan.
  if (!trimmed.endsWith('"') && !Object.hasOwn(QUOTE_PAIRS, trimmed.charAt(0)) && !trimmed.startsWith('"')) return trimmed;
  const quotes = trimmed.split('"').length - 1;
  // A message quoted as a whole ("Request data is invalid") is the text inside the quotes.
  if (quotes === 2 && /^"[\p{L}\p{N}][^"]*[\p{L}\p{N}.!?。！？]"$/u.test(trimmed)) return trimmed.slice(1, -1).trim();
  // So is one in typographic or single quotes (“…”, ‘…’, '…', 「…」), when those quotes appear nowhere else in it.
  const pair = /^(['‘“「])([\p{L}\p{N}][^'‘’“”「」]*[\p{L}\p{N}.!?。！？])(['’”」])$/u.exec(trimmed);
  if (pair !== null && QUOTE_PAIRS[pair[1]!] === pair[3]) return pair[2]!.trim();
  if (quotes === 1 && trimmed.startsWith('"')) return trimmed.slice(1).trim();
  if (quotes === 1 && trimmed.endsWith('"')) return trimmed.slice(0, -1).trim();
  return trimmed;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

function point(cell: Cell | undefined, fallback: Point): Point {
  return cell === undefined ? fallback : { line: cell.line, column: cell.column };
}
