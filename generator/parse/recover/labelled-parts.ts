/**
 * The body of a record (the blocks under a code heading, the lines under a list item) cut into
 * labelled parts, the way its author marked them: sub-headings (`### Resolution`), bold lines
 * (`**错误消息**`), `Label: value` / `Label：value` lines. Which field a label fills is not
 * decided here: each label becomes a column header, read by the same vocabulary as tables.
 */

import { classifyHeader, findTerms, type Role } from '../../extract/columns.js';
import { isCodeLike } from './rows.js';

/** One line of a record's body, or a mark between its paragraphs and sections. */
export interface Unit {
  /** `heading`: a sub-heading, always a label; `label`: a bold line, a label if the vocabulary knows it; `line`: text; `break`: a paragraph ends. */
  readonly kind: 'heading' | 'label' | 'line' | 'break';
  /** Plain text, inline Markdown removed, e.g. `"Resolution"` or `"Reason code: SEAL_BROKEN"`. */
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** A paragraph of a part and where it starts. */
export interface Paragraph {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** A part of a record: its label as written (`null` for the prose before any label) and its paragraphs. */
export interface Part {
  readonly label: string | null;
  /** The role the vocabulary gives the label (`unknown` for `null` and for unknown sub-headings). */
  readonly role: Role;
  readonly paragraphs: Paragraph[];
  readonly line: number;
  readonly column: number;
}

/** What a record's body says: its parts, split into meanings, and the status a sentence gives. */
export interface ReadParts {
  /** One list of parts per meaning: a label seen again in the record starts another meaning. */
  readonly meanings: Part[][];
  /** The HTTP status a sentence of the body states, with where. */
  readonly status: Paragraph | null;
}

/** Lines that are markup of a site generator, not text: `{: #id}`, `{{< copyable >}}`, `:::note`. */
const FILLER = /^(?:\{:[^}]*\}|\{\{[<%].*[>%]\}\}|\{%.*%\}|:::.*)$/;

/** A label at the start of a line: `[marker] Label: value`. */
const LABEL_LINE = /^(?:[-*+•·]\s+|\d+[.)]\s+)?([^:：\n]{1,30}?)\s*[:：]\s*(.*)$/;

