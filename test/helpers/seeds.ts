/**
 * The five seed specs, read through the real pipeline, and the checks every seed test shares.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Catalog, Entry } from '../../generator/model.js';
import { loadCatalogs } from '../../generator/pipeline.js';

/** The repository root, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Ids of the seed specs under `specs/`. */
export type SeedId = 'oauth-iot' | 'pet-core' | 'xlink' | 'secondme' | 'aliyun-living';

/** The seed's text, split into lines: `lines[n - 1]` is line `n`. */
export function seedLines(id: SeedId): string[] {
  return readFileSync(`${ROOT}specs/${id}.md`, 'utf8').split('\n');
}

/** The seed's catalog, read from disk by `loadCatalogs` exactly as the CLI reads it. */
export function seedCatalog(id: SeedId): Catalog {
  const [catalog, ...others] = loadCatalogs([`specs/${id}.md`], ROOT);
  expect(others).toEqual([]);
  expect(catalog?.id).toBe(id);
  expect(catalog?.source).toBe(`specs/${id}.md`);
  return catalog!;
}

/**
 * Every entry's `line` is a line of the spec that holds its code, and its column is on
 * that line; so a generated doc comment can link to the row.
 */
export function expectLinesPointAtCodes(catalog: Catalog, lines: readonly string[]): void {
  const wrong = catalog.entries
    .filter((entry) => !(lines[entry.line - 1] ?? '').includes(entry.code) || entry.column < 1 || entry.column > (lines[entry.line - 1] ?? '').length)
    .map((entry) => `${entry.code} at ${entry.line}:${entry.column}: ${JSON.stringify(lines[entry.line - 1])}`);
  expect(wrong).toEqual([]);
}

/** Names and class names are ASCII identifiers, unique within the catalog. */
export function expectUniqueIdentifiers(catalog: Catalog): void {
  const identifier = /^[A-Za-z_$][\w$]*$/;
  const names = catalog.entries.map((entry) => entry.name);
  const classes = catalog.entries.map((entry) => entry.className);
  expect(names.filter((name) => !identifier.test(name))).toEqual([]);
  expect(classes.filter((name) => !identifier.test(name))).toEqual([]);
  expect(new Set(names).size).toBe(names.length);
  expect(new Set(classes).size).toBe(classes.length);
}

/** Diagnostics other than `info`, as `[severity, rule, line]`, for exact comparison. */
export function loudDiagnostics(catalog: Catalog): [string, string, number][] {
  return catalog.diagnostics
    .filter((diagnostic) => diagnostic.severity !== 'info')
    .map((diagnostic) => [diagnostic.severity, diagnostic.rule, diagnostic.line]);
}

/** Entries and skipped rows whose line lies in `from..to` (inclusive). */
export function rowsWithin(catalog: Catalog, from: number, to: number): (Entry | Catalog['rows']['skipped'][number])[] {
  const inside = (line: number): boolean => line >= from && line <= to;
  return [...catalog.entries.filter((entry) => inside(entry.line)), ...catalog.rows.skipped.filter((row) => inside(row.line))];
}
