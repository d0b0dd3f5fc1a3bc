/** All files of one catalog: its module in three forms, its message JSON files and its OpenAPI and JSON Schema contracts. */

import type { Catalog } from '../model.js';
import { emitCatalogModule } from './catalog-module.js';
import { assertEmittable } from './check-catalog.js';
import { emitJsonSchema } from './json-schema.js';
import { emitMessagesJson } from './messages-json.js';
import { emitOpenApi } from './openapi.js';
import { DIST_DIR } from './package/manifest.js';
import type { EmitContext, GeneratedFile } from './types.js';

/**
 * The files of a validated catalog, contracts included with `context.openapi`; spec text is escaped,
 * never trusted. Throws an `errspec bug:` error when the catalog breaks an invariant of the model.
 */
export function emitCatalog(catalog: Catalog, context: EmitContext): GeneratedFile[] {
  assertEmittable(catalog);
  const contracts = context.openapi ? [emitOpenApi(catalog, context), emitJsonSchema(catalog, context)] : [];
  return [...emitCatalogModule(catalog, context, DIST_DIR), ...emitMessagesJson(catalog), ...contracts];
}
