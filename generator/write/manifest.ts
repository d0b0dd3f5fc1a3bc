/**
 * The manifest: the list of files errspec wrote in an output folder, each with the SHA-256 of
 * the bytes it wrote. It is errspec's proof of ownership: a later run may replace or remove only
 * what it lists, and removes a listed file only while it still holds those bytes.
 */

import { createHash } from 'node:crypto';
import path from 'node:path';
import { isInside, readText } from './disk.js';

/** The manifest's file name in the output folder. */
export const MANIFEST = '.errspec-manifest.json';

/** A file to write, relative to the output folder. */
export interface OutputFile {
  /** `/`-separated relative path, e.g. `pet-core/index.ts`. */
  readonly path: string;
  readonly content: string;
}

/** What a manifest says: path -> SHA-256 (hex) of what errspec wrote there, `null` when an older manifest gave no hash. */
export type Manifest = ReadonlyMap<string, string | null>;

/** The SHA-256 of `content` as UTF-8, in hex. */
export function hashOf(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * The manifest in `outDir`, or `null` when there is none or it is not errspec's (not JSON, no
 * file list). Both forms are read: `files` as an object of hashes (now) or as a list of paths
 * (errspec before hashes). Paths that leave the folder are dropped.
 */
export function readManifest(outDir: string): Manifest | null {
  const text = readText(path.join(outDir, MANIFEST));
  if (text === null) return null;
  let files: unknown;
  try {
    files = (JSON.parse(text) as { files?: unknown }).files;
  } catch {
    return null;
  }
  let entries: [string, string | null][];
  if (Array.isArray(files)) entries = files.filter((file): file is string => typeof file === 'string').map((file) => [file, null]);
  else if (typeof files === 'object' && files !== null) entries = Object.entries(files).map(([file, hash]) => [file, typeof hash === 'string' ? hash : null]);
  else return null;
  return new Map(entries.filter(([file]) => isInside(file) && file !== MANIFEST));
}

/** The manifest file listing `hashes` (path -> hash), in path order. */
export function manifestFile(hashes: ReadonlyMap<string, string>): OutputFile {
  const files = Object.fromEntries([...hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { path: MANIFEST, content: `${JSON.stringify({ generator: 'errspec', files }, null, 2)}\n` };
}
