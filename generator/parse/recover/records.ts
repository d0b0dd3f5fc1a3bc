/**
 * Records written without a table: one heading per code, or one list item per code, with the
 * message, cause, fix and status in the body below. A run of at least two becomes a table whose
 * columns are the labels of the parts (`parse/recover/labelled-parts.ts`), so that extraction
 * decides the fields as it does for any table:
 *
 *     ## Error 2001: Upstream not found      * Error Number: 7001
 *     ### Resolution                             The request used too much memory.
 *     Check the DNS record.
 */

import type { Block, Cell, HeadingBlock, Row, TableBlock } from '../blocks.js';
import { labelKey, labelRole, readParts, type Unit } from './labelled-parts.js';
import { readCodeListings } from './code-listing.js';
import { dropOtherLists, namesOtherThings } from './other-lists.js';
import { isCodeLike } from './rows.js';
import { statusHeading } from './status-heading.js';
import { readTerm, VERSION_OR_DATE } from './term.js';

/** A heading that names a code and, in parentheses, another identifier of it: `NAME_OF_CODE (12)`. */
const NAMED = /^(\S+)\s*[(（]\s*([^()（）\s]+)\s*[)）]$/;

/** A word that introduces the codes of a heading: `Error 2001: …`, `Errors 2003, 2004 or 2010 …`. */
const CODE_WORD = /^(?:errors?|error\s+codes?|codes?|错误码|错误)\s*/i;

/** An attribute list after a heading's text, an anchor of the site generator: `{#vault-sealed}`, `{: .note}`. */
const ATTRIBUTES = /\{[#:.][^{}]*\}$/;

/** An HTTP status a heading gives in brackets: `E_DUPLICATE (HTTP 409)`, `(HTTP status 404 Not Found)`. */
const STATUS_NOTE = /[(（[]\s*HTTP(?:\s*status)?(?:\s*code)?\s*[:：]?\s*([1-5]\d\d)(?![\d])[^()（）[\]]*[)）\]]/i;

/** A heading that opens with an HTTP status, then the code: `409 E_CONFLICT`, `409: E_CONFLICT`, `404 · NO_SUCH_KEY: Title`, `HTTP 409 - E_CONFLICT`. */
const STATUS_FIRST = /^(?:HTTP\s*)?([1-5]\d\d)(?:\s*[-–—:：·|]\s*|\s+)(\S+)(.*)$/;

/** The code in brackets that ends a heading: `(ACCOUNT_FROZEN)`. */
const TRAILING_CODE = /[(（]\s*([^()（）\s]+)\s*[)）]$/;

/** A symbolic code, a separator, then a title: `ACCOUNT_FROZEN — Account frozen`, `NoSuchKey: Key not found`. */
const CODE_THEN_TITLE = /^(\S+?)\s*(?:[:：]|\s[-–—·|]\s)\s*(\S.*)$/;

/** What separates a heading's codes from its title: `1001: Title`, `1001 - Title`, `1001 · Title`. */
const TITLE_SEPARATOR = /^\s*[:：\-–—·|•]\s*/;

/** Numbering before a heading's title: `3 - `, `3. `. */
const NUMBERING = /^\d{1,3}\s*(?:[-–—.)]\s*)/;

/** A list item that opens a record: `* Error Number: 7001`, `- Error Code：41`. */
const OPENER = /^(?:[-*+•·]\s+)?([^:：\n]{1,30}?)\s*[:：]\s*(\S.*)$/;

/** A list item that is a code alone, its parts in the sub-items under it: `- \`E_SYNC\`` then `  - Message: …`. */
const BARE_ITEM = /^[-*+•·]\s+(\S+(?:\s+\S+)?)$/;

/** A list marker at the start of a line. */
const LIST_ITEM = /^(?:[-*+•·]|\d+[.)])\s/;

/** What a record's first line says: its codes, another identifier, its title. */
interface Head {
  readonly codes: readonly string[];
  readonly alias: string | null;
  readonly title: string | null;
  /** The HTTP status the head gives (`## E_DUPLICATE (HTTP 409)`, `## 409 E_CONFLICT`), e.g. `"409"`, else `null`. */
  readonly status: string | null;
  /** The code label of a list item (`Error Number`), else `null`. */
  readonly label: string | null;
}

