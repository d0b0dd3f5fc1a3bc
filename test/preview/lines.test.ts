/**
 * Line states of the preview: entry, recovered, skipped, outside. "Recovered" is derived from
 * the catalog's `table-recovered` diagnostics; these tests hold it to the truth, the table
 * blocks the parse stage returns, on the seeds, the corpus and hand-made documents.
 */

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../generator/model.js';
import { parse } from '../../generator/parse/index.js';
import { catalogOf, loadSpecs } from '../../generator/pipeline.js';
import { classifyLines, countsOf, type LineState } from '../../generator/preview/index.js';
import { ROOT } from '../helpers/seeds.js';

const read = (text: string): Catalog => catalogOf({ id: 'spec', source: 'spec.md', text });

/** `[line, state]` of every line that is not outside. */
function states(text: string): [number, LineState][] {
  return classifyLines(text, read(text))
    .filter((line) => line.state !== 'outside')
    .map((line) => [line.line, line.state]);
}

/**
 * For every entry: is it recovered, as the preview says, and as the parse stage says (its row
 * lies in a table whose origin is not GFM)? Returns the entries where they differ.
 */
function disagreements(text: string, catalog: Catalog): string[] {
  const recoveredRow = new Map<number, boolean>();
  for (const block of parse(text)) {
    if (block.type === 'table') for (const row of block.rows) recoveredRow.set(row.line, block.origin !== 'gfm');
  }
  const lines = classifyLines(text, catalog);
  return catalog.entries
    .filter((entry) => (lines[entry.line - 1]!.state === 'recovered') !== recoveredRow.get(entry.line))
    .map((entry) => `${entry.code} at line ${entry.line}: ${lines[entry.line - 1]!.state}`);
}

describe('line states', () => {
  it('marks GFM entry rows entry, and everything else outside', () => {
    const text = '# Pets\n\n| 错误码 | HTTP 状态 | 说明 |\n| --- | --- | --- |\n| A0400 | 400 | 请求非法 |\n| A0500 | 500 | 服务异常 |\n';
    expect(states(text)).toEqual([[5, 'entry'], [6, 'entry']]);
    const lines = classifyLines(text, read(text));
    // The final line break ends line 6; it does not make a line 7.
    expect(lines.map((line) => line.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(lines[4]).toMatchObject({ text: '| A0400 | 400 | 请求非法 |', entries: [0], skipped: [], diagnostics: [] });
  });

  it('marks rows of a recovered table recovered, up to the next GFM table, and skipped rows skipped', () => {
    const text = [
      '# Errors', //                               1
      '',
      '错误码\tHTTP 状态\t说明', //                  3: recovered (tabs)
      'E1\t400\t请求非法', //                        4
      'E1\t400\t请求非法', //                        5: skipped, merged into line 4
      'E2\t500\t服务异常', //                        6
      '',
      'E9 is mentioned here', //                    8
      '',
      '| 错误码 | HTTP 状态 | 说明 |', //            10
      '| --- | --- | --- |', //                     11: a GFM table starts
      '| G1 | 404 | 不存在 |', //                   12
      '',
    ].join('\n');
    const catalog = read(text);
    expect(catalog.rows.skipped.map((row) => row.line)).toEqual([5]);
    expect(states(text)).toEqual([[4, 'recovered'], [5, 'skipped'], [6, 'recovered'], [12, 'entry']]);
    expect(disagreements(text, catalog)).toEqual([]);
    const lines = classifyLines(text, catalog);
    expect(lines[2]!.diagnostics.map((diagnostic) => diagnostic.rule)).toContain('table-recovered');
    expect(lines[4]!.skipped).toHaveLength(1);
    expect(countsOf(catalog, lines)).toEqual({
      entries: 3,
      recoveredTables: 1,
      recoveredEntries: 2,
      skipped: 1,
      errors: 0,
      warnings: catalog.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length,
      infos: catalog.diagnostics.filter((diagnostic) => diagnostic.severity === 'info').length,
    });
  });

  it('gives a spec without a final line break and an empty spec their lines', () => {
    expect(classifyLines('a\nb', read('a\nb')).map((line) => line.text)).toEqual(['a', 'b']);
    const empty = classifyLines('', read(''));
    expect(empty.map((line) => [line.line, line.state, line.diagnostics.map((diagnostic) => diagnostic.rule)])).toEqual([[1, 'outside', ['empty-spec']]]);
  });
});

describe('recovered lines agree with the parse stage', () => {
  it.each(readdirSync(path.join(ROOT, 'specs')).filter((file) => file.endsWith('.md')))('seed %s', (file) => {
    const [spec] = loadSpecs([`specs/${file}`], ROOT);
    expect(disagreements(spec!.text, spec!.catalog)).toEqual([]);
  });

  const corpus = path.resolve(ROOT, '../shared/corpus');
  const present = existsSync(path.join(corpus, 'LABELS.tsv'));
  it.skipIf(!present)('every corpus document (../shared/corpus)', () => {
    const docs = readdirSync(corpus).filter((file) => file.endsWith('.md'));
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) {
      const [spec] = loadSpecs([path.join(corpus, doc)], ROOT);
      expect(disagreements(spec!.text, spec!.catalog), doc).toEqual([]);
    }
  });
});
