/**
 * The real tools the emitted contracts are checked with: Redocly's OpenAPI rules and Ajv's
 * JSON Schema 2020-12 (with formats), set up once for the tests that share them.
 */

import { bundle, createConfig, lint, lintFromString, type Config, type NormalizedProblem } from '@redocly/openapi-core';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** A JSON document as read back. */
export type Json = Record<string, any>;

/** Where Ajv keeps an OpenAPI document, so that pointers into it resolve. */
const DOC = 'https://errspec.invalid/openapi.json';

let config: Promise<Config> | undefined;

/** Redocly's recommended-strict rules, without those for a whole API (servers, license, unused components): the documents are libraries of components. */
function redocly(): Promise<Config> {
  config ??= createConfig({ extends: ['recommended-strict'], rules: { 'no-empty-servers': 'off', 'info-license': 'off', 'no-unused-components': 'off' } });
  return config;
}

/** Problems as `rule: message at pointer`. */
function described(problems: readonly NormalizedProblem[]): string[] {
  return problems.map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.source.absoluteRef}${problem.location[0]?.pointer}`);
}

/** What Redocly's rules find in an OpenAPI document's text. */
export async function redoclyProblems(text: string, name: string): Promise<string[]> {
  return described(await lintFromString({ source: text, absoluteRef: `/${name}/openapi.json`, config: await redocly() }));
}

/** What Redocly's rules find in an OpenAPI document on disk, the files it `$ref`s read too, and the document bundled into one. */
export async function redoclyFile(file: string): Promise<{ problems: string[]; bundled: Json }> {
  const problems = described(await lint({ ref: file, config: await redocly() }));
  const { bundle: bundled } = await bundle({ ref: file, config: await redocly() });
  return { problems, bundled: bundled.parsed as Json };
}

/** Strict Ajv 2020-12 with formats, knowing the `x-enum-*` annotations. */
function ajv(): Ajv2020 {
  return addFormats.default(new Ajv2020({ strict: true, allErrors: true })).addKeyword('x-enum-varnames').addKeyword('x-enum-descriptions');
}

/**
 * Validators of an OpenAPI document's schemas by JSON pointer (`at("/components/schemas/X")`),
 * and of the standalone JSON Schema.
 */
export function validators(doc: Json, schema: Json): { at: (pointer: string) => ValidateFunction; standalone: ValidateFunction } {
  const inDoc = ajv();
  for (const keyword of ['openapi', 'info', 'components']) inDoc.addKeyword(keyword);
  inDoc.addSchema({ ...doc, $id: DOC });
  const cache = new Map<string, ValidateFunction>();
  const at = (pointer: string): ValidateFunction => {
    let validate = cache.get(pointer);
    if (validate === undefined) cache.set(pointer, (validate = inDoc.compile({ $ref: `${DOC}#${pointer}` })));
    return validate;
  };
  return { at, standalone: ajv().compile(schema) };
}
