/**
 * Where an HTML table sits in the source: from its `<table` to the matching `</table>`, which
 * may be several Markdown blocks further on (a blank line inside the table ends an HTML block).
 */

import { isBlank } from '../../text.js';
import type { SourceLine } from './rows.js';

const TABLE_TAG = /<(\/?)table(?=[\s>/]|$)/gi;

/** True when `index` on `line` sits inside a code span (an odd number of backticks before it). */
function inCode(line: string, index: number): boolean {
  let ticks = 0;
  for (let i = 0; i < index; i++) if (line.charCodeAt(i) === 96) ticks++;
  return ticks % 2 === 1;
}

/** `<table` opened minus `</table>` closed in `text`, tags inside code spans not counted. */
export function tableDepth(text: string): number {
  if (!/<\/?table/i.test(text)) return 0;
  let depth = 0;
  for (const line of text.split('\n')) {
    for (const match of line.matchAll(TABLE_TAG)) {
      if (!inCode(line, match.index)) depth += match[1] === '/' ? -1 : 1;
    }
  }
  return depth;
}

/** An HTML table's extent in a region: first line and column (0-based) of `<table`, last line and the column after its `</table>`. */
export interface HtmlSpan {
  readonly start: number;
  readonly column: number;
  readonly end: number;
  readonly endColumn: number;
}

/**
 * The table opened on `lines[start]`, or `null`. A table never closed runs to the end of its
 * HTML block (the next blank line), as a browser would close it there.
 */
export function htmlTableAt(lines: readonly SourceLine[], start: number): HtmlSpan | null {
  const first = lines[start]!.text;
  if (!/<table/i.test(first)) return null;
  const open = [...first.matchAll(TABLE_TAG)].find((match) => match[1] === '' && !inCode(first, match.index));
  if (open === undefined) return null;
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i]!.text;
    for (const match of text.matchAll(TABLE_TAG)) {
      if ((i === start && match.index < open.index) || inCode(text, match.index)) continue;
      depth += match[1] === '/' ? -1 : 1;
      if (depth === 0) {
        const close = text.indexOf('>', match.index);
        return { start, column: open.index, end: i, endColumn: close === -1 ? text.length : close + 1 };
      }
    }
  }
  let end = start;
  while (end + 1 < lines.length && !isBlank(lines[end + 1]!.text)) end++;
  return { start, column: open.index, end, endColumn: lines[end]!.text.length };
}

/**
 * The lines of `span`, with what lies before `<table` and after `</table>` blanked to spaces
 * (columns kept, so positions in the HTML are positions in the spec), and blockquote markers
 * of a quoted table blanked the same way.
 */
export function spanLines(lines: readonly SourceLine[], span: HtmlSpan): SourceLine[] {
  const quoted = /^\s*>/.test(lines[span.start]!.text);
  return lines.slice(span.start, span.end + 1).map((line, index) => {
    let text = line.text;
    if (quoted) text = text.replace(/^(?:\s*>)+/, (markers) => ' '.repeat(markers.length));
    if (index === span.end - span.start) text = text.slice(0, span.endColumn);
    if (index === 0) text = ' '.repeat(span.column) + text.slice(span.column);
    return { text, line: line.line };
  });
}
