/**
 * Writing an output folder in place with a roll-forward journal, so that the folder itself is
 * never replaced (its inode, mode, owner, a link to it, a mount on it and watchers of it stay).
 *
 * A run stages every new file in `<out>/.errspec-journal/` (on the folder's own disk, so that a
 * rename moves it into place), then writes `journal.json` listing the steps: that is the commit
 * point. Each step renames one staged file over its target, after hard-linking the old file into
 * the journal, or moves a stale file into the journal. Then the journal is cleared.
 *
 * A run killed before the commit leaves the output as it was (the next run drops the staging
 * files); one killed after it is completed by the next run, which replays the steps (each can be
 * replayed). A step that fails (a read-only sub-folder, say) undoes the steps before it, from
 * the old files kept in the journal, so a failed run changes nothing.
 */

import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError, fileErrorReason } from '../errors.js';
import { lstatOrNull } from './disk.js';

/** The journal's folder name inside the output folder. */
export const JOURNAL = '.errspec-journal';
const STEPS = 'journal.json';

/** One step: `staged` (a file in the journal) renamed to `target`, or, with `staged` null, `target` removed. */
export interface Step {
  /** Path relative to the output folder, e.g. `pet-core/index.ts`. */
  readonly target: string;
  /** Name of the staged file in the journal, e.g. `n12`; `null` to remove `target`. */
  readonly staged: string | null;
}

/** What `journal.json` records. */
interface Journal {
  readonly steps: readonly Step[];
  /** Folders the steps create, deepest first, relative to the output folder: removed again on undo. */
  readonly folders: readonly string[];
}

/** New files staged in the journal folder of `outDir`, before they are committed. */
export class Staging {
  private readonly dir: string;
  private count = 0;

  constructor(private readonly outDir: string) {
    this.dir = path.join(outDir, JOURNAL);
  }

  /** Stage `content` for `target`, with the mode of the file it replaces; returns its name for a step. */
  stage(target: string, content: string): string {
    if (this.count === 0) mkdirSync(this.dir);
    const name = `n${this.count++}`;
    const file = path.join(this.dir, name);
    writeFileSync(file, content);
    const old = lstatOrNull(path.join(this.outDir, target));
    if (old !== null && old.isFile()) chmodSync(file, old.mode & 0o7777);
    return name;
  }

