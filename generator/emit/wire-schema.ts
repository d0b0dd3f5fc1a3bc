/**
 * A catalog's error response as JSON Schema 2020-12 (OpenAPI 3.1's dialect): the codes in their wire
 * type, the envelope as emit types it (envelope-shape.ts), the RFC 9457 problem details, and each
 * narrowed to one HTTP status's codes. Undocumented members are allowed, as `fromResponse` allows them.
 */

import type { Catalog, Entry, WireType } from '../model.js';
import { derivedNames } from '../names.js';
import { isField, type Shape, type ShapedNode } from './envelope-shape.js';
import type { JsonObject, JsonValue } from './json-text.js';
import { sentMessage, wireCode } from './wire-body.js';

/** Names of a catalog's schemas and responses, from its declaration names (never from spec text). */
export interface ContractNames {
  /** The codes, e.g. `"PetCoreErrorCode"`. */
  readonly codes: string;
  /** The envelope, e.g. `"PetCoreErrorResponse"`. */
  readonly response: string;
  /** The problem details, e.g. `"PetCoreProblem"`. */
  readonly problem: string;
  /** The response of one HTTP status, e.g. `"PetCore404"` for `404`. */
  readonly status: (status: number) => string;
}

/** The contract names of `catalog`; all match OpenAPI's component key pattern `^[a-zA-Z0-9._-]+$`. */
export function contractNames(catalog: Catalog): ContractNames {
  const { names } = catalog;
  const { problem } = derivedNames(names);
  const stem = problem.slice(0, -'Problem'.length);
  return { codes: names.enumName, response: `${names.baseClass}Response`, problem, status: (status) => `${stem}${status}` };
}

/** A JSON Schema type: a wire type, or `integer` for codes and statuses. */
type SchemaType = WireType | 'integer';

/** A field of `type`; an object holds any members (the spec documents none), which type generators read as a record of unknowns. */
function typeSchema(type: SchemaType, description: string): JsonObject {
  return type === 'object' ? { type, description, additionalProperties: true } : { type, description };
}

/** An `enum` of code values, with their JSON type when they share one (type generators want it). */
function codeEnum(values: readonly (string | number)[]): JsonObject {
  const types = new Set(values.map((value) => typeof value));
  return { ...(types.size === 1 ? { type: types.has('number') ? 'integer' : 'string' } : {}), enum: values };
}

/** The codes as the body carries them, names and messages in `x-enum-varnames` and `x-enum-descriptions` (openapi-generator reads them). */
export function codesSchema(catalog: Catalog, shape: Shape): JsonObject {
  const description = `The error codes of ${catalog.title} (${catalog.source}).`;
  if (catalog.entries.length === 0) return typeSchema(shape.numericCode ? 'integer' : 'string', description);
  const { type, ...values } = codeEnum(catalog.entries.map((entry) => wireCode(shape, entry.code)));
  return {
    type,
    description,
    ...values,
    'x-enum-varnames': catalog.entries.map((entry) => entry.name),
    'x-enum-descriptions': catalog.entries.map((entry) => sentMessage(catalog, entry)),
  };
}

/** What each field of the envelope carries, for its `description`; fixed text, since the keys come from the spec. */
const FIELD_DESCRIPTIONS = {
  message: "The message: the spec's message for the code, unless the server gave its own.",
  status: 'The HTTP status of the error.',
  details: 'Extra context, e.g. the offending field; present only when the error has details.',
  other: 'A field the spec documents; present only when the server sets it.',
} as const;

const REMEDY = typeSchema('string', "The spec's remedy for the code, when it gives one.");

/** The schemas of the code and status fields of an envelope: the whole catalog's, or one status's. */
export interface Slots {
  /** The code field's schema, e.g. `{ "$ref": "#/components/schemas/PetCoreErrorCode" }`. */
  readonly code: JsonObject;
  /** The status field's schema, e.g. `{ "const": 404 }`; by default any integer. */
  readonly status?: JsonObject;
}

/** The codes `$ref`'d from `ref`, e.g. `"#/components/schemas/PetCoreErrorCode"`. */
export function codesAt(ref: string): Slots {
  return { code: { $ref: ref } };
}

