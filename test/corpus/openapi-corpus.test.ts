/**
 * The contracts of every catalog the real-document corpus in ../shared/corpus yields, read
 * through errspec's own pipeline (the documents are third-party and never copied here): each
 * OpenAPI document passes Redocly's rules, each example its schemas. Skips cleanly where the
 * folder is absent.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitCatalog } from '../../generator/emit/index.js';
import { catalogOf } from '../../generator/pipeline.js';
import { listSpecs, readSpecs } from '../../generator/read/index.js';
import { redoclyProblems, validators, type Json } from '../helpers/contracts.js';

const dir = path.resolve(import.meta.dirname, '../../../shared/corpus');
const present = existsSync(path.join(dir, 'LABELS.tsv'));
const CONTEXT = { generator: 'errspec', repoPrefix: '', openapi: true, regenerate: 'npm run generate' };

describe.skipIf(!present)('contracts of the corpus (../shared/corpus)', () => {
  // As `generate` does: a spec with errors gets no files.
  const catalogs = present ? readSpecs(listSpecs([dir], dir), dir).map((spec) => catalogOf(spec)).filter((catalog) => catalog.diagnostics.every((d) => d.severity !== 'error')) : [];
  const contracts = catalogs.map((catalog) => {
    const files = emitCatalog(catalog, CONTEXT);
    const text = (name: string): string => files.find((file) => file.path === `${catalog.id}/${name}`)!.content;
    return { catalog, openapi: text('openapi.json'), schema: text('schema.json') };
  });

  it('yields a contract for nearly every document', () => {
    expect(contracts.length).toBeGreaterThanOrEqual(40);
  });

  it("gives OpenAPI documents that pass Redocly's recommended-strict rules", async () => {
    for (const { catalog, openapi } of contracts) expect(await redoclyProblems(openapi, catalog.id), catalog.source).toEqual([]);
  }, 120_000);

  it('gives examples that validate with Ajv against their status, the catalog-wide envelope and schema.json', () => {
    let examples = 0;
    for (const { catalog, openapi, schema } of contracts) {
      const doc = JSON.parse(openapi) as Json;
      const { at, standalone } = validators(doc, JSON.parse(schema) as Json);
      const envelope = at(`/components/schemas/${Object.keys(doc.components.schemas)[1]}`);
      for (const [name, response] of Object.entries<Json>(doc.components.responses)) {
        const status = at(`/components/responses/${name}/content/application~1json/schema`);
        for (const [code, example] of Object.entries<Json>(response.content['application/json'].examples)) {
          examples += 1;
          for (const validate of [status, envelope, standalone]) expect(validate(example.value) ? [] : validate.errors, `${catalog.source} ${code}`).toEqual([]);
        }
      }
      expect(examples, catalog.source).toBeGreaterThan(0);
    }
  }, 120_000);
});
