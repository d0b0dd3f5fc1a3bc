/**
 * The body a generated error sends, worked out from the model: what `toResponse()` of the
 * runtime (generator/runtime/errspec-runtime.ts) gives for an error made with no options, field
 * by field as it builds it. The OpenAPI examples are these bodies, and
 * test/emit/openapi.test.ts compares them with the runtime's own, so the two cannot drift apart.
 */

import type { Catalog, Entry } from '../model.js';
import { isField, type Shape, type ShapedField, type ShapedNode } from './envelope-shape.js';
import { interpolationMessage } from './messages.js';

/** A body as the runtime builds it: a plain object whose members were set in this order. */
export type Body = Record<string, unknown>;

/** The code as the body carries it: a JSON number when the code field is a number and the code an integer. */
export function wireCode(shape: Shape, code: string): string | number {
  return shape.numericCode && /^-?\d+$/.test(code) ? Number(code) : code;
}

/** The HTTP status an entry's errors have: the spec's, else the catalog's default. */
export function statusOf(catalog: Catalog, entry: Entry): number {
  return entry.httpStatus ?? catalog.options.defaultHttpStatus;
}

/**
 * The message an error sends when made without one: the default locale's, else English, else
 * the first locale that has one, else the code (the runtime's fallback chain).
 */
export function sentMessage(catalog: Catalog, entry: Entry): string {
  const chain = [catalog.defaultLocale, ...catalog.locales.filter((locale) => locale === 'en'), ...catalog.locales];
  for (const locale of chain) {
    const message = interpolationMessage(entry, locale);
    if (message !== undefined) return message;
  }
  return entry.code;
}

/** Set `body` at `path`, making the objects on the way, as the runtime's `place` does. */
function place(body: Body, path: readonly string[], value: unknown): void {
  let node = body;
  for (const key of path.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (typeof next === 'object' && next !== null && !Array.isArray(next)) node = next as Body;
    else {
      const made: Body = {};
      Object.defineProperty(node, key, { value: made, enumerable: true, writable: true, configurable: true });
      node = made;
    }
  }
  Object.defineProperty(node, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
}

/** The shape's fields in the order the runtime's envelope data lists them: depth first, spec order. */
function fieldsInOrder(members: readonly ShapedNode[]): ShapedField[] {
  return members.flatMap((node) => (isField(node) ? [node] : fieldsInOrder(node.children)));
}

/**
 * What `toResponse()` sends for an error of `entry` made with no options: the code, the message
 * and the status where the envelope has them, and the remedy beside the code with
 * `remedy-in-response`. Details and other fields are only sent when the error is given them.
 */
export function responseBody(catalog: Catalog, shape: Shape, entry: Entry): Body {
  const body: Body = {};
  for (const node of fieldsInOrder(shape.members)) {
    if (node.role === 'code') place(body, node.field.path, wireCode(shape, entry.code));
    else if (node.role === 'message') place(body, node.field.path, sentMessage(catalog, entry));
    else if (node.role === 'status') place(body, node.field.path, statusOf(catalog, entry));
  }
  if (catalog.options.remedyInResponse && entry.remedy !== null) place(body, [...shape.code.path.slice(0, -1), 'remedy'], entry.remedy);
  return body;
}
