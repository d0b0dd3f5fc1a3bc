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

/** Whether `value` has the shape of a stamp (of at least one file). */
export function isStamp(value: unknown): value is Stamp {
  if (!Array.isArray(value) || value.length === 0) return false;
  return (value as unknown[]).every((row) => Array.isArray(row) && row.length === 4 && typeof row[0] === 'string' && row.slice(1).every((n) => typeof n === 'number'));
}

/** Whether `value` is a stamp and the files under `out` still match it. */
export function isIntact(out: string, value: unknown): value is Stamp {
  if (!isStamp(value)) return false;
  const now = stampOf(out, value.map((row) => row[0]));
  return now !== null && now.every((row, index) => row.every((field, at) => field === value[index]![at]));
}
