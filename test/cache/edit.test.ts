/**
 * A run where some specs changed: the files of unchanged catalogs whose output is still as the
 * last run wrote it (their stamp of size, time and inode) are neither loaded nor compared, yet
 * the output is byte for byte what a run without a cache writes; a hand-edited or deleted file
 * of such a catalog is restored; a removed spec's files are removed; a failed run leaves the
 * output and the cache as they were; `--check` never trusts a stamp.
 */

import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CacheStore, cachedRun, type Stages } from '../../generator/cache/index.js';
import { DEFAULT_OPTIONS } from '../../generator/extract/index.js';
import { catalogOf } from '../../generator/pipeline.js';
import { MANIFEST, writeOutput } from '../../generator/write/index.js';
import { BUILD_TIMEOUT, CLI_TIMEOUT, PET_SPEC, SHOP_SPEC, contents, ensureBuilt, errspec, project, removeProjects } from '../cli/helpers.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT);
afterAll(removeProjects);

const CACHE = 'node_modules/.cache/errspec';
const EDITED_PET = PET_SPEC.replace('请求非法', '请求非法 (edited)');

/** The output folder's bytes after a generate of `files` in a fresh project, without a cache. */
function uncached(files: Record<string, string>): Record<string, Buffer> {
  const dir = project(files);
  const run = errspec(dir, 'generate');
  expect(run.status, run.stderr).toBe(0);
  return contents(path.join(dir, 'generated'));
}

/** A project with the pet and shop specs, generated once. */
function generated(): string {
  const dir = project({ 'specs/pet.md': PET_SPEC, 'specs/shop.md': SHOP_SPEC });
  const run = errspec(dir, 'generate');
  expect(run.status, run.stderr).toBe(0);
  return dir;
}

/** `<files> files written, <removed> removed, <unchanged> unchanged` of a run's summary. */
function counts(stderr: string): [number, number, number] {
  const match = / (\d+) files written, (\d+) removed, (\d+) unchanged/.exec(stderr);
  expect(match, stderr).not.toBeNull();
  return [Number(match![1]), Number(match![2]), Number(match![3])];
}

