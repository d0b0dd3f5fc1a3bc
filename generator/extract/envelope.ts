/**
 * The documented error response: the first JSON example that looks like an error body
 * (fenced, indented or bare), its fields given roles by their keys and by what the spec says
 * about them ("code | number | HTTP 状态码", "`details`：可选"). Front matter may override it;
 * without either, a documented default `{code, message}`.
 */

import type { Reporter } from '../diagnostics.js';
import type { Envelope, EnvelopeField, EnvelopeRole, WireType } from '../model.js';
import type { Block, CodeBlock } from '../parse/index.js';
import { classifyHeader } from './columns.js';
import type { EnvelopeOverride } from './front-matter.js';
import { httpHead } from '../text.js';

/** A JSON example found in the spec. */
export interface EnvelopeExample {
  readonly example: Readonly<Record<string, unknown>>;
  readonly line: number;
}

/** An example with its fields' roles settled. */
export interface ReadExample extends EnvelopeExample {
  readonly fields: readonly EnvelopeField[];
}

/** The spec's error response example with its fields, or `null` when it shows none. */
export function readExample(blocks: readonly Block[]): ReadExample | null {
  const found = findExample(blocks);
  return found === null ? null : { ...found, fields: exampleFields(found, blocks) };
}

const ERROR_KEYS = /^(?:code|error|errcode|err_?code|error_?code|errorcode|message|msg|errmsg|err_?msg|error_?msg|error_?message|error_description|status|detail|title|type)$/i;

/** The first JSON object in `blocks` that looks like an error body, or `null`. */
export function findExample(blocks: readonly Block[]): EnvelopeExample | null {
  for (const block of blocks) {
    if (block.type !== 'code') continue;
    const example = parseExample(block);
    if (example !== null) return { example, line: block.line };
  }
  return null;
}

function parseExample(block: CodeBlock): Readonly<Record<string, unknown>> | null {
  if (block.lang !== null && !/^(?:json5?|jsonc|javascript|js|http)$/i.test(block.lang)) return null;
  let value: unknown;
  try {
    // A response shown whole: the body after its status line and headers.
    value = JSON.parse(block.value.slice(httpHead(block.value)?.length ?? 0).trim());
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const keys = leaves(value as Record<string, unknown>).map((leaf) => leaf.path[leaf.path.length - 1]!);
  return keys.some((key) => ERROR_KEYS.test(key)) ? (value as Record<string, unknown>) : null;
}

interface Leaf {
  readonly path: string[];
  readonly value: unknown;
}

/** Leaf fields of an example; objects are descended, except a details object. */
function leaves(object: Record<string, unknown>, prefix: string[] = []): Leaf[] {
  return Object.entries(object).flatMap(([key, value]) => {
    const path = [...prefix, key];
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    return isObject && !DETAILS_KEY.test(key) ? leaves(value as Record<string, unknown>, path) : [{ path, value }];
  });
}

const DETAILS_KEY = /^(?:details?|data|context|extra|meta|metadata|errors)$/i;
const STATUS_KEY = /^(?:status|status_?code|http_?status|http_?code|statusCode|httpStatus)$/i;
const LINK_KEY = /(?:uri|url|link|href)$/i;
const MESSAGE_KEYS = ['message', 'msg', 'errmsg', 'err_msg', 'error_msg', 'errormsg', 'errormessage', 'error_message', 'error_description', 'description', 'detail', 'title'];
const CODE_KEYS = ['error_code', 'errorcode', 'errcode', 'err_code', 'code', 'error', 'err', 'error_name', 'error_id', 'type'];

function wireType(value: unknown): WireType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'object' ? type : 'string';
}

/** Role of a field by its key and value alone. */
function keyRole(key: string, value: unknown): EnvelopeRole {
  const lower = key.toLowerCase();
  if (STATUS_KEY.test(key) && lower !== 'code') return 'status';
  if (LINK_KEY.test(key)) return 'other';
  if (DETAILS_KEY.test(key)) return 'details';
  if (MESSAGE_KEYS.includes(lower) && typeof value === 'string') return 'message';
  if (CODE_KEYS.includes(lower) && (typeof value === 'string' || typeof value === 'number')) return 'code';
  return 'other';
}

/** A field's description in the spec: a table row or a line that starts with its key. */
function descriptionOf(key: string, blocks: readonly Block[], keys: readonly string[]): string | null {
  const longer = keys.filter((other) => other.length > key.length && other.startsWith(key));
  for (const block of blocks) {
    if (block.type === 'table') {
      const row = [...(block.header === null ? [] : [{ cells: block.header }]), ...block.rows].find((candidate) => candidate.cells[0]?.text === key);
      if (row !== undefined) return row.cells.slice(1).map((cell) => cell.text).join(' ');
    }
    if (block.type === 'text' || block.type === 'label') {
      for (const raw of block.text.split('\n')) {
        const line = raw.replace(/^\s*(?:[-*+•·]|\d+[.)])\s*/, '');
        if (!line.startsWith(key) || longer.some((other) => line.startsWith(other))) continue;
        const rest = line.slice(key.length);
        const match = /^(?:string|number|integer|int|long|float|double|boolean|bool|object|array|map)?\s*[:：|\-–—]?\s*(.*)$/i.exec(rest);
        if (match !== null && (rest === '' || !/^[A-Za-z0-9_]/.test(rest) || /^(?:string|number|integer|int|long|float|double|boolean|bool|object|array|map)/i.test(rest))) {
          return match[1]!;
        }
      }
    }
  }
  return null;
}

