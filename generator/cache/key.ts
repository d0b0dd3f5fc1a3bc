/**
 * Cache keys: a SHA-256 over everything a cached result depends on, so that a change to any
 * of them is a miss, never a stale hit.
 */

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { packageRoot as findPackageRoot, runsBuilt } from '../pool/package-root.js';

/** Bumped when the layout of cache entries changes. */
export const CACHE_FORMAT = 'errspec-cache-1';

/** A SHA-256 hex digest of the parts, each length-prefixed so that no two lists of parts collide. */
export function hashParts(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}

let identity: string | undefined;

/**
 * What makes this errspec what it is: its version, the size and time of every file of its
 * own code (so that a rebuilt errspec, or an edited one, does not reuse results of the old),
 * and the versions of the libraries whose output ends up in generated files.
 */
export function toolIdentity(): string {
  identity ??= computeIdentity();
  return identity;
}

function computeIdentity(): string {
  const packageRoot = findPackageRoot();
  // The code that runs: dist/generator once built (tsc's modules and the bundles over them), generator/ when the sources run (tests).
  const generatorDir = path.join(packageRoot, ...(runsBuilt() ? ['dist'] : []), 'generator');
  const parts = [CACHE_FORMAT, readVersion(packageRoot, '.')];
  for (const dependency of ['ts-morph', 'typescript', 'remark-parse', 'remark-gfm', 'remark-frontmatter', 'unified', 'yaml']) {
    parts.push(`${dependency}@${readVersion(packageRoot, `node_modules/${dependency}`)}`);
  }
  parts.push(...codeFiles(generatorDir));
  // The runtime's built JavaScript and declarations are copied into every package, and live beside, not under, dist/generator.
  parts.push(...codeFiles(path.join(packageRoot, 'dist', 'runtime')).map((line) => `runtime/${line}`));
  return hashParts(parts);
}

/** The `version` of `<root>/<dir>/package.json`, or of the first such file up the tree; `?` when there is none. */
function readVersion(root: string, dir: string): string {
  for (let folder = root; ; folder = path.dirname(folder)) {
    try {
      const parsed = JSON.parse(readFileSync(path.join(folder, dir, 'package.json'), 'utf8')) as { version?: unknown };
      return typeof parsed.version === 'string' ? parsed.version : '?';
    } catch {
      if (dir === '.' || path.dirname(folder) === folder) return '?';
    }
  }
}

/** `path size mtime` of every file under `dir`, sorted; none when there is no `dir`. */
function codeFiles(dir: string): string[] {
  const lines: string[] = [];
  const walk = (folder: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile()) {
        const stats = statSync(file);
        lines.push(`${path.relative(dir, file)} ${stats.size} ${stats.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return lines.sort();
}
