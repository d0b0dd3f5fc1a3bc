/**
 * `--help`, `--version` and `inspect` through the built CLI: they print to stdout, exit 0 and
 * write nothing.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../generator/model.js';
import { BUILD_TIMEOUT, CLI_TIMEOUT, PET_SPEC, ROOT, SHOP_SPEC, ensureBuilt, errspecAsync, lines, listFiles, project, removeProjects, type Run } from './helpers.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT);
afterAll(removeProjects);

/** A project with two clean specs; help and inspect must leave it as it is. */
const dir = project({ 'specs/pet.md': PET_SPEC, 'specs/shop.md': SHOP_SPEC, 'specs/dup.md': `${PET_SPEC}| A0400 | 500 | 请求非法 |\n` });

const ARGS = {
  main: ['--help'],
  mainShort: ['-h'],
  generate: ['generate', '--help'],
  generateShort: ['generate', '-h'],
  generateWord: ['help', 'generate'],
  inspect: ['inspect', '--help'],
  inspectShort: ['inspect', '-h'],
  version: ['--version'],
  inspectHuman: ['inspect', 'specs/pet.md'],
  inspectJson: ['inspect', '--json', 'specs/shop.md', 'specs'],
  inspectErrors: ['inspect', 'specs/dup.md'],
} satisfies Record<string, string[]>;

const runs = {} as Record<keyof typeof ARGS, Run>;

beforeAll(async () => {
  await Promise.all(
    Object.entries(ARGS).map(async ([name, args]) => {
      runs[name as keyof typeof ARGS] = await errspecAsync(dir, ...args);
    }),
  );
}, CLI_TIMEOUT);

afterAll(() => {
  // Nothing here writes: the project still holds exactly its three specs.
  expect(listFiles(dir)).toEqual(['specs/dup.md', 'specs/pet.md', 'specs/shop.md']);
});

/** Exit 0, the text on stdout, nothing on stderr. */
function expectPrinted(run: Run): string {
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toBe('');
  expect(run.stdout).not.toBe('');
  return run.stdout;
}

describe('help', { timeout: CLI_TIMEOUT }, () => {
  it('errspec --help and -h: usage naming both commands and the global options', () => {
    const text = expectPrinted(runs.main);
    expect(text).toMatch(/^Usage: errspec <command>/m);
    expect(text).toMatch(/^ {2}generate\b/m);
    expect(text).toMatch(/^ {2}inspect\b/m);
    expect(text).toContain('--help');
    expect(text).toContain('--version');
    expect(expectPrinted(runs.mainShort)).toBe(text);
  });

  it('errspec generate --help, -h and help generate: every generate option', () => {
    const text = expectPrinted(runs.generate);
    expect(text).toMatch(/^Usage: errspec generate/m);
    for (const option of ['--specs', '--out', '--check', '--verbose', '--help']) expect(text).toContain(option);
    expect(text).not.toContain('--json');
    expect(expectPrinted(runs.generateShort)).toBe(text);
    expect(expectPrinted(runs.generateWord)).toBe(text);
  });

  it('errspec inspect --help and -h: usage with --json', () => {
    const text = expectPrinted(runs.inspect);
    expect(text).toMatch(/^Usage: errspec inspect/m);
    expect(text).toContain('--json');
    expect(text).not.toContain('--check');
    expect(expectPrinted(runs.inspectShort)).toBe(text);
  });

  it('the three help texts differ', () => {
    expect(new Set([runs.main.stdout, runs.generate.stdout, runs.inspect.stdout]).size).toBe(3);
  });
});

describe('--version', { timeout: CLI_TIMEOUT }, () => {
  it('prints the version of package.json, and nothing else', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(expectPrinted(runs.version)).toBe(`${version}\n`);
  });
});

describe('inspect', { timeout: CLI_TIMEOUT }, () => {
  it('prints a human summary with the entry count, each code with its line and status', () => {
    const run = runs.inspectHuman;
    expect(run.status, run.stderr).toBe(0);
    const out = lines(run.stdout);
    expect(out[0]).toBe('specs/pet.md  pet  "宠物"');
    expect(out[1]).toMatch(/rows seen 2, entries 2, variants 0, skipped 0; 0 errors, 0 warnings/);
    expect(out).toContainEqual(expect.stringMatching(/^\s+5 {2}A0400 {2}400 {2}\S+ {2}请求非法$/));
    expect(out).toContainEqual(expect.stringMatching(/^\s+6 {2}A0500 {2}500 {2}\S+ {2}服务异常$/));
  });

  it('--json prints valid JSON: each spec once (a file and its folder), in path order, each with rows.seen and its entries', () => {
    const run = runs.inspectJson;
    expect(run.status).toBe(1); // specs/dup.md has an error
    const json = JSON.parse(run.stdout) as { catalogs: Catalog[] };
    expect(json.catalogs.map((catalog) => catalog.source)).toEqual(['specs/dup.md', 'specs/pet.md', 'specs/shop.md']);
    const [, pet, shop] = json.catalogs;
    expect(pet!.rows.seen).toBe(2);
    expect(pet!.entries.map((entry) => [entry.code, entry.httpStatus, entry.line])).toEqual([
      ['A0400', 400, 5],
      ['A0500', 500, 6],
    ]);
    expect(shop!.entries[0]!.messages).toEqual({ 'zh-CN': '商品不存在', en: 'Item not found' });
  });

  it('exits 1 when a spec has errors, and prints the diagnostic', () => {
    const run = runs.inspectErrors;
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^specs\/dup\.md:7:11  error  .+  conflicting-status$/m);
  });
});