/** Fields of an example with their roles; exactly one code field, at most one of each other role. */
export function exampleFields(found: EnvelopeExample, blocks: readonly Block[]): EnvelopeField[] {
  const all = leaves(found.example as Record<string, unknown>);
  const keys = all.map((leaf) => leaf.path[leaf.path.length - 1]!);
  const fields = all.map((leaf) => {
    const key = leaf.path[leaf.path.length - 1]!;
    const description = descriptionOf(key, blocks, keys);
    const byKey = keyRole(key, leaf.value);
    let role = byKey;
    const said = description === null ? 'unknown' : classifyHeader(description).role;
    if (said === 'status' && typeof leaf.value === 'number') role = 'status';
    else if (said === 'code' && role === 'other' && typeof leaf.value !== 'object') role = 'code';
    const optional = description !== null && /可选|选填|非必|optional/i.test(description);
    return { path: leaf.path, key, role, byKey, type: wireType(leaf.value), optional, value: leaf.value };
  });
  // A `code` described as a status ("code: HTTP status code") is still the code when no other field can be.
  if (!fields.some((field) => field.role === 'code')) {
    const named = fields.find((field) => field.byKey === 'code');
    if (named !== undefined) named.role = 'code';
  }
  // A numeric "code" that holds an HTTP status next to another code field is the status (SecondMe).
  const codes = fields.filter((field) => field.role === 'code');
  if (codes.length > 1) {
    for (const field of codes) {
      if (typeof field.value === 'number' && field.value >= 100 && field.value <= 599) field.role = 'status';
    }
  }
  settle(fields, 'code', CODE_KEYS);
  settle(fields, 'message', MESSAGE_KEYS);
  settle(fields, 'status', []);
  return fields.map(({ path, role, type, optional }) => ({
    kind: 'envelope-field',
    path,
    role,
    type,
    required: (role === 'code' || role === 'message' || role === 'status') && !optional,
  }));
}

/** Keep one field of `role` (by key preference, then order); the others become `other`. */
function settle(fields: { key: string; role: EnvelopeRole }[], role: EnvelopeRole, preference: readonly string[]): void {
  const holders = fields.filter((field) => field.role === role);
  if (holders.length < 2) return;
  const rank = (key: string): number => {
    const index = preference.indexOf(key.toLowerCase());
    return index === -1 ? preference.length : index;
  };
  const best = holders.reduce((a, b) => (rank(b.key) < rank(a.key) ? b : a));
  for (const field of holders) if (field !== best) field.role = 'other';
}

/** Numeric codes go as JSON numbers only when every code is a plain integer (no leading zeros). */
function defaultCodeType(codes: readonly string[]): WireType {
  return codes.length > 0 && codes.every((code) => /^-?(?:0|[1-9]\d{0,14})$/.test(code)) ? 'number' : 'string';
}

/**
 * The catalog's envelope: the front matter's, else the example's, else the default, each
 * reported where it needs saying.
 */
export function buildEnvelope(found: ReadExample | null, override: EnvelopeOverride | null, codes: readonly string[], reporter: Reporter): Envelope {
  if (override !== null) {
    const fields = (Object.entries(override.paths) as [EnvelopeRole, readonly string[]][]).map(
      ([role, path]): EnvelopeField => ({
        kind: 'envelope-field',
        path,
        role,
        type: role === 'code' ? (override.codeType ?? defaultCodeType(codes)) : role === 'status' ? 'number' : role === 'details' ? 'object' : 'string',
        required: role === 'code' || role === 'message' || role === 'status',
      }),
    );
    const clash = fields.find((field) => fields.some((other) => other !== field && other.path.length <= field.path.length && other.path.every((key, index) => key === field.path[index])));
    if (clash === undefined) return { kind: 'envelope', origin: 'front-matter', fields, example: null, line: override.line };
    reporter.report(
      'warning',
      'front-matter',
      `Unexpected envelope path \`${clash.path.join('.')}\` inside another field's path, expected separate fields; using the default envelope`,
      { line: override.line, column: 1 },
    );
    return defaultEnvelope(codes);
  }
  if (found !== null) {
    const { fields } = found;
    if (fields.some((field) => field.role === 'code')) {
      return { kind: 'envelope', origin: 'example', fields, example: found.example, line: found.line };
    }
    const keys = fields.map((field) => `\`${field.path.join('.')}\``).join(', ');
    reporter.report(
      'warning',
      'envelope-no-code',
      `Unexpected error response example without a code field (it has ${keys}), expected a field such as \`code\`, \`error_code\` or \`error\` holding a string or number; using the default envelope`,
      { line: found.line, column: 1 },
    );
  } else if (codes.length > 0) {
    reporter.report(
      'info',
      'envelope-default',
      'No error response example found; using the default envelope {"code", "message"} (override with `errspec: envelope:` in front matter)',
      { line: 1, column: 1 },
    );
  }
  return defaultEnvelope(codes);
}

/** `{code, message}`, codes as numbers when they are all plain integers. */
function defaultEnvelope(codes: readonly string[]): Envelope {
  return {
    kind: 'envelope',
    origin: 'default',
    fields: [
      { kind: 'envelope-field', path: ['code'], role: 'code', type: defaultCodeType(codes), required: true },
      { kind: 'envelope-field', path: ['message'], role: 'message', type: 'string', required: true },
    ],
    example: null,
    line: null,
  };
}
