/**
 * What the CLI says when something is wrong. Usage and I/O mistakes: exit 2, one line
 * `errspec: ...`, no stack trace, nothing written. Errors in a spec: exit 1, every diagnostic
 * as `path:line:column  severity  message  rule`, nothing written.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, CLI_TIMEOUT, PET_SPEC, SHOP_SPEC, contents, ensureBuilt, errspecAsync, expectUsageError, lines, listFiles, project, removeProjects, writeSummary, type Run } from './helpers.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT);
afterAll(removeProjects);

/** PET_SPEC with A0400 listed again under another status: an error at 7:11, the `500` cell. */
const CONFLICTING = `${PET_SPEC}| A0400 | 500 | 请求非法 |\n`;

/** A header-only table after a heading (line 5), then a clean table. */
const TRUNCATED = '# 标题\n\n## 旧表\n\n| 错误码 | 说明 |\n\n## 新表\n\n| 错误码 | HTTP 状态 | 说明 |\n| --- | --- | --- |\n| A0400 | 400 | 请求非法 |\n';

/** TRUNCATED with A0400 listed again under another status: an error at 12:11 besides the warning at 5:1. */
const BROKEN = `${TRUNCATED}| A0400 | 500 | 请求非法 |\n`;

/** A project with one clean spec; `extra` adds or replaces files. */
const petProject = (extra: Record<string, string | Uint8Array> = {}): string => project({ 'specs/pet.md': PET_SPEC, ...extra });

/** Each case: the project, the arguments, and the run once `beforeAll` has made it. */
const cases = {
  unknownCommand: { dir: petProject(), args: ['frob'] },
  unknownHelpTopic: { dir: petProject(), args: ['help', 'frob'] },
  badEnumStyle: { dir: petProject(), args: ['generate', '--enum-style', 'class'] },
  unknownOption: { dir: petProject(), args: ['generate', '--frob'] },
  missingSpec: { dir: petProject(), args: ['generate', '--specs', 'missing.md'] },
  outIsFile: { dir: petProject({ 'out.txt': 'keep me\n' }), args: ['generate', '--out', 'out.txt'] },
  notUtf8: { dir: petProject({ 'specs/bad.md': Uint8Array.from([0xff, 0xfe, 0x00]) }), args: ['generate'] },
  sameIdFiles: { dir: project({ 'a/x.md': PET_SPEC, 'b/x.md': SHOP_SPEC }), args: ['generate', '--specs', 'a/x.md', '--specs', 'b/x.md'] },
  sameIdFolders: { dir: project({ 'a/x.md': PET_SPEC, 'b/x.md': SHOP_SPEC }), args: ['generate', '--specs', 'a', '--specs', 'b'] },
  sameNamespace: { dir: project({ 'specs/pet-core.md': PET_SPEC, 'specs/pet_core.md': SHOP_SPEC }), args: ['generate'] },
  conflicting: { dir: project({ 'specs/dup.md': CONFLICTING, 'specs/more.md': CONFLICTING.replace(/A0400/g, 'B0400') }), args: ['generate'] },
  conflictingExisting: {
    dir: project({
      'specs/dup.md': CONFLICTING,
      'generated/.errspec-manifest.json': '{"generator":"errspec","files":["old/codes.ts"]}\n',
      'generated/old/codes.ts': '// stale, but nothing may change while a spec has errors\n',
    }),
    args: ['generate'],
  },
  truncated: { dir: project({ 'specs/x.md': TRUNCATED }), args: ['generate'] },
  // With an error as well, nothing is emitted, so these two runs are fast.
  broken: { dir: project({ 'specs/x.md': BROKEN }), args: ['generate'] },
  brokenVerbose: { dir: project({ 'specs/x.md': BROKEN }), args: ['generate', '--verbose'] },
} satisfies Record<string, { dir: string; args: string[] }>;

const runs = {} as Record<keyof typeof cases, Run>;

beforeAll(async () => {
  await Promise.all(
    Object.entries(cases).map(async ([name, { dir, args }]) => {
      runs[name as keyof typeof cases] = await errspecAsync(dir, ...args);
    }),
  );
}, CLI_TIMEOUT);

/** The project of a case wrote nothing: no `generated/` (and, with `--out`, nothing new anywhere). */
function expectNothingWritten(name: keyof typeof cases, files: string[]): void {
  expect(listFiles(cases[name].dir)).toEqual(files.sort());
}

