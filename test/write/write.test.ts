/**
 * The write stage on its own: `writeOutput` writes only what changed (through a temporary file
 * and a rename), removes only stale files its manifest lists and that lie inside the output
 * folder; `checkOutput` reports the same differences and writes nothing.
 */

import { createHash } from 'node:crypto';
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../generator/errors.js';
import { MANIFEST, checkOutput, writeOutput, type OutputFile } from '../../generator/write/index.js';
import { contents, listFiles, stamps } from '../cli/helpers.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A new empty temporary folder. */
function temp(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'errspec-write-'));
  folders.push(folder);
  return folder;
}

function put(root: string, file: string, content: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

function read(root: string, file: string): string {
  return readFileSync(path.join(root, file), 'utf8');
}

/** The manifest text `writeOutput` writes for `files`: each path with the SHA-256 of its content, in path order. */
function manifestOf(files: readonly OutputFile[]): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : 1));
  const hashes = Object.fromEntries(sorted.map((file) => [file.path, createHash('sha256').update(file.content).digest('hex')]));
  return `${JSON.stringify({ generator: 'errspec', files: hashes }, null, 2)}\n`;
}

/** Back-date every file under `root`, so that any rewrite shows in its mtime. */
function backdate(root: string): void {
  const old = new Date('2001-02-03T04:05:06Z');
  for (const file of listFiles(root)) utimesSync(path.join(root, file), old, old);
}

/** Given out of order on purpose: results and the manifest must not depend on it. */
const FILES: OutputFile[] = [
  { path: 'pet/messages/zh-CN.json', content: '{\n  "A0400": "请求非法"\n}\n' },
  { path: 'index.ts', content: 'export * as pet from "./pet/index.js";\n' },
  { path: 'pet/codes.ts', content: 'export enum PetErrorCode { A0400 = "A0400" }\n' },
];
const SORTED = ['.errspec-manifest.json', 'index.ts', 'pet/codes.ts', 'pet/messages/zh-CN.json'];

it('exports MANIFEST, readManifest, checkOutput, writeOutput, the output lock and writeFileAtomic, and nothing else at run time', async () => {
  expect(Object.keys(await import('../../generator/write/index.js')).sort()).toEqual([
    'MANIFEST',
    'checkOutput',
    'readManifest',
    'touchOutputLock',
    'withOutputLock',
    'writeFileAtomic',
    'writeOutput',
  ]);
  expect(MANIFEST).toBe('.errspec-manifest.json');
});