/** One record: where it starts, what its head says, its body as units. */
interface Found {
  readonly head: Head;
  readonly at: { readonly line: number; readonly column: number };
  readonly units: readonly Unit[];
  readonly endLine: number;
}

/** A run of records, and the entry-like ones among them that name no code. */
interface Run {
  readonly found: readonly Found[];
  readonly unreadable: readonly Unreadable[];
  readonly next: number;
  readonly origin: 'headings' | 'items';
}

type Unreadable = TableBlock['unreadable'][number];

/**
 * True when a heading among code headings reads as an error without naming a code: its body has a
 * labelled message part, or its title ends in an identifier in parentheses (`Retired error (12)`).
 */
function looksLikeEntry(heading: HeadingBlock, body: readonly Block[]): boolean {
  const trailing = /[(（]\s*([^()（）\s]+)\s*[)）]$/.exec(heading.text.trim());
  if (trailing !== null && isCodeLike(trailing[1]!)) return true;
  const units = body.flatMap((block) => [...unitsOf(block), { kind: 'break' as const, text: '', line: block.line, column: block.column }]);
  return readParts(units).meanings.some((parts) => parts.some((part) => part.role === 'message'));
}

/**
 * Codes and title a heading names: `CODE`, `NAME (12)`, `Error 2001: Title`, `Errors 2003, 2004
 * or 2010 Title`, `2300001 标题`; `null` when it names none. A top-level heading titles the
 * document or a part of it (`NAME`, `DESCRIPTION` in man pages): it is a code only with a digit or `_`.
 */
export function headingHead(text: string, depth: number): Head | null {
  // Each pattern here is anchored or tried once at a known place: a heading may be a very long line.
  let trimmed = text.trim();
  const attributes = trimmed.endsWith('}') ? ATTRIBUTES.exec(trimmed.slice(trimmed.lastIndexOf('{'))) : null;
  if (attributes !== null) trimmed = trimmed.slice(0, trimmed.lastIndexOf('{')).trim();
  let status: string | null = null;
  const note = STATUS_NOTE.exec(trimmed);
  if (note !== null) {
    status = note[1]!;
    trimmed = (trimmed.slice(0, note.index) + trimmed.slice(note.index + note[0].length)).trim();
  }
  // A heading may hold a CamelCase name with an acronym inside (`NoSuchACLRule`), which prose never has;
  // a version or a date titles a release and an HTTP method an endpoint's part, not an error.
  const strict = (code: string): boolean =>
    (readTerm(code)?.code === code || /^[A-Z][a-z]+(?:[A-Z][A-Za-z0-9]*)+$/.test(code)) && (depth > 1 || /[\d_]/.test(code));
  if (strict(trimmed)) return { codes: [trimmed], alias: null, title: null, status, label: null };
  const named = NAMED.exec(trimmed);
  if (named !== null && strict(named[1]!) && isCodeLike(named[2]!)) return { codes: [named[1]!], alias: named[2]!, title: null, status, label: null };
  const first = STATUS_FIRST.exec(trimmed);
  if (status === null && first !== null && /[A-Za-z]/.test(first[2]!) && strict(first[2]!)) {
    // The status before a symbolic code: the number is the transport's, the name the error's.
    const title = first[3]!.replace(TITLE_SEPARATOR, '').trim();
    return { codes: [first[2]!], alias: null, title: title === '' ? null : title, status: first[1]!, label: null };
  }
  if (statusHeading(trimmed) !== null) return null;
  const open = Math.max(trimmed.lastIndexOf('('), trimmed.lastIndexOf('（'));
  const titled = open > 0 ? TRAILING_CODE.exec(trimmed.slice(open)) : null;
  const before = trimmed.slice(0, Math.max(open, 0)).trim();
  // After a title of words, a symbolic code (`Account frozen (ACCOUNT_FROZEN)`); a number alone there
  // (`Retired error (12)`) is the number of an entry that names no code.
  if (titled !== null && /\s|\p{Script=Han}/u.test(before) && strict(titled[1]!) && /[\d_]/.test(titled[1]!) && /[A-Za-z]/.test(titled[1]!)) {
    return { codes: [titled[1]!], alias: null, title: before, status, label: null };
  }
  const symbolic = CODE_THEN_TITLE.exec(trimmed);
  // Only a name with `_` or in CamelCase: an acronym (`API - reference`, `FAQ: questions`) or a file
  // name (`package.json: fields`) is a word of a title. Codes with digits are read below.
  if (symbolic !== null && strict(symbolic[1]!) && !/\d/.test(symbolic[1]!) && (symbolic[1]!.includes('_') || /^[A-Z][a-z]+(?:[A-Z][a-z]*)+$/.test(symbolic[1]!))) {
    return { codes: [symbolic[1]!], alias: null, title: symbolic[2]!.trim(), status, label: null };
  }
  const word = CODE_WORD.exec(trimmed);
  // `错误码：1001`: the word's colon is not the title's.
  const rest = word === null ? trimmed : trimmed.slice(word[0].length).replace(/^[:：]\s*/, '');
  const codes: string[] = [];
  let at = 0;
  for (const match of rest.matchAll(/([^\s,，、:：]+)(\s*(?:,|，|、|\bor\b|\band\b|和|或)?\s*)/gy)) {
    const token = match[1]!;
    // Without a word before them, codes are numbers or identifiers of three characters or more, never a
    // section number, a version (`2.0.1 Release notes`) or a date.
    if (!isCodeLike(token) || !/\d/.test(token) || (word === null && (token.length < 3 || VERSION_OR_DATE.test(token)))) break;
    codes.push(token);
    at = match.index + match[0].length;
    if (match[2]!.trim() === '') break;
  }
  if (codes.length === 0) return null;
  const title = rest.slice(at).replace(TITLE_SEPARATOR, '').trim();
  // A number before a word in lower case counts things (`100 ways to save energy`), it names no error.
  if (word === null && (title === '' || /^\p{Ll}/u.test(title))) return null;
  return { codes, alias: null, title: title === '' ? null : title, status, label: null };
}

