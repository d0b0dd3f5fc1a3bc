/**
 * Stamps of generated files: what each file looked like right after errspec wrote it (size,
 * modification time, inode). A file that still has its stamp has not been written since, so
 * a run may trust it without reading it back.
 *
 * Times on disk are coarse (a clock tick on Linux, seconds on some file systems): a file
 * changed in place within the tick it was stamped in keeps its time. Such a file, one stamped
 * less than `RACY_MS` after it was last written, also gets the SHA-256 of its bytes, and is
 * trusted only when they still match (git's "racily clean" index entries are the same problem).
 */

import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** `[path, size, mtimeMs, ino, sha256]` of one file; the hash only for a file stamped right after it was written, else `null`. */
export type StampRow = readonly [path: string, size: number, mtimeMs: number, ino: number, sha256: string | null];

/** How long after a write a stamp is taken for the time alone not to vouch for the file, in milliseconds. */
const RACY_MS = 100;
/** The same on a file system that keeps whole seconds (a time with no fraction). */
const RACY_COARSE_MS = 2_000;

function sha256Of(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function isRacy(mtimeMs: number, stampedAt: number): boolean {
  return stampedAt - mtimeMs < (mtimeMs % 1000 === 0 ? RACY_COARSE_MS : RACY_MS);
}

/**
 * The stamps of `paths` under `out`, taken now; `null` when one is missing or not a file.
 *
 * @param stampedAt the time the stamps count as taken, `Date.now()` after the files were written.
 * @param written the SHA-256 of the bytes just written to each path (the manifest's), so that a
 *   file stamped right after its write is not read back to hash it (40 MB for 10k entries). A
 *   file changed since fails the hash at the next run and is written again, as it should be.
 */
export function stampFiles(out: string, paths: readonly string[], stampedAt = Date.now(), written: ReadonlyMap<string, string | null> = new Map()): StampRow[] | null {
  const rows: StampRow[] = [];
  for (const relative of paths) {
    const file = path.join(out, relative);
    try {
      const stats = statSync(file);
      if (!stats.isFile()) return null;
      const racy = isRacy(stats.mtimeMs, stampedAt);
      rows.push([relative, stats.size, stats.mtimeMs, stats.ino, racy ? (written.get(relative) ?? sha256Of(file)) : null]);
    } catch {
      return null;
    }
  }
  return rows;
}

/** Whether every file of `rows` under `out` still has its stamp (and, for a racy one, its bytes). */
export function isIntact(out: string, rows: readonly StampRow[]): boolean {
  return rows.every(([relative, size, mtimeMs, ino, sha256]) => {
    const file = path.join(out, relative);
    try {
      const stats = statSync(file);
      return stats.isFile() && stats.size === size && stats.mtimeMs === mtimeMs && stats.ino === ino && (sha256 === null || sha256Of(file) === sha256);
    } catch {
      return false;
    }
  });
}

/** Whether `value` has the shape of a list of stamp rows. */
export function isStampRows(value: unknown): value is StampRow[] {
  return Array.isArray(value) && value.every((row) =>
    Array.isArray(row) && row.length === 5 && typeof row[0] === 'string' && [row[1], row[2], row[3]].every((n) => typeof n === 'number') &&
    (row[4] === null || typeof row[4] === 'string'));
}
