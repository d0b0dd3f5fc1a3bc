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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * Plain text of a piece of raw inline Markdown or HTML, for text GFM did not parse:
 * emphasis markers (`_` ones only at word boundaries, as in Markdown), code ticks, links
 * (their text stays), anchors and tags go, `<br>` becomes a line break,
 * backslash escapes and common entities are decoded.
 */
export function cleanInline(raw: string): string {
  // Escaped punctuation is set aside first so that `\*` is never read as emphasis.
  return raw
    .replace(/\\([!-/:-@[-`{-~])/g, (_, char: string) => String.fromCharCode(ESCAPED + char.charCodeAt(0)))
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/!?\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/(\*\*\*|\*\*|\*)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(?<![A-Za-z0-9_])(___|__|_)(?=[^\s_])([\s\S]*?[^\s_])\1(?![A-Za-z0-9_])/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPED))
    .replace(/[ \t]+\n/g, '\n')
    .trim();
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
