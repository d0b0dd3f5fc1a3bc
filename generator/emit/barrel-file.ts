/**
 * `<id>/index.ts`: re-exports everything a catalog's modules export.
 */

import { StructureKind } from 'ts-morph';
import type { Catalog } from '../model.js';
import { catalogHeader } from './header.js';
import type { EmitContext, TypeScriptFile } from './types.js';

/** The catalog's modules, in the order a reader meets them. */
const MODULES = ['./codes.js', './errors.js', './response.js', './messages.js', './status.js'];

/**
 * The barrel of a catalog: `export * from "./codes.js";` and so on.
 *
 * @param catalog the catalog; only its id and source are used.
 * @param context names the generator in the header.
 */
export function emitBarrel(catalog: Catalog, context: EmitContext): TypeScriptFile {
  return {
    path: `${catalog.id}/index.ts`,
    structure: {
      leadingTrivia: catalogHeader(catalog, context),
      statements: MODULES.map((moduleSpecifier) => ({ kind: StructureKind.ExportDeclaration, moduleSpecifier })),
    },
  };
}