/**
 * A list item's head: a code label and a code (`Error Number: 7004 (K0003)`), or a code alone whose
 * sub-items carry its parts (`bare`); a paragraph may open with a code label too (`错误码：1001`).
 * `null` when the item opens no record.
 */
function itemHead(text: string, paragraphStart: boolean): (Head & { readonly bare: boolean }) | null {
  const trimmed = text.trim();
  const bare = BARE_ITEM.exec(trimmed);
  const term = bare === null ? null : readTerm(bare[1]!);
  if (term !== null) return { codes: [term.code], alias: null, title: null, status: term.status, label: null, bare: true };
  const match = OPENER.exec(trimmed);
  if (match === null || labelRole(match[1]!) !== 'code' || (!LIST_ITEM.test(trimmed) && !paragraphStart)) return null;
  const value = match[2]!.trim();
  const named = NAMED.exec(value);
  if (named !== null && isCodeLike(named[1]!) && isCodeLike(named[2]!) && !/^[1-5]\d\d$/.test(named[2]!)) {
    return { codes: [named[1]!], alias: named[2]!, title: null, status: null, label: match[1]!, bare: false };
  }
  const coded = readTerm(value);
  return coded === null ? null : { codes: [coded.code], alias: null, title: null, status: coded.status, label: match[1]!, bare: false };
}

/**
 * `blocks` with every run of records turned into one table, lists of things other than errors left
 * as prose (`other-lists.ts`), and a code block listing errors read as a table where nothing else is (`code-listing.ts`).
 */
export function recoverRecords(blocks: readonly Block[]): Block[] {
  const result: Block[] = [];
  let heading: string | null = null;
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i]!;
    if (block.type === 'heading') heading = block.text;
    const run = headingRun(blocks, i) ?? itemRun(blocks, i);
    // Items that are a name alone, under `## Parameters` or `## Configuration`, name fields or settings.
    const others = run !== null && run.found.every((record) => record.head.label === null && run.origin === 'items') && heading !== null && namesOtherThings(heading);
    if (run !== null && run.found.length >= 2 && !others) {
      const table = toTable(run);
      if (table !== null) {
        result.push(table);
        i = run.next;
        continue;
      }
    }
    result.push(block);
    i++;
  }
  return readCodeListings(dropOtherLists(result));
}

/**
 * A small table of labels and their values under one record (`| Message | The battery is low. |`,
 * `| HTTP status | 409 |`) as `Label: value` lines, or `null` when it is not one: two columns, and
 * every row but maybe a header (`| Field | Value |`) labelled with a word of the vocabulary.
 */
