/**
 * Small text helpers shared by the stages: scripts, inline Markdown cleanup, pipes.
 */

import type { Locale } from './model.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/;

/** True when the text holds Chinese (or other CJK) characters. */
export function hasCjk(text: string): boolean {
  return HAN.test(text);
}

/** The locale a piece of text is written in: any CJK character makes it `zh-CN`. */
export function localeOf(text: string): Locale {
  return hasCjk(text) ? 'zh-CN' : 'en';
}

/** True for a line with nothing but whitespace. */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Private-use block that stands in for backslash-escaped ASCII punctuation during cleanup. */
const ESCAPED = 0xe000;

/** The stand-in of an ASCII punctuation character: one character, never markup. */
export function hideChar(char: string): string {
  return String.fromCharCode(ESCAPED + char.charCodeAt(0));
}

/**
 * Stand-ins of the markers a line may have too many of: `*` and `_` (emphasis), and `>`, `-`,
 * `+`, `.` and `)` (block quotes and list items nested too deep).
 */
export const HIDDEN_MARKERS = /[\ue02a\ue05f\ue03e\ue02d\ue02b\ue02e\ue029]/;

/** Text with the stand-ins of `HIDDEN_MARKERS` turned back into the markers. */
export function restoreMarkers(text: string): string {
  return text.replace(new RegExp(HIDDEN_MARKERS.source, 'g'), (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPED));
}

/** Private-use characters of the spec itself are set apart as two characters, so stand-ins never meet them. */
function protectPrivateUse(text: string): string {
  return text.replace(/[\ue000-\ue0ff]/g, (char) => `\ue0ff${String.fromCharCode(char.charCodeAt(0) + 0x100)}`);
}

function unprotectPrivateUse(text: string): string {
  return text.replace(/\ue0ff([\ue100-\ue1ff])/g, (_, char: string) => String.fromCharCode(char.charCodeAt(0) - 0x100));
}

/**
 * The character a numeric reference names, as an HTML parser reads it: a number that is no
 * character (0, a surrogate, beyond U+10FFFF as in `&#x110000;`) is U+FFFD.
 */
