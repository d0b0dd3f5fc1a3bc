/**
 * The text of emitted JSON and of generated code's data literals: two-space indent, LF, members in
 * the emitter's order, a container that fits in `WIDTH` columns on one line (as
 * json-stringify-pretty-compact does); in code, keys by `objectKey` and a trailing comma. Members keyed
 * by spec text come as a `Map`, since an object would move keys such as `"4001001"` first; strings go
 * through `stringLiteral`, whose output is JSON too.
 */

import { objectKey, stringLiteral } from './literals.js';

/** A JSON value as emitters build it; a `Map` is an object whose members keep their order. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject | JsonMap;

/** An object with fixed keys; `undefined` members are left out. */
export interface JsonObject {
  readonly [key: string]: JsonValue | undefined;
}

/** An object keyed by spec text, in insertion order. */
export type JsonMap = ReadonlyMap<string, JsonValue>;

/** The columns a one-line object or array may take, its indent and key included. */
const WIDTH = 100;

/** How keys and the last member of a multi-line object are written: as JSON, or as a literal of code. */
interface Style {
  /** Quoted for a JSON file; `objectKey` for code, which never lets `__proto__` set a prototype. */
  readonly key: (key: string) => string;
  /** After the last member of a multi-line object or array: `""` in JSON, `","` in code, for one-line diffs. */
  readonly last: string;
}

const JSON_STYLE: Style = { key: stringLiteral, last: '' };
const CODE_STYLE: Style = { key: objectKey, last: ',' };

/** `value` as the text of a JSON file, with one trailing newline; an `errspec bug:` error for `NaN` or `Infinity`. */
export function jsonText(value: JsonValue): string {
  return `${text(value, JSON_STYLE)}\n`;
}

/** `value` as a literal of generated code, at the start of a line's code; an `errspec bug:` error for `NaN` or `Infinity`. */
export function literalText(value: JsonValue): string {
  return text(value, CODE_STYLE);
}

function text(value: JsonValue, style: Style): string {
  return render(value, '', 0, style).text;
}

/** The members of an object or the items of an array, as `[key, value]` (`key` null for an item); null for a scalar. */
function children(value: JsonValue): (readonly [string | null, JsonValue])[] | null {
  if (value instanceof Map) return [...(value as JsonMap)];
  if (Array.isArray(value)) return (value as readonly JsonValue[]).map((item) => [null, item] as const);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value as JsonObject).filter((member): member is [string, JsonValue] => member[1] !== undefined);
  }
  return null;
}

/** A scalar's text. */
function scalar(value: JsonValue): string {
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`errspec bug: ${value} cannot be written as JSON`);
  return JSON.stringify(value);
}

/** A rendered value, and whether it took more than one line. */
interface Rendered {
  readonly text: string;
  readonly lines: boolean;
}

/** `value`, starting at `column` of a line indented by `indent`: bottom-up, each value once; one line if its members took one each and it fits. */
function render(value: JsonValue, indent: string, column: number, style: Style): Rendered {
  const items = children(value);
  if (items === null) return { text: scalar(value), lines: false };
  const array = Array.isArray(value);
  if (items.length === 0) return { text: array ? '[]' : '{}', lines: false };
  const inner = `${indent}  `;
  let lines = false;
  // The brackets, spaces inside an object's, and a comma and space between members.
  let width = column + (array ? 2 : 4) + 2 * (items.length - 1);
  const parts = items.map(([name, item]) => {
    const prefix = name === null ? '' : `${style.key(name)}: `;
    const part = render(item, inner, inner.length + prefix.length, style);
    lines ||= part.lines;
    width += prefix.length + part.text.length;
    // Concatenated: a rope, as below.
    return prefix + part.text;
  });
  if (!lines && width <= WIDTH) return { text: array ? `[${parts.join(', ')}]` : `{ ${parts.join(', ')} }`, lines: false };
  // Concatenated, not joined: V8 keeps `+` of long strings as a rope, so deep text is not copied once per level.
  let text = array ? '[' : '{';
  for (const [index, part] of parts.entries()) text += `${index === 0 ? '\n' : ',\n'}${inner}` + part;
  return { text: `${text}${style.last}\n${indent}${array ? ']' : '}'}`, lines: true };
}
