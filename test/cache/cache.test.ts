/**
 * The cache (node_modules/.cache/errspec): a cached run writes exactly what an uncached one
 * does; changing the spec text, an option or errspec itself is a miss; a corrupt or foreign
 * cache file is ignored; a run with nothing changed parses and emits nothing.
 */

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CacheStore, cachedCatalogs } from '../../generator/cache/index.js';
import { DEFAULT_OPTIONS } from '../../generator/extract/index.js';
import { catalogOf } from '../../generator/pipeline.js';
import { BUILD_TIMEOUT, CLI, CLI_TIMEOUT, PET_SPEC, SHOP_SPEC, contents, ensureBuilt, errspec, project, put, removeProjects } from '../cli/helpers.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT);
afterAll(removeProjects);

const CACHE = 'node_modules/.cache/errspec';

/** Generate in a fresh project without a cache; its output folder's bytes. */
function uncached(files: Record<string, string>, ...args: string[]): Record<string, Buffer> {
  const dir = project(files);
  const run = errspec(dir, 'generate', ...args);
  expect(run.status, run.stderr).toBe(0);
  expect(readdirSync(path.join(dir, CACHE)).length).toBeGreaterThan(0);
  return contents(path.join(dir, 'generated'));
}

/** Stage timings a run reports with ERRSPEC_TIMINGS=1. */
function stagesOf(stderr: string): Record<string, number> {
  const line = stderr.split('\n').find((text) => text.startsWith('errspec-timings '));
  return (JSON.parse(line!.slice('errspec-timings '.length)) as { stages: Record<string, number> }).stages;
}

function timedRun(dir: string, ...args: string[]): Record<string, number> {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ERRSPEC_TIMINGS: '1' } });
  expect(run.status, run.stderr).toBe(0);
  return stagesOf(run.stderr);
}

describe('cache through the CLI', { timeout: CLI_TIMEOUT * 4 }, () => {
  it('a run from the cache writes the same bytes as one without, and parses nothing', () => {
    const specs = { 'specs/pet.md': PET_SPEC, 'specs/shop.md': SHOP_SPEC };
    const dir = project(specs);
      const cold = timedRun(dir, 'generate');
      expect(Object.keys(cold)).toEqual(expect.arrayContaining(['markdown', 'emit']));
      expect(Object.keys(cold)).not.toContain('compile');
      const first = contents(path.join(dir, 'generated'));
      rmSync(path.join(dir, 'generated'), { recursive: true });
      const warm = timedRun(dir, 'generate');
      expect(Object.keys(warm)).not.toContain('markdown');
      expect(contents(path.join(dir, 'generated'))).toEqual(first);
      // One spec edited: only it is parsed again, and the output is what a fresh run gives.
      const edited = PET_SPEC.replace('请求非法', '请求非法 (edited)');
      writeFileSync(path.join(dir, 'specs/pet.md'), edited);
      const edit = timedRun(dir, 'generate');
      expect(Object.keys(edit)).toContain('markdown');
      // One result per spec and one record, not one per edit: the edited spec's old catalog is gone.
      expect(readdirSync(path.join(dir, CACHE))).toHaveLength(3);
      expect(contents(path.join(dir, 'generated'))).toEqual(uncached({ 'specs/pet.md': edited, 'specs/shop.md': SHOP_SPEC }));
  });

  it('changing an option is a miss: the output is what a fresh run with that option gives', () => {
    const dir = project({ 'specs/pet.md': PET_SPEC });
    expect(errspec(dir, 'generate').status).toBe(0);
    for (const args of [['--enum-style', 'const'], ['--default-status', '418'], ['--package-name', 'acme-errors', '--package-version', '2.0.0']]) {
      expect(errspec(dir, 'generate', ...args).status).toBe(0);
      expect(contents(path.join(dir, 'generated')), args.join(' ')).toEqual(uncached({ 'specs/pet.md': PET_SPEC }, ...args));
    }
  });

  it('adding or changing a translation file is a miss: the output is what a fresh run gives', () => {
    const dir = project({ 'specs/pet.md': PET_SPEC });
    expect(errspec(dir, 'generate').status).toBe(0);
    for (const message of ['Bad request', 'Invalid request']) {
      const translation = `{ "A0400": "${message}" }\n`;
      writeFileSync(path.join(dir, 'specs/pet.md'), PET_SPEC);
      put(dir, 'specs/i18n/pet.en.json', translation);
      const run = errspec(dir, 'generate');
      expect(run.status, run.stderr).toBe(0);
      const output = contents(path.join(dir, 'generated'));
      expect(output['pet/messages/en.json']?.toString()).toContain(message);
      expect(output).toEqual(uncached({ 'specs/pet.md': PET_SPEC, 'specs/i18n/pet.en.json': translation }));
    }
  });

  it('corrupt, truncated and foreign cache files are ignored, and replaced', () => {
    const dir = project({ 'specs/pet.md': PET_SPEC, 'specs/shop.md': SHOP_SPEC });
    expect(errspec(dir, 'generate').status).toBe(0);
    const expected = contents(path.join(dir, 'generated'));
    const cacheFiles = readdirSync(path.join(dir, CACHE)).sort();
    // Per spec its catalog, and the record of the output folder.
    expect(cacheFiles).toHaveLength(3);
    const damage = [
      (text: string) => text.slice(0, text.length / 2),
      () => 'not json at all',
      // A well-formed file whose hash matches but whose value is not a cached spec.
      () => {
        const body = JSON.stringify({ format: 'errspec-cache-1', key: 'x', value: { catalog: 42 } });
        return `${createHashHex(body)}\n${body}`;
      },
    ];
    cacheFiles.forEach((file, index) => {
      const full = path.join(dir, CACHE, file);
      writeFileSync(full, damage[index % damage.length]!(readFileSync(full, 'utf8')));
    });
    rmSync(path.join(dir, 'generated'), { recursive: true });
    const run = errspec(dir, 'generate');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/internal error|at .*\.js/);
    expect(contents(path.join(dir, 'generated'))).toEqual(expected);
    expect(readdirSync(path.join(dir, CACHE)).sort()).toHaveLength(3);
  });

  it('a generated file changed by hand after a run is rewritten by the next, though the specs are unchanged', () => {
    const dir = project({ 'specs/pet.md': PET_SPEC });
    expect(errspec(dir, 'generate').status).toBe(0);
    const expected = contents(path.join(dir, 'generated'));
    const noop = errspec(dir, 'generate');
    expect(noop.stderr).toMatch(/ 0 files written, 0 removed, \d+ unchanged/);
    writeFileSync(path.join(dir, 'generated/pet/index.ts'), 'export {};\n');
    rmSync(path.join(dir, 'generated/dist/pet/index.js'));
    const repair = errspec(dir, 'generate');
    expect(repair.stderr).toMatch(/ 2 files written/);
    expect(contents(path.join(dir, 'generated'))).toEqual(expected);
  });

  it('a run that fails leaves no cache: a spec with errors, an output folder that is a file', () => {
    const dir = project({ 'specs/empty.md': '' });
    for (let run = 0; run < 2; run++) {
      const result = errspec(dir, 'generate');
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/empty-spec/);
    }
    const blocked = project({ 'specs/pet.md': PET_SPEC, 'out.txt': 'keep\n' });
    expect(errspec(blocked, 'generate', '--out', 'out.txt').status).toBe(2);
    for (const folder of [dir, blocked]) expect(existsSync(path.join(folder, 'node_modules'))).toBe(false);
  });
});

