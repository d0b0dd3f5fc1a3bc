/**
 * The text of an emitted JSON file: two-space indent, LF, one trailing newline, members in the
 * order the emitter gave them.
 *
 * `JSON.stringify` alone would move integer-like keys such as `"4001001"` to the front of an
 * object, so members keyed by spec text (codes, envelope keys) are given as a `Map`, which
 * keeps its order; plain objects are for fixed keys. Strings and keys go through `stringLiteral`,
 * the one escaping of spec text, whose output is JSON too.
 */

import { stringLiteral } from './literals.js';

/** A JSON value as emitters build it; a `Map` is an object whose members keep their order. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject | JsonMap;

/** An object with fixed keys; `undefined` members are left out. */
export interface JsonObject {
  readonly [key: string]: JsonValue | undefined;
}

/** An object keyed by spec text, in insertion order. */
export type JsonMap = ReadonlyMap<string, JsonValue>;

/**
 * `value` as the text of a JSON file.
 *
 * @throws an `errspec bug:` error for a number JSON cannot hold (`NaN`, `Infinity`).
 */
export function jsonText(value: JsonValue): string {
  // One list of pieces for the whole file: joining per level would copy deep text once per level.
  const out: string[] = [];
  write(value, '', out);
  out.push('\n');
  return out.join('');
}

function write(value: JsonValue, indent: string, out: string[]): void {
  if (value instanceof Map) members([...(value as JsonMap)], indent, out);
  else if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push('[]');
      return;
    }
    const inner = `${indent}  `;
    out.push('[');
    value.forEach((item: JsonValue, index) => {
      out.push(index === 0 ? `\n${inner}` : `,\n${inner}`);
      write(item, inner, out);
    });
    out.push(`\n${indent}]`);
  } else if (typeof value === 'object' && value !== null) {
    members(Object.entries(value as JsonObject).filter((member): member is [string, JsonValue] => member[1] !== undefined), indent, out);
  } else if (typeof value === 'string') out.push(stringLiteral(value));
  else {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`errspec bug: ${value} cannot be written as JSON`);
    out.push(JSON.stringify(value));
  }
}

function members(entries: readonly (readonly [string, JsonValue])[], indent: string, out: string[]): void {
  if (entries.length === 0) {
    out.push('{}');
    return;
  }
  const inner = `${indent}  `;
  out.push('{');
  entries.forEach(([key, item], index) => {
    out.push(`${index === 0 ? '\n' : ',\n'}${inner}${stringLiteral(key)}: `);
    write(item, inner, out);
  });
  out.push(`\n${indent}}`);
}
