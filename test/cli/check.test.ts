/**
 * `errspec generate --check`, the CI gate: exit 0 when generated/ is what the specs make, else
 * exit 1 with the differing and stale files listed; never writes or removes anything.
 */

import { existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUILD_TIMEOUT,
  CLI_TIMEOUT,
  PET_SPEC,
  SHOP_SPEC,
  catalogFiles,
  contents,
  ensureBuilt,
  errspecAsync,
  lines,
  listFiles,
  manifestFiles,
  project,
  removeProjects,
  stamps,
  writeSummary,
  type Run,
} from './helpers.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT);
afterAll(removeProjects);

const DIFFERS = /^generated\/(\S+)  differs from the specs$/;
const STALE = /^generated\/(\S+)  is stale and would be removed$/;

/** The files a `--check` run lists as differing and as stale, and its last line. */
function listed(run: Run): { differing: string[]; stale: string[]; last: string } {
  const all = lines(run.stderr);
  return {
    differing: all.flatMap((line) => DIFFERS.exec(line)?.[1] ?? []).sort(),
    stale: all.flatMap((line) => STALE.exec(line)?.[1] ?? []).sort(),
    last: all.at(-1) ?? '',
  };
}

/** Back-date every file under `dir`, so that any write shows in its mtime. */
function backdate(dir: string): void {
  const old = new Date('2001-02-03T04:05:06Z');
  for (const file of listFiles(dir)) utimesSync(path.join(dir, file), old, old);
}

describe.concurrent('errspec generate --check', { timeout: CLI_TIMEOUT }, () => {
  it('exits 1 listing every file when there is no output yet, and does not create the output folder', async () => {
    const dir = project({ 'specs/pet.md': PET_SPEC, 'specs/shop.md': SHOP_SPEC });
    const run = await errspecAsync(dir, 'generate', '--check');
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toBe('');
    const { differing, stale, last } = listed(run);
    for (const file of ['.errspec-manifest.json', 'index.ts', ...catalogFiles('pet', ['zh-CN']), ...catalogFiles('shop', ['en', 'zh-CN'])]) {
      expect(differing).toContain(file);
    }
    expect(stale).toEqual([]);
    expect(last).toMatch(new RegExp(`^errspec: generated/ is out of date \\(${differing.length} files\\)`));
    expect(existsSync(path.join(dir, 'generated'))).toBe(false);
  });

  it('exits 0 when up to date; exits 1 after a change (listing exactly what generate then rewrites) or a deletion (listing the stale files); writes nothing', async () => {
    const dir = project({ 'specs/pet.md': PET_SPEC, 'specs/shop.md': SHOP_SPEC });
    const out = path.join(dir, 'generated');
    expect((await errspecAsync(dir, 'generate')).status).toBe(0);
    backdate(out);
    const fresh = contents(out);
    const freshStamps = stamps(out);

    // Up to date.
    const upToDate = await errspecAsync(dir, 'generate', '--check');
    expect(upToDate.status, upToDate.stderr).toBe(0);
    expect(upToDate.stdout).toBe('');
    expect(upToDate.stderr).toMatch(/^errspec: 2 specs, 4 entries, 0 errors, 0 warnings; generated\/ is up to date \(\d+ ms\)\n$/);
    expect(contents(out)).toEqual(fresh);
    expect(stamps(out)).toEqual(freshStamps);

    // A message changes.
    writeFileSync(path.join(dir, 'specs/pet.md'), PET_SPEC.replace('请求非法', '请求参数非法'));
    const changedCheck = await errspecAsync(dir, 'generate', '--check');
    expect(changedCheck.status, changedCheck.stderr).toBe(1);
    const { differing, stale, last } = listed(changedCheck);
    expect(stale).toEqual([]);
    expect(differing).toContain('pet/messages/zh-CN.json');
    expect(differing.filter((file) => file.startsWith('shop/'))).toEqual([]);
    expect(last).toBe(`errspec: generated/ is out of date (${differing.length} files); run \`npx errspec generate\` and commit`); // no package.json script: the npx form
    expect(contents(out)).toEqual(fresh);
    expect(stamps(out)).toEqual(freshStamps);

    const generate = await errspecAsync(dir, 'generate');
    expect(generate.status, generate.stderr).toBe(0);
    const after = contents(out);
    const changed = Object.keys(after).filter((file) => fresh[file] === undefined || !fresh[file].equals(after[file]!)).sort();
    expect(changed).toEqual(differing);
    expect(writeSummary(generate).written).toBe(differing.length);
    expect(JSON.parse(readFileSync(path.join(out, 'pet/messages/zh-CN.json'), 'utf8'))).toMatchObject({ A0400: '请求参数非法' });

    // A spec is deleted: its files are listed as stale, and still nothing is written or removed.
    const generated = manifestFiles(out);
    rmSync(path.join(dir, 'specs/shop.md'));
    backdate(out);
    const before = stamps(out);
    const deletedCheck = await errspecAsync(dir, 'generate', '--check');
    expect(deletedCheck.status, deletedCheck.stderr).toBe(1);
    const afterDeletion = listed(deletedCheck);
    for (const file of catalogFiles('shop', ['en', 'zh-CN'])) expect(afterDeletion.stale).toContain(file);
    expect(afterDeletion.stale.filter((file) => !generated.includes(file))).toEqual([]);
    expect(afterDeletion.stale.filter((file) => file.startsWith('pet/'))).toEqual([]);
    expect(afterDeletion.differing).toContain('.errspec-manifest.json');
    expect(afterDeletion.differing).toContain('index.ts');
    expect(afterDeletion.differing.filter((file) => /^(pet|shop)\//.test(file))).toEqual([]);
    const total = afterDeletion.differing.length + afterDeletion.stale.length;
    expect(afterDeletion.last).toMatch(new RegExp(`^errspec: generated/ is out of date \\(${total} files\\)`));
    expect(contents(out)).toEqual(after);
    expect(stamps(out)).toEqual(before);
  });
});
