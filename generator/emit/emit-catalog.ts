/**
 * All files of one catalog: its module in three forms, its message JSON files and its
 * OpenAPI and JSON Schema contracts.
 */

import type { Catalog } from '../model.js';
import { emitCatalogModule } from './catalog-module.js';
import { assertEmittable } from './check-catalog.js';
import { emitJsonSchema } from './json-schema.js';
import { emitMessagesJson } from './messages-json.js';
import { emitOpenApi } from './openapi.js';
import { DIST_DIR } from './package/manifest.js';
import type { EmitContext, GeneratedFile } from './types.js';

/**
 * Emit a catalog: `<id>/index.ts`, `dist/<id>/index.js`, `dist/<id>/index.d.ts` and
 * `<id>/messages/<locale>.json`, and with `context.openapi` `<id>/openapi.json` and `<id>/schema.json`.
 *
 * @param catalog the catalog, validated; spec text in it is escaped, never trusted.
 * @param context names the generator in the headers, says whether to write the contracts.
 * @throws an `errspec bug:` error when the catalog breaks an invariant of the model,
 *   such as two entries with one class name.
 */
export function emitCatalog(catalog: Catalog, context: EmitContext): GeneratedFile[] {
  assertEmittable(catalog);
  const contracts = context.openapi ? [emitOpenApi(catalog, context), emitJsonSchema(catalog, context)] : [];
  return [...emitCatalogModule(catalog, context, DIST_DIR), ...emitMessagesJson(catalog), ...contracts];
}
