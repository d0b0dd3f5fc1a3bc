/**
 * The body a generated error made with no options sends, worked out from the model as the runtime's
 * `toResponse()` builds it: the OpenAPI examples. test/emit/openapi.test.ts compares them with the runtime's.
 */

import type { Catalog, Entry } from '../model.js';
import { place } from '../runtime/errspec-runtime.js';
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

/** The message an error made without one sends: the runtime's fallback chain (default locale, English, any), else the code. */
export function sentMessage(catalog: Catalog, entry: Entry): string {
  const chain = [catalog.defaultLocale, ...catalog.locales.filter((locale) => locale === 'en'), ...catalog.locales];
  for (const locale of chain) {
    const message = interpolationMessage(entry, locale);
    if (message !== undefined) return message;
  }
  return entry.code;
}

/** The shape's fields in the order the runtime's envelope data lists them: depth first, spec order. */
function fieldsInOrder(members: readonly ShapedNode[]): ShapedField[] {
  return members.flatMap((node) => (isField(node) ? [node] : fieldsInOrder(node.children)));
}

/** What `toResponse()` sends for an error of `entry` made with no options: code, message, status, and the remedy with `remedy-in-response`. */
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
