/**
 * Reading a flat JSON object with the position of every key: strict JSON (JSON.parse decides
 * what is valid), positions from the `yaml` parser, which reads JSON as YAML 1.2 and keeps
 * source ranges.
 */

import type { Node as YamlNode } from 'yaml';
import { yaml } from '../lazy.js';
import type { Point } from '../model.js';
import { lineIndexAt } from '../text.js';

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
  return pointer(text)(offset);
}

/**
 * A function giving the 1-based line and column of an offset into `text`: the line starts are
 * found once, and each offset by binary search, so a file of 20,000 keys is linear, not quadratic.
 */
function pointer(text: string): (offset: number) => Point {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    const index = lineIndexAt(starts, clamped);
    return { line: index + 1, column: clamped - starts[index]! + 1 };
  };
}

/** Text safe to print on a terminal: control characters written as `\u0000` escapes. */
function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
    return { kind: 'problem', problem: { at: pointAt(body, offset), message: `Unexpected ${visible(found)} (${visible(message.replace(/ in JSON.*$/s, ''))}), expected valid JSON` } };
  }
  const { isMap, isScalar, parseDocument } = yaml();
  // yaml's own `uniqueKeys` check compares every key with every other: duplicates are found below.
  const document = parseDocument(body, { prettyErrors: false, uniqueKeys: false });
  const at = pointer(body);
  const root = document.contents;
  if (!isMap(root)) return { kind: 'problem', problem: { at: at((root as YamlNode | null)?.range?.[0] ?? 0), message: 'Unexpected JSON value, expected an object `{ "<code>": ... }`' } };
  const seen = new Set<string>();
  const members: JsonMember[] = [];
  for (const pair of root.items) {
    const key = pair.key as YamlNode;
    const value = pair.value as YamlNode | null;
    const name = isScalar(key) ? String(key.value) : '';
    const keyAt = key.range?.[0] ?? 0;
    if (seen.has(name)) {
      // JSON.parse keeps the last of two equal keys: a translator's second entry would silently win.
      const quoted = /^"(?:[^"\\]|\\.)*"/.exec(body.slice(keyAt, keyAt + name.length * 6 + 2))?.[0] ?? 'key';
      return { kind: 'problem', problem: { at: at(keyAt), message: `Unexpected second ${quoted}, expected each key once` } };
    }
    seen.add(name);
    members.push({ key: name, value: value?.toJSON() as unknown, at: at(keyAt), valueAt: at(value?.range?.[0] ?? keyAt) });
  }
  return { kind: 'object', members };
}
