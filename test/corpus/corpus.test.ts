/**
 * Extraction on the real-document corpus in ../shared/corpus (third-party docs, never copied
 * here). Skips cleanly where the folder is absent.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesSample, parseLabels, parseSample, runCorpus, score } from '../../scripts/corpus.js';
import type { Catalog } from '../../generator/model.js';

const dir = path.resolve(import.meta.dirname, '../../../shared/corpus');
const present = existsSync(path.join(dir, 'LABELS.tsv'));

describe.skipIf(!present)('corpus (../shared/corpus)', () => {
  const results = present ? runCorpus(dir) : [];

  it('reads at least 99% of the 3,144 labelled entries exactly (code, status, message), extra entries subtracted', () => {
    const expected = results.reduce((sum, result) => sum + result.expected, 0);
    const exact = results.reduce((sum, result) => sum + (result.score?.score ?? 0), 0);
    expect(results.every((result) => result.score !== null)).toBe(true);
    expect(exact / expected).toBeGreaterThanOrEqual(0.99);
  });

  it('reads no doc below 85%, and matches at least 125 of the 126 samples (a variant counts, as in the score)', () => {
    const low = results.filter((result) => result.score!.score < result.expected * 0.85).map((result) => `${result.doc}: ${result.score!.score}/${result.expected}`);
    expect(low).toEqual([]);
    expect(results.reduce((sum, result) => sum + result.samples, 0)).toBeGreaterThanOrEqual(125);
  });

  it('reads each layout class of records: bullets with paragraphs, key/value blocks, headings with labelled parts', () => {
    const of = (prefix: string): number => {
      const result = results.find((candidate) => candidate.doc.startsWith(prefix))!;
      return result.score!.score / result.expected;
    };
    for (const prefix of ['en05', 'zh03', 'en15', 'en06', 'en09', 'zh08']) expect(of(prefix), prefix).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the twelve docs it was built on at 97% or more each', () => {
    const low = results
      .filter((result) => /^\d/.test(result.doc) && result.score!.score < result.expected * 0.97)
      .map((result) => `${result.doc}: ${result.score!.score}/${result.expected}`);
    expect(low).toEqual([]);
  });

  it('accounts for every entry-like row: an entry, a variant or a skipped row with a reason', () => {
    for (const { doc, catalog } of results) {
      expect(catalog.rows.seen, doc).toBe(catalog.rows.entries + catalog.rows.variants + catalog.rows.skipped.length);
      for (const row of catalog.rows.skipped) expect(row.reason, doc).not.toBe('');
    }
  });
});

describe('corpus sample parsing', () => {
  it('reads plain, bilingual, aliased and message-less samples', () => {
    expect(parseSample('2001001||app not exist')).toEqual({ codes: ['2001001'], status: null, en: null, zh: null, name: null, text: 'app not exist' });
    expect(parseSample('DIS.4100|441|en:"Authorization error." zh:"使用AKSK生成的签名信息错误"')).toMatchObject({
      codes: ['DIS.4100'],
      status: 441,
      en: 'Authorization error.',
      zh: '使用AKSK生成的签名信息错误',
      text: null,
    });
    expect(parseSample('0(OK)||Not an error; returned on success.').codes).toEqual(['0', 'OK']);
    expect(parseSample('api_key_expired||')).toMatchObject({ codes: ['api_key_expired'], text: null });
    expect(parseSample('0030010001||zh:"登录信息不匹配" en-code:"LOGIN_INFO_NOT_MATCH"')).toMatchObject({ zh: '登录信息不匹配', name: 'LOGIN_INFO_NOT_MATCH' });
  });
});

describe('corpus scoring', () => {
  const entry = (code: string, httpStatus: number | null, en: string, variants: { httpStatus: number | null; en: string }[] = []): Catalog['entries'][number] =>
    ({
      code,
      aliases: code === 'E1' ? ['ONE'] : [],
      httpStatus,
      messages: { en },
      description: null,
      line: 1,
      variants: variants.map((variant) => ({ httpStatus: variant.httpStatus, messages: { en: variant.en }, description: null, line: 2 })),
    }) as unknown as Catalog['entries'][number];
  const catalog = (entries: Catalog['entries']): Catalog => ({ entries }) as unknown as Catalog;
  const labels = parseLabels('code\talt\thttp\tmessage_en\tmessage_zh\tremedy\nONE\t1\t400\tBad  thing\t\t\nE2\t\t\tOther\t\t\nE2\t\t\tAgain\t\t\n');

  it('matches a sample by an entry or one of its variants, by code or alias', () => {
    const repeated = catalog([entry('E1', 400, 'Bad thing', [{ httpStatus: 409, en: 'Other thing' }])]);
    expect(matchesSample(repeated, parseSample('ONE|409|en:"Other thing"'))).toBe(true);
    expect(matchesSample(repeated, parseSample('E1|400|en:"Other thing"'))).toBe(false);
  });

  it('matches by code or alias, status where labelled, whitespace-collapsed text, and variants one to one', () => {
    const result = score(catalog([entry('E1', 400, 'Bad thing'), entry('E2', 500, 'Other', [{ httpStatus: null, en: 'Again' }])]), labels);
    expect(result).toMatchObject({ exact: 3, extra: 0, score: 3 });
  });

  it('counts a wrong status or text as a miss, and subtracts entries no label matches', () => {
    const result = score(catalog([entry('E1', 404, 'Bad thing'), entry('E2', null, 'Other'), entry('E9', null, 'Nobody')]), labels);
    expect(result).toMatchObject({ exact: 1, extra: 2, score: 0 });
    expect(result.misses).toEqual(['wrong ONE at line 1: status 404 (expected 400)', 'missing E2', 'extra E1/ONE at line 1', 'extra E9 at line 1']);
  });
});
