/**
 * What the output folder looked like right after errspec wrote it: size, time and inode of
 * every file. When the specs and options are those of that write and no file has been
 * touched since, a run has nothing to do and need not even read the files back.
 */

import { statSync } from 'node:fs';
import path from 'node:path';

/** `[path, size, mtimeMs, ino]` of each file. */
export type Stamp = readonly (readonly [string, number, number, number])[];

/** The stamp of `paths` under `out`; `null` when one is missing or not a file. */
export function stampOf(out: string, paths: readonly string[]): Stamp | null {
  const stamp: [string, number, number, number][] = [];
  for (const file of paths) {
    try {
      const stats = statSync(path.join(out, file));
      if (!stats.isFile()) return null;
      stamp.push([file, stats.size, stats.mtimeMs, stats.ino]);
    } catch {
      return null;
    }
  }
  return stamp;
}

/** Whether `value` is a stamp and the files under `out` still match it. */
export function isIntact(out: string, value: unknown): value is Stamp {
  if (!Array.isArray(value) || value.length === 0) return false;
  const rows = value as unknown[];
  if (!rows.every((row) => Array.isArray(row) && row.length === 4 && typeof row[0] === 'string' && row.slice(1).every((n) => typeof n === 'number'))) {
    return false;
  }
  const now = stampOf(out, rows.map((row) => (row as [string])[0]));
  return now !== null && now.every((row, index) => row.every((field, at) => field === (rows[index] as unknown[])[at]));
}
