/**
 * `emitPackage`: the package manifest and the compiled builds of the generated sources, and the
 * checks on the package's name and version.
 */

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitCatalog, emitIndex, emitPackage, type GeneratedFile } from '../../generator/emit/index.js';
import { defaultPackageIdentity, isSemver, packageNameProblem } from '../../generator/emit/package/identity.js';
import { loadCatalogs } from '../../generator/pipeline.js';

const root = path.resolve(import.meta.dirname, '../..');
const catalogs = loadCatalogs(['specs'], root);
const context = { generator: 'errspec' };
const sources = [...catalogs.flatMap((catalog) => emitCatalog(catalog, context)), emitIndex(catalogs, context)];
const identity = { name: '@acme/errors', version: '1.2.3-rc.1' };
const files = await emitPackage(sources, catalogs, identity);
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
  exports: Record<string, string | Record<string, Record<string, string>>>;
  main: string;
  types: string;
  files: string[];
  [field: string]: unknown;
}

const manifest = JSON.parse(text('package.json')) as Manifest;
const ids = catalogs.map((catalog) => catalog.id).sort();

/** Two catalogs and their sources, for the tests that compile everything again. */
const pair = catalogs.filter((catalog) => catalog.id === 'pet-core' || catalog.id === 'oauth-iot');
const pairSources = [...pair.flatMap((catalog) => emitCatalog(catalog, context)), emitIndex(pair, context)];
const pairFiles = await emitPackage(pairSources, pair, identity);

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

  it('exports the root, one subpath per catalog (by id) with its messages, and package.json', () => {
    expect(Object.keys(manifest.exports)).toEqual(['.', ...ids.flatMap((id) => [`./${id}`, `./${id}/messages/*.json`]), './package.json']);
    expect(manifest.exports['./pet-core']).toEqual({
      import: { types: './dist/esm/pet-core/index.d.ts', default: './dist/esm/pet-core/index.js' },
      require: { types: './dist/cjs/pet-core/index.d.ts', default: './dist/cjs/pet-core/index.js' },
    });
    expect(manifest.exports['./pet-core/messages/*.json']).toBe('./pet-core/messages/*.json');
  });

  it('points only at files that exist and that `files` packs', () => {
    const targets = Object.values(manifest.exports).flatMap((target) =>
      typeof target === 'string' ? [target] : Object.values(target).flatMap((conditions) => Object.values(conditions)),
    );
    const existing = new Set([...files, ...sources].map((file) => `./${file.path}`));
    for (const target of [...targets, manifest.main, manifest.types]) {
      const pattern = new RegExp(`^${target.replace(/[.*]/g, (char) => (char === '*' ? '[^/]+' : '\\.'))}$`);
      expect([...existing].some((file) => pattern.test(file)), target).toBe(true);
      expect(target === './package.json' || manifest.files.some((folder) => target.startsWith(`./${folder}/`)), target).toBe(true);
    }
    expect(manifest.main).toBe('./dist/cjs/index.js');
    expect(manifest.types).toBe('./dist/cjs/index.d.ts');
  });

  it('is the same whatever order the catalogs come in', async () => {
    expect(pair.map((catalog) => catalog.id)).toEqual(['oauth-iot', 'pet-core']);
    const reversed = await emitPackage([...pairSources].reverse(), [...pair].reverse(), identity);
    const manifestOf = (output: GeneratedFile[]): string => output.find((file) => file.path === 'package.json')!.content;
    const sorted = (output: GeneratedFile[]): GeneratedFile[] => [...output].sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(sorted(reversed)).toEqual(sorted(pairFiles));
    expect(Object.keys((JSON.parse(manifestOf(pairFiles)) as Manifest).exports)).toEqual([
      '.', './oauth-iot', './oauth-iot/messages/*.json', './pet-core', './pet-core/messages/*.json', './package.json',
    ]);
  });
});