function keyValueUnits(table: TableBlock): Unit[] | null {
  const rows = [...(table.header === null ? [] : [{ cells: table.header }]), ...table.rows];
  if (rows.length < 2 || rows.some((row) => row.cells.length !== 2)) return null;
  const labelled = rows.filter((row) => labelRole(row.cells[0]!.text) !== null);
  if (labelled.length < 2 || labelled.length < rows.length - 1) return null;
  return labelled.map((row) => ({ kind: 'line', text: `${row.cells[0]!.text}: ${row.cells[1]!.text.replace(/\s*\n\s*/g, ' ')}`, line: row.cells[0]!.line, column: row.cells[0]!.column }));
}

/** The units of a text or label block, one per line, its column kept; a key/value table's rows as label lines. */
function unitsOf(block: Block): Unit[] {
  if (block.type === 'table') return keyValueUnits(block) ?? [];
  if (block.type === 'label') return [{ kind: 'label', text: block.text, line: block.line, column: block.column }];
  if (block.type === 'heading') return [{ kind: 'heading', text: block.text, line: block.line, column: block.column }];
  if (block.type !== 'text') return [];
  return block.text.split('\n').flatMap((text, index) => {
    const column = index === 0 ? block.column : text.length - text.trimStart().length + 1;
    return labelledParts(text).map((part) => ({ kind: 'line' as const, text: part.text, line: block.line + index, column: column + part.offset }));
  });
}

/** A label after a comma (up to three words: `, HTTP status:`) or a space (one word: ` 错误信息：` in `错误码：1001 错误信息：参数错误`). */
const INNER_LABEL = /(?:(?<=[，,；;]\s*)((?:[^\s:：，,；;]+\s){0,2}[^\s:：，,；;]+?)|(?<=\s)([^\s:：，,；;]{1,30}?))\s*[:：]/g;

/**
 * A line of several labelled parts (`错误码：1001 错误信息：参数错误`, `Code: E1, Message: Failed`) as one
 * part each, with its offset in the line; the line alone when it opens with no code label.
 */
function labelledParts(text: string): { text: string; offset: number }[] {
  if (!codeLabelled(text)) return [{ text, offset: 0 }];
  // Labels in the value of the first one.
  const value = text.search(/[:：]/) + 1;
  const starts = [...text.matchAll(INNER_LABEL)].filter((match) => match.index > value && labelRole(match[1] ?? match[2]!) !== null).map((match) => match.index);
  if (starts.length === 0) return [{ text, offset: 0 }];
  return [0, ...starts].map((start, i, all) => ({ text: text.slice(start, all[i + 1] ?? text.length).replace(/[\s，,；;]+$/, ''), offset: start }));
}

/** Consecutive code headings of one depth, from `blocks[start]`, each with the blocks under it. */
function headingRun(blocks: readonly Block[], start: number): Run | null {
  const found: Found[] = [];
  const unreadable: Unreadable[] = [];
  let depth: number | null = null;
  let j = start;
  while (j < blocks.length) {
    const heading = blocks[j]!;
    if (heading.type !== 'heading' || (depth !== null && heading.depth !== depth)) break;
    let k = j + 1;
    while (k < blocks.length && !(blocks[k]!.type === 'heading' && (blocks[k] as HeadingBlock).depth <= heading.depth)) k++;
    const body = blocks.slice(j + 1, k);
    const record = headingRecord(heading, body);
    if (record === null) {
      // Among code headings, one whose body reads as an error but names no code is reported, not passed over.
      if (found.length === 0 || !looksLikeEntry(heading, body)) break;
      unreadable.push({ line: heading.line, column: heading.column, reason: `heading \`${heading.text}\` among code headings names no code, expected a code in it or a \`Reason code:\` line below` });
      j = k;
      continue;
    }
    found.push(record);
    depth = heading.depth;
    j = k;
  }
  return found.length === 0 ? null : { found, unreadable, next: j, origin: 'headings' };
}

