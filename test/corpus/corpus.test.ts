/**
 * Extraction on the real-document corpus in ../shared/corpus (third-party docs, never copied
 * here). Skips cleanly where the folder is absent.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSample, runCorpus } from '../../scripts/corpus.js';

const dir = path.resolve(import.meta.dirname, '../../../shared/corpus');
const present = existsSync(path.join(dir, 'LABELS.tsv'));

describe.skipIf(!present)('corpus (../shared/corpus)', () => {
  const results = present ? runCorpus(dir) : [];

  it('finds at least 95% of the entries a careful reader finds', () => {
    const expected = results.reduce((sum, result) => sum + result.expected, 0);
    const found = results.reduce((sum, result) => sum + Math.min(result.found, result.expected), 0);
    expect(found / expected).toBeGreaterThanOrEqual(0.95);
  });

  it('finds every sample entry, with its status and messages', () => {
    const missed = results.filter((result) => result.samples < result.sampleTotal).map((result) => result.doc);
    expect(missed).toEqual([]);
  });

  it('accounts for every entry-like row: an entry or a skipped row with a reason', () => {
    for (const { doc, catalog } of results) {
      expect(catalog.rows.seen, doc).toBe(catalog.rows.entries + catalog.rows.variants + catalog.rows.skipped.length);
      for (const row of catalog.rows.skipped) expect(row.reason, doc).not.toBe('');
    }
  });

  it('never finds more entries than the document has', () => {
    const over = results.filter((result) => result.found > result.expected).map((result) => `${result.doc}: ${result.found}/${result.expected}`);
    expect(over).toEqual([]);
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
