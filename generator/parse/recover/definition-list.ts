/**
 * An HTML definition list of errors, read with the HTML5 parser of `html-cell.ts`: each `<dt>`
 * names a code (and maybe its HTTP status: `404 NOT_FOUND`), the `<dd>`s after it are its
 * message and then its description. A list whose terms are mostly not codes is a glossary and
 * gives nothing; in a list of codes, a term that names none is reported with its position.
 *
 *     <dl>
 *       <dt>SPOOL_FULL</dt>
 *       <dd>The spool folder has no room for another job.</dd>
 *     </dl>
 */

import type { Element } from 'hast';
import { lineIndexAt } from '../../text.js';
import type { Cell, Row, TableBlock } from '../blocks.js';
import { cellContent, findAll, isElement, parseHtml } from './html-cell.js';
import type { SourceLine } from './rows.js';
import { readTerm } from './term.js';

/** The `<dl>` opened on `lines[start]` as a table of code, status, message and description, or `null`. */
export function readDefinitionList(lines: readonly SourceLine[], start: number): { block: TableBlock; next: number } | null {
  let end = start;
  while (end < lines.length && !/<\/dl\s*>/i.test(lines[end]!.text)) end++;
  if (end === lines.length) return null;
  const html = lines.slice(start, end + 1).map((line) => line.text).join('\n');
  const starts = [0];
  for (let i = 0; i < html.length; i++) if (html.charCodeAt(i) === 10) starts.push(i + 1);
  const at = (offset: number): { line: number; column: number } => {
    const index = lineIndexAt(starts, offset);
    return { line: lines[start + index]!.line, column: offset - starts[index]! + 1 };
  };
  const list = findAll(parseHtml(html), (element) => isElement(element, 'dl'), (element) => isElement(element, 'dl'))[0];
  if (list === undefined) return null;
  const rows: Row[] = [];
  const unreadable: TableBlock['unreadable'][number][] = [];
  let terms = 0;
  let current: { term: Element; texts: Cell[] } | null = null;
  const close = (): void => {
    if (current === null) return;
    const content = cellContent(current.term);
    const where = at(content.ranges[0]?.[0] ?? content.start);
    const term = readTerm(content.text);
    if (term === null) {
      unreadable.push({ ...where, reason: `term \`${content.text.replace(/\s+/g, ' ')}\` of a list of codes names no code, expected a code such as \`E_LOCKED\`` });
    } else {
      const blank = { text: '', ...where };
      const [message, ...rest] = current.texts;
      const description = rest.length === 0 ? blank : { ...rest[0]!, text: rest.map((cell) => cell.text).join('\n') };
      rows.push({ cells: [{ text: term.code, ...where }, term.status === null ? blank : { text: term.status, ...where }, message ?? blank, description], ...where });
    }
    current = null;
  };
  for (const child of list.children) {
    if (child.type !== 'element') continue;
    if (isElement(child, 'dt')) {
      close();
      terms++;
      current = { term: child, texts: [] };
    } else if (isElement(child, 'dd') && current !== null) {
      const content = cellContent(child);
      if (content.text !== '') current.texts.push({ text: content.text, ...at(content.ranges[0]?.[0] ?? content.start) });
    }
  }
  close();
  // Mostly words, not codes: a glossary.
  if (rows.length < 2 || rows.length * 2 < terms) return null;
  const first = lines[start]!;
  return {
    block: {
      type: 'table',
      origin: 'definitions',
      header: null,
      hints: ['code', 'status', 'text', 'text'],
      rows,
      note: `an HTML definition list, a code in each term; read ${rows.length} entries`,
      unreadable,
      line: first.line,
      column: first.text.search(/\S/) + 1,
      endLine: lines[end]!.line,
    },
    next: end + 1,
  };
}
