/**
 * The documented error response as emit uses it: each field's part in the generated code, the
 * fields nested as the body's objects. A field the code cannot fill in its documented type (a
 * string `status`, a second `details`) becomes an `other` field, typed, never written; an optional
 * member TypeScript cannot type is left out. check-catalog.ts has made sure the paths form a tree.
 */

import type { Catalog, EnvelopeField, EnvelopeRole, WireType } from '../model.js';

/** A field of the body with the part it plays in the generated code. */
export interface ShapedField {
  /** Its key in its object, e.g. `"code"`. */
  readonly key: string;
  /** The model's field. */
  readonly field: EnvelopeField;
  /** What the generated code does with it: `other` fields are typed, read by nobody, never written. */
  readonly role: EnvelopeRole;
  /** Whether every body has it: as the spec says, except that the code always is. */
  readonly required: boolean;
}

/** An object of the body that holds fields, e.g. `error` in `{"error": {"code", "msg"}}`. */
export interface ShapedObject {
  /** Its key in its parent, e.g. `"error"`. */
  readonly key: string;
  /** Its fields and objects, in the spec's order. */
  readonly children: readonly ShapedNode[];
}

/** A member of the body or of one of its objects. */
export type ShapedNode = ShapedField | ShapedObject;

/** The body: its top-level members, and the field of each role the generated code fills. */
export interface Shape {
  /** Members of the body's root, in the spec's order. */
  readonly members: readonly ShapedNode[];
  /** The code field. */
  readonly code: EnvelopeField;
  /** Whether codes go on the wire as JSON numbers, e.g. `401`, rather than strings. */
  readonly numericCode: boolean;
  /** Fields left out of the shape, because they lie under an optional member TypeScript cannot type. */
  readonly untyped: readonly EnvelopeField[];
}

/** Members every object type has (lib.es5.d.ts's `Object`): `{}` is not a `{ constructor?: boolean }`, so such an optional member cannot be typed. */
const OBJECT_TYPE_MEMBERS = new Set(['constructor', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable']);

/** True when `prefix` is the start of `path`, or all of it. */
function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => key === path[index]);
}

/** The type a role needs its field to have; `code` takes a string or a number. */
const ROLE_TYPES: Readonly<Record<Exclude<EnvelopeRole, 'code' | 'other'>, WireType>> = {
  message: 'string',
  status: 'number',
  details: 'object',
};

/** True when `node` is a field rather than an object. */
export function isField(node: ShapedNode): node is ShapedField {
  return 'field' in node;
}

/** The first field of `role` with the type the role needs. */
function fieldFor(fields: readonly EnvelopeField[], role: Exclude<EnvelopeRole, 'code' | 'other'>): EnvelopeField | undefined {
  return fields.find((field) => field.role === role && field.type === ROLE_TYPES[role]);
}

/** The shape of the envelope of a catalog that passed `assertEmittable`. */
export function shapeOf(catalog: Catalog): Shape {
  const code = catalog.envelope.fields.find((field) => field.role === 'code');
  if (code === undefined) throw new Error(`errspec bug: cannot emit ${catalog.source}: the envelope has no code field`);
  const required = (field: EnvelopeField): boolean => field === code || field.required;
  // A member is optional when no required field lies in it; drop the fields in optional members of untypable names.
  const typable = (field: EnvelopeField): boolean =>
    field.path.every((key, index) => {
      const member = field.path.slice(0, index + 1);
      return !OBJECT_TYPE_MEMBERS.has(key) || catalog.envelope.fields.some((other) => required(other) && startsWith(other.path, member));
    });
  const fields = catalog.envelope.fields.filter(typable);
  const untyped = catalog.envelope.fields.filter((field) => !typable(field));
  // The first field of each role with the type the role needs plays it; the others are `other` fields.
  const played = new Map<EnvelopeField, EnvelopeRole>([[code, 'code']]);
  for (const role of ['message', 'status', 'details'] as const) {
    const field = fieldFor(fields, role);
    if (field !== undefined) played.set(field, role);
  }

  // Objects by their path as JSON, which tells ["a.b"] from ["a", "b"] whatever the keys hold.
  const root: ShapedNode[] = [];
  const objects = new Map<string, ShapedNode[]>();
  for (const field of fields) {
    let siblings = root;
    field.path.slice(0, -1).forEach((key, index) => {
      const id = JSON.stringify(field.path.slice(0, index + 1));
      let children = objects.get(id);
      if (children === undefined) {
        children = [];
        objects.set(id, children);
        siblings.push({ key, children });
      }
      siblings = children;
    });
    siblings.push({ key: field.path[field.path.length - 1]!, field, role: played.get(field) ?? 'other', required: required(field) });
  }
  return { members: root, code, numericCode: code.type === 'number', untyped };
}

/** Whether a member is in every body: a required field, an object holding one. */
export function isRequired(node: ShapedNode): boolean {
  return isField(node) ? node.required : node.children.some(isRequired);
}
