/**
 * The command generated headers tell a reader to run: the one that regenerates this output in
 * this repository. A team runs errspec through an npm script (`errspec init` adds
 * `errors:generate`); errspec's own repository through `node dist/generator/cli.js generate`.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** What a header says when the project has no script that runs `errspec generate`. */
export const DEFAULT_REGENERATE = 'npx errspec generate';

/** errspec's CLI as its package.json's `bin` names it, for scripts that run it by path (errspec's own `node dist/generator/cli.js`). */
const CLI_PATH = 'dist/generator/cli.js';

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
  if (typeof scripts !== 'object' || scripts === null) return DEFAULT_REGENERATE;
  for (const [name, command] of Object.entries(scripts)) {
    if (typeof command === 'string' && command.split(/&&|;|\|\|/).some((part) => generates(part.trim()))) return `npm run ${name}`;
  }
  return DEFAULT_REGENERATE;
}

/** Whether one shell command is `errspec generate ...` or `node <path>/dist/generator/cli.js generate ...`, without `--check` or `--watch`. */
function generates(command: string): boolean {
  const words = command.split(/\s+/);
  if (words.includes('--check') || words.includes('--watch')) return false;
  if (words[0] === 'errspec' || words[0] === 'npx' && words[1] === 'errspec') return words[words[0] === 'npx' ? 2 : 1] === 'generate';
  // By its path only, not where it is installed: the same headers on every machine.
  return words[0] === 'node' && words[2] === 'generate' && (words[1] === CLI_PATH || (words[1]?.endsWith(`/${CLI_PATH}`) ?? false));
}

/** The package.json at or above `folder` inside its git repository (never one outside it, which another checkout would not have), or `null`. */
function nearestManifest(folder: string): string | null {
  for (let at = folder; ; at = path.dirname(at)) {
    const file = path.join(at, 'package.json');
    if (existsSync(file)) return file;
    if (existsSync(path.join(at, '.git')) || path.dirname(at) === at) return null;
  }
}
