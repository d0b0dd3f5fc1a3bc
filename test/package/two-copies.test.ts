/**
 * Two copies of the generated package in one process, as when an app ends up with two
 * versions installed: errors of one copy pass the guards and `instanceof` of the other, both
 * ways, across the ES module and CommonJS builds too.
 */

import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitFiles, loadCatalogs } from '../../generator/pipeline.js';
import { writeFiles } from '../emit/emitted.js';

const root = path.resolve(import.meta.dirname, '../..');
const catalogs = loadCatalogs(['specs'], root);
const NAMESPACES: Record<string, string> = {};

let temp: string;
/** The root module of each copy: `a`/`b`, imported, and required from CommonJS. */
const copies: Record<'a' | 'b' | 'aCjs' | 'bCjs', Record<string, any>> = { a: {}, b: {}, aCjs: {}, bCjs: {} };

beforeAll(async () => {
  temp = mkdtempSync(path.join(os.tmpdir(), 'errspec-copies-'));
  const files = await emitFiles(catalogs, { name: 'copies-errors', version: '1.0.0' });
  for (const copy of ['a', 'b'] as const) writeFiles(path.join(temp, copy), files);
  const require = createRequire(import.meta.url);
  copies.a = await import(pathToFileURL(path.join(temp, 'a', 'dist', 'index.js')).href);
  copies.b = await import(pathToFileURL(path.join(temp, 'b', 'dist', 'index.js')).href);
  // require() of the same ES modules (Node 20.19 and later). Under vitest, import() goes through its module runner, so
  // these are instances of their own; in plain Node an import and a require() of one file share one (install.test.ts).
  copies.aCjs = require(path.join(temp, 'a', 'dist', 'index.js'));
  copies.bCjs = require(path.join(temp, 'b', 'dist', 'index.js'));
  for (const catalog of catalogs) NAMESPACES[catalog.id] = catalog.names.namespace;
}, 120_000);

afterAll(() => {
  if (temp !== undefined) rmSync(temp, { recursive: true, force: true });
});

const PAIRS = [
  ['a', 'b'],
  ['b', 'a'],
  ['a', 'bCjs'],
  ['bCjs', 'a'],
  ['aCjs', 'bCjs'],
] as const;

describe.each(PAIRS)('errors of copy %s, checked by copy %s', (from, to) => {
  it('are really separate copies: the classes differ', () => {
    expect(copies[from].petCore.PetCoreError).not.toBe(copies[to].petCore.PetCoreError);
  });

  it.each(catalogs.map((catalog) => [catalog.id, catalog] as const))('%s: every code passes the other copy\'s base and own guard and class, no other class', (_, catalog) => {
    const made = copies[from][NAMESPACES[catalog.id]!];
    const other = copies[to][NAMESPACES[catalog.id]!];
    const { baseClass, factory, guard, unknownClass } = catalog.names;
    for (const [index, entry] of catalog.entries.entries()) {
      const error = made[factory](entry.code);
      expect(other[guard](error)).toBe(true);
      expect(error instanceof other[baseClass]).toBe(true);
      expect(error instanceof other[entry.className]).toBe(true);
      expect(other[`is${entry.className}`](error)).toBe(true);
      expect(error instanceof other[unknownClass]).toBe(false);
      const next = catalog.entries[(index + 1) % catalog.entries.length]!;
      if (next.code !== entry.code) {
        expect(error instanceof other[next.className]).toBe(false);
        expect(other[`is${next.className}`](error)).toBe(false);
      }
    }
    const unknown = made[factory]('Z-not-listed');
    expect(unknown instanceof other[unknownClass]).toBe(true);
    expect(unknown instanceof other[baseClass]).toBe(true);
    expect(other[guard](unknown)).toBe(true);
  });

  it("refuses another catalog's errors, plain errors and look-alikes", () => {
    const xlinkError = copies[from].xlink.createXlinkError('Z');
    expect(xlinkError instanceof copies[to].petCore.PetCoreError).toBe(false);
    expect(copies[to].petCore.isPetCoreError(xlinkError)).toBe(false);
    const lookAlike = Object.assign(new Error('x'), { code: 'A0400', name: 'A0400Error' });
    expect(copies[to].petCore.isPetCoreError(lookAlike)).toBe(false);
    for (const value of [null, undefined, 'A0400', 42, {}, { code: 'A0400' }]) {
      expect(copies[to].petCore.isPetCoreError(value)).toBe(false);
      expect(value instanceof copies[to].petCore.PetCoreError).toBe(false);
    }
  });
});

describe('subclasses written by users', () => {
  it('fall back to the prototype chain', () => {
    const { petCore } = copies.a;
    const first = catalogs.find((catalog) => catalog.id === 'pet-core')!.entries[0]!;
    const Base = petCore[first.className];
    class Mine extends Base {}
    expect(new Mine() instanceof Mine).toBe(true);
    expect(new Mine() instanceof Base).toBe(true);
    expect(new Base() instanceof Mine).toBe(false);
    expect(new copies.b.petCore[first.className]() instanceof Mine).toBe(false);
  });
});
