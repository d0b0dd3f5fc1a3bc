/**
 * `<id>/openapi.json`: the catalog as OpenAPI 3.1 components for an API's document to `$ref`, no paths:
 * codes, envelope and problem details as schemas, a response per HTTP status with what `toResponse()` sends as examples.
 */

import { LOCALES, type Catalog, type Entry } from '../model.js';
import { shapeOf, type Shape } from './envelope-shape.js';
import { generatedNote } from './header.js';
import { interpolationMessage } from './messages.js';
import { jsonText, type JsonObject, type JsonValue } from './json-text.js';
import { docsLink } from './problem.js';
import type { EmitContext, GeneratedFile } from './types.js';
import { responseBody, sentMessage, statusOf } from './wire-body.js';
import { codesAt, codesSchema, contractNames, envelopeSchema, problemCodes, problemSchema, problemStatusSchema, statusSlots } from './wire-schema.js';

/** The OpenAPI version written; 3.1 schemas are JSON Schema 2020-12. */
export const OPENAPI_VERSION = '3.1.0';

/** How many codes a response's description names before it says how many more there are. */
const NAMED_CODES = 8;

/** What an example says besides the message sent: other locales' messages, description, retryable, remedy, spec line, docs. */
function entryNotes(catalog: Catalog, entry: Entry, sent: string, repoPrefix: string): string {
  const notes = LOCALES.flatMap((locale) => {
    const message = entry.messages[locale];
    // The message sent is the summary already; the others are shown as the spec writes them.
    return message === undefined || interpolationMessage(entry, locale) === sent ? [] : [`${locale}: ${message}`];
  });
  if (entry.description !== null && !Object.values(entry.messages).includes(entry.description)) notes.push(entry.description);
  if (entry.retryable !== null) notes.push(`Retryable: ${entry.retryable ? 'yes' : 'no'}, as the spec says.`);
  if (entry.remedy !== null) notes.push(`Remedy: ${entry.remedy}`);
  notes.push(`Spec: ${catalog.source}:${entry.line}`);
  const docs = docsLink(catalog, entry, repoPrefix);
  if (docs !== null) notes.push(`Docs: ${docs}`);
  return notes.join('\n\n');
}

/** The codes of a status, for its description: the first few, then how many more. */
function codeList(entries: readonly Entry[]): string {
  const named = entries.slice(0, NAMED_CODES).map((entry) => entry.code);
  return entries.length > NAMED_CODES ? `${named.join(', ')} and ${entries.length - NAMED_CODES} more` : named.join(', ');
}

/** The entries of each HTTP status their errors have, statuses ascending, entries in spec order. */
function byStatus(catalog: Catalog): [number, Entry[]][] {
  const groups = new Map<number, Entry[]>();
  for (const entry of catalog.entries) {
    const status = statusOf(catalog, entry);
    const group = groups.get(status);
    if (group === undefined) groups.set(status, [entry]);
    else group.push(entry);
  }
  return [...groups].sort(([a], [b]) => a - b);
}

/** What the examples of an entry say: the message its errors send, as summary, and its notes. */
interface ExampleText {
  readonly summary: string;
  readonly description: string;
}

/** The response of one status: the envelope and problem details of its codes, one envelope example per code. */
function response(catalog: Catalog, shape: Shape, status: number, entries: readonly Entry[], texts: ReadonlyMap<Entry, ExampleText>, problemRef: string): JsonObject {
  const examples = new Map<string, JsonValue>(entries.map((entry) => [entry.code, { ...texts.get(entry)!, value: responseBody(catalog, shape, entry) as JsonObject }]));
  const what = entries.length === 1 ? 'code' : 'codes';
  return {
    description: `HTTP ${status}: the errors of ${catalog.title} (${catalog.source}) with this status, ${entries.length} ${what}: ${codeList(entries)}.`,
    content: new Map<string, JsonValue>([
      ['application/json', { schema: envelopeSchema(catalog, shape, statusSlots(shape, entries, status)), examples }],
      // No examples: a problem's members follow from the envelope's example (title and detail are its message), and 10k codes would add megabytes.
      ['application/problem+json', { schema: problemStatusSchema(problemRef, entries, status) }],
    ]),
  };
}

/** The OpenAPI document of a catalog that passed `assertEmittable`, as data. */
export function openApiDocument(catalog: Catalog, context: EmitContext): JsonObject {
  const shape = shapeOf(catalog);
  const names = contractNames(catalog);
  const codesRef = `#/components/schemas/${names.codes}`;
  const texts = new Map(
    catalog.entries.map((entry) => {
      const summary = sentMessage(catalog, entry);
      return [entry, { summary, description: entryNotes(catalog, entry, summary, context.repoPrefix) }];
    }),
  );
  const responses = new Map<string, JsonValue>(byStatus(catalog).map(([status, entries]) => [names.status(status), response(catalog, shape, status, entries, texts, `#/components/schemas/${names.problem}`)]));
  return {
    openapi: OPENAPI_VERSION,
    info: {
      title: `${catalog.title}: error responses`,
      // The generated package carries the version; a fixed one here keeps regenerating an unchanged spec byte-identical.
      version: '1',
      description: `The error codes of ${catalog.source} as reusable components: \`$ref\` them from your API's document. ${generatedNote(catalog, context)}`,
    },
    components: {
      schemas: new Map<string, JsonValue>([
        [names.codes, codesSchema(catalog, shape)],
        [names.response, envelopeSchema(catalog, shape, codesAt(codesRef))],
        [names.problem, problemSchema(catalog, problemCodes(catalog, shape, codesRef))],
      ]),
      responses,
    },
  };
}

/** `<id>/openapi.json` of a catalog that passed `assertEmittable`. */
export function emitOpenApi(catalog: Catalog, context: EmitContext): GeneratedFile {
  return { path: `${catalog.id}/openapi.json`, content: jsonText(openApiDocument(catalog, context)) };
}