  /** Drop what was staged (nothing was committed). */
  discard(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  /**
   * Commit `steps` (removals first, the manifest last) and carry them out; on failure undo them
   * and throw a `UserError` naming `shown` (the output folder as given).
   */
  commit(steps: readonly Step[], shown: string): void {
    if (this.count === 0) mkdirSync(this.dir);
    const journal: Journal = { steps, folders: foldersToCreate(this.outDir, steps) };
    const temporary = path.join(this.dir, `${STEPS}.tmp`);
    writeFileSync(temporary, JSON.stringify(journal));
    renameSync(temporary, path.join(this.dir, STEPS));
    carryOut(this.outDir, journal, shown);
  }
}

/**
 * Finish what a killed run left in `outDir`: replay a committed journal (undoing it if a step
 * fails now), drop staging files that were never committed.
 */
export function settleJournal(outDir: string, shown: string): void {
  const dir = path.join(outDir, JOURNAL);
  if (lstatOrNull(dir) === null) return;
  let journal: Journal;
  try {
    journal = JSON.parse(readFileSync(path.join(dir, STEPS), 'utf8')) as Journal;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  carryOut(outDir, journal, shown);
}

/** Carry out (or replay) the journal's steps, then clear it; on failure undo them. */
function carryOut(outDir: string, journal: Journal, shown: string): void {
  const dir = path.join(outDir, JOURNAL);
  let failed: { error: unknown; target: string } | null = null;
  const folders = new Set<string>();
  for (const [index, step] of journal.steps.entries()) {
    try {
      apply(outDir, dir, step, index, folders);
    } catch (error) {
      failed = { error, target: step.target };
      break;
    }
  }
  if (failed === null) {
    removeEmptied(outDir, journal.steps.filter((step) => step.staged === null).map((step) => step.target));
    clear(dir);
    return;
  }
  try {
    undo(outDir, dir, journal);
  } catch (error) {
    throw new UserError(
      `Cannot write \`${failed.target}\` in \`${shown}\`: ${fileErrorReason(failed.error)}; undoing the files written before it failed too (${fileErrorReason(error)}): ` +
        `the next run finishes or undoes it from \`${JOURNAL}\``,
    );
  }
  clear(dir);
  throw new UserError(`Cannot write \`${failed.target}\` in \`${shown}\`: ${fileErrorReason(failed.error)}; nothing was changed`);
}

/**
 * One step, so that doing it again after a kill is harmless. `folders` holds the target folders
 * already made by earlier steps (a recursive mkdir per file cost a quarter of a 700-file write).
 */
function apply(outDir: string, dir: string, step: Step, index: number, folders: Set<string>): void {
  const target = path.join(outDir, step.target);
  const old = path.join(dir, `o${index}`);
  if (step.staged === null) {
    if (lstatOrNull(old) === null && lstatOrNull(target) !== null) renameSync(target, old);
    return;
  }
  const staged = path.join(dir, step.staged);
  if (lstatOrNull(staged) === null) return;
  if (lstatOrNull(target) !== null && lstatOrNull(old) === null) keep(target, old);
  const folder = path.dirname(target);
  if (!folders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    folders.add(folder);
  }
  renameSync(staged, target);
}

/** Keep the old file for an undo: a hard link (the same bytes, at no cost), or a copy where links are not supported. */
function keep(target: string, old: string): void {
  try {
    linkSync(target, old);
  } catch {
    copyFileSync(target, old);
  }
}

/** Undo the steps carried out: new files out, created folders removed, old and removed files back. */
function undo(outDir: string, dir: string, journal: Journal): void {
  const at = (index: number): string => path.join(dir, `o${index}`);
  for (let index = journal.steps.length - 1; index >= 0; index--) {
    const step = journal.steps[index]!;
    if (step.staged === null || lstatOrNull(path.join(dir, step.staged)) !== null) continue;
    const target = path.join(outDir, step.target);
    if (lstatOrNull(at(index)) !== null) renameSync(at(index), target);
    else rmSync(target, { force: true });
  }
  for (const folder of journal.folders) {
    const absolute = path.join(outDir, folder);
    if (existsSync(absolute) && readdirSync(absolute).length === 0) rmdirSync(absolute);
  }
  for (const [index, step] of journal.steps.entries()) {
    if (step.staged !== null || lstatOrNull(at(index)) === null) continue;
    const target = path.join(outDir, step.target);
    mkdirSync(path.dirname(target), { recursive: true });
    renameSync(at(index), target);
  }
}

/** Folders the steps' targets need that do not exist yet, deepest first. */
function foldersToCreate(outDir: string, steps: readonly Step[]): string[] {
  const folders = new Set<string>();
  for (const step of steps) {
    if (step.staged === null) continue;
    for (let folder = path.posix.dirname(step.target); folder !== '.' && !folders.has(folder); folder = path.posix.dirname(folder)) {
      if (lstatOrNull(path.join(outDir, folder)) !== null) break;
      folders.add(folder);
    }
  }
  return [...folders].sort((a, b) => b.split('/').length - a.split('/').length || (a < b ? -1 : 1));
}

/** Remove folders the removals left empty, up to (not including) the output folder. */
function removeEmptied(outDir: string, removed: readonly string[]): void {
  for (const file of removed) {
    for (let folder = path.posix.dirname(file); folder !== '.'; folder = path.posix.dirname(folder)) {
      const absolute = path.join(outDir, folder);
      try {
        if (readdirSync(absolute).length > 0) break;
        rmdirSync(absolute);
      } catch {
        break;
      }
    }
  }
}

/** Clear the journal: its steps first, so that a kill while the rest goes leaves nothing to replay. */
function clear(dir: string): void {
  rmSync(path.join(dir, STEPS), { force: true });
  rmSync(dir, { recursive: true, force: true });
}