describe('writeOutput', () => {
  it('creates the output folder and sub-folders, writes every file and the manifest, reports all as written', () => {
    const out = path.join(temp(), 'deep', 'generated');
    const result = writeOutput(out, FILES);
    expect(result).toEqual({ written: SORTED, removed: [], unchanged: 0, orphaned: [] });
    expect(listFiles(out)).toEqual(SORTED);
    for (const file of FILES) expect(readFileSync(path.join(out, file.path))).toEqual(Buffer.from(file.content, 'utf8'));
    expect(read(out, MANIFEST)).toBe(manifestOf(FILES));
  });

  it('leaves no temporary file behind', () => {
    const out = temp();
    writeOutput(out, FILES);
    writeOutput(out, FILES.map((file) => ({ ...file, content: `${file.content}// changed\n` })));
    expect(listFiles(out)).toEqual(SORTED);
    expect(listFiles(out).filter((file) => /tmp|errspec-\d/.test(file))).toEqual([]);
  });

  it('writes nothing when nothing changed: all unchanged, same mtimes and inodes', () => {
    const out = temp();
    writeOutput(out, FILES);
    backdate(out);
    const before = stamps(out);
    expect(writeOutput(out, FILES)).toEqual({ written: [], removed: [], unchanged: SORTED.length, orphaned: [] });
    expect(stamps(out)).toEqual(before);
  });

  it('rewrites only a changed file, by replacing it (a rename), never by writing into the old file', () => {
    const root = temp();
    const out = path.join(root, 'out');
    writeOutput(out, FILES);
    backdate(out);
    const before = stamps(out);
    // A hard link shares the old file's inode: a write in place would change what it shows, a rename does not.
    linkSync(path.join(out, 'pet/codes.ts'), path.join(root, 'old-codes.ts'));

    const changed = FILES.map((file) => (file.path === 'pet/codes.ts' ? { ...file, content: 'export enum PetErrorCode {}\n' } : file));
    expect(writeOutput(out, changed)).toEqual({ written: [MANIFEST, 'pet/codes.ts'], removed: [], unchanged: SORTED.length - 2, orphaned: [] });
    expect(read(out, 'pet/codes.ts')).toBe('export enum PetErrorCode {}\n');
    expect(read(root, 'old-codes.ts')).toBe(FILES[2]!.content);
    const after = stamps(out);
    expect(after['pet/codes.ts']![1]).not.toBe(before['pet/codes.ts']![1]);
    for (const file of SORTED.filter((name) => name !== 'pet/codes.ts' && name !== MANIFEST)) expect(after[file], file).toEqual(before[file]);
  });

  it('removes files the previous manifest lists and this run does not make, and folders it empties, not the output folder', () => {
    const out = temp();
    const shop = [
      { path: 'shop/codes.ts', content: 'shop\n' },
      { path: 'shop/messages/en.json', content: '{}\n' },
    ];
    writeOutput(out, [...FILES, ...shop]);
    put(out, 'notes.md', 'hand-written\n');

    const result = writeOutput(out, FILES);
    expect(result).toEqual({ written: [MANIFEST], removed: ['shop/codes.ts', 'shop/messages/en.json'], unchanged: 3, orphaned: [] });
    expect(existsSync(path.join(out, 'shop'))).toBe(false);
    expect(listFiles(out)).toEqual([...SORTED, 'notes.md'].sort());
    expect(read(out, MANIFEST)).toBe(manifestOf(FILES));

    expect(writeOutput(out, [])).toEqual({ written: [MANIFEST], removed: ['index.ts', 'pet/codes.ts', 'pet/messages/zh-CN.json'], unchanged: 0, orphaned: [] });
    expect(listFiles(out)).toEqual([MANIFEST, 'notes.md']);
    expect(statSync(out).isDirectory()).toBe(true);
  });

  it('keeps a folder that still holds a hand-written file, and a stale file the user already deleted is not reported', () => {
    const out = temp();
    writeOutput(out, [...FILES, { path: 'toy/codes.ts', content: 'toy\n' }, { path: 'toy/status.ts', content: 'toy\n' }]);
    put(out, 'toy/extra.ts', 'mine\n');
    rmSync(path.join(out, 'toy/status.ts'));

    expect(writeOutput(out, FILES).removed).toEqual(['toy/codes.ts']);
    expect(listFiles(path.join(out, 'toy'))).toEqual(['extra.ts']);
  });

  it('never removes a file that no manifest lists', () => {
    const out = temp();
    writeOutput(out, FILES);
    put(out, 'pet/extra.ts', 'mine\n');
    put(out, 'old/codes.ts', 'looks generated\n');
    expect(writeOutput(out, []).removed).toEqual(['index.ts', 'pet/codes.ts', 'pet/messages/zh-CN.json']);
    expect(listFiles(out)).toEqual([MANIFEST, 'old/codes.ts', 'pet/extra.ts']);
  });

  it('removes a stale file only while it holds the bytes errspec wrote: an edited one is left, reported, and no longer listed', () => {
    const out = temp();
    writeOutput(out, FILES);
    put(out, 'pet/codes.ts', 'export enum PetErrorCode { A0400 = "A0400" } // kept by hand\n');
    const result = writeOutput(out, FILES.filter((file) => file.path === 'index.ts'));
    expect(result).toEqual({ written: [MANIFEST], removed: ['pet/messages/zh-CN.json'], unchanged: 1, orphaned: ['pet/codes.ts'] });
    expect(read(out, 'pet/codes.ts')).toContain('kept by hand');
    expect(read(out, MANIFEST)).toBe(manifestOf(FILES.filter((file) => file.path === 'index.ts')));
    expect(checkOutput(out, []).stale).toEqual(['index.ts']);
  });

  it('reads the manifest of an older errspec (a list of paths without hashes) as its own', () => {
    const out = temp();
    put(out, MANIFEST, `${JSON.stringify({ generator: 'errspec', files: ['index.ts', 'shop/codes.ts'] }, null, 2)}\n`);
    put(out, 'index.ts', 'old index\n');
    put(out, 'shop/codes.ts', 'old shop\n');
    put(out, 'notes.md', 'mine\n');
    expect(writeOutput(out, FILES)).toEqual({ written: SORTED, removed: ['shop/codes.ts'], unchanged: 0, orphaned: [] });
    expect(listFiles(out)).toEqual([...SORTED, 'notes.md'].sort());
    expect(read(out, MANIFEST)).toBe(manifestOf(FILES));
  });

  it('never removes anything outside the output folder, whatever the manifest lists', () => {
    const root = temp();
    const out = path.join(root, 'generated');
    const elsewhere = path.join(temp(), 'victim.txt');
    const bait = ['outside.txt', 'sibling/file.txt', 'generated-other/file.txt'];
    for (const file of bait) put(root, file, 'keep\n');
    writeFileSync(elsewhere, 'keep\n');
    put(out, 'sub/keep.txt', 'keep\n');
    put(
      out,
      MANIFEST,
      JSON.stringify({
        generator: 'errspec',
        files: [
          '../outside.txt',
          '../sibling/file.txt',
          '../generated-other/file.txt',
          'sub/../../outside.txt',
          '..\\outside.txt',
          elsewhere,
          path.join(root, 'outside.txt'),
          '..',
          '.',
          'sub',
          '',
          42,
          null,
        ],
      }),
    );

    expect(checkOutput(out, FILES).stale).toEqual([]);
    const result = writeOutput(out, FILES);
    expect(result.removed).toEqual([]);
    for (const file of bait) expect(read(root, file), file).toBe('keep\n');
    expect(readFileSync(elsewhere, 'utf8')).toBe('keep\n');
    expect(read(out, 'sub/keep.txt')).toBe('keep\n');
    expect(read(out, MANIFEST)).toBe(manifestOf(FILES));
  });

  it('never writes through a symbolic link in the output folder, and never deletes through one', () => {
    // generated/shop links to a folder the user keeps elsewhere: errspec must not touch it.
    const root = temp();
    const out = path.join(root, 'generated');
    mkdirSync(path.join(root, 'shared'));
    writeOutput(out, FILES);
    symlinkSync(path.join(root, 'shared'), path.join(out, 'shop'));
    const manifest = read(out, MANIFEST);
    expect(() => writeOutput(out, [...FILES, { path: 'shop/codes.ts', content: 'shop\n' }])).toThrow(/symbolic link/);
    expect(existsSync(path.join(root, 'shared', 'codes.ts'))).toBe(false);
    expect(read(out, MANIFEST)).toBe(manifest);

    // A manifest that lists a file behind the link (an older errspec wrote it) does not make it stale.
    writeFileSync(path.join(root, 'shared', 'codes.ts'), 'mine\n');
    put(out, MANIFEST, manifestOf([...FILES, { path: 'shop/codes.ts', content: 'mine\n' }]));
    expect(() => writeOutput(out, FILES)).not.toThrow();
    expect(read(root, 'shared/codes.ts')).toBe('mine\n');
    expect(lstatSync(path.join(out, 'shop')).isSymbolicLink()).toBe(true);
    expect(read(out, MANIFEST)).toBe(manifestOf(FILES));
  });

  it('treats a manifest that is not JSON, or has no file list, as none: a folder holding files is then not errspec\'s, and is left alone', () => {
    for (const manifest of ['not json', '{"generator":"errspec"}', '{"files":"index.ts"}']) {
      const out = temp();
      put(out, 'old.ts', 'mine\n');
      put(out, MANIFEST, manifest);
      const bytes = contents(out);
      expect(() => writeOutput(out, FILES)).toThrow(/holds files errspec did not write \(`\.errspec-manifest\.json`, `old\.ts`\) and no errspec manifest/);
      expect(contents(out)).toEqual(bytes);
    }
  });

  it('refuses an output path that is a regular file, with a UserError, and leaves the file alone', () => {
    const file = path.join(temp(), 'out.txt');
    writeFileSync(file, 'keep\n');
    expect(() => writeOutput(file, FILES)).toThrow(UserError);
    expect(() => writeOutput(file, FILES)).toThrow(/it is a file, expected a folder/);
    expect(readFileSync(file, 'utf8')).toBe('keep\n');
  });

  it('turns a failed write into a UserError naming the output folder', () => {
    const root = temp();
    writeFileSync(path.join(root, 'blocker'), 'keep\n');
    const out = path.join(root, 'blocker', 'generated');
    expect(() => writeOutput(out, FILES)).toThrow(UserError);
    expect(() => writeOutput(out, FILES)).toThrow(out);
  });
});

