/**
 * Emit refuses a catalog that breaks an invariant of the model, instead of emitting code
 * that would not compile or that a spec could inject into.
 */

import { describe, expect, it } from 'vitest';
import { emitCatalog, emitIndex } from '../../generator/emit/index.js';
import type { Catalog, Entry } from '../../generator/model.js';
import { makeCatalog, petCore } from './fixtures.js';

const CONTEXT = { generator: 'errspec' };

/** `petCore` with its first entry changed. */
function withFirstEntry(change: Partial<Entry>): Catalog {
  const [first, ...rest] = petCore.entries;
  if (first === undefined) throw new Error('petCore has entries');
  return { ...petCore, entries: [{ ...first, ...change }, ...rest] };
}

describe('emitCatalog', () => {
  it.each<[string, Catalog]>([
    ['an enum member that is not an identifier', withFirstEntry({ name: 'A = 1; process.exit(1); //' })],
    ['a class name that is not an identifier', withFirstEntry({ className: 'X extends Y {} //' })],
    ['a class name taken by the catalog', withFirstEntry({ className: 'PetCoreError' })],
    ['a class name taken by a fixed declaration', withFirstEntry({ className: 'KnownErrorClass' })],
    ['two entries with one class name', withFirstEntry({ className: 'A0401Error' })],
    ['two entries with one member name', withFirstEntry({ name: 'A0401' })],
    ['two entries with one code', withFirstEntry({ code: 'A0401' })],
    ['a status without a literal', withFirstEntry({ httpStatus: Number.NaN })],
    ['an id that leaves the output dir', { ...petCore, id: '../outside' }],
    ['an id that is URL-special', { ...petCore, id: 'a#b' }],
    ['a namespace that is not an identifier', { ...petCore, names: { ...petCore.names, namespace: 'a-b' } }],
  ])('refuses %s', (_, catalog) => {
    expect(() => emitCatalog(catalog, CONTEXT)).toThrow(/^errspec bug: cannot emit specs\/pet-core\.md: /);
  });
});

describe('emitIndex', () => {
  it('refuses two catalogs with one namespace or one id', () => {
    const other = makeCatalog('pet_core', []);
    expect(() => emitIndex([petCore, other], CONTEXT)).toThrow(/namespace petCore is also used by specs\/pet-core\.md/);
    expect(() => emitIndex([petCore, { ...petCore, source: 'b.md' }], CONTEXT)).toThrow(/id pet-core is also the id/);
  });

  it('sorts numbers in ids by value and still emits a module without catalogs', () => {
    const text = emitIndex([makeCatalog('v10', []), makeCatalog('v2', [])], CONTEXT).content;
    expect(text.indexOf('./v2/')).toBeLessThan(text.indexOf('./v10/'));
    expect(emitIndex([], CONTEXT).content).toMatch(/\n\nexport \{\};\n$/);
  });
});
