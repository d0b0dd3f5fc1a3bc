/**
 * `index.ts` at the root of the output: one namespace per catalog.
 */

import type { Catalog } from '../model.js';
import { compareNames } from '../text.js';
import { assertIndexable } from './check-catalog.js';
import { multiSpecHeader } from './header.js';
import { stringLiteral } from './literals.js';
import { printTypeScript } from './print.js';
import type { EmitContext, GeneratedFile } from './types.js';

/** Catalog order: by id, as `compareNames` orders names. */
export function byId(a: Catalog, b: Catalog): number {
  return compareNames(a.id, b.id);
}

/**
 * The root index: `export * as petCore from "./pet-core/index.js";` per catalog, sorted
 * by id, under a header listing every spec.
 *
 * @param catalogs the catalogs of this run, in any order.
 * @param context names the generator in the header.
 * @throws an `errspec bug:` error when two catalogs share an id or a namespace.
 */
export function emitIndex(catalogs: readonly Catalog[], context: EmitContext): GeneratedFile {
  assertIndexable(catalogs);
  const sorted = [...catalogs].sort(byId);
  return printTypeScript({
    path: 'index.ts',
    structure: {
      leadingTrivia: multiSpecHeader(
        sorted.map((catalog) => catalog.source),
        context,
      ),
      statements: [
        (writer) => {
          // With no catalogs the file must still be a module.
          if (sorted.length === 0) writer.writeLine('export {};');
          for (const catalog of sorted) {
            writer.writeLine(`export * as ${catalog.names.namespace} from ${stringLiteral(`./${catalog.id}/index.js`)};`);
          }
        },
      ],
    },
  });
}