describe('usage and I/O errors: exit 2, one line, no stack, nothing written', { timeout: CLI_TIMEOUT }, () => {
  it('unknown command', () => {
    expectUsageError(runs.unknownCommand, '`frob`');
    expectUsageError(runs.unknownHelpTopic, '`frob`');
    expectUsageError(runs.badEnumStyle, '--enum-style');
    expectNothingWritten('unknownCommand', ['specs/pet.md']);
  });

  it('unknown option', () => {
    expectUsageError(runs.unknownOption, '--frob');
    expectNothingWritten('unknownOption', ['specs/pet.md']);
  });

  it('--specs naming a path that does not exist', () => {
    expectUsageError(runs.missingSpec, '`missing.md`');
    expectNothingWritten('missingSpec', ['specs/pet.md']);
  });

  it('--out naming an existing regular file; the file is left alone', () => {
    // The same refusal under --check, and a failed write below a file, are covered in test/write.
    expectUsageError(runs.outIsFile, 'out.txt');
    expect(runs.outIsFile.stderr).toContain('it is a file, expected a folder');
    expectNothingWritten('outIsFile', ['out.txt', 'specs/pet.md']);
    expect(readFileSync(path.join(cases.outIsFile.dir, 'out.txt'), 'utf8')).toBe('keep me\n');
  });

  it('a spec that is not valid UTF-8, even next to a good one', () => {
    expectUsageError(runs.notUtf8, '`specs/bad.md`');
    expect(runs.notUtf8.stderr).toContain('UTF-8');
    expectNothingWritten('notUtf8', ['specs/bad.md', 'specs/pet.md']);
  });

  it('two spec files that make one catalog id, named as files or through their folders', () => {
    for (const name of ['sameIdFiles', 'sameIdFolders'] as const) {
      expectUsageError(runs[name], '`a/x.md`');
      expect(runs[name].stderr).toContain('`b/x.md`');
      expect(runs[name].stderr).toContain('`x`');
      expectNothingWritten(name, ['a/x.md', 'b/x.md']);
    }
  });

  it('two spec files whose catalog ids differ but make one TypeScript namespace, like the same-id case', () => {
    // pet-core and pet_core are two ids, but both would be exported as `petCore` from generated/index.ts.
    expectUsageError(runs.sameNamespace, '`specs/pet-core.md`');
    expect(runs.sameNamespace.stderr).toContain('`specs/pet_core.md`');
    expectNothingWritten('sameNamespace', ['specs/pet-core.md', 'specs/pet_core.md']);
  });
});

describe('errors in a spec: exit 1, positioned diagnostics, nothing written', { timeout: CLI_TIMEOUT }, () => {
  it('a code listed twice with two HTTP statuses: conflicting-status at the second status cell, in every spec', () => {
    const run = runs.conflicting;
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    const [first, second, summary, ...rest] = lines(run.stderr);
    expect(first).toMatch(/^specs\/dup\.md:7:11  error  \S.*\S  conflicting-status$/);
    expect(first).toContain('A0400');
    // Every spec's errors are reported, not only the first one's.
    expect(second).toMatch(/^specs\/more\.md:7:11  error  \S.*\S  conflicting-status$/);
    expect(second).toContain('B0400');
    expect(summary).toBe('errspec: 2 specs, 4 entries, 2 errors, 0 warnings; nothing written because of errors');
    expect(rest).toEqual([]);
    expect(existsSync(path.join(cases.conflicting.dir, 'generated'))).toBe(false);
    expectNothingWritten('conflicting', ['specs/dup.md', 'specs/more.md']);
  });

  it('leaves an existing output folder exactly as it was, stale files included', () => {
    const run = runs.conflictingExisting;
    expect(run.status, run.stderr).toBe(1);
    expect(contents(path.join(cases.conflictingExisting.dir, 'generated'))).toEqual({
      '.errspec-manifest.json': Buffer.from('{"generator":"errspec","files":["old/codes.ts"]}\n'),
      'old/codes.ts': Buffer.from('// stale, but nothing may change while a spec has errors\n'),
    });
  });
});

describe('diagnostics: format, all of them, info only with --verbose', { timeout: CLI_TIMEOUT }, () => {
  const DIAGNOSTIC = /^(specs\/x\.md):(\d+):(\d+)  (error|warning|info)  (\S.*\S)  ([a-z]+(?:-[a-z]+)*)$/;
  const parts = (line: string | undefined): string[] | undefined => DIAGNOSTIC.exec(line ?? '')?.slice(1).filter((_, index) => index !== 4);
  const withoutInfo = (text: string): string[] => lines(text).filter((line) => !line.includes('  info  '));

  it('a header-only table: a table-truncated warning at its line, exit 0, output written', () => {
    const run = runs.truncated;
    expect(run.status, run.stderr).toBe(0);
    const [diagnostic, ...rest] = lines(run.stderr);
    expect(diagnostic).toMatch(DIAGNOSTIC);
    expect(parts(diagnostic)).toEqual(['specs/x.md', '5', '1', 'warning', 'table-truncated']);
    expect(rest).toHaveLength(1);
    expect(writeSummary(run)).toMatchObject({ specs: 1, entries: 1, errors: 0, warnings: 1 });
    expect(existsSync(path.join(cases.truncated.dir, 'generated/x/index.ts'))).toBe(true);
  });

  it('a spec with a warning and an error: both, in line order, then the summary; exit 1', () => {
    const run = runs.broken;
    expect(run.status, run.stderr).toBe(1);
    const [warning, error, summary, ...rest] = lines(run.stderr);
    expect(parts(warning)).toEqual(['specs/x.md', '5', '1', 'warning', 'table-truncated']);
    expect(parts(error)).toEqual(['specs/x.md', '12', '11', 'error', 'conflicting-status']);
    expect(summary).toBe('errspec: 1 spec, 1 entry, 1 error, 1 warning; nothing written because of errors');
    expect(rest).toEqual([]);
  });

  it('prints info diagnostics only with --verbose, in the same format, and nothing else changes', () => {
    expect(runs.truncated.stderr).not.toMatch(/ {2}info {2}/);
    expect(runs.broken.stderr).not.toMatch(/ {2}info {2}/);
    const verbose = runs.brokenVerbose;
    expect(verbose.status).toBe(1);
    const infos = lines(verbose.stderr).filter((line) => line.includes('  info  '));
    expect(infos.length).toBeGreaterThan(0);
    for (const line of infos) expect(line).toMatch(DIAGNOSTIC);
    expect(infos).toContainEqual(expect.stringMatching(/^specs\/x\.md:5:1  info  .+  table-recovered$/));
    expect(withoutInfo(verbose.stderr)).toEqual(lines(runs.broken.stderr));
  });
});