/** A heading and its body as a record, or `null` when it is a section rather than one error. */
function headingRecord(heading: HeadingBlock, body: readonly Block[]): Found | null {
  // A table, or headings naming codes, under it: the heading titles a section of errors.
  if (body.some((block) => (block.type === 'table' && keyValueUnits(block) === null) || (block.type === 'heading' && headingHead(block.text, block.depth) !== null))) return null;
  let head = headingHead(heading.text, heading.depth);
  const units: Unit[] = [];
  for (const block of body) {
    units.push(...unitsOf(block), { kind: 'break', text: '', line: block.line, column: block.column });
  }
  if (head === null) {
    // No code in the heading: a record only if its body labels one (`Reason code: SEAL_BROKEN`).
    const coded = readParts(units).meanings[0]?.some((part) => part.role === 'code');
    if (coded !== true) return null;
    const title = heading.text.replace(NUMBERING, '').trim();
    head = { codes: [], alias: null, title: title === '' ? null : title, status: null, label: null };
  }
  if (head.title === null && !units.some((unit) => unit.kind !== 'break' && unit.text.trim() !== '')) return null;
  const last = body[body.length - 1];
  return { head, at: { line: heading.line, column: heading.column }, units, endLine: last?.line ?? heading.line };
}

/** Consecutive list items that open with a code label, from `blocks[start]`, each with the lines indented under it. */
function itemRun(blocks: readonly Block[], start: number): Run | null {
  const found: Found[] = [];
  const unreadable: Unreadable[] = [];
  // `head: null`: an item of the run whose code label holds no code; its body is passed over with it.
  let current: { head: (Head & { readonly bare: boolean }) | null; at: { line: number; column: number }; units: Unit[]; endLine: number } | null = null;
  const close = (): void => {
    if (current === null || current.head === null) return;
    // A code alone is a record only with text under it (labelled parts or prose); among records it is reported.
    if (current.head.bare && readParts(current.units).meanings.length === 0) {
      bareItems.push({ ...current.at, reason: `list item \`${current.head.codes[0]}\` among records has no text under it, expected its message below it or sub-items such as \`Message: …\`` });
      return;
    }
    found.push({ ...current, head: current.head });
  };
  const bareItems: Unreadable[] = [];
  let j = start;
  for (; j < blocks.length; j++) {
    const block = blocks[j]!;
    if (block.type === 'code') continue;
    if (block.type !== 'text' && block.type !== 'label') break;
    const units = unitsOf(block);
    let index = 0;
    for (const unit of units) {
      if (unit.text.trim() === '') {
        index++;
        continue;
      }
      const head = itemHead(unit.text, index === 0);
      const opens = current === null || unit.column <= current.at.column;
      if (head !== null && opens) {
        close();
        current = { head, at: { line: unit.line, column: unit.column }, units: [], endLine: unit.line };
      } else if (current !== null && opens && codeLabelled(unit.text)) {
        close();
        unreadable.push({ line: unit.line, column: unit.column, reason: `\`${unit.text.trim()}\` names no code after its label, expected a code such as \`7001\`` });
        current = { head: null, at: { line: unit.line, column: unit.column }, units: [], endLine: unit.line };
      } else if (current !== null && (unit.column > current.at.column || index > 0)) {
        current.units.push(unit);
        current.endLine = unit.line;
      } else {
        break;
      }
      index++;
    }
    if (current === null || index < units.length) break;
    current.units.push({ kind: 'break', text: '', line: block.line, column: block.column });
  }
  close();
  if (found.length === 0) return null;
  return { found, unreadable: [...unreadable, ...bareItems].sort((a, b) => a.line - b.line), next: j, origin: 'items' };
}

/** A list item that opens with a code label, whatever follows it (`* Error Number: see below`). */
function codeLabelled(text: string): boolean {
  const match = OPENER.exec(text.trim());
  return match !== null && labelRole(match[1]!) === 'code';
}

/** A column of the table being built: its header and how to find its cell in a record's parts. */
interface Column {
  readonly key: string;
  readonly header: Cell;
}

