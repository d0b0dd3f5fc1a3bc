/**
 * The one place where text from a spec becomes part of a generated file. Spec text is untrusted:
 * a comment end, quotes, `${`, line breaks, U+2028, `</script>`, lone surrogates, NUL. Nothing else
 * puts it into code or comments; identifiers come from the model's names, checked before emitting.
 */

import { trimEndWhere } from '../text.js';

/**
 * Characters that would be invisible, reorder the text around them (Trojan Source), end a line or
 * not survive UTF-8: controls but tab, separators, zero-width and bidi controls, BOM, lone surrogates.
 */
export const INVISIBLE =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Line breaks that split a doc comment into lines. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/** `<` before `/` or `!`: `</script>` or `<!--` would end or confuse an HTML script element the code is inlined into. */
const HTML_SCRIPT_BREAK = /<(?=[/!])/g;

/** Text that `JSON.stringify` writes as it is, with no `INVISIBLE` character and no `<`: its literal is the text in quotes. */
const PLAIN = /^[^\u0000-\u001f"\\\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff<]*$/;

/** `\u2028`-style escape of one UTF-16 code unit. */
function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Replace every invisible character by its `\uXXXX` escape, written out as text. */
function showInvisible(text: string): string {
  return text.replace(INVISIBLE, unicodeEscape);
}

/**
 * A double-quoted literal, TypeScript and JSON, that is exactly `text` (`'Say "hi"\n'` gives `"Say \"hi\"\n"`):
 * `JSON.stringify`'s escapes, then invisible characters as `\uXXXX` so the source shows them, `</` as `\u003c/`.
 */
export function stringLiteral(text: string): string {
  // Most spec text needs none of the escapes below; testing that once is several times faster on large catalogs.
  if (PLAIN.test(text)) return `"${text}"`;
  return showInvisible(JSON.stringify(text)).replace(HTML_SCRIPT_BREAK, '\\u003c');
}

/** One line of doc text made safe inside a JSDoc block. */
function docLine(line: string): string {
  return (
    showInvisible(line)
      // `*/` would end the comment.
      .replaceAll('*/', '*\\/')
      // TypeScript starts a tag at an `@` after whitespace anywhere on a line, not only first
      // on it, and an inline tag such as `{@link}` at `{@`.
      .replace(/(^|\s|\{)@/g, '$1\\@')
      .replace(HTML_SCRIPT_BREAK, '<\\')
      .trimEnd()
  );
}

/**
 * The description of a JSDoc comment: paragraphs (e.g. `["Invalid", "Remedy:\n1. Check the key"]`) parted
 * by a blank line, their line breaks kept, empty ones dropped. Every line is escaped, so the text cannot
 * end the comment, start a tag or hide characters; this escapes `@` in fixed text too (no `{@link}`).
 */
export function jsDocText(paragraphs: readonly string[]): string {
  return paragraphs
    .map((paragraph) =>
      paragraph
        .split(LINE_BREAK)
        .map(docLine)
        .join('\n')
        .replace(/^\n+/, ''),
    )
    .map((paragraph) => trimEndWhere(paragraph, (char) => char === '\n'))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** Text for a `//` comment: line breaks and invisible characters as `\uXXXX`, so the rest cannot run as code. */
export function lineCommentText(text: string): string {
  return showInvisible(text).replace(HTML_SCRIPT_BREAK, '<\\');
}

/** A numeric literal for a finite `value`, e.g. `404`; throws for `NaN` or an infinity, which have none. */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`errspec bug: ${String(value)} has no numeric literal`);
  return String(value);
}

/** An ASCII identifier name, which may stand as a property name unquoted (reserved words included). */
const IDENTIFIER_NAME = /^[A-Za-z_$][\w$]*$/;

/** A member name of an interface or type literal: `error_code` as it is, `"a-b"` (and `"__proto__"`, as `objectKey` has it) quoted. */
export function propertyName(key: string): string {
  return IDENTIFIER_NAME.test(key) && key !== '__proto__' ? key : stringLiteral(key);
}

/**
 * A key of an object literal that always makes an own data property: `code` as it is, others
 * computed, e.g. `["__proto__"]`, since `__proto__: v` and `"__proto__": v` would set the prototype.
 */
export function objectKey(key: string): string {
  return IDENTIFIER_NAME.test(key) && key !== '__proto__' ? key : `[${stringLiteral(key)}]`;
}
