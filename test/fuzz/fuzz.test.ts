/**
 * Property tests of the whole pipeline (scripts/fuzz.ts): hostile cell text and codes never
 * break extraction or the generated code, and come back exactly at run time.
 * `npm run fuzz` runs the same properties on 10,000 cases.
 */

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeCell, expectedEntries, fuzz, sampleCases, seen } from '../../scripts/fuzz.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('fuzzing the pipeline', () => {
  it('200 random specs: every code, status and message round-trips; output passes strict tsc; nothing executes', async () => {
    const result = await fuzz(sampleCases(200, 20261123), root);
    expect(result.failures).toEqual([]);
    expect(result.cases).toBe(200);
    expect(result.entries).toBeGreaterThan(200);
  }, 120_000);
});

describe('the fuzz oracle', () => {
  it('models what a reader sees in a cell', () => {
    expect(seen('  a  ')).toBe('a');
    expect(seen('"can\'t')).toBe("can't");
    expect(seen('N/A')).toBeNull();
    expect(seen('\u0000')).toBe('\ufffd');
    expect(seen('\u3000全角空格\ufeff')).toBe('全角空格');
    expect(escapeCell('a|b*c\nd')).toBe('a\\|b\\*c<br>d');
  });

  it('expects one entry per code, merging agreeing rows, and drops blank or Chinese codes', () => {
    const expected = expectedEntries([
      { code: 'A', status: '400', zh: '甲', en: '' },
      { code: 'A', status: '', zh: '甲', en: 'a' },
      { code: 'A', status: '', zh: '乙', en: 'b' },
      { code: 'B', status: '400', zh: '', en: '' },
      { code: 'B', status: '500', zh: '', en: '' },
      { code: '  ', status: '', zh: 'x', en: 'x' },
      { code: '错误', status: '', zh: 'x', en: 'x' },
    ]);
    expect([...expected.keys()]).toEqual(['A', 'B']);
    expect(expected.get('A')).toEqual({ status: 400, messages: { 'zh-CN': '甲', en: 'a' }, conflict: false });
    expect(expected.get('B')?.conflict).toBe(true);
  });
});
