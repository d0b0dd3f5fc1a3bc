/**
 * What an older errspec left beside an output folder: it built the new folder beside the old
 * one (`.<out>.errspec-new-<pid>`), swapped them with two renames (`.<out>.errspec-old-<pid>`),
 * and locked with `.<out>.errspec-lock`. A run of it killed between the renames left no output
 * folder, and a failed one left the old folder behind. The first run of this errspec puts such
 * an old folder back when the output folder is missing, and removes the rest.
 */

import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { alive, isFolder } from './disk.js';

/** Put back or remove what an older errspec left beside `outDir`. */
export function settleLegacy(outDir: string): void {
  const absolute = path.resolve(outDir);
  const parent = path.dirname(absolute);
  const prefix = `.${path.basename(absolute)}.errspec-`;
  let names: string[];
  try {
    names = readdirSync(parent).filter((name) => name.startsWith(prefix)).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(parent, name);
    const kind = name.slice(prefix.length);
    if (kind.startsWith('old-') && !isFolder(absolute)) renameSync(file, absolute);
    else if (kind.startsWith('old-') || kind.startsWith('new-')) rmSync(file, { recursive: true, force: true });
    else if (kind === 'lock' && !alive(Number(readFileSync(file, 'utf8').trim()))) rmSync(file, { force: true });
  }
}
