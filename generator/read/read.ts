/**
 * The read stage: spec paths to spec texts, decoded and normalised.
 */

import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

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

/** Spec files named by `inputs` (files, or directories whose `*.md` files are read), sorted by path. */
export function listSpecs(inputs: readonly string[], cwd: string): string[] {
  const files = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new UserError(`Cannot read spec \`${input}\`: no such file or directory`);
    }
    if (stats.isDirectory()) {
      for (const name of readdirSync(absolute)) {
        if (SPEC_EXTENSIONS.has(path.extname(name).toLowerCase()) && statSync(path.join(absolute, name)).isFile()) {
          files.add(path.join(absolute, name));
        }
      }
    } else {
      files.add(absolute);
    }
  }
  return [...files].sort(comparePaths);
}

/** Read and decode spec files; two specs with one catalog id are an error. */
export function readSpecs(files: readonly string[], cwd: string): SpecFile[] {
  const ids = new Map<string, string>();
  return files.map((file) => {
    const source = toPosix(path.relative(cwd, file)) || path.basename(file);
    const id = idFor(file);
    const other = ids.get(id);
    if (other !== undefined) throw new UserError(`Specs \`${other}\` and \`${source}\` both make catalog \`${id}\`; rename one`);
    ids.set(id, source);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new UserError(`Cannot read spec \`${source}\`: ${(error as NodeJS.ErrnoException).code ?? 'read error'}`);
    }
    return { id, source, text: decode(bytes, source) };
  });
}

/** UTF-8 only (with or without BOM); CRLF and CR become LF. */
function decode(bytes: Buffer, source: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`Cannot read spec \`${source}\`: it is not valid UTF-8`);
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** `specs/Pet Core.md` -> `Pet-Core`: the file name without extension, safe as a folder name. */
export function idFor(file: string): string {
  const base = path.basename(file, path.extname(file));
  const id = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  if (id === '') throw new UserError(`Cannot make a catalog id from the file name \`${path.basename(file)}\`; use letters, digits, \`-\` or \`_\``);
  return id;
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/** Deterministic path order on every machine. */
export function comparePaths(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}
