/**
 * Property-based fuzzing of the whole pipeline with fast-check: specs with hostile cell
 * text and codes go through parse, extract, validate and emit; the output is type-checked
 * with strict tsc, its package build imported, and every code, message and status must come
 * back exactly as the spec says (also through `toResponse()`, JSON and `fromResponse()`), with
 * nothing from the spec executed.
 *
 * `npm run fuzz` runs 10,000 cases (`--cases N`, `--seed S`); `test/fuzz` runs a few hundred.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import type { Catalog, Locale } from '../generator/model.js';
import { catalogOf, emitFiles } from '../generator/pipeline.js';

/** One row of a fuzzed error table, as the author typed it. */
export interface FuzzRow {
  readonly code: string;
  readonly status: string;
  readonly zh: string;
  readonly en: string;
}

/** Strings that have broken code generators before. */
const HOSTILE = [
  '"', "'", '`', '\\', '*/', '/*', '${globalThis.__errspecPwned = 1}', '`; globalThis.__errspecPwned = 1; `',
  '"); globalThis.__errspecPwned = 1; ("', '</script><script>globalThis.__errspecPwned = 1</script>', '\u2028', '\u2029',
  '\u202e', '\u200f', '\u200b', '\ufeff', '\u0000', '\ud800', '\udfff', '@param x', '{@link x}', '-->', '<!--', '&amp;',
  '__proto__', 'constructor', 'toString', '🙂', '错误', 'ｆｕｌｌ', 'é', 'e\u0301',
];

/** Cell text: arbitrary Unicode mixed with known-hostile pieces, up to `max` characters. */
export function cellText(max = 40): fc.Arbitrary<string> {
  const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 6 }));
  return fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('').slice(0, max));
}

/** Codes: identifiers, digits, object-member names, case and width twins, blanks. */
export function code(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'ERROR', 'A0400', 'a0400', 'Ａ0400', '0', '-1', '007', '4001001', 'oauth2.token.expired', '  ', ''),
    fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,12}$/),
    fc.stringMatching(/^[0-9]{1,8}$/),
  );
}

/** An error table of 1 to `max` rows. */
export function rows(max = 6): fc.Arbitrary<FuzzRow[]> {
  const status = fc.oneof(fc.integer({ min: 100, max: 599 }).map(String), fc.constantFrom('', 'abc', '99', '600'));
  return fc.array(fc.record({ code: code(), status, zh: cellText(), en: cellText() }), { minLength: 1, maxLength: max });
}

/** A big cell, for the 100 kB case. */
export const BIG_CELL = 'x"*/`${'.repeat(20_000);

/** Escape text for a GFM table cell so a reader sees exactly it: punctuation backslashed, line breaks as `<br>`. */
export function escapeCell(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '<br>');
}

/** The spec of a fuzzed table. */
export function specFor(table: readonly FuzzRow[]): string {
  const lines = table.map((row) => `| ${[row.code, row.status, row.zh, row.en].map(escapeCell).join(' | ')} |`);
  return ['# Fuzz', '', '| 错误码 | HTTP 状态码 | 中文 | 英文 |', '| --- | --- | --- | --- |', ...lines, ''].join('\n');
}

const PLACEHOLDER = /^(?:n\/?a|-+|—+|–|无|暂无|空|none|null|\/)$/i;
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/;

/**
 * What a reader sees in a cell, by the documented rules: Markdown turns NUL into U+FFFD;
 * a line break (written `<br>`) is `\n`;
 * a cell's leading and trailing whitespace (Unicode White_Space, as `String.prototype.trim`)
 * is not part of it; a text quoted as a whole (`"Request is invalid"`, from a letter or digit
 * to a letter, digit or final stop) is the text inside the quotes; a stray unmatched quote at
 * either end goes; placeholders (`-`, `N/A`, `无`) mean empty.
 */
export function seen(text: string): string | null {
  let value = text.replace(/\u0000/g, '\ufffd').replace(/\r\n?/g, '\n').trim();
  const quotes = value.split('"').length - 1;
  if (quotes === 2 && /^"[\p{L}\p{N}][^"]*[\p{L}\p{N}.!?。！？]"$/u.test(value)) value = value.slice(1, -1).trim();
  else if (quotes === 1 && value.startsWith('"')) value = value.slice(1).trim();
  else if (quotes === 1 && value.endsWith('"')) value = value.slice(0, -1).trim();
  return value === '' || PLACEHOLDER.test(value) ? null : value;
}

