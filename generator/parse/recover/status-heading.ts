/**
 * A heading or title that is an HTTP status rather than a name: `### 404 Not Found`,
 * `## HTTP 400 - Bad Request`, `# 403错误`, `## 5xx errors` aside (a class names no one status).
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

const STATUS_HEADING = new RegExp(
  `^(?:http\\s*(?:status\\s*(?:code)?\\s*)?)?([1-5]\\d\\d)(?:\\s*[-–—:：]?\\s*(?:${PHRASES.join('|')})(?:\\s+errors?)?|\\s*(?:errors?|错误|错误码|状态码))\\s*$`,
  'i',
);

/** The status a heading is, or `null`. */
export function statusHeading(text: string): number | null {
  const match = STATUS_HEADING.exec(text.trim());
  return match === null ? null : Number(match[1]);
}
