/**
 * generate() and readCatalogs() in-process: the CLI's resolution and pipeline as functions that
 * return results and throw UserError for usage problems, never print or exit.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UserError, generate, readCatalogs } from '../../generator/index.js';
import { PET_SPEC, SHOP_SPEC, project, removeProjects } from '../cli/helpers.js';

afterAll(removeProjects);

let exit: ReturnType<typeof vi.spyOn>;
let writes: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  exit = vi.spyOn(process, 'exit').mockImplementation(() => {
    throw new Error('process.exit called');
  });
  writes = vi.spyOn(process.stderr, 'write');
});
afterEach(() => {
  exit.mockRestore();
  writes.mockRestore();
});

describe('generate()', { timeout: 60_000 }, () => {
  it('writes the output of the config in cwd and returns files, catalogs and diagnostics; check then finds it up to date', async () => {
    const dir = project({ 'errspec.config.json': JSON.stringify({ specs: 'docs/*.errors.md', out: 'lib/errors' }), 'docs/pet.errors.md': PET_SPEC, 'docs/shop.errors.md': SHOP_SPEC });
    const result = await generate({ cwd: dir });
    expect(result.ok).toBe(true);
    expect(result.out).toBe(path.join(dir, 'lib/errors'));
    expect(result.catalogs.map((catalog) => catalog.id)).toEqual(['pet', 'shop']);
    expect(result.written).toContain('pet/index.ts');
    const file = result.files.find((entry) => entry.path === 'shop/index.ts')!;
    expect(readFileSync(path.join(dir, 'lib/errors/shop/index.ts'), 'utf8')).toBe(file.content);
    expect(result.files.map((entry) => entry.path)).toEqual([...result.files.map((entry) => entry.path)].sort());
    const checked = await generate({ cwd: dir, check: true });
    expect(checked).toMatchObject({ ok: true, written: [], differing: [], removed: [] });
    expect(checked.files).toEqual(result.files);
    expect(writes).not.toHaveBeenCalled();
  });

  it('takes the configuration inline, its paths relative to cwd; config: false ignores the file', async () => {
    const dir = project({ 'errspec.config.json': '{"out": "never"}', 'errors/pet.md': PET_SPEC });
    const result = await generate({ cwd: dir, config: { specs: ['errors'], out: 'out', package: { name: 'pets', version: '1.0.0' } } });
    expect(result.ok).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'out/package.json'), 'utf8'))).toMatchObject({ name: 'pets', version: '1.0.0' });
    await expect(generate({ cwd: dir, config: false })).rejects.toThrow("Cannot read spec `specs`");
    expect(existsSync(path.join(dir, 'never'))).toBe(false);
  });

  it('returns errors in specs with ok false and writes nothing; with check, a stale output is ok false with the differing files', async () => {
    const dir = project({ 'specs/empty.md': '', 'specs/pet.md': PET_SPEC });
    const failed = await generate({ cwd: dir });
    expect(failed.ok).toBe(false);
    expect(failed.files).toEqual([]);
    expect(failed.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'empty-spec', source: 'specs/empty.md' }));
    expect(existsSync(path.join(dir, 'generated'))).toBe(false);
    const stale = await generate({ cwd: dir, config: { specs: 'specs/pet.md' }, check: true });
    expect(stale.ok).toBe(false);
    expect(stale.differing).toContain('pet/index.ts');
  });

  it('throws UserError for a bad inline config, with every problem and a did-you-mean', async () => {
    const dir = project({ 'specs/pet.md': PET_SPEC });
    const config = { catalogs: { pet: { prefx: 'P' } } } as never;
    const error = await generate({ cwd: dir, config }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('config (at catalogs.pet.prefx)  error  Unexpected key `catalogs.pet.prefx` (did you mean `prefix`?)');
    expect(exit).not.toHaveBeenCalled();
  });
});

describe('readCatalogs()', () => {
  it('reads the specs named, with the config\'s catalog settings and rule levels, writing nothing', async () => {
    const dir = project({
      'errspec.config.json': JSON.stringify({ catalogs: { shop: { prefix: 'Store' } }, rules: { 'missing-message': 'error' } }),
      'specs/shop.errors.md': SHOP_SPEC,
      'specs/bare.md': '# Bare\n\n| 错误码 | HTTP 状态 |\n| --- | --- |\n| C0001 | 400 |\n',
    });
    const { catalogs, diagnostics } = await readCatalogs({ cwd: dir });
    expect(catalogs.map((catalog) => [catalog.id, catalog.names.baseClass, catalog.entries.length])).toEqual([['bare', 'BareError', 1], ['shop', 'StoreError', 2]]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'missing-message', source: 'specs/bare.md' }));
    const one = await readCatalogs({ cwd: dir, specs: 'specs/shop.errors.md', config: false });
    expect(one.catalogs.map((catalog) => catalog.names.baseClass)).toEqual(['ShopError']);
    expect(existsSync(path.join(dir, 'generated'))).toBe(false);
  });
});