/** What a reader expects of one code. */
export interface Expected {
  status: number | null;
  messages: Partial<Record<Locale, string>>;
  /** Rows of the code disagree on the status: the spec has an error, nothing is generated. */
  conflict: boolean;
}

/**
 * The entries a reader expects, by code in order of first appearance. Rows of one code that
 * agree merge (a later row fills what an earlier one left empty); a later row with another
 * message is ignored; two statuses are a conflict.
 */
export function expectedEntries(table: readonly FuzzRow[]): Map<string, Expected> {
  const expected = new Map<string, Expected>();
  for (const row of table) {
    const code = seen(row.code);
    if (code === null || CJK.test(code) || code.includes('\n')) continue;
    const zh = seen(row.zh);
    const en = seen(row.en);
    const status = /^\d{3}$/.test(row.status) ? Number(row.status) : null;
    const messages: Partial<Record<Locale, string>> = { ...(zh === null ? {} : { 'zh-CN': zh }), ...(en === null ? {} : { en }) };
    const earlier = expected.get(code);
    if (earlier === undefined) {
      expected.set(code, { status, messages, conflict: false });
      continue;
    }
    if (status !== null && earlier.status !== null && status !== earlier.status) {
      earlier.conflict = true;
      continue;
    }
    const differs = (['zh-CN', 'en'] as const).some((locale) => messages[locale] !== undefined && earlier.messages[locale] !== undefined && messages[locale] !== earlier.messages[locale]);
    if (differs) continue;
    earlier.status ??= status;
    earlier.messages = { ...messages, ...earlier.messages };
  }
  return expected;
}

/** Result of a fuzz run. */
export interface FuzzResult {
  readonly cases: number;
  readonly entries: number;
  readonly failures: readonly string[];
}

/**
 * Run `cases` through the pipeline in batches (one tsc run and one import per batch).
 * Returns the failures, each naming its case; an empty list means every property held.
 */
export async function fuzz(cases: readonly (readonly FuzzRow[])[], root: string, batch = 250): Promise<FuzzResult> {
  const failures: string[] = [];
  let entries = 0;
  for (let start = 0; start < cases.length; start += batch) {
    const slice = cases.slice(start, start + batch);
    const result = await fuzzBatch(slice, start, root);
    failures.push(...result.failures);
    entries += result.entries;
  }
  return { cases: cases.length, entries, failures };
}

