/**
 * Emit refuses a catalog that breaks an invariant of the model, instead of emitting code
 * that would not compile or that a spec could inject into.
 */

import { describe, expect, it } from 'vitest';
import { emitCatalog, emitIndex } from '../../generator/emit/index.js';
import type { Catalog, Entry, EnvelopeField } from '../../generator/model.js';
import { makeCatalog, petCore } from './fixtures.js';

const CONTEXT = { generator: 'errspec', repoPrefix: '', openapi: true, regenerate: 'npm run generate' };

/** `petCore` with its first entry changed. */
function withFirstEntry(change: Partial<Entry>): Catalog {
  const [first, ...rest] = petCore.entries;
  if (first === undefined) throw new Error('petCore has entries');
  return { ...petCore, entries: [{ ...first, ...change }, ...rest] };
}

/** `petCore` with these envelope fields, as `[dotted path, role]`. */
function withEnvelope(fields: readonly (readonly [string, EnvelopeField['role']])[]): Catalog {
  return {
    ...petCore,
    envelope: {
      ...petCore.envelope,
      fields: fields.map(([path, role]) => ({ kind: 'envelope-field', path: path === '' ? [] : path.split('.'), role, type: 'string', required: true })),
    },
  };
}

describe('emitCatalog', () => {
  it.each<[string, Catalog]>([
    ['an enum member that is not an identifier', withFirstEntry({ name: 'A = 1; process.exit(1); //' })],
    ['a class name that is not an identifier', withFirstEntry({ className: 'X extends Y {} //' })],
    ['a class name taken by the catalog', withFirstEntry({ className: 'PetCoreError' })],
    ['a class name taken by a fixed declaration', withFirstEntry({ className: 'ErrspecError' })],
    ['two entries with one class name', withFirstEntry({ className: 'A0401Error' })],
    ['two entries with one member name', withFirstEntry({ name: 'A0401' })],
    ['two entries with one code', withFirstEntry({ code: 'A0401' })],
    ['a status without a literal', withFirstEntry({ httpStatus: Number.NaN })],
    ['an id that leaves the output dir', { ...petCore, id: '../outside' }],
    ['an id that is URL-special', { ...petCore, id: 'a#b' }],
    ['a namespace that is not an identifier', { ...petCore, names: { ...petCore.names, namespace: 'a-b' } }],
    ['a class name taken by the format error', withFirstEntry({ className: 'PetCoreResponseFormatError' })],
    ['a class name taken by the response interface', withFirstEntry({ className: 'ErrorResponse' })],
    ['a class name taken by a fixed helper', withFirstEntry({ className: 'registerClasses' })],
    ['a catalog name that a derived name takes', { ...petCore, names: { ...petCore.names, messages: 'petCoreRetryable' } }],
    ['an enum member named __proto__', withFirstEntry({ name: '__proto__' })],
    ['a default status without a literal', { ...petCore, options: { ...petCore.options, defaultHttpStatus: Number.POSITIVE_INFINITY } }],
    ['an envelope without a code field', withEnvelope([['message', 'message']])],
    ['an envelope with two code fields', withEnvelope([['code', 'code'], ['error.code', 'code']])],
    ['an envelope field with an empty path', withEnvelope([['code', 'code'], ['', 'message']])],
    ['two envelope fields at one path', withEnvelope([['code', 'code'], ['message', 'message'], ['message', 'other']])],
    ['an envelope field inside another', withEnvelope([['error', 'code'], ['error.msg', 'message']])],
  ])('refuses %s', (_, catalog) => {
    expect(() => emitCatalog(catalog, CONTEXT)).toThrow(/^errspec bug: cannot emit specs\/pet-core\.md: /);
  });

  it('names the clash in the envelope', () => {
    expect(() => emitCatalog(withEnvelope([['error', 'code'], ['error.msg', 'message']]), CONTEXT)).toThrow(
      'envelope field ["error","msg"] clashes with field ["error"]',
    );
  });

  it('tells a key holding a NUL or a dot from a nested path', () => {
    const catalog = withEnvelope([['code', 'code']]);
    const fields = [
      { kind: 'envelope-field', path: ['a\u0000b', 'x'], role: 'code', type: 'string', required: true },
      { kind: 'envelope-field', path: ['a', 'b', 'y'], role: 'message', type: 'string', required: true },
      { kind: 'envelope-field', path: ['a.b', 'z'], role: 'status', type: 'number', required: true },
    ] as const;
    const files = emitCatalog({ ...catalog, envelope: { ...catalog.envelope, fields } }, CONTEXT);
    const module = files.find((file) => file.path === 'pet-core/index.ts')?.content ?? '';
    // The runtime writes each field at its path, key by key, from this data.
    const envelope = /\n {2}envelope: \[\n[\s\S]*?\n {2}\],/.exec(module)?.[0] ?? '';
    expect(envelope.split('\n').slice(2, -1).map((line) => `${line.trim().replace(/,$/, '')},`)).toEqual([
      '{ path: ["a\\u0000b", "x"], role: "code" },',
      '{ path: ["a", "b", "y"], role: "message" },',
      '{ path: ["a.b", "z"], role: "status", type: "number" },',
    ]);
    expect(module).toMatch(/readonly "a\\u0000b": \{\n( {4}\/\*\*.*\n)? {4}readonly x: PetCoreErrorCode;/);
  });

  it('accepts the fixtures, an envelope without a message field among them', () => {
    expect(emitCatalog(withEnvelope([['error.code', 'code'], ['error.uri', 'other']]), CONTEXT).map((file) => file.path)).toContain('pet-core/index.ts');
  });
});

describe('emitIndex', () => {
  it('refuses two catalogs with one namespace or one id', () => {
    const other = makeCatalog('pet_core', []);
    expect(() => emitIndex([petCore, other], CONTEXT)).toThrow(/namespace petCore is also used by specs\/pet-core\.md/);
    expect(() => emitIndex([petCore, { ...petCore, source: 'b.md' }], CONTEXT)).toThrow(/id pet-core is also the id/);
  });

  it('sorts numbers in ids by value and still emits a module without catalogs', () => {
    const text = emitIndex([makeCatalog('v10', []), makeCatalog('v2', [])], CONTEXT)[0]!.content;
    expect(text.indexOf('./v2/')).toBeLessThan(text.indexOf('./v10/'));
    expect(emitIndex([], CONTEXT)[0]!.content).toMatch(/\n\nexport \{\};\n$/);
  });
});
