/**
 * Catalog ids whose files `npm pack` would leave out of the generated package. A catalog's
 * messages go to `<id>/messages/` and its build to `dist/<id>/`, and npm drops some names
 * whatever the package's `files` says, ignoring case: some at the package root only, some at
 * any depth. Measured with npm 11 (`npm pack --dry-run`); a test checks the list against the
 * npm installed.
 */

/** Dropped at the package root: `<id>/messages/` would be missing. */
const AT_ROOT = new Set(['node_modules', 'package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb']);
/** Dropped at any depth: `dist/<id>/` would be missing. */
const ANYWHERE = new Set(['cvs', 'npm-debug.log', 'archived-packages']);

/**
 * The folder npm pack would leave out for catalog `id`, e.g. `node_modules/messages/` for
 * `node_modules`, or `null` when the catalog is packed whole.
 */
export function unpackedFolder(id: string): string | null {
  const name = id.toLowerCase();
  if (AT_ROOT.has(name)) return `${id}/messages/`;
  if (ANYWHERE.has(name) || name.endsWith('.orig')) return `dist/${id}/`;
  return null;
}
