/**
 * `npm run corpus`: extraction measured on real vendor error docs.
 *
 * Reads `../shared/corpus/` (or `--dir <path>`) and its `LABELS.tsv` (per doc: the entry
 * count a careful reader finds and three sample entries), extracts every doc and prints,
 * per doc, entries expected / found, samples matched and diagnostics, then totals.
 * The docs are third-party text: they are read from there, never copied into this repo.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { countBySeverity } from '../generator/diagnostics.js';
import type { Catalog, Entry } from '../generator/model.js';
import { catalogOf } from '../generator/pipeline.js';
import { readSpecs } from '../generator/read/index.js';

/** One sample entry from LABELS.tsv, e.g. `DIS.4100|441|en:"Authorization error." zh:"..."`. */
export interface Sample {
  readonly codes: readonly string[];
  readonly status: number | null;
  readonly en: string | null;
  readonly zh: string | null;
  readonly name: string | null;
  readonly text: string | null;
}

/** Parse a LABELS.tsv sample cell. */
export function parseSample(cell: string): Sample {
  const [codePart = '', statusPart = '', ...rest] = cell.split('|');
  const body = rest.join('|').trim();
  const alias = /^(.*)\((.+)\)$/.exec(codePart.trim());
  const codes = alias === null ? [codePart.trim()] : [alias[1]!.trim(), alias[2]!.trim()];
  const quoted = (key: string): string | null => new RegExp(`(?:^|\\s)${key}:"([^"]*)"`).exec(body)?.[1] ?? null;
  const en = quoted('en');
  const zh = quoted('zh');
  const name = quoted('en-code');
  return {
    codes,
    status: /^\d+$/.test(statusPart.trim()) ? Number(statusPart.trim()) : null,
    en,
    zh,
    name,
    text: en === null && zh === null && name === null && body !== '' ? body : null,
  };
}

const flat = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** True when the catalog has an entry agreeing with every part of the sample. */
export function matchesSample(catalog: Catalog, sample: Sample): boolean {
  return catalog.entries.some((entry) => sample.codes.includes(entry.code) && agrees(entry, sample));
}

function agrees(entry: Entry, sample: Sample): boolean {
  const texts = [...Object.values(entry.messages), entry.description].map(flat);
  if (sample.status !== null && entry.httpStatus !== sample.status) return false;
  if (sample.en !== null && flat(entry.messages.en) !== flat(sample.en)) return false;
  if (sample.zh !== null && ![entry.messages['zh-CN'], entry.description].map(flat).includes(flat(sample.zh))) return false;
  if (sample.name !== null && entry.name !== sample.name && !Object.values(entry.extra).includes(sample.name)) return false;
  if (sample.text !== null && !texts.includes(flat(sample.text))) return false;
  return true;
}

/** One row of the report. */
export interface DocResult {
  readonly doc: string;
  readonly expected: number;
  readonly found: number;
  readonly samples: number;
  readonly sampleTotal: number;
  readonly accounted: boolean;
  readonly catalog: Catalog;
  readonly ms: number;
}

/** Extract every labelled doc in `dir`. */
export function runCorpus(dir: string): DocResult[] {
  const labels = readFileSync(path.join(dir, 'LABELS.tsv'), 'utf8').split('\n').slice(1).filter((line) => line.trim() !== '');
  return labels.map((line) => {
    const [doc = '', expected = '0', , , , ...samples] = line.split('\t');
    const started = performance.now();
    const [spec] = readSpecs([path.join(dir, doc)], dir);
    const catalog = catalogOf(spec!);
    const ms = performance.now() - started;
    const sampleCells = samples.slice(0, 3);
    return {
      doc,
      expected: Number(expected),
      found: catalog.entries.length,
      samples: sampleCells.filter((cell) => matchesSample(catalog, parseSample(cell))).length,
      sampleTotal: sampleCells.length,
      accounted: catalog.rows.seen === catalog.rows.entries + catalog.rows.skipped.length,
      catalog,
      ms,
    };
  });
}

function main(): number {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, verbose: { type: 'boolean' } } });
  const dir = path.resolve(values.dir ?? '../shared/corpus');
  if (!existsSync(path.join(dir, 'LABELS.tsv'))) {
    process.stdout.write(`corpus: ${dir} not found (or has no LABELS.tsv); nothing to measure\n`);
    return 0;
  }
  const results = runCorpus(dir);
  const rows = results.map((result) => {
    const counts = countBySeverity(result.catalog.diagnostics);
    return [
      result.doc,
      String(result.expected),
      String(result.found),
      `${result.samples}/${result.sampleTotal}`,
      String(result.catalog.rows.skipped.length),
      result.accounted ? 'yes' : 'NO',
      `${counts.error}/${counts.warning}/${counts.info}`,
      result.ms.toFixed(0),
    ];
  });
  const expected = results.reduce((sum, result) => sum + result.expected, 0);
  const found = results.reduce((sum, result) => sum + Math.min(result.found, result.expected), 0);
  const samples = results.reduce((sum, result) => sum + result.samples, 0);
  const sampleTotal = results.reduce((sum, result) => sum + result.sampleTotal, 0);
  const header = ['doc', 'expected', 'found', 'samples', 'skipped', 'accounted', 'err/warn/info', 'ms'];
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index]!.length)));
  const format = (cells: readonly string[]): string =>
    cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ');
  process.stdout.write(`${[format(header), ...rows.map(format)].join('\n')}\n\n`);
  if (values.verbose === true) {
    for (const result of results) {
      for (const diagnostic of result.catalog.diagnostics) {
        process.stdout.write(`${result.doc}:${diagnostic.line}:${diagnostic.column}  ${diagnostic.severity}  ${diagnostic.message}  ${diagnostic.rule}\n`);
      }
    }
  }
  process.stdout.write(
    `total: ${found}/${expected} expected entries found (${((found / expected) * 100).toFixed(1)}%), ` +
      `${samples}/${sampleTotal} samples matched, ${results.filter((result) => !result.accounted).length} docs with unaccounted rows\n`,
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
