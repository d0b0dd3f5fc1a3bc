/**
 * Saving a formatted spec: the whole file or nothing, by writing a sibling and renaming it over.
 */

import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

/** Replace `file` with `text`, keeping its mode; an interrupted write leaves the old file. */
export function writeSpec(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.errspec-fmt-${randomBytes(4).toString('hex')}`);
  try {
    writeFileSync(temp, text, { mode: statSync(file).mode });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new UserError(`Cannot write \`${file}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
