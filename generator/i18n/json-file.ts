/**
 * Reading a flat JSON object with the position of every key: strict JSON (JSON.parse decides
 * what is valid), positions from the `yaml` parser, which reads JSON as YAML 1.2 and keeps
 * source ranges.
 */

import type { Node as YamlNode } from 'yaml';
import { yaml } from '../lazy.js';
import type { Point } from '../model.js';

/** One member of the object, in file order. */
export interface JsonMember {
  /** The key, e.g. `"A0400"`. */
  readonly key: string;
  /** The value as parsed, e.g. `"Invalid request"` or `{ "hash": "1a2b3c4d" }`. */
  readonly value: unknown;
  /** Where the key starts, 1-based. */
  readonly at: Point;
  /** Where the value starts, 1-based. */
  readonly valueAt: Point;
}

/** A problem with the file as JSON: where, and what, worded "Unexpected X, expected Y". */
export interface JsonProblem {
  readonly at: Point;
  readonly message: string;
}

/** The members of a JSON object file, or the problem that stops it being one. */
export type JsonObject = { readonly kind: 'object'; readonly members: readonly JsonMember[] } | { readonly kind: 'problem'; readonly problem: JsonProblem };

/** The 1-based line and column of a UTF-16 offset into `text`. */
export function pointAt(text: string, offset: number): Point {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}

/**
 * Parse `text` as a JSON object and give its members with positions. A BOM is allowed.
 * Duplicate keys are a problem (JSON.parse would silently keep the last).
 *
 * @param text the file's text.
 */
export function readJsonObject(text: string): JsonObject {
  const body = text.startsWith('\ufeff') ? ` ${text.slice(1)}` : text;
  try {
    JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const offset = position === null ? body.length : Number(position[1]);
    const found = offset >= body.length ? 'end of file' : `\`${body.slice(offset, offset + 1)}\``;
    return { kind: 'problem', problem: { at: pointAt(body, offset), message: `Unexpected ${found} (${message.replace(/ in JSON.*$/s, '')}), expected valid JSON` } };
  }
  const { isMap, isScalar, parseDocument } = yaml();
  const document = parseDocument(body, { prettyErrors: false, uniqueKeys: true });
  const duplicate = document.errors[0];
  if (duplicate !== undefined) {
    // The only error strict JSON can still give here: JSON.parse keeps the last of two equal keys, YAML refuses.
    const key = /^"(?:[^"\\]|\\.)*"/.exec(body.slice(duplicate.pos[0]))?.[0] ?? 'key';
    return { kind: 'problem', problem: { at: pointAt(body, duplicate.pos[0]), message: `Unexpected second ${key}, expected each key once` } };
  }
  const root = document.contents;
  if (!isMap(root)) return { kind: 'problem', problem: { at: pointAt(body, (root as YamlNode | null)?.range?.[0] ?? 0), message: 'Unexpected JSON value, expected an object `{ "<code>": ... }`' } };
  const members = root.items.map((pair) => {
    const key = pair.key as YamlNode;
    const value = pair.value as YamlNode | null;
    return {
      key: isScalar(key) ? String(key.value) : '',
      value: value?.toJSON() as unknown,
      at: pointAt(body, key.range?.[0] ?? 0),
      valueAt: pointAt(body, value?.range?.[0] ?? key.range?.[0] ?? 0),
    };
  });
  return { kind: 'object', members };
}