describe('what an older errspec left beside the output folder', () => {
  it('its old folder, left by a kill between its two renames, is put back when the output folder is missing; the rest is removed', () => {
    const root = temp();
    const out = path.join(root, 'generated');
    writeOutput(path.join(root, '.generated.errspec-old-4242'), FILES);
    put(root, '.generated.errspec-old-4242/notes.md', 'hand-written\n');
    put(root, '.generated.errspec-new-4242/index.ts', 'half of a new output\n');
    put(root, '.generated.errspec-lock', '999999999');
    const changed = FILES.map((file) => (file.path === 'index.ts' ? { ...file, content: 'export {};\n' } : file));
    expect(writeOutput(out, changed)).toEqual({ written: [MANIFEST, 'index.ts'], removed: [], unchanged: 2, orphaned: [] });
    expect(read(out, 'notes.md')).toBe('hand-written\n');
    expect(listFiles(root)).toEqual([...SORTED, 'notes.md'].map((file) => `generated/${file}`).sort());
  });

  it('its old folder, left by a failed run, is removed when the output folder is there; a live lock of it is left alone', () => {
    const root = temp();
    const out = path.join(root, 'generated');
    writeOutput(out, FILES);
    writeOutput(path.join(root, '.generated.errspec-old-4242'), FILES);
    put(root, '.generated.errspec-lock', String(process.pid));
    writeOutput(out, FILES);
    expect(listFiles(root)).toEqual(['.generated.errspec-lock', ...SORTED.map((file) => `generated/${file}`)].sort());
  });
});

