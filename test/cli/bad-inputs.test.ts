/**
 * Every bad input of the hardening list, through the real CLI: a clear diagnostic, the
 * documented exit code (2 for what the user must fix outside the spec, 1 for errors in a
 * spec), no stack trace, and the previous generated/ untouched.
 */

import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, CLI, CLI_TIMEOUT, PET_SPEC, contents, ensureBuilt, project, removeProjects } from './helpers.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT);
afterAll(removeProjects);

/** A project with a good spec already generated, then changed by `prepare`. */
function prepared(prepare: (dir: string) => void): { dir: string; before: Record<string, Buffer> } {
  const dir = project({ 'specs/pet.md': PET_SPEC });
  expect(spawnSync(process.execPath, [CLI, 'generate'], { cwd: dir }).status).toBe(0);
  const before = contents(path.join(dir, 'generated'));
  prepare(dir);
  return { dir, before };
}

/** A file of about `size` bytes of `chunk` repeated, written a mebibyte at a time. */
function big(file: string, size: number, chunk: string): void {
  const fd = openSync(file, 'w');
  const buffer = Buffer.from(chunk.repeat(Math.ceil(1_048_576 / chunk.length)));
  for (let written = 0; written < size; written += buffer.length) writeSync(fd, buffer);
  closeSync(fd);
}

function write(dir: string, file: string, bytes: string | Uint8Array): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), bytes);
}

const table = (cols: number): string =>
  `| 错误码 | 说明 |${' c |'.repeat(cols - 2)}\n|${' --- |'.repeat(cols)}\n| B1 | 坏 |${' x |'.repeat(cols - 2)}\n`;

const CASES: [string, (dir: string) => void, string[], 1 | 2, RegExp][] = [
  ['an empty file', (dir) => write(dir, 'specs/empty.md', ''), [], 1, /empty-spec/],
  ['a binary file', (dir) => write(dir, 'specs/bin.md', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2])), [], 2, /binary file/],
  ['invalid UTF-8', (dir) => write(dir, 'specs/latin1.md', Uint8Array.from([0x7c, 0x20, 0xe9, 0x20, 0x7c])), [], 2, /not valid UTF-8/],
  ['UTF-16 with a BOM', (dir) => write(dir, 'specs/u16.md', Buffer.from('\ufeff| 错误码 | 说明 |', 'utf16le')), [], 2, /UTF-16/],
  ['a 100 MB spec', (dir) => big(path.join(dir, 'specs/huge.md'), 100 * 1_048_576, '| A1 | x |\n'), [], 2, /100\.0 MiB, expected at most 16\.0 MiB/],
  ['a single 10 MB line', (dir) => big(path.join(dir, 'specs/line.md'), 10 * 1_048_576, 'x'), [], 1, /line-too-long/],
  ['a table with 10,000 columns', (dir) => write(dir, 'specs/wide.md', table(10_000)), [], 1, /table-too-wide/],
  ['a missing spec', () => undefined, ['--specs', 'specs/missing.md'], 2, /no such file or directory/],
  ['a spec path that is a symlink loop', (dir) => {
    symlinkSync(path.join(dir, 'loop-b.md'), path.join(dir, 'loop-a.md'));
    symlinkSync(path.join(dir, 'loop-a.md'), path.join(dir, 'loop-b.md'));
  }, ['--specs', 'loop-a.md'], 2, /symlink loop/],
  ['--out that is a file', (dir) => write(dir, 'out.txt', 'keep\n'), ['--out', 'out.txt'], 2, /it is a file/],
  ['two specs with one catalog id', (dir) => write(dir, 'more/pet.md', PET_SPEC), ['--specs', 'specs', '--specs', 'more'], 2, /both make catalog `pet`/],
];

describe('bad inputs', { timeout: CLI_TIMEOUT }, () => {
  it.each(CASES)('%s: a clear message, exit code as documented, no stack trace, generated/ untouched', (_, prepare, args, code, message) => {
    const { dir, before } = prepared(prepare);
    const run = spawnSync(process.execPath, [CLI, 'generate', ...args], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr.split('\n').filter((line) => line !== '').length).toBeLessThanOrEqual(3);
    expect(contents(path.join(dir, 'generated'))).toEqual(before);
  });

  it('a spec file name cannot make a catalog folder outside --out', () => {
    const { dir, before } = prepared((folder) => write(folder, 'specs/..md', PET_SPEC.replace(/A0/g, 'Z0')));
    const run = spawnSync(process.execPath, [CLI, 'generate'], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/Cannot make a catalog id from the file name `\.\.md`/);
    expect(contents(path.join(dir, 'generated'))).toEqual(before);
  });
});

describe('a hostile environment', { timeout: CLI_TIMEOUT }, () => {
  it.each([
    ['missing', (dir: string) => path.join(dir, 'no-such-tmp')],
    ['a file, not a folder', (dir: string) => (write(dir, 'tmp-file', 'x'), path.join(dir, 'tmp-file'))],
  ])('generates with TMPDIR %s: nothing goes to the temporary folder', (_, tmpdir) => {
    const dir = project({ 'specs/pet.md': PET_SPEC });
    const run = spawnSync(process.execPath, [CLI, 'generate'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TMPDIR: tmpdir(dir) } });
    expect(run.status, run.stderr).toBe(0);
    expect(Object.keys(contents(path.join(dir, 'generated')))).toContain('pet/index.ts');
  });

  it.each([
    ['a getter that throws', 'export default { out: "x", get specs() { throw new Error("no specs today"); } };', /reading `specs` threw no specs today/],
    ['a proxy whose keys throw', 'export default new Proxy({}, { ownKeys() { throw new TypeError("no keys"); } });', /reading it threw no keys/],
  ])('refuses a config with %s: one line naming the config, exit 2, no stack trace', (_, source, message) => {
    const dir = project({ 'specs/pet.md': PET_SPEC, 'errspec.config.mjs': source });
    const run = spawnSync(process.execPath, [CLI, 'generate'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^errspec: Cannot read config `errspec\.config\.mjs`: /);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
