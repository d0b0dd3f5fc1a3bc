/**
 * Writing one file atomically: a temporary file beside it, then a rename, so a reader or an
 * interrupted run never sees half of it.
 */

import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

/**
 * Write `content` to `file` unless it already holds exactly that; creates its folder, and keeps
 * the mode of a file it replaces.
 *
 * @returns true when the file was written.
 */
export function writeFileAtomic(file: string, content: string): boolean {
  try {
    if (readFileSync(file, 'utf8') === content) return false;
  } catch {
    // Missing or unreadable: write it.
  }
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.errspec-${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, content, { mode: modeOf(file) });
    renameSync(temporary, file);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was made: the folder itself could not be.
    }
    throw new UserError(`Cannot write \`${file}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return true;
}

/** The permission bits of `file`, or the default for a new file when there is none. */
function modeOf(file: string): number {
  try {
    return statSync(file).mode & 0o7777;
  } catch {
    return 0o666;
  }
}