describe('checkOutput', () => {
  it('lists every file as differing when the output folder does not exist, and does not create it', () => {
    const out = path.join(temp(), 'generated');
    expect(checkOutput(out, FILES)).toEqual({ differing: SORTED, stale: [] });
    expect(existsSync(out)).toBe(false);
  });

  it('finds nothing after writeOutput of the same files', () => {
    const out = temp();
    writeOutput(out, FILES);
    expect(checkOutput(out, FILES)).toEqual({ differing: [], stale: [] });
  });

  it('lists changed, missing and stale files exactly as writeOutput would act on them, and writes nothing', () => {
    const out = temp();
    writeOutput(out, [...FILES, { path: 'shop/codes.ts', content: 'shop\n' }]);
    put(out, 'notes.md', 'hand-written\n');
    const next = [
      ...FILES.map((file) => (file.path === 'index.ts' ? { ...file, content: 'export {};\n' } : file)),
      { path: 'toy/codes.ts', content: 'toy\n' },
    ];
    backdate(out);
    const bytes = contents(out);
    const before = stamps(out);

    const result = checkOutput(out, next);
    expect(result).toEqual({ differing: [MANIFEST, 'index.ts', 'toy/codes.ts'], stale: ['shop/codes.ts'] });
    expect(contents(out)).toEqual(bytes);
    expect(stamps(out)).toEqual(before);

    const written = writeOutput(out, next);
    expect(written.written).toEqual(result.differing);
    expect(written.removed).toEqual(result.stale);
    expect(checkOutput(out, next)).toEqual({ differing: [], stale: [] });
  });

  it('refuses an output path that is a regular file', () => {
    const file = path.join(temp(), 'out.txt');
    writeFileSync(file, 'keep\n');
    expect(() => checkOutput(file, FILES)).toThrow(UserError);
  });
});