describe('cachedCatalogs', () => {
  it('a different errspec (tool identity) or spec text is a miss; nothing is kept until flush', () => {
    const dir = project();
    const store = new CacheStore(path.join(dir, 'cache'));
    const spec = { id: 'pet', source: 'specs/pet.md', text: PET_SPEC };
    let parsed = 0;
    const read = (input: typeof spec) => {
      parsed++;
      return catalogOf(input);
    };
    const inputs = { defaults: DEFAULT_OPTIONS, out: '/out' };
    cachedCatalogs([spec], { ...inputs, tool: 'errspec 1' }, store, read);
    cachedCatalogs([spec], { ...inputs, tool: 'errspec 1' }, store, read);
    expect(parsed).toBe(2);
    store.flush();
    const [hit] = cachedCatalogs([spec], { ...inputs, tool: 'errspec 1' }, store, read);
    expect(parsed).toBe(2);
    expect(hit).toEqual(catalogOf(spec));
    cachedCatalogs([spec], { ...inputs, tool: 'errspec 2' }, store, read);
    expect(parsed).toBe(3);
    cachedCatalogs([{ ...spec, text: `${PET_SPEC}\n` }], { ...inputs, tool: 'errspec 1' }, store, read);
    expect(parsed).toBe(4);
  });

  it("flush removes a slot's older results but not another process's temporary file", () => {
    const dir = path.join(project(), 'cache');
    const store = new CacheStore(dir);
    store.save('slot', 'a'.repeat(64), 1);
    store.flush();
    writeFileSync(path.join(dir, `slot-${'c'.repeat(64)}.json.999999.tmp`), 'spill of another run');
    store.save('slot', 'b'.repeat(64), 2);
    store.flush();
    expect(readdirSync(dir).sort()).toEqual([`slot-${'b'.repeat(64)}.json`, `slot-${'c'.repeat(64)}.json.999999.tmp`]);
  });
});

function createHashHex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
