/**
 * `emitPackage`: the package manifest and the runtime, beside each catalog's module in its three
 * forms; and the checks on the package's name and version.
 */

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitCatalog, emitIndex, emitPackage, type GeneratedFile } from '../../generator/emit/index.js';
import { defaultPackageIdentity, isSemver, packageNameProblem } from '../../generator/config/package-identity.js';
import { loadCatalogs } from '../../generator/pipeline.js';

const root = path.resolve(import.meta.dirname, '../..');
const catalogs = loadCatalogs(['specs'], root);
const context = { generator: 'errspec', repoPrefix: '', openapi: true, regenerate: 'npm run generate' };
const sources = [...catalogs.flatMap((catalog) => emitCatalog(catalog, context)), ...emitIndex(catalogs, context)];
const identity = { name: '@acme/errors', version: '1.2.3-rc.1' };
const files = emitPackage(catalogs, identity, context);
const byPath = new Map(files.map((file) => [file.path, file.content]));

/** The text of an emitted file; fails the test when it was not emitted. */
function text(file: string): string {
  const content = byPath.get(file);
  expect(content, `${file} was not emitted`).toBeDefined();
  return content!;
}

interface Manifest {
  name: string;
  version: string;
  description: string;
  type: string;
  sideEffects: boolean;
  exports: Record<string, string | Record<string, string>>;
  main: string;
  types: string;
  files: string[];
  [field: string]: unknown;
}

const manifest = JSON.parse(text('package.json')) as Manifest;
const ids = catalogs.map((catalog) => catalog.id).sort();
const pair = catalogs.filter((catalog) => catalog.id === 'pet-core' || catalog.id === 'oauth-iot');

describe('package.json', () => {
  it('names the package as given, is an ES module package without side effects or dependencies', () => {
    expect(manifest.name).toBe('@acme/errors');
    expect(manifest.version).toBe('1.2.3-rc.1');
    expect(manifest.type).toBe('module');
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.description).toMatch(/\berrspec\b/);
    for (const catalog of catalogs) expect(manifest.description).toContain(catalog.source);
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies', 'scripts']) expect(manifest).not.toHaveProperty(field);
  });

  it('exports the root, one subpath per catalog (by id) with its messages and contracts, and package.json; ES modules only', () => {
    expect(Object.keys(manifest.exports)).toEqual(['.', ...ids.flatMap((id) => [`./${id}`, `./${id}/messages/*.json`, `./${id}/openapi.json`, `./${id}/schema.json`]), './package.json']);
    expect(manifest.exports['./pet-core']).toEqual({ types: './dist/pet-core/index.d.ts', default: './dist/pet-core/index.js' });
    expect(manifest.exports['./pet-core/messages/*.json']).toBe('./pet-core/messages/*.json');
  });

  it('points only at files that exist and that `files` packs', () => {
    const targets = Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    const existing = new Set([...files, ...sources].map((file) => `./${file.path}`));
    for (const target of [...targets, manifest.main, manifest.types]) {
      const pattern = new RegExp(`^${target.replace(/[.*]/g, (char) => (char === '*' ? '[^/]+' : '\\.'))}$`);
      expect([...existing].some((file) => pattern.test(file)), target).toBe(true);
      expect(target === './package.json' || manifest.files.some((entry) => target === `./${entry}` || target.startsWith(`./${entry}/`)), target).toBe(true);
    }
    expect([manifest.main, manifest.types]).toEqual(['./dist/index.js', './dist/index.d.ts']);
  });

  it('is the same whatever order the catalogs come in', () => {
    const sorted = (output: GeneratedFile[]): GeneratedFile[] => [...output].sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(sorted(emitPackage([...pair].reverse(), identity, context))).toEqual(sorted(emitPackage(pair, identity, context)));
  });
});

