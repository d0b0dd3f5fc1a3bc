/**
 * The command generated headers tell a reader to run: the one that regenerates this output in
 * this repository. A team runs errspec through an npm script (`errspec init` adds
 * `errors:generate`); errspec's own repository through `node dist/generator/cli.js generate`.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a header says when the project has no script that runs `errspec generate`. */
export const DEFAULT_REGENERATE = 'npx errspec generate';

/** This errspec's CLI, built and as source: this file is [dist/]generator/config/regenerate-command.(js|ts). */
const CLI = ((): readonly string[] => {
  const generator = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const parent = path.dirname(generator);
  const root = path.basename(parent) === 'dist' ? path.dirname(parent) : parent;
  return [path.join(root, 'dist', 'generator', 'cli.js'), path.join(root, 'generator', 'cli.ts')];
})();

/**
 * `npm run <script>` for the first script that runs `errspec generate` (not `--check` or
 * `--watch`) in the package the project is in (the nearest package.json at or above `root`),
 * else `npx errspec generate`. Only the repository's own files decide it, so two checkouts of
 * it get the same headers.
 *
 * @param root the project folder (the output folder's parent).
 */
export function regenerateCommand(root: string): string {
  const found = nearestManifest(root);
  if (found === null) return DEFAULT_REGENERATE;
  let scripts: unknown;
  try {
    scripts = (JSON.parse(readFileSync(found, 'utf8')) as { scripts?: unknown }).scripts;
  } catch {
    return DEFAULT_REGENERATE;
  }
  const folder = path.dirname(found);
  if (typeof scripts !== 'object' || scripts === null) return DEFAULT_REGENERATE;
  for (const [name, command] of Object.entries(scripts)) {
    if (typeof command === 'string' && command.split(/&&|;|\|\|/).some((part) => generates(part.trim(), folder))) return `npm run ${name}`;
  }
  return DEFAULT_REGENERATE;
}

/** Whether one shell command, run in `root`, is `errspec generate ...` or `node <this CLI> generate ...`, without `--check` or `--watch`. */
function generates(command: string, root: string): boolean {
  const words = command.split(/\s+/);
  if (words.includes('--check') || words.includes('--watch')) return false;
  if (words[0] === 'errspec' || words[0] === 'npx' && words[1] === 'errspec') return words[words[0] === 'npx' ? 2 : 1] === 'generate';
  return words[0] === 'node' && words[1] !== undefined && words[2] === 'generate' && CLI.includes(path.resolve(root, words[1]));
}

/** The package.json at or above `folder` inside its git repository (never one outside it, which another checkout would not have), or `null`. */
function nearestManifest(folder: string): string | null {
  for (let at = folder; ; at = path.dirname(at)) {
    const file = path.join(at, 'package.json');
    if (existsSync(file)) return file;
    if (existsSync(path.join(at, '.git')) || path.dirname(at) === at) return null;
  }
}
