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

/**
 * True when the catalog has a meaning agreeing with every part of the sample: an entry, or a variant
 * of one (a code listed again with another message), as the full-label score counts them; the
 * sample's code may be the entry's code or one of its aliases.
 */
export function matchesSample(catalog: Catalog, sample: Sample): boolean {
  return catalog.entries.some((entry) => {
    if (!sample.codes.some((code) => code === entry.code || entry.aliases.includes(code))) return false;
    return [entry, ...entry.variants.map((variant) => ({ ...entry, ...variant }))].some((meaning) => agrees(meaning, sample));
  });
}

function agrees(entry: Pick<Entry, 'httpStatus' | 'messages' | 'description' | 'name' | 'extra'>, sample: Sample): boolean {
  const texts = [...Object.values(entry.messages), entry.description].map(flat);
  if (sample.status !== null && entry.httpStatus !== sample.status) return false;
  if (sample.en !== null && flat(entry.messages.en) !== flat(sample.en)) return false;
  if (sample.zh !== null && ![entry.messages['zh-CN'], entry.description].map(flat).includes(flat(sample.zh))) return false;
  if (sample.name !== null && entry.name !== sample.name && !Object.values(entry.extra).includes(sample.name)) return false;
  if (sample.text !== null && !texts.includes(flat(sample.text))) return false;
  return true;
}

/** One entry of `full/<doc>.tsv`: what a careful reader finds, e.g. code `CURLE_OK`, alt `0`. */
export interface Label {
  readonly code: string;
  /** Another identifier of the same entry (a number beside a name, a hex value), or `''`. */
  readonly alt: string;
  readonly http: number | null;
  readonly en: string;
  readonly zh: string;
}

/** Read a `full/<doc>.tsv` (header `code alt http message_en message_zh remedy`). */
export function parseLabels(text: string): Label[] {
  return text.split('\n').slice(1).filter((line) => line.trim() !== '').map((line) => {
    const [code = '', alt = '', http = '', en = '', zh = ''] = line.replace(/\r$/, '').split('\t');
    return { code: code.trim(), alt: alt.trim(), http: /^\d{3}$/.test(http.trim()) ? Number(http.trim()) : null, en: flat(en), zh: flat(zh) };
  });
}

/** One meaning errspec read: an entry, or a variant of one (its code listed again with another message). */
interface Meaning {
  readonly ids: readonly string[];
  readonly http: number | null;
  readonly texts: { readonly en: string; readonly zh: string; readonly description: string };
  readonly line: number;
}

function meaningsOf(catalog: Catalog): Meaning[] {
  return catalog.entries.flatMap((entry) => {
    const ids = [entry.code, ...entry.aliases];
    const of = (source: { httpStatus: number | null; messages: Entry['messages']; description: string | null; line: number }): Meaning => ({
      ids,
      http: source.httpStatus,
      texts: { en: flat(source.messages.en), zh: flat(source.messages['zh-CN']), description: flat(source.description) },
      line: source.line,
    });
    return [of(entry), ...entry.variants.map(of)];
  });
}

/** Why a label did not match, or `null` when it did. */
function mismatch(label: Label, meaning: Meaning): string | null {
  if (label.http !== null && meaning.http !== label.http) return `status ${meaning.http} (expected ${label.http})`;
  if (label.en !== '' && meaning.texts.en !== label.en && meaning.texts.description !== label.en) return `en ${JSON.stringify(meaning.texts.en)}`;
  if (label.zh !== '' && meaning.texts.zh !== label.zh && meaning.texts.description !== label.zh) return `zh ${JSON.stringify(meaning.texts.zh)}`;
  return null;
}

/** The entry-exact score of one doc. */
export interface Score {
  /** Labels with a meaning that agrees on code (or alias), status where labelled, and message text. */
  readonly exact: number;
  /** Meanings that match no label. */
  readonly extra: number;
  /** `max(0, exact - extra)`, the figure totals add up. */
  readonly score: number;
  /** One line per label missed or meaning extra, for `--verbose`. */
  readonly misses: readonly string[];
}

/**
 * Score a catalog against its labels: each label takes the first unused meaning that shares a
 * code or alias with it and agrees on status and text; meanings left over are extra.
 */
