/**
 * writeFileAtomic: one file, written whole through a rename, untouched when it already holds the text.
 */

import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeFileAtomic } from '../../generator/write/index.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'errspec-atomic-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('creates folders, writes, leaves no temporary file, and rewrites only on a change', () => {
  const file = path.join(dir, 'a', 'b', 'x.json');
  expect(writeFileAtomic(file, '{}\n')).toBe(true);
  expect(readFileSync(file, 'utf8')).toBe('{}\n');
  const { ino } = statSync(file);
  expect(writeFileAtomic(file, '{}\n')).toBe(false);
  expect(statSync(file).ino).toBe(ino);
  expect(writeFileAtomic(file, '{ "A": "" }\n')).toBe(true);
  expect(readFileSync(file, 'utf8')).toBe('{ "A": "" }\n');
  // A rename, not an overwrite in place: a reader holding the old file never sees half of the new one.
  expect(statSync(file).ino).not.toBe(ino);
  expect(readdirSync(path.dirname(file))).toEqual(['x.json']);
});

it('a folder that cannot be made is a usage error naming the file', () => {
  writeFileSync(path.join(dir, 'plain'), '');
  expect(() => writeFileAtomic(path.join(dir, 'plain', 'x.json'), '{}')).toThrow(/^Cannot write `.*plain\/x\.json`: E[A-Z]+$/);
});