describe('a run where some specs changed', { timeout: CLI_TIMEOUT * 4 }, () => {
  it('writes the same bytes as a run without a cache, and only the changed files', () => {
    const dir = generated();
    const shopBefore = statSync(path.join(dir, 'generated/shop/errors.ts'));
    writeFileSync(path.join(dir, 'specs/pet.md'), EDITED_PET);
    const run = errspec(dir, 'generate');
    expect(run.status, run.stderr).toBe(0);
    const output = contents(path.join(dir, 'generated'));
    expect(output).toEqual(uncached({ 'specs/pet.md': EDITED_PET, 'specs/shop.md': SHOP_SPEC }));
    const [written, removed, unchanged] = counts(run.stderr);
    // The pet catalog's messages and what is compiled from them, and nothing of shop's.
    expect(written).toBeGreaterThan(0);
    expect(removed).toBe(0);
    expect(written + unchanged).toBe(Object.keys(output).length);
    const shopAfter = statSync(path.join(dir, 'generated/shop/errors.ts'));
    expect([shopAfter.ino, shopAfter.mtimeMs]).toEqual([shopBefore.ino, shopBefore.mtimeMs]);
  });

  it('restores a hand-edited or deleted file of an unchanged catalog', () => {
    const dir = generated();
    const expected = uncached({ 'specs/pet.md': EDITED_PET, 'specs/shop.md': SHOP_SPEC });
    // Same size, edited in place: only its time tells.
    const codes = path.join(dir, 'generated/shop/codes.ts');
    const text = readFileSync(codes, 'utf8');
    writeFileSync(codes, text.replace('B0404', 'B9999'));
    expect(statSync(codes).size).toBe(Buffer.byteLength(text));
    rmSync(path.join(dir, 'generated/dist/esm/shop/errors.js'));
    writeFileSync(path.join(dir, 'specs/pet.md'), EDITED_PET);
    const run = errspec(dir, 'generate');
    expect(run.status, run.stderr).toBe(0);
    expect(contents(path.join(dir, 'generated'))).toEqual(expected);
    // And the run after it trusts the new stamps: nothing to write.
    expect(counts(errspec(dir, 'generate').stderr)[0]).toBe(0);
  });

  it('removes the files of a removed spec', () => {
    const dir = generated();
    rmSync(path.join(dir, 'specs/shop.md'));
    const run = errspec(dir, 'generate');
    expect(run.status, run.stderr).toBe(0);
    expect(counts(run.stderr)[1]).toBeGreaterThan(0);
    expect(existsSync(path.join(dir, 'generated/shop'))).toBe(false);
    expect(contents(path.join(dir, 'generated'))).toEqual(uncached({ 'specs/pet.md': PET_SPEC }));
  });

  it('a run that fails leaves the output and the cache as they were', () => {
    const dir = generated();
    const output = contents(path.join(dir, 'generated'));
    const cache = contents(path.join(dir, CACHE));
    // Errors in one spec while another changed.
    writeFileSync(path.join(dir, 'specs/pet.md'), EDITED_PET);
    writeFileSync(path.join(dir, 'specs/shop.md'), '');
    const errors = errspec(dir, 'generate');
    expect(errors.status).toBe(1);
    expect(contents(path.join(dir, 'generated'))).toEqual(output);
    expect(contents(path.join(dir, CACHE))).toEqual(cache);
    // A write that fails: the changed catalog's folder is a symbolic link.
    writeFileSync(path.join(dir, 'specs/shop.md'), SHOP_SPEC);
    renameSync(path.join(dir, 'generated/pet'), path.join(dir, 'pet-elsewhere'));
    symlinkSync(path.join(dir, 'pet-elsewhere'), path.join(dir, 'generated/pet'));
    const blocked = errspec(dir, 'generate');
    expect(blocked.status, blocked.stderr).toBe(2);
    expect(blocked.stderr).toMatch(/symbolic link/);
    expect(contents(path.join(dir, CACHE))).toEqual(cache);
    expect(readdirSync(path.join(dir, CACHE)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('--check compares every byte, even of a file whose stamp was put back', () => {
    const dir = generated();
    const codes = path.join(dir, 'generated/shop/codes.ts');
    const before = statSync(codes);
    writeFileSync(codes, readFileSync(codes, 'utf8').replace('B0404', 'B9999'));
    utimesSync(codes, before.atime, before.mtime);
    writeFileSync(path.join(dir, 'specs/pet.md'), EDITED_PET);
    const check = errspec(dir, 'generate', '--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('shop/codes.ts');
  });
});

describe('cachedRun with intact output', () => {
  it('neither emits nor loads the files of an unchanged catalog whose output is as written', async () => {
    const dir = project();
    const out = path.join(dir, 'out');
    const store = new CacheStore(path.join(dir, 'cache'));
    const emitted: string[] = [];
    const stages: Stages = {
      catalogOf: (input) => catalogOf(input),
      emitCatalog: async (catalog) => {
        emitted.push(catalog.id);
        const text = JSON.stringify(catalog.entries.map((entry) => entry.messages));
        return { sources: [{ path: `${catalog.id}/index.ts`, content: `${text}\n` }], compiled: [{ path: `dist/${catalog.id}.js`, content: `${text};\n` }] };
      },
      emitShared: async (_, sources) => [{ path: 'index.ts', content: `${sources.join(',')}\n` }],
    };
    const inputs = { defaults: DEFAULT_OPTIONS, pkg: { name: 'a', version: '1.0.0' }, out, tool: 'errspec test' };
    const specs = (pet: string) => [
      { id: 'pet', source: 'specs/pet.md', text: pet },
      { id: 'shop', source: 'specs/shop.md', text: SHOP_SPEC },
    ];
    const generate = async (pet: string) => {
      const run = await cachedRun(specs(pet), inputs, store, stages, true);
      const files = [...(run.files ?? [])];
      writeOutput(out, files, run.kept);
      run.remember([...run.paths, MANIFEST]);
      return { run, files: files.map((file) => file.path) };
    };
    await generate(PET_SPEC);
    expect(emitted).toEqual(['pet', 'shop']);
    const edit = await generate(EDITED_PET);
    expect(emitted).toEqual(['pet', 'shop', 'pet']);
    expect(edit.files).toEqual(['pet/index.ts', 'dist/pet.js', 'index.ts']);
    expect(edit.run.kept).toEqual(['shop/index.ts', 'dist/shop.js']);
    // A file of shop touched by hand: shop's files are loaded (from the cache) and compared again.
    const shop = path.join(out, 'dist/shop.js');
    writeFileSync(shop, 'changed;\n');
    const repair = await generate(PET_SPEC);
    expect(repair.run.kept).toEqual([]);
    expect(repair.files).toEqual(['pet/index.ts', 'dist/pet.js', 'shop/index.ts', 'dist/shop.js', 'index.ts']);
    expect(readFileSync(shop, 'utf8')).not.toBe('changed;\n');
  });
});

describe('cachedRun over its memory budget', () => {
  it('reads files again from the cache when written, emitted or cached alike, with the same bytes', async () => {
    const dir = project();
    const store = new CacheStore(path.join(dir, 'cache'));
    const stages: Stages = {
      catalogOf: (input) => catalogOf(input),
      emitCatalog: async (catalog) => ({ sources: [{ path: `${catalog.id}/index.ts`, content: `${JSON.stringify(catalog.entries)}\n` }], compiled: [] }),
      emitShared: async () => [{ path: 'index.ts', content: 'shared\n' }],
    };
    const inputs = { defaults: DEFAULT_OPTIONS, pkg: { name: 'a', version: '1.0.0' }, out: path.join(dir, 'out'), tool: 'errspec test' };
    const specs = [{ id: 'pet', source: 'specs/pet.md', text: PET_SPEC }, { id: 'shop', source: 'specs/shop.md', text: SHOP_SPEC }];
    const held = await cachedRun(specs, inputs, new CacheStore(path.join(dir, 'other-cache')), stages);
    const expected = [...held.files!];
    expect(expected.map((file) => file.path)).toEqual(['pet/index.ts', 'shop/index.ts', 'index.ts']);
    // Emitted: read back from the temporary files, before and after they are kept.
    const emitted = await cachedRun(specs, { ...inputs, held: 0 }, store, stages);
    expect([...emitted.files!]).toEqual(expected);
    emitted.remember(null);
    expect([...emitted.files!]).toEqual(expected);
    // From the cache: read again; gone meanwhile, a usage error rather than a crash.
    const cached = await cachedRun(specs, { ...inputs, held: 0 }, store, stages);
    expect([...cached.files!]).toEqual(expected);
    rmSync(path.join(dir, 'cache'), { recursive: true });
    expect(() => [...cached.files!]).toThrow(/cache folder changed during the run/);
    // A run that failed after spilling leaves nothing, not even the folder it made.
    const failed = await cachedRun(specs, { ...inputs, held: 0 }, new CacheStore(path.join(dir, 'failed/cache')), stages);
    expect(readdirSync(path.join(dir, 'failed/cache')).length).toBeGreaterThan(0);
    failed.forget();
    expect(existsSync(path.join(dir, 'failed'))).toBe(false);
  });
});
