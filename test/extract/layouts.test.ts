/**
 * One synthetic spec per layout real docs use (`test/fixtures/layouts/<case>/spec.md`, written for
 * errspec, not copied from any doc), read through the pipeline and compared with the reviewed
 * `expected.json` beside it: each entry's code, aliases, status, messages, variants and line, and
 * the row account. `UPDATE=1` rewrites the expected files; review the diff before committing it.
 */

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../generator/model.js';
import { loadCatalogs } from '../../generator/pipeline.js';

const dir = path.resolve(import.meta.dirname, '../fixtures/layouts');

/** What a fixture pins: the parts of the model that reading decides. */
function view(catalog: Catalog): unknown {
  return {
    rows: { seen: catalog.rows.seen, entries: catalog.rows.entries, variants: catalog.rows.variants, skipped: catalog.rows.skipped.map((row) => `${row.line}: ${row.reason}`) },
    entries: catalog.entries.map((entry) => ({
      code: entry.code,
      ...(entry.aliases.length === 0 ? {} : { aliases: entry.aliases }),
      httpStatus: entry.httpStatus,
      messages: entry.messages,
      ...(entry.remedy === null ? {} : { remedy: entry.remedy }),
      line: entry.line,
      ...(entry.variants.length === 0 ? {} : { variants: entry.variants.map((variant) => ({ httpStatus: variant.httpStatus, messages: variant.messages, line: variant.line })) }),
    })),
  };
}

describe('layouts (test/fixtures/layouts)', () => {
  for (const name of readdirSync(dir).sort()) {
    it(name, () => {
      const [catalog] = loadCatalogs([path.join('test/fixtures/layouts', name, 'spec.md')], path.resolve(import.meta.dirname, '../..'));
      const actual = view(catalog!);
      const file = path.join(dir, name, 'expected.json');
      if (process.env.UPDATE === '1' || !existsSync(file)) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
      expect(catalog!.rows.seen).toBe(catalog!.rows.entries + catalog!.rows.variants + catalog!.rows.skipped.length);
    });
  }
});
