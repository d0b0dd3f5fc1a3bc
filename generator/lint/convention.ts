/**
 * Code formats a document states about itself, read from its prose:
 *
 * - a template of placeholders, `{module}.{resource}.{reason}` or `{HTTP返回状态码}+{错误编号}`;
 * - letters and a digit count, `A/B/C + 4 位数字`, `A, B or C followed by 4 digits`;
 * - a digit count alone, `错误码为 6 位数字`, `codes are 5-digit numbers`.
 *
 * Each becomes a checker: a pattern over the whole code, a human description, and where the
 * document says it.
 */

import { STATUS_PREFIX_CONVENTION } from '../extract/index.js';
import type { Block } from '../parse/index.js';
import type { Point } from '../model.js';

/** A code format the document states. */
export interface Convention {
  /** Matches a whole code that follows the statement. */
  readonly pattern: RegExp;
  /** The format in words, e.g. "A/B/C followed by 4 digits". */
  readonly description: string;
  /** Where the document states it. */
  readonly at: Point;
  /** True when the format starts with the code's HTTP status (`{HTTP status}+{number}`). */
  readonly statusPrefix: boolean;
  /** Letter prefixes the format allows, e.g. `["A", "B", "C"]`; empty for other formats. */
  readonly letters: readonly string[];
  /** How a code that does not follow the format differs from it, e.g. "it has 2 `.`-separated parts, not 3", or `null`. */
  readonly explain: (code: string) => string | null;
}

/** A sentence is about codes when it names them. */
const ABOUT_CODES = /code|码|编号|format|格式|组成|规范|consist|composed/i;

/**
 * `{a}.{b}.{c}`, `{HTTP status}+{number}`, `{x}-{y}`: two or more placeholders, each a name
 * (not JSON such as `{"a":1},{"b":2}`), joined by short separators.
 */
const PLACEHOLDER = String.raw`\{[\p{L}\p{N}_][\p{L}\p{N} _-]{0,39}\}`;
const TEMPLATE = new RegExp(`${PLACEHOLDER}(?:[ \\t]*[^\\s{}\\p{L}\\p{N}"'\`]{0,3}[ \\t]*${PLACEHOLDER})+`, 'u');

/** `A/B/C + 4 位数字`, `A, B or C followed by 4 digits`. */
const LETTERS_DIGITS =
  /(?<![A-Za-z])([A-Z](?:[ \t]*(?:\/|、|,|，|\||或|or|and|和)[ \t]*[A-Z])+)(?![A-Za-z])[ \t]*(?:\+|＋|followed by|加|后跟|后接)?[ \t]*(\d{1,2})[ \t]*(?:位(?:数字)?|-?digits?)/u;

/**
 * `错误码为 6 位数字`, `codes are 5-digit numbers`, `error codes consist of 5 digits`: a count
 * that describes the whole code, not a part of it (`前 3 位`, `the first 3 digits`).
 */
const DIGITS =
  /(?:为|是|由|共|采用|使用|\bare\b|\bis\b|\bof\b|\bhave\b|\bhas\b|\buse\b)[ \t]*(?:an?[ \t]+)?(\d{1,2})[ \t]*(?:位(?:数字|数)?|-digit|[ \t]digits)(?![\p{L}])/u;

/** Conventions the document states, in document order; the first statement of a format wins. */
export function statedConventions(blocks: readonly Block[], lines: readonly string[]): Convention[] {
  const found: Convention[] = [];
  for (const block of blocks) {
    if (block.type !== 'text' && block.type !== 'heading' && block.type !== 'label') continue;
    for (const sentence of block.text.split('\n')) {
      if (!ABOUT_CODES.test(sentence)) continue;
      const convention = fromTemplate(sentence, block, lines) ?? fromLetters(sentence, block, lines) ?? fromDigits(sentence, block, lines);
      if (convention !== null && !found.some((other) => other.pattern.source === convention.pattern.source)) found.push(convention);
    }
  }
  return found;
}

