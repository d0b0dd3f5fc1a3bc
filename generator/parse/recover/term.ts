/**
 * The term that names one error in a definition, a list item or a code span: the code alone, or
 * the code with the HTTP status it is sent with, on either side of it. Shared by the readers of
 * definitions and code lines, so that every layout reads a term the same way.
 *
 *     E_LOCKED    404 NOT_FOUND    HTTP 404 - NOT_FOUND    NOT_FOUND 404    E_LOCKED (409)    E_LOCKED (HTTP 409)
 */

import { isCodeLike } from './rows.js';

/** What a term names. */
export interface Term {
  /** The code as written, e.g. `"NOT_FOUND"` or `"1001"`. */
  readonly code: string;
  /** The HTTP status the term gives, e.g. `"404"`, else `null`. */
  readonly status: string | null;
}

/** A status, then a symbolic code: `404 NOT_FOUND`, `HTTP 404 - NOT_FOUND`. */
const STATUS_THEN_CODE = /^(?:HTTP\s*)?([1-5]\d\d)(?:\s*[-–—:：]\s*|\s+)(\S+)$/i;

/** A symbolic code, then its status, bare or in brackets: `NOT_FOUND 404`, `E_LOCKED (HTTP 409)`. */
const CODE_THEN_STATUS = /^(\S+?)\s*(?:\s|[(（]\s*(?:HTTP\s*)?(?=[1-5]\d\d\s*[)）]))([1-5]\d\d)\s*[)）]?$/i;

/** A version or a date: a release, never an error. */
export const VERSION_OR_DATE = /^(?:v?\d+(?:\.\d+)+|\d{4}-\d{2}-\d{2})$/i;

/** The code and status `text` names, or `null` when it is not a term (a word, a sentence, a version, an HTTP method). */
export function readTerm(text: string): Term | null {
  const plain = text.trim().replace(/[:：]$/, '').trim();
  if (isCode(plain)) return { code: plain, status: null };
  const before = STATUS_THEN_CODE.exec(plain);
  if (before !== null && /[A-Za-z]/.test(before[2]!) && isCode(before[2]!)) return { code: before[2]!, status: before[1]! };
  const after = CODE_THEN_STATUS.exec(plain);
  // `E_LOCKED 409` names a status only after a symbolic code: `1001 409` is two numbers.
  if (after !== null && isCode(after[1]!) && (/[(（]/.test(plain) || /[A-Za-z]/.test(after[1]!))) return { code: after[1]!, status: after[2]! };
  return null;
}

/** HTTP methods, which an API reference lists with what they do: never error codes. */
export const HTTP_METHOD = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE|CONNECT)$/;

function isCode(token: string): boolean {
  return isCodeLike(token) && !VERSION_OR_DATE.test(token) && !HTTP_METHOD.test(token);
}
