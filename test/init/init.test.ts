/**
 * `errspec init`: what it writes in an empty folder, that it never overwrites or rewrites a
 * file, and that what it writes generates without a warning.
 */

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, readCatalogs } from '../../generator/index.js';
import { init } from '../../generator/init/index.js';
import { BUILD_TIMEOUT, ensureBuilt, errspec, lines, project, removeProjects } from '../cli/helpers.js';

afterAll(removeProjects);

const DEFAULTS = { json: false, specs: 'specs', out: 'generated', packageName: null };
const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');

describe('init()', () => {
  it('writes a JSON config, the example spec, the scripts and the cache line; the result generates with no diagnostic above info', async () => {
    const dir = project({ 'package.json': '{\n\t"name": "acme-api",\n\t"version": "2.1.0"\n}' });
    const steps = init(dir, { ...DEFAULTS, json: true, specs: 'docs/errors', out: 'src/errors', packageName: '@acme/errors' });
    expect(steps.map((step) => [step.file, step.changed])).toEqual([
      ['errspec.config.json', true], ['docs/errors/example.errors.md', true], ['package.json', true], ['.gitignore', true],
    ]);
    expect(JSON.parse(read(dir, 'errspec.config.json'))).toEqual({ specs: ['docs/errors/**/*.errors.md'], out: 'src/errors', package: { name: '@acme/errors' } });
    // package.json keeps its tab indentation and its lack of a final newline.
    expect(read(dir, 'package.json')).toBe('{\n\t"name": "acme-api",\n\t"version": "2.1.0",\n\t"scripts": {\n\t\t"errors:generate": "errspec generate",\n\t\t"errors:check": "errspec generate --check"\n\t}\n}');
    expect(read(dir, '.gitignore')).toBe('node_modules/.cache/errspec/\n');
    const result = await generate({ cwd: dir });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([]);
    expect(result.catalogs.map((catalog) => [catalog.id, catalog.entryCount])).toEqual([['example', 3]]);
    const [catalog] = (await readCatalogs({ cwd: dir })).catalogs;
    expect(catalog!.entries.map((entry) => `${entry.code} ${entry.httpStatus}`)).toEqual(['EXAMPLE_BAD_INPUT 400', 'EXAMPLE_NOT_FOUND 404', 'EXAMPLE_UNAVAILABLE 503']);
    expect(read(dir, 'src/errors/example/index.ts').split('\n')[0]).toContain('then run `npm run errors:generate`.');
    expect(JSON.parse(read(dir, 'src/errors/package.json')).name).toBe('@acme/errors');
  });

  it('never overwrites: a config of any kind, the example, existing scripts and an ignore of node_modules are kept', () => {
    const manifest = `${JSON.stringify({ name: 'x', scripts: { 'errors:generate': 'make errors' } }, null, 2)}\n`;
    const dir = project({ 'errspec.config.mjs': 'export default {};\n', 'specs/example.errors.md': 'mine\n', 'package.json': manifest, '.gitignore': 'dist\n/node_modules\n' });
    const steps = init(dir, DEFAULTS);
    expect(steps.map((step) => `${step.file}: ${step.note}`)).toEqual([
      'errspec.config.mjs: kept (it exists; no second config written)',
      'specs/example.errors.md: kept (it exists)',
      'package.json: scripts errors:check added',
      '.gitignore: kept (it already ignores the cache in node_modules)',
    ]);
    expect(existsSync(path.join(dir, 'errspec.config.ts'))).toBe(false);
    expect(read(dir, 'specs/example.errors.md')).toBe('mine\n');
    expect(JSON.parse(read(dir, 'package.json')).scripts).toEqual({ 'errors:generate': 'make errors', 'errors:check': 'errspec generate --check' });
    expect(read(dir, '.gitignore')).toBe('dist\n/node_modules\n');
    expect(init(dir, DEFAULTS).filter((step) => step.changed)).toEqual([]);
  });

  it('appends the cache line to a .gitignore that does not ignore node_modules, and says when there is no package.json', () => {
    const dir = project({ '.gitignore': 'dist' });
    const steps = init(dir, DEFAULTS);
    expect(read(dir, '.gitignore')).toBe('dist\nnode_modules/.cache/errspec/\n');
    expect(steps.find((step) => step.file === 'package.json')).toEqual({
      file: 'package.json', changed: false, note: 'not found; add the scripts errors:generate and errors:check to yours',
    });
    expect(read(dir, 'errspec.config.ts')).toBe(
      "import { defineConfig } from 'errspec/config';\n\n// Paths are relative to this file. Options: see errspec's README, \"Config file\".\nexport default defineConfig({\n  specs: [\"specs/**/*.errors.md\"],\n  out: \"generated\",\n});\n",
    );
  });

  it.each([['/abs'], ['../up'], ['docs/*']])('refuses --specs %s: a folder inside this one is expected', (specs) => {
    expect(() => init(project(), { ...DEFAULTS, specs })).toThrow(`Unexpected --specs \`${specs}\`, expected a folder inside this one, such as \`specs\``);
  });
});

describe('errspec init', { timeout: 60_000 }, () => {
  beforeAll(ensureBuilt, BUILD_TIMEOUT);

  it('prints each file with what it did, then the next command; a bad --package-name is a usage error', () => {
    const dir = project({ 'package.json': '{"name": "shop"}\n' });
    const run = errspec(dir, 'init');
    expect(run.status, run.stderr).toBe(0);
    expect(lines(run.stdout)).toEqual([
      'errspec.config.ts        written',
      'specs/example.errors.md  written',
      'package.json             scripts errors:generate and errors:check added',
      ".gitignore               line node_modules/.cache/errspec/ added (errspec's cache)",
      'errspec init: 4 files written or changed; next: npm run errors:generate',
    ]);
    const bad = errspec(dir, 'init', '--package-name', 'Shop Errors');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Unexpected --package-name `Shop Errors`');
  });
});
