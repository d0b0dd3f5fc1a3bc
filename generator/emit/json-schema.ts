/**
 * `<id>/schema.json`: the catalog's error response as a standalone JSON Schema 2020-12, for a
 * validator in any language (Ajv, jsonschema, gojsonschema, ...), the codes under `$defs`.
 */

import type { Catalog } from '../model.js';
import { shapeOf } from './envelope-shape.js';
import { generatedNote } from './header.js';
import { jsonText, type JsonObject } from './json-text.js';
import type { EmitContext, GeneratedFile } from './types.js';
import { codesAt, codesSchema, contractNames, envelopeSchema } from './wire-schema.js';

/** The dialect of the schema, and of OpenAPI 3.1's. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** The envelope schema of a catalog that passed `assertEmittable`, as data: what `toResponse()` sends validates against it. */
export function envelopeDocument(catalog: Catalog, context: EmitContext): JsonObject {
  const shape = shapeOf(catalog);
  const names = contractNames(catalog);
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $comment: generatedNote(catalog, context),
    title: names.response,
    ...envelopeSchema(catalog, shape, codesAt(`#/$defs/${names.codes}`)),
    $defs: new Map([[names.codes, codesSchema(catalog, shape)]]),
  };
}

/** `<id>/schema.json` of a catalog that passed `assertEmittable`. */
export function emitJsonSchema(catalog: Catalog, context: EmitContext): GeneratedFile {
  return { path: `${catalog.id}/schema.json`, content: jsonText(envelopeDocument(catalog, context)) };
}