export function score(catalog: Catalog, labels: readonly Label[]): Score {
  const meanings = meaningsOf(catalog);
  const used = new Set<number>();
  const misses: string[] = [];
  let exact = 0;
  for (const label of labels) {
    const wanted = [label.code, label.alt].filter((id) => id !== '');
    const same = meanings.flatMap((meaning, index) => (!used.has(index) && meaning.ids.some((id) => wanted.includes(id)) ? [index] : []));
    const hit = same.find((index) => mismatch(label, meanings[index]!) === null);
    if (hit !== undefined) {
      used.add(hit);
      exact++;
      continue;
    }
    const near = same[0];
    misses.push(near === undefined ? `missing ${label.code}${label.alt === '' ? '' : ` (${label.alt})`}` : `wrong ${label.code} at line ${meanings[near]!.line}: ${mismatch(label, meanings[near]!)}`);
  }
  const extras = meanings.filter((_, index) => !used.has(index));
  for (const meaning of extras) misses.push(`extra ${meaning.ids.join('/')} at line ${meaning.line}`);
  return { exact, extra: extras.length, score: Math.max(0, exact - extras.length), misses };
}

/** One row of the report. */
export interface DocResult {
  readonly doc: string;
  readonly expected: number;
  readonly found: number;
  readonly samples: number;
  readonly sampleTotal: number;
  readonly accounted: boolean;
  /** Entry-exact score against `full/<doc>.tsv`, or `null` where the doc has no full labels. */
  readonly score: Score | null;
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
    const full = path.join(dir, 'full', doc.replace(/\.md$/, '.tsv'));
    return {
      doc,
      expected: Number(expected),
      found: catalog.rows.entries + catalog.rows.variants,
      samples: sampleCells.filter((cell) => matchesSample(catalog, parseSample(cell))).length,
      sampleTotal: sampleCells.length,
      accounted: catalog.rows.seen === catalog.rows.entries + catalog.rows.variants + catalog.rows.skipped.length,
      score: existsSync(full) ? score(catalog, parseLabels(readFileSync(full, 'utf8'))) : null,
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
  const percent = (part: number, whole: number): string => (whole === 0 ? '-' : `${((part / whole) * 100).toFixed(1)}%`);
  const rows = results.map((result) => {
    const counts = countBySeverity(result.catalog.diagnostics);
    return [
      result.doc,
      String(result.expected),
      String(result.found),
      result.score === null ? '-' : String(result.score.exact),
      result.score === null ? '-' : String(result.score.extra),
      result.score === null ? '-' : percent(result.score.score, result.expected),
      `${result.samples}/${result.sampleTotal}`,
      String(result.catalog.rows.skipped.length),
      result.accounted ? 'yes' : 'NO',
      `${counts.error}/${counts.warning}/${counts.info}`,
      result.ms.toFixed(0),
    ];
  });
  const sum = (pick: (result: DocResult) => number): number => results.reduce((total, result) => total + pick(result), 0);
  const expected = sum((result) => result.expected);
  const scored = results.filter((result) => result.score !== null);
  const exact = sum((result) => result.score?.score ?? 0);
  const samples = sum((result) => result.samples);
  const sampleTotal = sum((result) => result.sampleTotal);
  const header = ['doc', 'expected', 'found', 'exact', 'extra', 'score', 'samples', 'skipped', 'accounted', 'err/warn/info', 'ms'];
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index]!.length)));
  const format = (cells: readonly string[]): string =>
    cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ');
  process.stdout.write(`${[format(header), ...rows.map(format)].join('\n')}\n\n`);
  if (values.verbose === true) {
    for (const result of results) {
      for (const miss of result.score?.misses ?? []) process.stdout.write(`${result.doc}  ${miss}\n`);
      for (const diagnostic of result.catalog.diagnostics) {
        process.stdout.write(`${result.doc}:${diagnostic.line}:${diagnostic.column}  ${diagnostic.severity}  ${diagnostic.message}  ${diagnostic.rule}\n`);
      }
    }
  }
  const scoredExpected = scored.reduce((total, result) => total + result.expected, 0);
  const below = scored.filter((result) => result.score!.score < result.expected * 0.85).length;
  process.stdout.write(
    `total: ${exact}/${scoredExpected} entries exact (${percent(exact, scoredExpected)}) in ${scored.length} docs with full labels, ` +
      `${below} below 85%; ${samples}/${sampleTotal} samples matched, ${results.filter((result) => !result.accounted).length} docs with unaccounted rows\n`,
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
