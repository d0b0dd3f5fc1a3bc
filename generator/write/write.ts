/**
 * The write stage: replace the output folder all at once or not at all.
 *
 * A run that changes anything builds the complete new folder beside the old one (unchanged
 * and hand-written files hard-linked, so they keep their bytes, inode and mtime), then swaps
 * the two with two renames. A run killed before the swap leaves the old folder as it was; one
 * killed between the renames is repaired by the next run, which puts the old folder back.
 * A lock file next to the folder makes concurrent runs take turns.
 *
 * Only files errspec generated before (listed in its manifest) are ever removed, never
 * through a symbolic link, and nothing is written through one. `check` compares instead.
 */

import {
  closeSync, linkSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, rmdirSync,
  statSync, symlinkSync, writeFileSync, copyFileSync,
} from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

/** A file to write, relative to the output folder. */
export interface OutputFile {
  /** `/`-separated relative path, e.g. `pet-core/errors.ts`. */
  readonly path: string;
  readonly content: string;
}

/** The manifest listing every generated file, so a later run knows what it may delete. */
export const MANIFEST = '.errspec-manifest.json';

/** What a write did. */
export interface WriteResult {
  readonly written: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: number;
}

/** What a check found. */
export interface CheckResult {
  /** Files missing or with other content. */
  readonly differing: readonly string[];
  /** Files errspec generated before that it would now remove. */
  readonly stale: readonly string[];
}

/** The manifest of `paths` (sorted, without the manifest itself). */
function manifestOf(paths: readonly string[]): OutputFile {
  return { path: MANIFEST, content: `${JSON.stringify({ generator: 'errspec', files: paths }, null, 2)}\n` };
}

/** Files plus the manifest, sorted by path. */
function withManifest(files: readonly OutputFile[]): OutputFile[] {
  const manifest = manifestOf(files.map((file) => file.path).sort());
  return [...files, manifest].sort((a, b) => (a.path < b.path ? -1 : 1));
}

function assertFolder(outDir: string): void {
  let stats;
  try {
    stats = statSync(outDir);
  } catch {
    return;
  }
  if (!stats.isDirectory()) throw new UserError(`Cannot write to \`${outDir}\`: it is a file, expected a folder`);
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Paths the previous run generated, from its manifest (none when there is no manifest). */
function previousFiles(outDir: string): string[] {
  const text = readText(path.join(outDir, MANIFEST));
  if (text === null) return [];
  try {
    const parsed = JSON.parse(text) as { files?: unknown };
    return Array.isArray(parsed.files) ? parsed.files.filter((file): file is string => typeof file === 'string' && isInside(file)) : [];
  } catch {
    return [];
  }
}

/** Only plain relative paths inside the output folder may be removed. */
function isInside(relative: string): boolean {
  return relative !== '' && !path.isAbsolute(relative) && !relative.split(/[\\/]/).includes('..');
}

/** The first symbolic link on the way from `outDir` to `relative`, or `null`. */
function linkOnPath(outDir: string, relative: string): string | null {
  const parts = relative.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const partial = parts.slice(0, i).join('/');
    try {
      if (lstatSync(path.join(outDir, partial)).isSymbolicLink()) return partial;
    } catch {
      return null;
    }
  }
  return null;
}

/** Previously generated files that are not among the `next` paths, still present, and not behind a link. */
function stalePaths(outDir: string, next: ReadonlySet<string>): string[] {
  return previousFiles(outDir).filter(
    (file) => !next.has(file) && linkOnPath(outDir, file) === null && readText(path.join(outDir, file)) !== null,
  );
}

/** Compare the output folder with `files` without writing anything. */
export function checkOutput(outDir: string, files: readonly OutputFile[]): CheckResult {
  assertFolder(outDir);
  const all = withManifest(files);
  const differing = all.filter((file) => readText(path.join(outDir, file.path)) !== file.content).map((file) => file.path);
  return { differing, stale: stalePaths(outDir, new Set(all.map((file) => file.path))) };
}

/** Sibling paths of the output folder used while writing. */
function siblings(outDir: string): { lock: string; staging: string; old: string; prefix: string } {
  const parent = path.dirname(path.resolve(outDir));
  const prefix = `.${path.basename(path.resolve(outDir))}.errspec-`;
  return {
    prefix,
    lock: path.join(parent, `${prefix}lock`),
    staging: path.join(parent, `${prefix}new-${process.pid}`),
    old: path.join(parent, `${prefix}old-${process.pid}`),
  };
}

/**
 * Write the output folder so that it holds exactly `files` plus what errspec did not generate.
 * `files` is read once, a file at a time, so a caller may produce them as they are written.
 *
 * @param kept paths of generated files that are already on disk as they should be (the caller
 *   vouches for them, e.g. from a stamp of their size and time): neither read nor written, but
 *   listed in the manifest and counted as unchanged.
 */
export function writeOutput(outDir: string, files: Iterable<OutputFile>, kept: readonly string[] = []): WriteResult {
  return underOutputLock(outDir, (write) => write(files, kept));
}

/** Writes the output folder as `writeOutput` does; only callable while `underOutputLock` holds the lock. */
export type LockedWrite = (files: Iterable<OutputFile>, kept: readonly string[]) => WriteResult;