/** A fence opening or closing code written inside a list item. */
const FENCE = /^(?:```|~~~)/;

/** Blockquote markers: a quoted note is text of the part it sits in. */
const QUOTE_MARKER = /^(?:>\s?)+/;

/** A list marker opening a continuation line, dropped from the part's text. */
const MARKER = /^(?:[-*+•·]|\d+[.)])\s+/;

/** Sentences that quote the message: the quoted text is the message (group 1; empty when it follows). */
const MESSAGE_STATEMENTS: readonly RegExp[] = [
  /^(?:the\s+)?(?:complete|full)\s+error\s+message(?:\s+is)?(?:\s+as\s+follows)?\s*[:：]\s*(.*)$/i,
  /^the\s+error\s+message\s+(?:starts|begins)\s+with\s+(.+?)\.?$/i,
  /^完整的?报错信息(?:为|是|如下)\s*[:：]?\s*(.*?)[。]?$/,
  /^报错信息以\s*(.+?)\s*开头[。]?$/,
];

/** A sentence giving the record's HTTP status: `Error 2020 is returned with HTTP status 421`. */
export const STATUS_SENTENCE =
  /\b(?:is|are)\s+returned\s+(?:with|via|as|in|by)\s+(?:an?\s+)?HTTP\s*(?:status\s*)?(?:code\s*)?([1-5]\d\d)(?!\d)|(?:该|此)错误[^。\n]{0,20}?返回\s*(?:的\s*)?HTTP\s*状态码?\s*(?:为|是)?\s*([1-5]\d\d)(?!\d)/i;

/** A line that only gives the record's status: `Returned with 409 Conflict.`, `Returns HTTP 409.`, `The API responds with status code 409.`, `*HTTP 409*`. */
const STATUS_ONLY =
  /^\s*(?:(?:(?:the\s+(?:api|server|service|endpoint)|this\s+error|it)\s+(?:is\s+)?)?(?:returned|returns|sent|responds)\s+(?:with\s+|as\s+)?(?:an?\s+)?(?:HTTP\s*)?|HTTP\s*)(?:status\s*)?(?:code\s*)?([1-5]\d\d)(?:\s+[A-Z][A-Za-z' -]*)?\s*\.?\s*$/i;

/** The role of `text` as a part label, or `null` when it is not one (too long, a sentence, unknown words). */
export function labelRole(text: string): Role | null {
  const label = text.replace(/[\s:：]+$/, '').trim();
  if (label === '' || label.length > 30 || label.split(/\s+/).length > 4 || /[.。,，;；!?！？()（）]/.test(label)) return null;
  // The label's last word names the field (`Suggested Action`, `问题原因`): `Key metadata became corrupted` is a sentence.
  if (!/http/i.test(label) && !findTerms(label).some((term) => term.end === label.length)) return null;
  const role = classifyHeader(label).role;
  return role === 'unknown' ? null : role;
}

/** A label as a column key: spacing, case and a final colon aside. */
export function labelKey(label: string): string {
  return label.replace(/[\s:：]+$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Cut a record's body into parts. */
export function readParts(units: readonly Unit[]): ReadParts {
  const meanings: Part[][] = [[]];
  let status: Paragraph | null = null;
  let current: Part | null = null;
  let paragraph: { lines: string[]; items: number; line: number; column: number } | null = null;
  let quoteFollows = false;
  const parts = (): Part[] => meanings[meanings.length - 1]!;
  const endParagraph = (): void => {
    if (paragraph === null) return;
    // Items of a list in Chinese read as one enumeration (`原因一。；原因二。`), as a table cell would give them.
    const items = paragraph.items === paragraph.lines.length && paragraph.items > 1 && /\p{Script=Han}/u.test(paragraph.lines[0]!);
    const text = paragraph.lines.join(items ? '；' : '\n').trim();
    // A status holds one paragraph (`HTTP status: 409`); the text after it is the record's own.
    if (current !== null && current.role === 'status' && current.paragraphs.length > 0) current = null;
    if (text !== '') {
      if (current === null) {
        current = { label: null, role: 'unknown', paragraphs: [], line: paragraph.line, column: paragraph.column };
        parts().push(current);
      }
      current.paragraphs.push({ text, line: paragraph.line, column: paragraph.column });
    }
    paragraph = null;
  };
  const startPart = (label: string, role: Role, unit: Unit, value: string): void => {
    endParagraph();
    const key = labelKey(label);
    // The same label again in one record is another meaning of its code.
    if (parts().some((part) => part.label !== null && labelKey(part.label) === key)) meanings.push([]);
    current = { label: label.replace(/[\s:：]+$/, '').trim(), role, paragraphs: [], line: unit.line, column: unit.column };
    parts().push(current);
    if (value !== '') paragraph = { lines: [value], items: 0, line: unit.line, column: unit.column };
  };
  // Whether the body labels any part the vocabulary knows: only then do other labels count as parts.
  const known = units.some((unit) => {
    const text = unit.text.trim().replace(QUOTE_MARKER, '');
    if (unit.kind === 'heading' || unit.kind === 'label') return labelRole(text) !== null;
    const line = unit.kind === 'line' ? LABEL_LINE.exec(text) : null;
    return line !== null && labelRole(line[1]!) !== null;
  });
  let fenced = false;
  for (const unit of units) {
    const text = unit.text.trim().replace(QUOTE_MARKER, '');
    if (unit.kind === 'line' && FENCE.test(text)) {
      // Code shown in a record (a command, a query) is not text of its parts.
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    if (unit.kind === 'break') {
      endParagraph();
      continue;
    }
    if (text === '' || FILLER.test(text)) continue;
    if (unit.kind === 'heading') {
      startPart(text, labelRole(text) ?? 'unknown', unit, '');
      continue;
    }
    const only = STATUS_ONLY.exec(text.replace(/[*`_]/g, ''));
    if (only !== null && paragraph === null) {
      // A line that only gives the status (`Returned with **409 Conflict**.`, `*HTTP 409*`) is no text of the record.
      if (status === null) status = { text: only[1]!, line: unit.line, column: unit.column };
      continue;
    }
    const bold = unit.kind === 'label' ? labelRole(text) : null;
    if (bold !== null) {
      startPart(text, bold, unit, '');
      continue;
    }
    const quoted: string | null = quoteFollows ? text : messageStatement(text);
    if (quoted !== null) {
      quoteFollows = quoted === '';
      if (!quoteFollows) {
        endParagraph();
        parts().push({ label: 'message', role: 'message', paragraphs: [{ text: quoted, line: unit.line, column: unit.column }], line: unit.line, column: unit.column });
        current = null;
      }
      continue;
    }
    const labelled = LABEL_LINE.exec(text);
    const role = labelled === null ? null : labelRole(labelled[1]!);
    // A code label must be followed by a code (`Error: the request failed` is a sentence).
    if (labelled !== null && role !== null && (role !== 'code' || isCodeLike(labelled[2]!.trim().split(/\s+/)[0] ?? ''))) {
      startPart(labelled[1]!, role, unit, labelled[2]!.trim());
      continue;
    }
    // Among labelled parts, a short label of its own with a short value (`Severity: High`, `严重程度：高`) is
    // a part too, kept as an extra field; with a sentence after it (`Unauthorized: The user …`) it is text.
    if (labelled !== null && role === null && known && isOtherLabel(labelled[1]!, labelled[2]!.trim())) {
      startPart(labelled[1]!, 'unknown', unit, labelled[2]!.trim());
      continue;
    }
    const sentence = STATUS_SENTENCE.exec(text);
    if (sentence !== null && status === null) status = { text: sentence[1] ?? sentence[2]!, line: unit.line, column: unit.column };
    const line = text.replace(MARKER, '');
    const item = line !== text ? 1 : 0;
    if (paragraph === null) paragraph = { lines: [line], items: item, line: unit.line, column: unit.column };
    else {
      paragraph.lines.push(line);
      paragraph.items += item;
    }
  }
  endParagraph();
  return { meanings: meanings.filter((meaning) => meaning.length > 0), status };
}

/**
 * A label the vocabulary does not know that still reads as one, before a short value: one to three
 * words opening in a capital or a few Chinese characters, then a value of a few words (`High`, `yes`).
 */
function isOtherLabel(text: string, value: string): boolean {
  const label = text.trim();
  const short = value !== '' && value.length <= 40 && value.split(/\s+/).length <= 4 && !/[.。!！?？]$/.test(value);
  return short && /^(?:\p{Lu}[\p{L}\d-]*(?: [\p{L}\d-]+){0,2}|\p{Script=Han}{2,8})$/u.test(label) && !/^(?:Note|Example|For example|See|Tip|Warning|Important|注意|例如|示例)$/i.test(label);
}

/** The message a sentence quotes (`''` when it follows on the next line), or `null`. */
function messageStatement(text: string): string | null {
  for (const pattern of MESSAGE_STATEMENTS) {
    const match = pattern.exec(text);
    if (match !== null) return match[1]!.trim();
  }
  return null;
}
