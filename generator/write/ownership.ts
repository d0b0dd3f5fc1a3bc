/**
 * What errspec may touch in an output folder: only what it wrote. A folder is errspec's when it
 * holds errspec's manifest, or nothing yet; in it, a path errspec wants is free when nothing is
 * there, the manifest lists it, or it already holds exactly the bytes errspec would write.
 * Everything else (a hand-written file, a user's folder, a symbolic link) is in the way: the
 * run stops before changing anything and names each one.
 */

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { obstacleOn, readText } from './disk.js';
import { JOURNAL } from './journal.js';
import { LOCK } from './lock.js';
import { MANIFEST, type Manifest } from './manifest.js';

/** Names errspec itself keeps in an output folder while it works. */
const OWN = new Set([LOCK, JOURNAL]);

/**
 * Throw a `UserError` when `outDir` holds something but no manifest: it is not errspec's
 * output (a project folder, `src`, a docs folder), and errspec would overwrite what it holds.
 */
export function assertOwnFolder(outDir: string, manifest: Manifest | null): void {
  if (manifest !== null) return;
  let names: string[];
  try {
    names = readdirSync(outDir).filter((name) => !OWN.has(name));
  } catch {
    return;
  }
  if (names.length === 0) return;
  const shown = names.sort().slice(0, 3).map((name) => `\`${name}\``).join(', ');
  const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
  throw new UserError(
    `Cannot write to \`${outDir}\`: it holds files errspec did not write (${shown}${more}) and no errspec manifest (${MANIFEST}); ` +
      'expected a new or empty folder, or one errspec generated (choose another --out)',
  );
}

/**
 * Why errspec may not write `file` in `outDir`, or `null` when it may.
 *
 * @param stale paths of the previous output that this run removes: a file among them may give
 *   way to a folder.
 */
export function conflictOf(outDir: string, file: string, content: string, manifest: Manifest | null, stale: ReadonlySet<string>): string | null {
  const obstacle = obstacleOn(outDir, file);
  if (obstacle === null) {
    if (manifest?.has(file) === true) return null;
    const existing = readText(path.join(outDir, file));
    return existing === null || existing === content ? null : `\`${file}\` is a file errspec did not write`;
  }
  switch (obstacle.kind) {
    case 'link':
      return `\`${obstacle.at}\` is a symbolic link; errspec does not write through links`;
    case 'file':
      return stale.has(obstacle.at) ? null : `\`${obstacle.at}\` is a file errspec did not write, where errspec needs a folder for \`${file}\``;
    case 'folder':
      return `\`${obstacle.at}\` is a folder errspec did not make, where errspec writes a file`;
    case 'special':
      return `\`${obstacle.at}\` is not a regular file, where errspec writes one`;
  }
}

/** Collects what is in the way of a run, to report all of it at once. */
export class Conflicts {
  private readonly found: string[] = [];
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  /**
   * Note that the run writes `file`. Two of its own paths that clash (a file, and a folder of
   * that name) come from a spec named like a generated file: a `UserError` at once.
   */
  claim(file: string, outDir: string): void {
    const parts = file.split('/');
    const prefixes = parts.slice(1).map((_, index) => parts.slice(0, index + 1).join('/'));
    const clash = this.folders.has(file) ? file : prefixes.find((prefix) => this.files.has(prefix));
    if (clash !== undefined) {
      throw new UserError(
        `Cannot write to \`${outDir}\`: errspec would write \`${clash}\` both as a file and as a folder; is a spec named after a generated file? rename it`,
      );
    }
    this.files.add(file);
    for (const prefix of prefixes) this.folders.add(prefix);
  }

  /** Note a conflict `conflictOf` found (`null`: none). */
  add(conflict: string | null): void {
    if (conflict !== null) this.found.push(conflict);
  }

  /** Whether anything is in the way so far: the run then stages nothing more. */
  get any(): boolean {
    return this.found.length > 0;
  }

  /** Throw them all as one `UserError` naming `outDir`. */
  throwIfAny(outDir: string): void {
    const count = this.found.length;
    if (count === 0) return;
    const listed = this.found.slice(0, 20).map((conflict) => `\n  ${conflict}`).join('');
    const more = count > 20 ? `\n  and ${count - 20} more` : '';
    throw new UserError(
      `Cannot write to \`${outDir}\`, and nothing was changed: ${count === 1 ? 'a path' : `${count} paths`} errspec writes ${count === 1 ? 'holds' : 'hold'} what it did not write:` +
        `${listed}${more}\nMove ${count === 1 ? 'it' : 'them'} away, or choose another --out`,
    );
  }
}