function fromCharReference(code: number): string {
  const none = !(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff);
  return String.fromCodePoint(none ? 0xfffd : code);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * A tag of an HTML element that formats text. Only these are markup: `<value>`, `<name> is
 * required` or `</script>` in a message are what its author wrote.
 */
const HTML_TAG =
  /<\/?(?:a|abbr|b|big|blockquote|br|caption|center|cite|code|col|colgroup|dd|del|details|div|dl|dt|em|font|h[1-6]|hr|i|img|ins|kbd|li|mark|nobr|ol|p|pre|q|s|samp|section|small|span|strike|strong|sub|summary|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul|var|wbr)(?=[\s/>])[^<>]*>/gi;

/** True when `text` is one tag of an HTML element that formats text (`<b>`, `</span>`), not a word in angle brackets. */
export function isMarkupTag(text: string): boolean {
  return ONE_TAG.test(text.trim());
}

const ONE_TAG = new RegExp(`^${HTML_TAG.source}$`, 'i');

/**
 * Plain text of a piece of raw inline Markdown or HTML, for text GFM did not parse:
 * emphasis markers (`_` ones only at word boundaries, as in Markdown), code ticks, links
 * (their text stays), anchors and tags go, `<br>` becomes a line break,
 * backslash escapes and common entities are decoded.
 */
export function cleanInline(raw: string): string {
  // Escaped punctuation and code spans are set aside first, so that `\*` or `a*b` in code is never emphasis.
  const hide = (text: string): string => text.replace(/[!-/:-@[-`{-~]/g, hideChar);
  // A code span opens at a backtick no backslash escapes, and inside it a backslash is literal (`` `\` ``).
  const hidden = protectPrivateUse(raw)
    .replace(/(?<!\\)`([^`]*)`/g, (_, code: string) => hide(code))
    .replace(/\\([!-/:-@[-`{-~])/g, (_, char: string) => hide(char));
  const plain = hidden
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(HTML_TAG, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return fromCharReference(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return fromCharReference(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/!?\[([^\]\n]{0,1000})\]\([^)\s]{0,2000}(?:\s+"[^"\n]{0,1000}")?\)/g, '$1');
  return unprotectPrivateUse(stripEmphasis(plain).replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPED)))
    .split('\n')
    .map(trimSpacesEnd)
    .join('\n')
    .trim();
}

/**
 * The text without the characters at its end that `strip` accepts, one at a time from the end:
 * linear, where `/[ \t]+$/` tries every start in a long run of spaces that does not end the text.
 */
export function trimEndWhere(text: string, strip: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && strip(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** The text without spaces and tabs at its end (linear; see `trimEndWhere`). */
export function trimSpacesEnd(text: string): string {
  return trimEndWhere(text, (char) => char === ' ' || char === '\t');
}

const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * Remove emphasis markers (`*`, `**`, `_`, `__`, ...) that pair up, as CommonMark pairs them:
 * a run opens when it is left-flanking and closes when it is right-flanking, `_` not inside a
 * word (`snake_case`, `ERR__TIMEOUT` keep theirs). Unpaired markers stay. One pass with a stack
 * per marker, comparing only with the nearest opener, so it is linear in the text.
 */
function stripEmphasis(text: string): string {
  const runs = [...text.matchAll(/\*+|_+/g)];
  const drop = new Uint8Array(text.length);
  const stacks: Record<string, { at: number; left: number }[]> = { '*': [], _: [] };
  for (const run of runs) {
    const char = run[0][0]!;
    const start = run.index;
    const end = start + run[0].length;
    const before = start === 0 ? ' ' : text[start - 1]!;
    const after = end >= text.length ? ' ' : text[end]!;
    const leftFlanking = !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
    const rightFlanking = !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
    const canOpen = char === '*' ? leftFlanking : leftFlanking && (!rightFlanking || PUNCTUATION.test(before));
    const canClose = char === '*' ? rightFlanking : rightFlanking && (!leftFlanking || PUNCTUATION.test(after));
    let left = run[0].length;
    const stack = stacks[char]!;
    const opener = stack[stack.length - 1];
    if (canClose && opener !== undefined) {
      const used = Math.min(opener.left, left);
      for (let i = 0; i < used; i++) {
        drop[opener.at + opener.left - 1 - i] = 1;
        drop[start + i] = 1;
      }
      opener.left -= used;
      left -= used;
      if (opener.left === 0) stack.pop();
    }
    if (left > 0 && canOpen) stack.push({ at: end - left, left });
  }
  let result = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (drop[i] === 1) {
      result += text.slice(from, i);
      from = i + 1;
    }
  }
  return result + text.slice(from);
}

/**
 * Deterministic order of names on every machine and locale setting: numbers by value
 * (`v2` before `v10`), then by code unit so ties cannot depend on input order.
 */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Offsets of the unescaped `|` characters of a line (a `|` inside backticks counts, as in GFM). */
function pipeOffsets(line: string): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') offsets.push(i);
  }
  return offsets;
}

/** True when the line has at least one unescaped `|`. */
export function hasPipe(line: string): boolean {
  return pipeOffsets(line).length > 0;
}

/** A cell cut out of a line: its raw text and 0-based offset in the line. */
export interface RawCell {
  readonly raw: string;
  readonly offset: number;
}

/**
 * Split a table line on unescaped pipes; a leading and a trailing pipe are optional.
 * Cells are trimmed; offsets point at the first non-space character.
 */
export function splitPipes(line: string): RawCell[] {
  const pipes = pipeOffsets(line);
  const bounds = [-1, ...pipes, line.length];
  const cells: RawCell[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]! + 1;
    const end = bounds[i + 1]!;
    const raw = line.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ raw: raw.trim(), offset: start + lead });
  }
  if (pipes[0] !== undefined && line.slice(0, pipes[0]).trim() === '') cells.shift();
  const last = pipes[pipes.length - 1];
  if (last !== undefined && line.slice(last + 1).trim() === '' && cells.length > 0) cells.pop();
  return cells;
}

/** Split a line on tabs; cells trimmed, offsets at the first non-space character. */
export function splitTabs(line: string): RawCell[] {
  const cells: RawCell[] = [];
  let start = 0;
  for (const part of line.split('\t')) {
    const lead = part.length - part.trimStart().length;
    cells.push({ raw: part.trim(), offset: start + lead });
    start += part.length + 1;
  }
  return cells;
}

/**
 * The index of the line an offset falls in, given the offsets at which lines start (ascending,
 * the first 0): a binary search, so positions of many offsets stay linear in the text.
 */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The status line and headers of an HTTP response shown whole, up to the blank line before its body; its status captured. */
const HTTP_HEAD = /^HTTP\/\d(?:\.\d)?[ \t]+([1-5]\d\d)\b.*\n(?:.*\S.*\n)*?[ \t]*\n/;

/** An HTTP response shown whole (`HTTP/1.1 409 Conflict`, headers, a blank line, the body): its status and the length of what comes before the body; else `null`. */
export function httpHead(text: string): { readonly status: string; readonly length: number } | null {
  const head = HTTP_HEAD.exec(text);
  return head === null ? null : { status: head[1]!, length: head[0].length };
}
