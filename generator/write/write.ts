/**
 * The write stage: put generated files in the output folder, touching only what changed,
 * and removing only files errspec itself generated before (listed in its manifest).
 * `check` compares instead of writing.
 */

import { mkdirSync, readFileSync, renameSync, rmSync, rmdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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

/** Files plus the manifest, sorted by path. */
function withManifest(files: readonly OutputFile[]): OutputFile[] {
  const paths = files.map((file) => file.path).sort();
  const manifest = `${JSON.stringify({ generator: 'errspec', files: paths }, null, 2)}\n`;
  return [...files, { path: MANIFEST, content: manifest }].sort((a, b) => (a.path < b.path ? -1 : 1));
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

function stalePaths(outDir: string, files: readonly OutputFile[]): string[] {
  const next = new Set(files.map((file) => file.path));
  return previousFiles(outDir).filter((file) => !next.has(file) && readText(path.join(outDir, file)) !== null);
}

/** Compare the output folder with `files` without writing anything. */
export function checkOutput(outDir: string, files: readonly OutputFile[]): CheckResult {
  assertFolder(outDir);
  const all = withManifest(files);
  const differing = all.filter((file) => readText(path.join(outDir, file.path)) !== file.content).map((file) => file.path);
  return { differing, stale: stalePaths(outDir, all) };
}

/** Write changed files (each through a temporary file and a rename) and remove stale ones. */
export function writeOutput(outDir: string, files: readonly OutputFile[]): WriteResult {
  assertFolder(outDir);
  const all = withManifest(files);
  const stale = stalePaths(outDir, all);
  const written: string[] = [];
  let unchanged = 0;
  try {
    for (const file of all) {
      const target = path.join(outDir, file.path);
      if (readText(target) === file.content) {
        unchanged++;
        continue;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      const temporary = `${target}.errspec-${process.pid}.tmp`;
      writeFileSync(temporary, file.content);
      renameSync(temporary, target);
      written.push(file.path);
    }
    for (const file of stale) {
      rmSync(path.join(outDir, file), { force: true });
      removeEmptyParents(outDir, path.dirname(path.join(outDir, file)));
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new UserError(`Cannot write to \`${outDir}\`: ${code}`);
  }
  return { written, removed: stale, unchanged };
}

function removeEmptyParents(outDir: string, folder: string): void {
  const root = path.resolve(outDir);
  for (let current = path.resolve(folder); current.startsWith(root + path.sep); current = path.dirname(current)) {
    if (readdirSync(current).length > 0) return;
    rmdirSync(current);
  }
}
