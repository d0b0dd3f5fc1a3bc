/**
 * The documented error response: the first JSON object example that looks like one.
 */

import type { Envelope } from '../model.js';
import type { CodeBlock } from '../parse/index.js';

const ERROR_KEYS = /^(?:code|error|errcode|error_code|errorcode|message|msg|errmsg|error_description|status|detail|title|type)$/i;

/** The envelope example in `block`, or `null` when it is not a JSON error object. */
export function readEnvelope(block: CodeBlock): Envelope | null {
  if (block.lang !== null && !/^(?:json5?|jsonc|javascript|js)$/i.test(block.lang)) return null;
  let example: unknown;
  try {
    example = JSON.parse(block.value.trim());
  } catch {
    return null;
  }
  if (typeof example !== 'object' || example === null || Array.isArray(example)) return null;
  if (!Object.keys(example).some((key) => ERROR_KEYS.test(key))) return null;
  return { kind: 'envelope', example, line: block.line };
}