/**
 * Run `body` while holding the output folder's lock, after repairing what a killed run left:
 * what `body` reads of the folder (and of anything recorded beside it) no other errspec run
 * changes until it returns, so it may decide what to write, write it with `write`, and record
 * what it wrote, as one step.
 */
export function underOutputLock<T>(outDir: string, body: (write: LockedWrite) => T): T {
  assertFolder(outDir);
  // Ctrl-C cannot stop synchronous code midway anyway: let the write finish (or fail) whole,
  // then die of the signal as usual. A harder kill is repaired by the next run's `recover`.
  let signal: NodeJS.Signals | null = null;
  const defer = (received: NodeJS.Signals): void => {
    signal = received;
  };
  process.on('SIGINT', defer);
  process.on('SIGTERM', defer);
  let release = (): void => {};
  try {
    release = lock(outDir);
    recover(outDir);
    return body((files, kept) => swap(outDir, files, kept));
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new UserError(`Cannot write to \`${outDir}\`: ${code}`);
  } finally {
    release();
    process.removeListener('SIGINT', defer);
    process.removeListener('SIGTERM', defer);
    if (signal !== null) process.kill(process.pid, signal);
  }
}

/**
 * Changed files go to the staging folder as they come; once all have come, the rest of the old
 * folder is linked in beside them and the two folders swap.
 */
function swap(outDir: string, files: Iterable<OutputFile>, kept: readonly string[]): WriteResult {
  const { staging, old } = siblings(outDir);
  const paths = new Set(kept);
  const written: string[] = [];
  try {
    rmSync(staging, { recursive: true, force: true });
    const stage = (file: OutputFile): void => {
      paths.add(file.path);
      const link = linkOnPath(outDir, file.path);
      if (link !== null) throw new UserError(`Cannot write \`${file.path}\` in \`${outDir}\`: \`${link}\` is a symbolic link; errspec does not write through links`);
      if (readText(path.join(outDir, file.path)) === file.content) return;
      const target = path.join(staging, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
      written.push(file.path);
    };
    for (const file of files) stage(file);
    const all = [...paths].sort();
    stage(manifestOf(all));
    const stale = stalePaths(outDir, new Set(paths));
    const unchanged = all.length + 1 - written.length;
    if (written.length === 0 && stale.length === 0) return { written: [], removed: [], unchanged };
    const exists = existsFolder(outDir);
    mkdirSync(staging, { recursive: true });
    if (exists) mirror(outDir, staging, '', new Set([...stale, ...written]));
    removeEmptyFolders(staging, stale);
    if (exists) {
      renameSync(outDir, old);
      renameSync(staging, outDir);
      rmSync(old, { recursive: true, force: true });
    } else {
      mkdirSync(path.dirname(path.resolve(outDir)), { recursive: true });
      renameSync(staging, outDir);
    }
    return { written: written.sort(), removed: stale, unchanged };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function existsFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Recreate `from` in `to`, except the `skip` paths: files as hard links (same bytes, inode and
 * mtime), symbolic links as links (never followed), folders as folders.
 */
function mirror(from: string, to: string, relative: string, skip: ReadonlySet<string>): void {
  for (const entry of readdirSync(path.join(from, relative), { withFileTypes: true })) {
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (skip.has(child)) continue;
    const source = path.join(from, child);
    const target = path.join(to, child);
    if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else if (entry.isDirectory()) {
      mkdirSync(target, { recursive: true });
      mirror(from, to, child, skip);
    } else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/** Remove folders that only held stale files, up to the output root. */
function removeEmptyFolders(root: string, stale: readonly string[]): void {
  for (const file of stale) {
    for (let folder = path.dirname(file); folder !== '.' && folder !== ''; folder = path.dirname(folder)) {
      const absolute = path.join(root, folder);
      try {
        if (readdirSync(absolute).length > 0) break;
        rmdirSync(absolute);
      } catch {
        break;
      }
    }
  }
}

/**
 * Repair what a killed run left: the old folder put back if the swap was cut between its two
 * renames, leftover staging and old folders removed.
 */
function recover(outDir: string): void {
  const { prefix } = siblings(outDir);
  const parent = path.dirname(path.resolve(outDir));
  let names: string[];
  try {
    names = readdirSync(parent).filter((name) => name.startsWith(prefix) && !name.endsWith('lock'));
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const folder = path.join(parent, name);
    if (name.startsWith(`${prefix}old-`) && !existsFolder(outDir)) renameSync(folder, outDir);
    else rmSync(folder, { recursive: true, force: true });
  }
}

/** Take the lock beside the output folder, waiting up to 30 s for a live holder; returns its release. */
function lock(outDir: string): () => void {
  const { lock: file } = siblings(outDir);
  mkdirSync(path.dirname(file), { recursive: true });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readText(file));
    // A lock whose holder is gone is stale; one with no pid yet was taken a moment ago.
    const fresh = Date.now() - (mtimeOf(file) ?? 0) < 5_000;
    if (Number.isInteger(holder) && holder > 0 ? !alive(holder) : !fresh) {
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new UserError(`Cannot write to \`${outDir}\`: another errspec run (pid ${holder}) holds ${path.basename(file)}`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
}

function mtimeOf(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
