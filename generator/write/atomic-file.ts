/**
 * Writing one file atomically: a temporary file beside it, then a rename, so a reader or an
 * interrupted run never sees half of it.
 */

import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

/**
 * Write `content` to `file` unless it already holds exactly that; creates its folder.
 *
 * @returns true when the file was written.
 */
export function writeFileAtomic(file: string, content: string): boolean {
  try {
    if (readFileSync(file, 'utf8') === content) return false;
  } catch {
    // Missing or unreadable: write it.
  }
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, content);
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
