/**
 * The read stage: spec paths to spec texts, decoded and normalised.
 */

import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError, fileErrorReason } from '../errors.js';
import { catalogNamesFor } from '../names.js';
import { unpackedFolder } from './packed-names.js';
import { frontMatterId } from './spec-id.js';
import { tinyglobby } from '../lazy.js';

/** One spec file, read. */
export interface SpecFile {
  /** Catalog id from the file name, e.g. `pet-core`. */
  readonly id: string;
  /** Path relative to the working directory, `/` separators, e.g. `specs/pet-core.md`. */
  readonly source: string;
  /** Text with LF line endings and no BOM. */
  readonly text: string;
}

const SPEC_EXTENSIONS = new Set(['.md', '.markdown']);

/** `specs/**\/*.md` is a glob (expanded with tinyglobby: Node 20 has no `fs.glob`); `specs` and `specs/a.md` are paths. */
export function isGlob(input: string): boolean {
  return /[*?[\]{}]/.test(input);
}

/** Spec files named by `inputs` (files, or directories whose `*.md` files are read), sorted by path. */
export function listSpecs(inputs: readonly string[], cwd: string): string[] {
  const files = new Set<string>();
  for (const input of inputs) {
    if (isGlob(input)) {
      const matches = tinyglobby().globSync(input, { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
      if (matches.length === 0) throw new UserError(`No specs match \`${input}\`, expected a glob matching Markdown files`);
      for (const match of matches) files.add(path.resolve(match));
      continue;
    }
    const absolute = path.resolve(cwd, input);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      throw new UserError(`Cannot read spec \`${input}\`: ${fileErrorReason(error)}`);
    }
    if (stats.isDirectory()) {
      // Only the folder's own files: no recursion, so a symlink loop below it cannot trap the run.
      for (const entry of readdirSync(absolute, { withFileTypes: true })) {
        const file = path.join(absolute, entry.name);
        if (SPEC_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) && isFile(file)) files.add(file);
      }
    } else if (stats.isFile()) {
      files.add(absolute);
    } else {
      throw new UserError(`Cannot read spec \`${input}\`: not a regular file`);
    }
  }
  if (files.size === 0) throw new UserError(`No specs found in ${inputs.map((input) => `\`${input}\``).join(', ')}, expected Markdown files (*.md)`);
  return [...files].sort(comparePaths);
}

/** Read and decode spec files; two specs with one catalog id are an error. */
export function readSpecs(files: readonly string[], cwd: string): SpecFile[] {
  const ids = new Map<string, string>();
  const namespaces = new Map<string, string>();
  return files.map((file) => {
    const source = toPosix(path.relative(cwd, file)) || path.basename(file);
    const text = readText(file, source);
    const id = frontMatterId(text, source) ?? idFor(file);
    const root = ROOT_NAMES.find((name) => name === id.toLowerCase());
    if (root !== undefined) {
      throw new UserError(`Cannot make catalog \`${id}\` from \`${source}\`: its folder would be the generated package's own \`${root}\`; rename the spec`);
    }
    const other = ids.get(id);
    if (other !== undefined) throw new UserError(`Specs \`${other}\` and \`${source}\` both make catalog \`${id}\`; rename one`);
    ids.set(id, source);
    const unpacked = unpackedFolder(id);
    if (unpacked !== null) {
      throw new UserError(`Cannot make catalog \`${id}\` from \`${source}\`: npm pack leaves \`${unpacked}\` out of the generated package, whatever its \`files\` says; rename the spec`);
    }
    // `pet-core` and `pet_core`, or `Pet` and `pet` (one folder on a case-insensitive disk), make one namespace.
    const namespace = catalogNamesFor(id).namespace.toLowerCase();
    const sibling = namespaces.get(namespace);
    if (sibling !== undefined) {
      throw new UserError(`Specs \`${sibling}\` and \`${source}\` both make the namespace \`${catalogNamesFor(id).namespace}\`; rename one`);
    }
    namespaces.set(namespace, source);
    return { id, source, text };
  });
}

/** The decoded text of the spec at `file`, refused when it is too large. */
function readText(file: string, source: string): string {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_SPEC_BYTES) {
      throw new UserError(`Cannot read spec \`${source}\`: it is ${megabytes(size)}, expected at most ${megabytes(MAX_SPEC_BYTES)} (split it into several specs)`);
    }
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Cannot read spec \`${source}\`: ${fileErrorReason(error)}`);
  }
  return decode(bytes, source);
}

/**
 * Names at the root of the output folder that are the package's own, not a catalog's folder
 * (compared without case: one file on a case-insensitive disk).
 */
const ROOT_NAMES = ['package.json', 'index.ts', 'index.js', 'index.d.ts', 'errspec-runtime.ts', 'dist'];

/** Specs larger than this are refused before they are read: 16 MiB. */
export const MAX_SPEC_BYTES = 16 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** UTF-8 only (with or without BOM); CRLF and CR become LF. UTF-16 and binary files are refused. */
function decode(bytes: Buffer, source: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new UserError(`Cannot read spec \`${source}\`: it is UTF-16, expected UTF-8 (save it as UTF-8)`);
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new UserError(`Cannot read spec \`${source}\`: it is a binary file (it holds NUL bytes), expected Markdown text`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`Cannot read spec \`${source}\`: it is not valid UTF-8`);
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * `specs/Pet Core.md` -> `Pet-Core`, `docs/payments.errors.md` -> `payments`: the file name without
 * its extension and a `.errors` or `.error-codes` suffix (which says what the file is, not which
 * catalog), safe as a folder name.
 */
export function idFor(file: string): string {
  const base = path.basename(file, path.extname(file)).replace(/\.(?:errors|error-codes)$/i, '');
  const id = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  if (id === '') throw new UserError(`Cannot make a catalog id from the file name \`${path.basename(file)}\`; use letters, digits, \`-\` or \`_\``);
  return id;
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/** One collator for every comparison: `localeCompare` with options builds one per call (7 ms of a 150 ms no-op run sorting 100 paths). */
const PATH_ORDER = new Intl.Collator('en', { numeric: true });

/** Deterministic path order on every machine: `compareNames`'s (numbers by value, then by code unit). */
export function comparePaths(a: string, b: string): number {
  return PATH_ORDER.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