/** Records to one table; `null` when they give no rows. */
function toTable({ found, unreadable, origin }: Run): TableBlock | null {
  const columns: Column[] = [];
  const column = (key: string, text: string, at: { line: number; column: number }): string => {
    if (!columns.some((known) => known.key === key)) columns.push({ key, header: { text, line: at.line, column: at.column } });
    return key;
  };
  const first = found[0]!;
  column('\0code', first.head.label ?? 'code', first.at);
  // A status stated in prose goes in the column of a labelled one (`HTTP status: 404`) wherever that appears: one column of statuses.
  const read = found.map((record) => readParts(record.units));
  const statusLabel = read.flatMap((parts) => parts.meanings.flat()).find((part) => part.role === 'status' && part.label !== null)?.label ?? undefined;
  const rows: { at: { line: number; column: number }; cells: Map<string, Cell> }[] = [];
  for (const [position, record] of found.entries()) {
    const { meanings, status } = read[position]!;
    for (const [index, parts] of (meanings.length === 0 ? [[]] : meanings).entries()) {
      const cells = new Map<string, Cell>();
      const put = (key: string, cell: Cell): void => {
        if (!cells.has(key)) cells.set(key, cell);
      };
      const codes = [...record.head.codes];
      const aliases = record.head.alias === null ? [] : [record.head.alias];
      for (const part of parts) {
        if (part.role !== 'code') continue;
        const value = part.paragraphs[0]?.text.split(/\s+/)[0] ?? '';
        if (codes.length === 0) codes.push(value);
        else if (!codes.includes(value)) aliases.push(value);
      }
      if (codes.length === 0) continue;
      put('\0code', { text: codes.join('\n'), line: record.at.line, column: record.at.column });
      if (aliases.length > 0) put(column('\0alias', 'alias', record.at), { text: aliases.join('\n'), line: record.at.line, column: record.at.column });
      const labelled = parts.filter((part) => part.label !== null && part.role !== 'code');
      for (const part of labelled) {
        const key = column(labelKey(part.label!), part.label!, part);
        const paragraphs = part.role === 'status' ? part.paragraphs.slice(0, 1) : part.paragraphs;
        if (paragraphs.length > 0) put(key, { text: paragraphs.map((p) => p.text).join('\n'), line: paragraphs[0]!.line, column: paragraphs[0]!.column });
      }
      const stated = record.head.status === null ? status : { text: record.head.status, line: record.at.line, column: record.at.column };
      if (stated !== null && (index === 0 || record.head.status !== null) && !labelled.some((part) => part.role === 'status')) {
        const key = statusLabel === undefined ? column('\0status', 'HTTP status', stated) : column(labelKey(statusLabel), statusLabel, stated);
        put(key, { text: stated.text, line: stated.line, column: stated.column });
      }
      const title = index === 0 ? record.head.title : null;
      if (title !== null) put(column('\0title', 'title', record.at), { text: title, line: record.at.line, column: record.at.column });
      const lead = parts.filter((part) => part.label === null).flatMap((part) => part.paragraphs);
      if (lead.length > 0) {
        const described = title !== null || parts.some((part) => part.role === 'message');
        // Chinese docs write the explanation and the fix as one text: its paragraphs are one message.
        const whole = described || /\p{Script=Han}/u.test(lead[0]!.text);
        const [message, rest] = whole ? [lead, []] : [lead.slice(0, 1), lead.slice(1)];
        put(column(described ? '\0description' : '\0message', described ? 'description' : 'message', message[0]!), joined(message));
        if (rest.length > 0) put(column('\0description', 'description', rest[0]!), joined(rest));
      }
      rows.push({ at: record.at, cells });
    }
  }
  if (rows.length === 0) return null;
  // Labelled parts come first, so that a `Message` part outranks the title and the title the prose.
  const rank = (key: string): number => ['\0code', '\0alias'].indexOf(key) + 1 || ['\0status', '\0title', '\0message', '\0description'].indexOf(key) + 4 || 3;
  const ordered = [...columns].sort((a, b) => rank(a.key) - rank(b.key));
  const labels = ordered.filter((known) => !known.key.startsWith('\0')).map((known) => known.header.text);
  const last = found[found.length - 1]!;
  return {
    type: 'table',
    origin,
    header: ordered.map((known) => known.header),
    hints: null,
    rows: rows.map(({ at, cells }): Row => ({
      cells: ordered.map((known) => cells.get(known.key) ?? { text: '', line: at.line, column: at.column }),
      line: at.line,
      column: at.column,
    })),
    note: `${origin === 'headings' ? 'one heading per code' : 'one list item or key/value block per code'}${labels.length === 0 ? ', its message below' : `, its parts labelled (${labels.join(', ')})`}; read ${rows.length} entries`,
    unreadable,
    line: first.at.line,
    column: first.at.column,
    endLine: last.endLine,
  };
}

/** Paragraphs as one cell, at the first. */
function joined(paragraphs: readonly { text: string; line: number; column: number }[]): Cell {
  return { text: paragraphs.map((paragraph) => paragraph.text).join('\n'), line: paragraphs[0]!.line, column: paragraphs[0]!.column };
}
