/**
 * The one place where text from a spec becomes part of a generated file.
 *
 * Spec text is untrusted: a message may hold a comment end, quotes, `${`, line breaks, U+2028,
 * `</script>`, lone surrogates or NUL. Every emitter passes such text through one of these
 * functions, and nothing else puts spec text into code or comments. Identifiers never come
 * from here: they come from the model's names, checked before emitting.
 */

import { trimEndWhere } from '../text.js';

/**
 * Characters that would be invisible, reorder the text around them (Trojan Source bidi
 * controls), end a line, or not survive UTF-8: C0 and C1 controls except tab (so line breaks
 * too), line and paragraph separators, zero-width and bidi controls, BOM, lone surrogates.
 */
export const INVISIBLE =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Line breaks that split a doc comment into lines. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/** `<` before `/` or `!`: `</script>` or `<!--` would end or confuse an HTML script element the code is inlined into. */
const HTML_SCRIPT_BREAK = /<(?=[/!])/g;

/**
 * Text that `JSON.stringify` writes as it is (no quote, backslash, control or surrogate) and
 * that holds no `INVISIBLE` character and no `<`: its literal is the text in quotes.
 */
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
 * A double-quoted string literal that evaluates to exactly `text`, valid both as
 * TypeScript and as JSON.
 *
 * `JSON.stringify` already escapes `"`, `\`, controls and lone surrogates; on top of that,
 * separators, bidi controls and other invisible characters become `\uXXXX` so the source
 * shows what the string holds, and `</` becomes `\u003c/` for HTML.
 *
 * @param text any string, e.g. `'Say "hi"\n'`.
 * @returns e.g. `"Say \"hi\"\n"`.
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
 * The description of a JSDoc comment, for ts-morph's `docs` or `writeJsDoc`: each
 * paragraph's line breaks kept as separate lines, empty paragraphs dropped, paragraphs
 * separated by a blank line.
 *
 * Every line is escaped, so the text cannot end the comment, start a tag or hide characters.
 * The paragraphs are plain text: this escapes `@` in fixed text too, so do not use `{@link}`.
 *
 * @param paragraphs e.g. `["Invalid request", "Remedy:\n1. Check the key"]`.
 * @returns e.g. `"Invalid request\n\nRemedy:\n1. Check the key"`.
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

/**
 * Text for a `//` line comment: line breaks and invisible characters become `\uXXXX`,
 * so the comment cannot end early and let the rest of the text run as code.
 *
 * @param text e.g. `"specs/pet-core.md"`.
 */
export function lineCommentText(text: string): string {
  return showInvisible(text).replace(HTML_SCRIPT_BREAK, '<\\');
}

/**
 * A numeric literal for `value`, e.g. an HTTP status.
 *
 * @param value a finite number, e.g. `404`.
 * @throws when `value` is `NaN` or infinite, which has no literal.
 */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`errspec bug: ${String(value)} has no numeric literal`);
  return String(value);
}

/** An ASCII identifier name, which may stand as a property name unquoted (reserved words included). */
const IDENTIFIER_NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * A property name for an interface or type literal member: the key itself when it is an
 * ASCII identifier name, else its string literal.
 *
 * @param key any key, e.g. `"error_code"` or `"a-b"`.
 * @returns e.g. `error_code` or `"a-b"`; `__proto__` is quoted too, to read the same as `objectKey`.
 */
export function propertyName(key: string): string {
  return IDENTIFIER_NAME.test(key) && key !== '__proto__' ? key : stringLiteral(key);
}

/**
 * A property key for an object literal that always makes an own data property: the key itself
 * when it is an ASCII identifier name, else a computed key. `__proto__: v` and `"__proto__": v`
 * in an object literal set the prototype; `["__proto__"]: v` defines a property.
 *
 * @param key any key, e.g. `"code"` or `"__proto__"`.
 * @returns e.g. `code` or `["__proto__"]`.
 */
export function objectKey(key: string): string {
  return IDENTIFIER_NAME.test(key) && key !== '__proto__' ? key : `[${stringLiteral(key)}]`;
}
