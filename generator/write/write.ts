/**
 * The write stage: bring the output folder to exactly the generated files, in place, all of it
 * or (on failure) none of it, touching only what errspec wrote.
 *
 * Under the output lock a run first finishes what a killed run left (the journal), then checks
 * that every path it wants is its own (the manifest lists it, or nothing is there), stages the
 * changed files and carries them out through the journal. Only files the previous manifest lists,
 * still holding the bytes it recorded, are ever removed, never through a symbolic link, and
 * nothing is written through one. `checkOutput` compares instead.
 */

import path from 'node:path';
import { UserError, fileErrorReason } from '../errors.js';
import { assertNotFile, obstacleOn, readText } from './disk.js';
import { Staging, settleJournal, type Step } from './journal.js';
import { settleLegacy } from './legacy.js';
import { touchOutputLock, withOutputLock } from './lock.js';
import { MANIFEST, hashOf, manifestFile, readManifest, type Manifest, type OutputFile } from './manifest.js';
import { Conflicts, assertOwnFolder, conflictOf } from './ownership.js';

/** What a write did. */
export interface WriteResult {
  readonly written: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: number;
  /** Files errspec generated before and no longer does, left in place because they were edited since (no longer errspec's). */
  readonly orphaned: readonly string[];
}

/** What a check found. */
export interface CheckResult {
  /** Files missing or with other content. */
  readonly differing: readonly string[];
  /** Files errspec generated before that it would now remove. */
  readonly stale: readonly string[];
}

/** Compare the output folder with `files` without writing anything; what is in the way is an error, as for a write. */
export function checkOutput(outDir: string, files: readonly OutputFile[]): CheckResult {
  assertNotFile(outDir);
  const manifest = readManifest(outDir);
  assertOwnFolder(outDir, manifest);
  const { stale } = staleOf(outDir, manifest, new Set(files.map((file) => file.path)));
  const conflicts = new Conflicts();
  const hashes = new Map<string, string>();
  const removable = new Set(stale);
  for (const file of files) {
    conflicts.claim(file.path, outDir);
    conflicts.add(conflictOf(outDir, file.path, file.content, manifest, removable));
    hashes.set(file.path, hashOf(file.content));
  }
  conflicts.throwIfAny(outDir);
  const all = [...files, manifestFile(hashes)].sort((a, b) => (a.path < b.path ? -1 : 1));
  const differing = all.filter((file) => readText(path.join(outDir, file.path)) !== file.content).map((file) => file.path);
  return { differing, stale };
}

/**
 * Write the output folder so that it holds exactly `files` plus what errspec did not generate.
 * `files` is read once, a file at a time, so a caller may produce them as they are written.
 *
 * @param kept paths of generated files that are already on disk as they should be (the caller
 *   vouches for them, e.g. from a stamp of their size and time): neither checked nor written,
 *   but listed in the manifest and counted as unchanged.
 */
export function writeOutput(outDir: string, files: Iterable<OutputFile>, kept: readonly string[] = []): WriteResult {
  assertNotFile(outDir);
  // Ctrl-C cannot stop synchronous code midway anyway: let the write finish (or fail) whole,
  // then die of the signal as usual. A harder kill is finished by the next run's journal.
  let signal: NodeJS.Signals | null = null;
  const defer = (received: NodeJS.Signals): void => {
    signal = received;
  };
  process.on('SIGINT', defer);
  process.on('SIGTERM', defer);
  try {
    settleLegacy(outDir);
    return withOutputLock(outDir, () => {
      settleJournal(outDir, outDir);
      return writeLocked(outDir, files, kept);
    });
  } catch (error) {
    if (error instanceof UserError) throw error;
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    throw new UserError(`Cannot write to \`${outDir}\`: ${fileErrorReason(error)}`);
  } finally {
    process.removeListener('SIGINT', defer);
    process.removeListener('SIGTERM', defer);
    if (signal !== null) process.kill(process.pid, signal);
  }
}

function writeLocked(outDir: string, files: Iterable<OutputFile>, kept: readonly string[]): WriteResult {
  const manifest = readManifest(outDir);
  assertOwnFolder(outDir, manifest);
  const previous = manifest ?? new Map<string, string | null>();
  const staging = new Staging(outDir);
  const conflicts = new Conflicts();
  const hashes = new Map<string, string>();
  const writes: Step[] = [];
  let committed = false;
  try {
    // Files of the previous output that may give way to a folder of this one: settled below, once all paths are known.
    const replaceable = new Set([...previous.keys()]);
    for (const file of files) {
      touchOutputLock(outDir);
      conflicts.claim(file.path, outDir);
      hashes.set(file.path, hashOf(file.content));
      conflicts.add(conflictOf(outDir, file.path, file.content, manifest, replaceable));
      if (conflicts.any || readText(path.join(outDir, file.path)) === file.content) continue;
      writes.push({ target: file.path, staged: staging.stage(file.path, file.content) });
    }
    for (const file of kept) {
      conflicts.claim(file, outDir);
      hashes.set(file, previous.get(file) ?? hashOf(readText(path.join(outDir, file)) ?? ''));
    }
    const { stale, orphaned } = staleOf(outDir, manifest, new Set(hashes.keys()));
    // A file in the way of a folder is fine only if this run removes it (an edited one it keeps).
    const removable = new Set(stale);
    for (const step of writes) {
      if (obstacleOn(outDir, step.target)?.kind === 'file') conflicts.add(conflictOf(outDir, step.target, '', manifest, removable));
    }
    conflicts.throwIfAny(outDir);
    const manifestText = manifestFile(hashes);
    if (readText(path.join(outDir, MANIFEST)) !== manifestText.content) writes.push({ target: MANIFEST, staged: staging.stage(MANIFEST, manifestText.content) });
    const unchanged = hashes.size + 1 - writes.length;
    if (writes.length === 0 && stale.length === 0) return { written: [], removed: [], unchanged, orphaned };
    // Removals first (a removed file may make room for a folder), the manifest last.
    committed = true;
    staging.commit([...stale.map((target) => ({ target, staged: null })), ...writes], outDir);
    return { written: writes.map((step) => step.target).sort(), removed: stale, unchanged, orphaned };
  } finally {
    if (!committed) staging.discard();
  }
}

/**
 * Files the previous manifest lists that `next` does not: `stale` ones errspec removes (still
 * present, not behind a link, holding the bytes it recorded), and `orphaned` ones edited since,
 * which it leaves alone.
 */
function staleOf(outDir: string, manifest: Manifest | null, next: ReadonlySet<string>): { stale: string[]; orphaned: string[] } {
  const stale: string[] = [];
  const orphaned: string[] = [];
  for (const [file, hash] of [...(manifest ?? [])].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (next.has(file) || obstacleOn(outDir, file) !== null) continue;
    const text = readText(path.join(outDir, file));
    if (text === null) continue;
    if (hash === null || hashOf(text) === hash) stale.push(file);
    else orphaned.push(file);
  }
  return { stale, orphaned };
}
