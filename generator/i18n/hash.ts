/**
 * The short hash that ties a translation to the text it was translated from.
 */

import { createHash } from 'node:crypto';

/** First 8 hex digits of the SHA-256 of `text` (UTF-8), e.g. `"1a2b3c4d"`: enough to notice a change, short enough to read. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}
