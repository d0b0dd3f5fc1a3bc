/**
 * Stamps of generated files: a file keeps its stamp until it is written again; a file stamped
 * right after it was written is also checked by its bytes, since a change in place within the
 * same clock tick keeps its time.
 */

import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { isIntact, stampFiles } from '../../generator/cache/stamp.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A folder with `a.txt` holding `text`; its modification time. */
function folder(text: string): number {
  dir = mkdtempSync(path.join(os.tmpdir(), 'errspec-stamp-'));
  writeFileSync(path.join(dir, 'a.txt'), text);
  return statSync(path.join(dir, 'a.txt')).mtimeMs;
}

/** Rewrite `a.txt` in place with `text`, then give it back the time `mtimeMs`, as a write within one clock tick would leave it. */
function rewriteInPlace(text: string, mtimeMs: number): void {
  writeFileSync(path.join(dir, 'a.txt'), text);
  utimesSync(path.join(dir, 'a.txt'), new Date(mtimeMs), new Date(mtimeMs));
}

it('a file is intact until it is rewritten, removed or replaced by a folder', () => {
  const written = folder('one');
  const rows = stampFiles(dir, ['a.txt'], written + 60_000)!;
  expect(rows).toEqual([['a.txt', 3, written, expect.any(Number), null]]);
  expect(isIntact(dir, rows)).toBe(true);
  writeFileSync(path.join(dir, 'a.txt'), 'three');
  expect(isIntact(dir, rows)).toBe(false);
  rmSync(path.join(dir, 'a.txt'));
  expect(isIntact(dir, rows)).toBe(false);
  expect(stampFiles(dir, ['a.txt'])).toBeNull();
});

it('a file stamped right after its write is trusted only while its bytes match', () => {
  folder('one');
  // A time that survives a round trip through utimes (whole milliseconds).
  const mtimeMs = 1_700_000_000_123;
  rewriteInPlace('one', mtimeMs);
  const stamped = statSync(path.join(dir, 'a.txt')).mtimeMs;
  const rows = stampFiles(dir, ['a.txt'], stamped + 10)!;
  expect(rows[0]![4]).toMatch(/^[0-9a-f]{64}$/);
  // The same size and time, other bytes: only the hash tells.
  rewriteInPlace('two', mtimeMs);
  expect(statSync(path.join(dir, 'a.txt')).mtimeMs).toBe(stamped);
  expect(isIntact(dir, rows)).toBe(false);
  rewriteInPlace('one', mtimeMs);
  expect(isIntact(dir, rows)).toBe(true);
});

it('a racy stamp takes the hash of what was written, and a file changed before the stamp then fails it', () => {
  folder('one');
  const mtimeMs = 1_700_000_000_123;
  const oneHash = createHash('sha256').update('one').digest('hex');
  // What the run wrote was "one"; someone rewrote it in place before the stamp was taken.
  rewriteInPlace('two', mtimeMs);
  const stamped = statSync(path.join(dir, 'a.txt')).mtimeMs;
  const rows = stampFiles(dir, ['a.txt'], stamped + 10, new Map([['a.txt', oneHash]]))!;
  expect(rows[0]![4]).toBe(oneHash);
  expect(isIntact(dir, rows)).toBe(false);
  // A file without a known hash is hashed from disk, as before.
  expect(stampFiles(dir, ['a.txt'], stamped + 10, new Map([['other.txt', oneHash]]))![0]![4]).toBe(createHash('sha256').update('two').digest('hex'));
  // A stamp taken long after the write vouches by time alone.
  expect(stampFiles(dir, ['a.txt'], stamped + 60_000, new Map([['a.txt', oneHash]]))![0]![4]).toBeNull();
});
