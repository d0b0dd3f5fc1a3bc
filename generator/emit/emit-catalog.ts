/**
 * All files of one catalog, in the order a reader meets them.
 */

import type { Catalog } from '../model.js';
import { emitBarrel } from './barrel-file.js';
import { assertEmittable } from './check-catalog.js';
import { emitCodes } from './codes-file.js';
import { emitErrors } from './errors-file.js';
import { emitMessagesJson } from './messages-json.js';
import { emitMessages } from './messages-file.js';
import { printTypeScript } from './print.js';
import { emitResponse } from './response-file.js';
import { emitStatus } from './status-file.js';
import type { EmitContext, GeneratedFile } from './types.js';

/**
 * Emit a catalog: `codes.ts`, `errors.ts`, `response.ts`, `status.ts`, `messages.ts`,
 * `messages/<locale>.json` and the barrel `index.ts`, all under `<catalog.id>/`.
 *
 * @param catalog the catalog, validated; spec text in it is escaped, never trusted.
 * @param context names the generator in the headers.
 * @throws an `errspec bug:` error when the catalog breaks an invariant of the model,
 *   such as two entries with one class name.
 */
export function emitCatalog(catalog: Catalog, context: EmitContext): GeneratedFile[] {
  assertEmittable(catalog);
  return [
    printTypeScript(emitCodes(catalog, context)),
    printTypeScript(emitErrors(catalog, context)),
    printTypeScript(emitResponse(catalog, context)),
    printTypeScript(emitStatus(catalog, context)),
    printTypeScript(emitMessages(catalog, context)),
    ...emitMessagesJson(catalog),
    printTypeScript(emitBarrel(catalog, context)),
  ];
}