describe('the builds', () => {
  const typescript = sources.filter((file) => file.path.endsWith('.ts'));

  it('has ESM and CommonJS JavaScript and declarations for every .ts source, and nothing else but the manifests', () => {
    const expected = typescript.flatMap((file) => {
      const stem = file.path.slice(0, -3);
      return [`dist/esm/${stem}.js`, `dist/esm/${stem}.d.ts`, `dist/cjs/${stem}.js`, `dist/cjs/${stem}.d.ts`];
    });
    expect(files.map((file) => file.path).sort()).toEqual(['package.json', 'dist/cjs/package.json', ...expected].sort());
    expect(JSON.parse(text('dist/cjs/package.json'))).toEqual({ type: 'commonjs' });
  });

  it('starts every file with its source\'s "Do not edit" header and a blank line; LF only; one final newline', () => {
    for (const source of typescript) {
      const header = /^(?:\/\/[^\n]*\n)+/.exec(source.content)![0];
      expect(header).toContain('Do not edit');
      const stem = source.path.slice(0, -3);
      for (const file of [`dist/esm/${stem}.js`, `dist/esm/${stem}.d.ts`, `dist/cjs/${stem}.js`, `dist/cjs/${stem}.d.ts`]) {
        const content = text(file);
        expect(content.startsWith(`${header}\n`), file).toBe(true);
        expect(content.slice(header.length + 1, header.length + 2), file).not.toBe('\n');
        expect(content, file).not.toContain('\r');
        expect(content.endsWith('\n') && !content.endsWith('\n\n'), file).toBe(true);
      }
    }
  });

  it('keeps the JSDoc, the .js specifiers, and the module format of each folder', () => {
    for (const file of ['dist/esm/pet-core/codes.js', 'dist/esm/pet-core/codes.d.ts', 'dist/cjs/pet-core/codes.js']) {
      expect(text(file), file).toMatch(/\* Spec: specs\/pet-core\.md:\d+\n/);
    }
    expect(text('dist/esm/pet-core/errors.js')).toContain('from "./codes.js";');
    expect(text('dist/esm/pet-core/errors.js')).not.toMatch(/\brequire\(|\bexports\./);
    expect(text('dist/cjs/pet-core/errors.js')).toContain('require("./codes.js")');
    expect(text('dist/cjs/pet-core/errors.js')).not.toMatch(/^import |^export /m);
    expect(text('dist/esm/pet-core/errors.d.ts')).toMatch(/^export declare (abstract )?class PetCoreError extends Error/m);
    expect(text('dist/cjs/pet-core/errors.d.ts')).toBe(text('dist/esm/pet-core/errors.d.ts'));
    expect(text('dist/esm/index.js')).toContain('export * as petCore from "./pet-core/index.js";');
  });

  it('gives the same bytes on a second run; a catalog compiles the same alone as with the others', async () => {
    expect(await emitPackage(pairSources, pair, identity)).toEqual(pairFiles);
    const catalogFiles = pairFiles.filter((file) => /^dist\/(esm|cjs)\/(pet-core|oauth-iot)\//.test(file.path));
    expect(catalogFiles.length).toBeGreaterThan(0);
    for (const file of catalogFiles) expect(file.content, file.path).toBe(text(file.path));
  });
});

describe('what reaches emitPackage is checked; a failure is an errspec bug', () => {
  const header = '// Generated by errspec from specs/x.md. Do not edit: change the spec, then run `npm run generate`.\n\n';
  const petCore = catalogs.find((catalog) => catalog.id === 'pet-core')!;
  const petSources = (extra: GeneratedFile[]): GeneratedFile[] => [
    ...emitCatalog(petCore, context),
    emitIndex([petCore], context),
    ...extra,
  ];

  it('a declaration tsc cannot write without a type checker: named with its file, line and column', async () => {
    const extra = { path: 'pet-core/extra.ts', content: `${header}export const twice = [1].map((n) => n * 2);\n` };
    await expect(emitPackage(petSources([extra]), [petCore], identity)).rejects.toThrow(
      /^errspec bug: transpileDeclaration reported 1 problem\(s\) in the generated code:\n {2}pet-core\/extra\.ts:3:14 {2}.*isolatedDeclarations/,
    );
  });

  it('a source that is not TypeScript', async () => {
    const extra = { path: 'pet-core/extra.ts', content: `${header}export const = ;\n` };
    await expect(emitPackage(petSources([extra]), [petCore], identity)).rejects.toThrow(/^errspec bug: transpileModule reported \d+ problem\(s\)[^]*pet-core\/extra\.ts:3:/);
  });

  it('a source without the header', async () => {
    const extra = { path: 'pet-core/extra.ts', content: 'export const one: number = 1;\n' };
    await expect(emitPackage(petSources([extra]), [petCore], identity)).rejects.toThrow(/^errspec bug: pet-core\/extra\.ts does not start with the "Generated by/);
  });

  it('a catalog without its index.ts, or no root index.ts', async () => {
    const withoutIndex = petSources([]).filter((file) => file.path !== 'pet-core/index.ts');
    await expect(emitPackage(withoutIndex, [petCore], identity)).rejects.toThrow('errspec bug: no pet-core/index.ts among the generated sources');
    const withoutRoot = petSources([]).filter((file) => file.path !== 'index.ts');
    await expect(emitPackage(withoutRoot, [petCore], identity)).rejects.toThrow('errspec bug: no index.ts among the generated sources');
  });

  it('a name or version the CLI should have refused', async () => {
    await expect(emitPackage(petSources([]), [petCore], { name: 'Bad Name', version: '1.0.0' })).rejects.toThrow(/^errspec bug: package name "Bad Name"/);
    await expect(emitPackage(petSources([]), [petCore], { name: 'ok', version: '1.0' })).rejects.toThrow(/^errspec bug: package version "1.0"/);
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
