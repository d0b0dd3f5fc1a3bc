/**
 * `index.ts` at the root of the output, and its JavaScript and declarations: one namespace per catalog.
 */

import type { CatalogHead } from '../model.js';
import { compareNames } from '../text.js';
import { assertIndexable } from './check-catalog.js';
import { multiSpecHeader } from './header.js';
import { stringLiteral } from './literals.js';
import { DIST_DIR } from './package/manifest.js';
import type { EmitContext, GeneratedFile } from './types.js';

/** Catalog order: by id, as `compareNames` orders names. */
export function byId(a: CatalogHead, b: CatalogHead): number {
  return compareNames(a.id, b.id);
}

/**
 * `index.ts`, `dist/index.js` and `dist/index.d.ts`, one text: `export * as petCore from "./pet-core/index.js";`
 * per catalog by id. Throws an `errspec bug:` error when two catalogs share an id or a namespace.
 */
export function emitIndex(catalogs: readonly CatalogHead[], context: EmitContext): GeneratedFile[] {
  assertIndexable(catalogs);
  const sorted = [...catalogs].sort(byId);
  const header = multiSpecHeader(sorted.map((catalog) => catalog.source), context);
  // With no catalogs the file must still be a module.
  const lines = sorted.length === 0 ? ['export {};'] : sorted.map((catalog) => `export * as ${catalog.names.namespace} from ${stringLiteral(`./${catalog.id}/index.js`)};`);
  const content = `${header}${lines.join('\n')}\n`;
  return ['index.ts', `${DIST_DIR}/index.js`, `${DIST_DIR}/index.d.ts`].map((path) => ({ path, content }));
}
