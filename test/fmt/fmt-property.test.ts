/**
 * The fmt property: extracting the formatted text gives the same model as the original
 * (entries: code, name, status, messages, description, remedy, group, ...; positions aside),
 * and formatting twice changes nothing. Checked on generated messy documents with the rewrite
 * check switched off (so the escaping itself is what is tested), on the five seeds, and on
 * the corpus in ../shared/corpus when it is there.
 */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCell, format, modelView } from '../../generator/fmt/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');

/** The model of a file's text as the CLI reads it (LF, no BOM). */
function model(text: string): ReturnType<typeof modelView> {
  return modelView(text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'));
}

/** Format, then check the property and idempotence; returns the number of lines rewritten. */
function expectProperty(text: string, options: { verify?: boolean; markup?: boolean } = {}): number {
  const formatted = format(text, options);
  expect(model(formatted.text)).toEqual(model(text));
  expect(format(formatted.text, options).text).toBe(formatted.text);
  return formatted.rewrites.reduce((sum, rewrite) => sum + rewrite.to - rewrite.from + 1, 0);
}

describe('escapeCell', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['line 1\nline 2', 'line 1<br>line 2'],
    ['*not* `code` [link] <br> ~x~ \\', '\\*not\\* \\`code\\` \\[link\\] \\<br> \\~x\\~ \\\\'],
    ['not_found _x_', 'not_found \\_x\\_'],
    ['&amp; & b', '\\&amp; & b'],
    ['see www.example.com or https://x.io', 'see www\\.example.com or https\\://x.io'],
  ])('%j', (text, cell) => {
    expect(escapeCell(text)).toBe(cell);
  });
});

/** Cell text: words and the characters Markdown gives meaning to. */
const cell = fc
  .array(fc.oneof(fc.constantFrom('a', 'B', '错误', ' ', '_', '*', '`', '\\', '[', ']', '<', '>', '&', 'amp;', '~', '!', '#', '(', ')', ':', '-', '.', '"', '0', 'x_y', 'www.example.com'), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join('').replace(/[\t\r\n|]/g, ' ').trim())
  .filter((text) => /[\p{L}\p{N}]/u.test(text));

const rows = fc.uniqueArray(
  fc.record({ code: fc.stringMatching(/^[A-Z][A-Z0-9]{2,6}$/), status: fc.integer({ min: 100, max: 599 }).map(String), zh: cell, en: cell }),
  { minLength: 1, maxLength: 6, selector: (row) => row.code },
);

type Row = { code: string; status: string; zh: string; en: string };
const HEADER = ['错误码', 'HTTP 状态码', '中文信息', '英文信息'];
const cells = (row: Row): string[] => [row.code, row.status, row.zh, row.en];
const html = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The same table written the messy ways recovery reads. */
const STYLES: Record<string, (table: readonly Row[]) => string[]> = {
  tabs: (table) => [HEADER.join('\t'), ...table.map((row) => cells(row).join('\t'))],
  'spaces (two between cells)': (table) => [HEADER.join('  '), ...table.map((row) => cells(row).map((text) => text.replace(/ {2,}/g, ' ')).join('  '))],
  'glued cells': (table) => ['错误码HTTP 状态码说明', ...table.map((row) => `${row.code}${row.status}${row.zh}`)],
  'pipes without a delimiter row': (table) => [`| ${HEADER.join(' | ')} |`, ...table.map((row) => `| ${cells(row).join(' | ')} |`)],
  html: (table) => ['<table>', `<tr>${HEADER.map((text) => `<th>${text}</th>`).join('')}</tr>`, ...table.map((row) => `<tr>${cells(row).map((text) => `<td>${html(text)}</td>`).join('')}</tr>`), '</table>'],
};

describe('fmt of generated messy documents', () => {
  const cases = Object.keys(STYLES).flatMap((style) => [
    [style, 'plain cells, without the check', { verify: false, markup: false }],
    [style, 'as errspec fmt runs', {}],
  ] as const);
  it.each(cases)('%s, %s: the formatted text reads as the original', (style, _, options) => {
    let rewritten = 0;
    let read = 0;
    fc.assert(
      fc.property(rows, (table) => {
        const text = ['# 错误码', '', '前言。', ...STYLES[style]!(table), '', '结尾。', ''].join('\n');
        if (model(text).entries.length !== table.length) return; // recovery read it otherwise: nothing for fmt to keep
        read++;
        rewritten += expectProperty(text, options) > 0 ? 1 : 0;
      }),
      { numRuns: 60, seed: 20261123 },
    );
    // The property must hold because tables were rewritten, not because they were left alone.
    expect(rewritten).toBeGreaterThan(0.9 * read);
    expect(read).toBeGreaterThan(30);
  }, 120_000);
});

describe('fmt of real documents', () => {
  it.each(['aliyun-living', 'oauth-iot', 'pet-core', 'secondme', 'xlink'])('seed %s', (id) => {
    expectProperty(readFileSync(path.join(ROOT, 'specs', `${id}.md`), 'utf8'));
  }, 60_000);

  const docs = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => name.endsWith('.md')) : [];
  it.skipIf(docs.length === 0).each(docs.length > 0 ? docs : ['(corpus absent)'])('corpus %s', (name) => {
    expectProperty(readFileSync(path.join(CORPUS, name), 'utf8'));
  }, 60_000);
});
