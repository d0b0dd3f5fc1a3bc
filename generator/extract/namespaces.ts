/**
 * Catalogs must have distinct namespaces in the generated index. File names are checked when
 * specs are read; a `prefix` from the config or front matter can still make two catalogs meet.
 */

import { UserError } from '../errors.js';
import type { CatalogHead } from '../model.js';

/** Throw a UserError naming both specs when two catalogs share a namespace (ignoring case, for case-insensitive disks). */
export function assertDistinctNamespaces(catalogs: readonly CatalogHead[]): void {
  const seen = new Map<string, string>();
  for (const catalog of catalogs) {
    const key = catalog.names.namespace.toLowerCase();
    const other = seen.get(key);
    if (other !== undefined) {
      throw new UserError(`Specs \`${other}\` and \`${catalog.source}\` both make the namespace \`${catalog.names.namespace}\`; give one another prefix`);
    }
    seen.set(key, catalog.source);
  }
}