async function fuzzBatch(cases: readonly (readonly FuzzRow[])[], offset: number, root: string): Promise<{ entries: number; failures: string[] }> {
  const failures: string[] = [];
  const catalogs: Catalog[] = [];
  let entries = 0;
  cases.forEach((table, index) => {
    const id = `case-${offset + index}`;
    const where = `${id} ${JSON.stringify(table).slice(0, 300)}`;
    let catalog: Catalog;
    try {
      catalog = catalogOf({ id, source: `specs/${id}.md`, text: specFor(table) });
    } catch (error) {
      failures.push(`${where}: extraction threw ${(error as Error).stack}`);
      return;
    }
    const expected = expectedEntries(table);
    const got = new Map(catalog.entries.map((entry) => [entry.code, entry]));
    if (catalog.rows.seen !== catalog.rows.entries + catalog.rows.variants + catalog.rows.skipped.length) failures.push(`${where}: rows not accounted`);
    const conflicting = [...expected.values()].some((want) => want.conflict);
    if (conflicting !== catalog.diagnostics.some((diagnostic) => diagnostic.rule === 'conflicting-status')) {
      failures.push(`${where}: conflicting-status reported ${!conflicting}, expected ${conflicting}`);
    }
    for (const [code, want] of expected) {
      const entry = got.get(code);
      if (entry === undefined) {
        failures.push(`${where}: code ${JSON.stringify(code)} missing`);
        continue;
      }
      if (!conflicting && entry.httpStatus !== want.status) failures.push(`${where}: ${JSON.stringify(code)} status ${entry.httpStatus} != ${want.status}`);
      for (const locale of ['zh-CN', 'en'] as const) {
        if (want.messages[locale] !== undefined && entry.messages[locale] !== want.messages[locale]) {
          failures.push(`${where}: ${JSON.stringify(code)} ${locale} ${JSON.stringify(entry.messages[locale])} != ${JSON.stringify(want.messages[locale])}`);
        }
      }
    }
    for (const code of got.keys()) if (!expected.has(code)) failures.push(`${where}: unexpected code ${JSON.stringify(code)}`);
    entries += catalog.entries.length;
    if (!catalog.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) catalogs.push(catalog);
  });
  if (catalogs.length === 0) return { entries, failures };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'errspec-fuzz-'));
  try {
    // The package build too: its ES modules are what the runtime check imports (plain Node cannot import .ts).
    const files = await emitFiles(catalogs, { name: 'errspec-fuzz', version: '0.0.0' });
    for (const file of files) {
      mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
      writeFileSync(path.join(dir, file.path), file.content);
    }
    const tsc = spawnSync(
      path.join(root, 'node_modules', '.bin', 'tsc'),
      ['--ignoreConfig', '--strict', '--noEmit', '--noUncheckedIndexedAccess', '--exactOptionalPropertyTypes', '--skipLibCheck', '--types', '',
        '--target', 'ES2022', '--lib', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', path.join(dir, 'index.ts')],
      { encoding: 'utf8' },
    );
    if (tsc.status !== 0) failures.push(`batch at ${offset}: tsc failed:\n${(tsc.stdout + tsc.stderr).slice(0, 4000)}`);
    await checkRuntime(catalogs, dir, failures);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { entries, failures };
}

async function checkRuntime(catalogs: readonly Catalog[], dir: string, failures: string[]): Promise<void> {
  const global = globalThis as { __errspecPwned?: unknown };
  delete global.__errspecPwned;
  for (const catalog of catalogs) {
    const module = (await import(pathToFileURL(path.join(dir, 'dist', catalog.id, 'index.js')).href)) as Record<string, unknown>;
    const create = module[catalog.names.factory] as (code: string) => Error & { code: string };
    const format = module['formatMessage'] as (code: string, locale?: string) => string;
    const statusOf = module[catalog.names.statusLookup] as (code: string) => number | null | undefined;
    for (const entry of catalog.entries) {
      const where = `${catalog.id} ${JSON.stringify(entry.code)}`;
      const error = create(entry.code) as Error & { code: string; toResponse?: () => unknown };
      if (error.code !== entry.code) failures.push(`${where}: runtime code ${JSON.stringify(error.code)}`);
      const base = module[catalog.names.baseClass] as { fromResponse(body: unknown): Error & { code?: string; message: string } };
      const back = base.fromResponse(JSON.parse(JSON.stringify(error)));
      if (back.constructor !== error.constructor || back.code !== entry.code || back.message !== error.message) {
        failures.push(`${where}: fromResponse(JSON of toResponse()) gives ${back.constructor.name} ${JSON.stringify(back.code)}`);
      }
      if (error.constructor.name === catalog.names.unknownClass) failures.push(`${where}: known code gives the unknown class`);
      if (statusOf(entry.code) !== entry.httpStatus) failures.push(`${where}: runtime status ${statusOf(entry.code)}`);
      for (const locale of catalog.locales) {
        const message = entry.messages[locale];
        if (message !== undefined && format(entry.code, locale) !== message) failures.push(`${where}: runtime ${locale} message ${JSON.stringify(format(entry.code, locale))}`);
      }
    }
  }
  if (global.__errspecPwned !== undefined) failures.push('spec text executed: globalThis.__errspecPwned was set');
}

/** The cases of a run: `count` random tables from `seed`, plus the fixed 100 kB cell case. */
export function sampleCases(count: number, seed: number): FuzzRow[][] {
  const cases = fc.sample(rows(), { numRuns: Math.max(0, count - 1), seed });
  return [[{ code: 'BIG', status: '500', zh: `大${BIG_CELL}`, en: BIG_CELL }], ...cases];
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { cases: { type: 'string' }, seed: { type: 'string' } } });
  const count = Number(values.cases ?? 10_000);
  const seed = Number(values.seed ?? 42);
  const started = performance.now();
  const result = await fuzz(sampleCases(count, seed), process.cwd());
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const failure of result.failures.slice(0, 20)) process.stdout.write(`FAIL ${failure}\n`);
  process.stdout.write(`fuzz: ${result.cases} cases (seed ${seed}), ${result.entries} entries, ${result.failures.length} failures, ${seconds} s\n`);
  return result.failures.length === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main();
