/**
 * Same specs, same bytes: whatever the working directory, time zone or locale of the run.
 */

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, contents, ensureBuilt } from './helpers.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'errspec-determinism-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(() => ensureBuilt());

/** A hash of every file under `dir`, path and bytes. */
function hash(dir: string): string {
  const digest = createHash('sha256');
  for (const [file, bytes] of Object.entries(contents(dir)).sort(([a], [b]) => (a < b ? -1 : 1))) digest.update(file).update('\0').update(bytes);
  return digest.digest('hex');
}

/** Copy the five seeds into a new project, run generate from `cwd` (relative to the project) with `env`; the hash of its output. */
function run(name: string, cwd: string, env: Record<string, string>): string {
  const project = path.join(work, name);
  cpSync(path.join(ROOT, 'specs'), path.join(project, 'specs'), { recursive: true });
  cpSync(path.join(ROOT, 'package.json'), path.join(project, 'package.json'));
  const from = path.resolve(project, cwd);
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'dist/generator/cli.js'), 'generate', '--specs', path.join(project, 'specs'), '--out', path.join(project, 'generated')],
    { cwd: from, encoding: 'utf8', env: { ...process.env, ...env } },
  );
  expect(result.status, result.stderr).toBe(0);
  return hash(path.join(project, 'generated'));
}

describe('determinism', () => {
  it('gives byte-identical output from another working directory, time zone and locale, equal to the committed generated/', () => {
    const hashes = [
      run('plain', '.', { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' }),
      run('elsewhere', os.tmpdir(), { TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }),
      run('nested', 'specs', { TZ: 'America/St_Johns', LANG: 'zh_CN.GB18030', LC_ALL: '' }),
    ];
    expect(new Set(hashes).size).toBe(1);
    expect(hashes[0]).toBe(hash(path.join(ROOT, 'generated')));
  }, 60_000);
});