describe('the files', () => {
  it('has the TypeScript, the JavaScript and the declarations of every catalog and of the root index, and the runtime once', () => {
    const paths = [...sources, ...files].map((file) => file.path);
    for (const id of ids) expect(paths).toEqual(expect.arrayContaining([`${id}/index.ts`, `dist/${id}/index.js`, `dist/${id}/index.d.ts`]));
    expect(paths).toEqual(expect.arrayContaining(['index.ts', 'dist/index.js', 'dist/index.d.ts', 'errspec-runtime.ts', 'dist/errspec-runtime.js', 'dist/errspec-runtime.d.ts']));
    expect(paths.filter((file) => file.includes('errspec-runtime'))).toHaveLength(3);
  });

  it('starts every code file with a "Do not edit" header and a blank line; LF only; one final newline', () => {
    for (const file of [...sources, ...files].filter((candidate) => /\.(ts|js)$/.test(candidate.path))) {
      expect(file.content, file.path).toMatch(/^\/\/ (Generated|Copied) by errspec .*Do not edit.*\n(\/\/ .*\n)*\n/);
      expect(file.content, file.path).not.toContain('\r');
      expect(file.content.endsWith('\n') && !file.content.endsWith('\n\n'), file.path).toBe(true);
    }
  });

  it('the runtime is the one of generator/runtime, with its JSDoc', () => {
    expect(text('errspec-runtime.ts')).toContain('export abstract class ErrspecError extends Error');
    expect(text('dist/errspec-runtime.d.ts')).toContain('/** Base of every generated error class. */');
    expect(text('dist/errspec-runtime.js')).not.toMatch(/: (string|unknown)\b/);
  });
});

describe('what reaches emitPackage is checked; a failure is an errspec bug', () => {
  it('a name or version the CLI should have refused', () => {
    expect(() => emitPackage(pair, { name: 'Bad Name', version: '1.0.0' }, context)).toThrow(/^errspec bug: package name "Bad Name"/);
    expect(() => emitPackage(pair, { name: 'ok', version: '1.0' }, context)).toThrow(/^errspec bug: package version "1.0"/);
  });
});

describe('package identity', () => {
  it.each([
    ['errspec-errors', null],
    ['@acme/errors', null],
    ['a.b_c~d-1', null],
    ['x'.repeat(214), null],
    ['', 'empty'],
    ['x'.repeat(215), 'too long (215 characters, at most 214)'],
    ['Errors', expect.stringContaining('lowercase')],
    ['my errors', expect.stringContaining('lowercase')],
    ['.errors', expect.stringContaining('lowercase')],
    ['_errors', expect.stringContaining('lowercase')],
    ['@acme', expect.stringContaining('lowercase')],
    ['@acme/', expect.stringContaining('lowercase')],
    ['acme/errors', expect.stringContaining('lowercase')],
    ['errors/', expect.stringContaining('lowercase')],
    ['node_modules', 'reserved by npm'],
    ['favicon.ico', 'reserved by npm'],
    ['http', 'the name of a Node.js core module'],
    ['fs', 'the name of a Node.js core module'],
  ])('package name %j: %j', (name, problem) => {
    expect(packageNameProblem(name)).toEqual(problem);
  });

  it.each([
    ['0.0.0', true],
    ['1.2.3', true],
    ['10.20.30-rc.1+build.5', true],
    ['1.0.0-alpha-1', true],
    ['v1.2.3', false],
    ['1.2', false],
    ['01.2.3', false],
    ['1.2.3-', false],
    ['1.2.3-01', false],
    [' 1.2.3', false],
    ['', false],
  ])('version %j is a semver: %s', (version, valid) => {
    expect(isSemver(version)).toBe(valid);
  });

  it('defaults: the user package name + -errors and its version; errors and 0.0.0 without them', () => {
    expect(defaultPackageIdentity({ name: 'api', version: '2.0.1' })).toEqual({ name: 'api-errors', version: '2.0.1' });
    expect(defaultPackageIdentity({ name: '@acme/api' })).toEqual({ name: '@acme/api-errors', version: '0.0.0' });
    expect(defaultPackageIdentity({ version: '3.0.0', name: '' })).toEqual({ name: 'errors', version: '3.0.0' });
    expect(defaultPackageIdentity({ name: 42, version: ['1.0.0'] })).toEqual({ name: 'errors', version: '0.0.0' });
    expect(defaultPackageIdentity(null)).toEqual({ name: 'errors', version: '0.0.0' });
    expect(defaultPackageIdentity('not an object')).toEqual({ name: 'errors', version: '0.0.0' });
  });
});
