/**
 * A heading or title that is an HTTP status rather than a name: `### 404 Not Found`,
 * `## HTTP 400 - Bad Request`, `## Status 400`, `## Bad Request (400)`, `# 403错误`, `## 5xx errors` aside (a class
 * names no one status).
 */

/** Reason phrases of the HTTP statuses error docs group by (RFC 9110 and common extensions). */
const PHRASES = [
  'bad request', 'unauthorized', 'payment required', 'forbidden', 'not found', 'method not allowed', 'not acceptable',
  'proxy authentication required', 'request timeout', 'conflict', 'gone', 'length required', 'precondition failed',
  'payload too large', 'content too large', 'request entity too large', 'uri too long', 'unsupported media type',
  'range not satisfiable', 'expectation failed', 'misdirected request', 'unprocessable entity', 'unprocessable content',
  'locked', 'failed dependency', 'too early', 'upgrade required', 'precondition required', 'too many requests',
  'request header fields too large', 'unavailable for legal reasons', 'internal server error', 'not implemented',
  'bad gateway', 'service unavailable', 'gateway timeout', 'http version not supported', 'insufficient storage',
  'network authentication required', 'ok', 'created', 'accepted', 'no content', 'moved permanently', 'found', 'not modified',
];

const PHRASE = `(?:${PHRASES.join('|')})`;

/** `HTTP 400`, `Status 400`, `400 Bad Request`, `400 (Bad Request)`, `400 errors`, `400错误`. */
const STATUS_HEADING = new RegExp(
  `^(?:(?:http\\s*(?:status\\s*(?:code)?\\s*)?|status\\s*(?:code)?\\s*)([1-5]\\d\\d)(?:\\s*[-–—:：]?\\s*${PHRASE})?|([1-5]\\d\\d)(?:\\s*[-–—:：]?\\s*${PHRASE}|\\s*[(（]\\s*${PHRASE}\\s*[)）]))(?:\\s+errors?)?\\s*$|^([1-5]\\d\\d)\\s*(?:errors?|错误|错误码|状态码)\\s*$`,
  'i',
);

/** `Bad Request (400)`: the phrase, then its status in brackets. */
const PHRASE_FIRST = new RegExp(`^${PHRASE}\\s*[(（]\\s*(?:HTTP\\s*)?([1-5]\\d\\d)\\s*[)）]$`, 'i');

/** The status a heading is, or `null`. */
export function statusHeading(text: string): number | null {
  const trimmed = text.trim();
  const match = STATUS_HEADING.exec(trimmed) ?? PHRASE_FIRST.exec(trimmed);
  if (match === null) return null;
  return Number(match[1] ?? match[2] ?? match[3]);
}