function fromTemplate(sentence: string, block: Block, lines: readonly string[]): Convention | null {
  const match = sentence.match(TEMPLATE);
  if (match === null) return null;
  const template = match[0];
  const parts = template.split(/(\{[^{}\n]*\})/).filter((part) => part !== '');
  // `+` only joins; anything else between placeholders (`.`, `-`, `_`, `:`) is written in the code.
  const separator = (part: string): string => part.replace(/[ \t+＋]/g, '');
  const separators = parts.filter((part) => !part.startsWith('{')).map(separator).join('');
  const word = `[A-Za-z0-9${separators.includes('_') ? '' : '_'}${separators.includes('-') ? '' : '\\-'}]+`;
  let source = '';
  let previous: 'word' | 'other' = 'other';
  for (const part of parts) {
    if (!part.startsWith('{')) {
      source += escapeRegExp(separator(part));
      if (separator(part) !== '') previous = 'other';
      continue;
    }
    const name = part.slice(1, -1);
    if (/http|状态|status/i.test(name)) {
      source += '[1-5]\\d\\d';
      previous = 'other';
    } else if (/编号|序号|数字|号码|number|num|digit|seq|序列|\bno\b|\bid\b/i.test(name)) {
      source += '\\d+';
      previous = 'other';
    } else {
      // Two word parts with nothing between them would accept any word: not a checkable format.
      if (previous === 'word') return null;
      source += word;
      previous = 'word';
    }
  }
  return {
    pattern: new RegExp(`^${source}$`),
    description: `\`${template}\``,
    at: locate(template, block, lines),
    statusPrefix: STATUS_PREFIX_CONVENTION.test(template) && /^\{[^{}]*(?:http|状态|status)/i.test(template),
    letters: [],
    explain: (code) => {
      const used = [...new Set(separators)];
      if (used.length !== 1) return null;
      const count = parts.filter((part) => part.startsWith('{')).length;
      const found = code.split(used[0]!).length;
      return found === count ? null : `it has ${found} \`${used[0]}\`-separated part${found === 1 ? '' : 's'}, not ${count}`;
    },
  };
}

function fromLetters(sentence: string, block: Block, lines: readonly string[]): Convention | null {
  const match = LETTERS_DIGITS.exec(sentence);
  if (match === null) return null;
  const letters = match[1]!.match(/[A-Z]/g)!;
  const digits = Number(match[2]);
  return {
    pattern: new RegExp(`^[${letters.join('')}]\\d{${digits}}$`),
    description: `${letters.join('/')} followed by ${digits} digits`,
    at: locate(match[0], block, lines),
    statusPrefix: false,
    letters,
    explain: (code) => {
      if (!letters.includes(code[0] ?? '')) return `it starts with \`${code[0] ?? ''}\``;
      const rest = code.slice(1);
      return /^\d*$/.test(rest) ? `it has ${rest.length} digit${rest.length === 1 ? '' : 's'}` : null;
    },
  };
}

function fromDigits(sentence: string, block: Block, lines: readonly string[]): Convention | null {
  // Only a sentence about error codes themselves: "错误码为 6 位数字", "error codes are 5-digit numbers".
  if (!/错误码|error code|code/i.test(sentence)) return null;
  const match = DIGITS.exec(sentence);
  if (match === null || /前|后|first|last|leading|trailing/i.test(sentence.slice(Math.max(0, match.index - 12), match.index + match[0].length))) return null;
  const digits = Number(match[1]);
  if (digits < 2) return null;
  return {
    pattern: new RegExp(`^\\d{${digits}}$`),
    description: `${digits} digits`,
    at: locate(match[0], block, lines),
    statusPrefix: false,
    letters: [],
    explain: (code) => (/^\d+$/.test(code) ? `it has ${code.length} digits` : null),
  };
}

/** Where `fragment` stands in the source, searching from the block's line; the block's start when not found verbatim. */
function locate(fragment: string, block: Block, lines: readonly string[]): Point {
  for (let line = block.line; line <= lines.length && line < block.line + 200; line++) {
    const column = lines[line - 1]!.indexOf(fragment);
    if (column !== -1) return { line, column: column + 1 };
  }
  return { line: block.line, column: block.column };
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