/** The codes of one HTTP status and that status, where the envelope has a status field. */
export function statusSlots(shape: Shape, entries: readonly Entry[], status: number): Slots {
  return { code: codeEnum(entries.map((entry) => wireCode(shape, entry.code))), status: { const: status } };
}

/** Whether every body `toResponse()` sends has a member: a required field it fills (not an `other` one, sent only when given), an object holding one. */
function isSent(node: ShapedNode): boolean {
  return isField(node) ? node.required && node.role !== 'other' : node.children.some(isSent);
}

/**
 * The envelope, nested as the spec's example, members required as `isSent` says, code and status as
 * `slots` say. A status repeats it whole: `allOf` reads as two objects to Redocly and type generators.
 */
export function envelopeSchema(catalog: Catalog, shape: Shape, slots: Slots): JsonObject {
  // With `remedy-in-response`, `toResponse()` puts the remedy beside the code.
  const remedyAt = catalog.options.remedyInResponse ? JSON.stringify(shape.code.path.slice(0, -1)) : null;
  const object = (nodes: readonly ShapedNode[], path: readonly string[], description: string): JsonObject => {
    const properties = new Map<string, JsonValue>(nodes.map((node) => [node.key, member(node, [...path, node.key])]));
    if (JSON.stringify(path) === remedyAt && !properties.has('remedy')) properties.set('remedy', REMEDY);
    const required = nodes.filter(isSent).map((node) => node.key);
    return { type: 'object', description, properties, ...(required.length === 0 ? {} : { required }) };
  };
  const member = (node: ShapedNode, path: readonly string[]): JsonObject => {
    if (!isField(node)) return object(node.children, path, 'An object of the response, holding the fields below.');
    if (node.role === 'code') return slots.code;
    if (node.role === 'status') return { ...typeSchema('integer', FIELD_DESCRIPTIONS.status), ...slots.status };
    if (node.role === 'other') return typeSchema(node.field.type, FIELD_DESCRIPTIONS.other);
    return typeSchema(node.role === 'message' ? 'string' : 'object', FIELD_DESCRIPTIONS[node.role]);
  };
  const origin = catalog.envelope.line === null ? "errspec's default, since the spec shows none" : `as ${catalog.source} shows it at line ${catalog.envelope.line}`;
  return object(shape.members, [], `The error response body of ${catalog.title} (${catalog.source}), ${origin}.`);
}

/** The RFC 9457 problem details `toProblem()` gives; `code` as the spec writes it, a string even where the envelope sends numbers. */
export function problemSchema(catalog: Catalog, slots: Slots): JsonObject {
  const properties: JsonObject = {
    type: { type: 'string', format: 'uri', description: "The problem type: the code's docs link, or the problem type base and the code." },
    title: typeSchema('string', "The spec's message for the code."),
    status: { ...typeSchema('integer', 'The HTTP status of the error.'), ...slots.status },
    detail: typeSchema('string', "This occurrence's message."),
    instance: { type: 'string', format: 'uri-reference', description: 'A URI for this occurrence, e.g. the request path.' },
    code: slots.code,
    details: typeSchema('object', 'Extra context, present only when the error has details.'),
    ...(catalog.options.remedyInResponse ? { remedy: REMEDY } : {}),
  };
  return {
    type: 'object',
    description: `RFC 9457 problem details of an error of ${catalog.title} (${catalog.source}).`,
    properties,
    required: ['type', 'title', 'status', 'detail', 'code'],
  };
}

/** The problem details' code slot: the codes schema when the envelope sends strings too, else any string. */
export function problemCodes(catalog: Catalog, shape: Shape, ref: string): Slots {
  return shape.numericCode || catalog.entries.length === 0 ? { code: typeSchema('string', 'The error code, as the spec writes it.') } : codesAt(ref);
}

/** The problem details `$ref`'d from `ref`, narrowed to one status and its codes beside the `$ref`: no example is validated against it. */
export function problemStatusSchema(ref: string, entries: readonly Entry[], status: number): JsonObject {
  return { type: 'object', allOf: [{ $ref: ref }], properties: { status: { const: status }, code: codeEnum(entries.map((entry) => entry.code)) } };
}
