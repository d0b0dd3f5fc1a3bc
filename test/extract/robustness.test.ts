/**
 * Extraction on small hostile specs, through the whole pipeline of one file (`catalogOf`):
 * every mistake in a spec becomes a positioned diagnostic, every entry-like row is accounted
 * for, and nothing throws.
 */

import { describe, expect, it } from 'vitest';
import type { Catalog, Diagnostic } from '../../generator/model.js';
import { catalogOf } from '../../generator/pipeline.js';

function read(text: string): Catalog {
  return catalogOf({ id: 'hostile', source: 'specs/hostile.md', text });
}

/**
 * Diagnostics of a rule, as `[severity, line]`. Columns of cells are pinned once, in
 * test/parse/parse.test.ts, rather than in every diagnostic here.
 */
function findings(catalog: Catalog, rule: string): [Diagnostic['severity'], number][] {
  return catalog.diagnostics.filter((diagnostic) => diagnostic.rule === rule).map((diagnostic) => [diagnostic.severity, diagnostic.line]);
}

const HEADER = '| 错误码 | HTTP 状态码 | 说明 |\n| --- | --- | --- |\n';

describe('extraction of hostile specs', () => {
  it.each([
    ['empty', ''],
    ['blank lines only', '\n\n   \n'],
  ])('reads an empty spec (%s) as an empty catalog with an `empty-spec` error, without throwing', (_, text) => {
    const catalog = read(text);
    expect(catalog.entries).toEqual([]);
    expect(catalog.rows).toEqual({ seen: 0, entries: 0, variants: 0, skipped: [] });
    expect(findings(catalog, 'empty-spec')).toEqual([['error', 1]]);
    expect(findings(catalog, 'no-error-table')).toEqual([]);
    expect(catalog.envelope.origin).toBe('default');
  });

  it.each(['error_msg', 'errorMsg', 'err_msg', 'error_message'])('reads `%s` of the example response as its message field', (key) => {
    const catalog = read(`# 翻译\n\n\`\`\`json\n{ "error_code": 52003, "${key}": "未授权用户", "request_id": "r1" }\n\`\`\`\n\n| 错误码 | 错误信息 |\n| --- | --- |\n| 52003 | 未授权用户 |\n`);
    expect(catalog.envelope.fields.map((field) => [field.path.join('.'), field.role])).toEqual([
      ['error_code', 'code'],
      [key, 'message'],
      ['request_id', 'other'],
    ]);
  });

  it('reads prose without a table as an empty catalog with a `no-error-table` warning, without throwing', () => {
    const catalog = read('# 标题\n\n这里没有错误码表格。\n');
    expect(catalog.entries).toEqual([]);
    expect(catalog.rows).toEqual({ seen: 0, entries: 0, variants: 0, skipped: [] });
    expect(findings(catalog, 'no-error-table')).toEqual([['warning', 1]]);
    expect(catalog.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(catalog.envelope.origin).toBe('default');
  });

  it('takes no entries from ordinary prose: release notes, numbered steps, notes and field lists', () => {
    const catalog = read([
      '# Changes',
      '',
      '## 2.0.1 Release notes',
      '',
      'Fixed the printer queue.',
      '',
      '## 2.0.0 Release notes',
      '',
      'New queue format.',
      '',
      '## 2024-05-01 Maintenance',
      '',
      'The service was down for an hour.',
      '',
      '## Step 1: Install',
      '',
      'Note: run it as root.',
      '',
      '- Error: if it fails, run it again.',
      '- Message: the installer prints its progress.',
      '',
      '## Step 2: Configure',
      '',
      'Edit the file.',
      '',
    ].join('\n'));
    expect(catalog.entries).toEqual([]);
    expect(catalog.rows.seen).toBe(0);
  });

  it('refuses a line longer than 1,000,000 characters with a positioned `line-too-long` error', () => {
    const catalog = read(`${HEADER}| A1 | 400 | ${'x'.repeat(1_000_001)} |\n`);
    expect(catalog.entries).toEqual([]);
    expect(findings(catalog, 'line-too-long')).toEqual([['error', 3]]);
  });

  it('refuses a table of more than 200 columns with a `table-too-wide` error', () => {
    const header = `| 错误码 | 说明 | ${Array.from({ length: 300 }, (_, i) => `c${i}`).join(' | ')} |\n`;
    const catalog = read(`${header}|${' --- |'.repeat(302)}\n| A1 | x |${' y |'.repeat(300)}\n`);
    expect(catalog.entries).toEqual([]);
    expect(findings(catalog, 'table-too-wide')).toEqual([['error', 1]]);
  });

  it('skips a row with an empty code cell, with a reason and a warning at its line, and counts it as seen', () => {
    const catalog = read(`${HEADER}| A1 | 400 | 坏 |\n|  | 400 | 没有码 |\n| A3 | 404 | 没 |\n`);
    expect(catalog.entries.map((entry) => entry.code)).toEqual(['A1', 'A3']);
    expect(catalog.rows.seen).toBe(3);
    expect(catalog.rows.entries).toBe(2);
    expect(catalog.rows.skipped).toHaveLength(1);
    expect(catalog.rows.skipped[0]).toMatchObject({ kind: 'skipped-row', line: 4 });
    expect(catalog.rows.skipped[0]!.reason).toMatch(/code/);
    const warnings = catalog.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
    expect(warnings.map((diagnostic) => diagnostic.line)).toEqual([4]);
    expect(warnings[0]!.source).toBe('specs/hostile.md');
  });

  it('keeps a code listed again with another message as a variant of its entry, reported as `duplicate-code` info', () => {
    const catalog = read(`${HEADER}| A1 | 400 | 第一 |\n| A2 | 401 | 别的 |\n| A1 | 400 | 第二 |\n`);
    expect(catalog.entries.map((entry) => [entry.code, entry.messages['zh-CN'], entry.line])).toEqual([
      ['A1', '第一', 3],
      ['A2', '别的', 4],
    ]);
    expect(catalog.entries[0]!.variants.map((variant) => [variant.messages['zh-CN'], variant.httpStatus, variant.line])).toEqual([['第二', 400, 5]]);
    expect(findings(catalog, 'duplicate-code')).toEqual([['info', 5]]);
    expect(catalog.rows).toEqual({ seen: 3, entries: 2, variants: 1, skipped: [] });
    expect(catalog.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  it('merges a row that says the same again (spacing and a final full stop aside) into the entry', () => {
    const catalog = read(`${HEADER}| A1 | 400 | Bad thing. |\n| A1 | 400 | Bad  thing |\n`);
    expect(catalog.entries.map((entry) => [entry.code, entry.variants.length])).toEqual([['A1', 0]]);
    expect(findings(catalog, 'duplicate-merged')).toEqual([['info', 4]]);
    expect(catalog.rows).toMatchObject({ seen: 2, entries: 1, variants: 0 });
  });

  it('reports one code with two statuses as a `conflicting-status` error at the second status cell, keeping it as a variant', () => {
    const catalog = read(`${HEADER}| A1 | 400 | 第一 |\n| A1 | 404 | 第二 |\n`);
    expect(findings(catalog, 'conflicting-status')).toEqual([['error', 4]]);
    expect(catalog.entries.map((entry) => [entry.code, entry.httpStatus, entry.variants.map((variant) => variant.httpStatus)])).toEqual([['A1', 400, [404]]]);
    expect(catalog.rows).toMatchObject({ seen: 2, entries: 1, variants: 1 });
    const message = catalog.diagnostics.find((diagnostic) => diagnostic.rule === 'conflicting-status')!.message;
    expect(message).toContain('404');
    expect(message).toContain('400');
  });

  it('warns `extra-cells` for a row wider than its header and keeps the extra text', () => {
    const catalog = read(`${HEADER}| A1 | 400 | 坏 | 多出来的 |\n`);
    expect(findings(catalog, 'extra-cells')).toEqual([['warning', 3]]);
    const [entry] = catalog.entries;
    expect(entry?.messages).toEqual({ 'zh-CN': '坏' });
    expect(Object.values(entry?.extra ?? {})).toEqual(['多出来的']);
  });

  it('warns `extra-cells` in a table without a delimiter row too', () => {
    const catalog = read('| 错误码 | HTTP 状态码 | 说明 |\n| A1 | 400 | 坏 | 多出来的 |\n');
    expect(findings(catalog, 'extra-cells')).toEqual([['warning', 2]]);
    expect(Object.values(catalog.entries[0]?.extra ?? {})).toEqual(['多出来的']);
  });

  it('warns `invalid-status` for a status cell `abc` and leaves that entry without a status', () => {
    const catalog = read(`${HEADER}| A1 | abc | 坏 |\n| A2 | 400 | 好 |\n`);
    expect(findings(catalog, 'invalid-status')).toEqual([['warning', 3]]);
    expect(catalog.entries.map((entry) => [entry.code, entry.httpStatus, entry.httpStatusSource])).toEqual([
      ['A1', null, null],
      ['A2', 400, 'column'],
    ]);
  });

  it('warns `invalid-status` for `abc` under an `HTTP 状态码` header even when it is the only row', () => {
    // The header names an HTTP status outright; a typo in the only row is still a typo.
    const catalog = read(`${HEADER}| A1 | abc | 坏 |\n`);
    expect(findings(catalog, 'invalid-status')).toEqual([['warning', 3]]);
    expect(catalog.entries[0]?.httpStatus).toBeNull();
  });

  it('warns `name-collision` when two codes want one name; the first keeps it, the second gets its code appended', () => {
    const catalog = read('| 错误码 | 枚举 | 说明 |\n| --- | --- | --- |\n| A1 | NOT_FOUND | 没找到 |\n| A2 | NOT_FOUND | 也没找到 |\n');
    expect(catalog.entries.map((entry) => entry.name)).toEqual(['NOT_FOUND', 'NOT_FOUND_A2']);
    expect(new Set(catalog.entries.map((entry) => entry.className)).size).toBe(2);
    expect(findings(catalog, 'name-collision')).toEqual([['warning', 4]]);
    const message = catalog.diagnostics.find((diagnostic) => diagnostic.rule === 'name-collision')!.message;
    expect(message).toContain('A1');
    expect(message).toContain('A2');
  });

  it('never names an error class after a global it would shadow', () => {
    const catalog = read('| 错误码 | 说明 |\n| --- | --- |\n| ERROR | 一 |\n| TYPE_ERROR | 二 |\n| RANGE | 三 |\n| PROMISE | 四 |\n');
    const globals = ['Error', 'TypeError', 'RangeError', 'Promise', 'Object', 'Map', 'Set', 'Symbol'];
    expect(catalog.entries.map((entry) => entry.className).filter((name) => globals.includes(name))).toEqual([]);
    expect(new Set(catalog.entries.map((entry) => entry.className)).size).toBe(4);
  });

  it('never names an error class like one of the catalog\'s own declarations', () => {
    // A code `HOSTILE` wants class `HostileError`, the catalog's base class.
    const catalog = read('| 错误码 | 说明 |\n| --- | --- |\n| HOSTILE | 一 |\n| UNKNOWN_HOSTILE | 二 |\n');
    const own = Object.values(catalog.names);
    expect(catalog.entries.map((entry) => entry.className).filter((name) => own.includes(name))).toEqual([]);
  });

  it('warns `table-truncated` for a GFM table with a header and a delimiter row but no rows', () => {
    const catalog = read(`## 错误码\n\n${HEADER}`);
    expect(findings(catalog, 'table-truncated')).toEqual([['warning', 3]]);
    expect(catalog.rows).toEqual({ seen: 0, entries: 0, variants: 0, skipped: [] });
  });

  it('takes no entries from a table without a code column', () => {
    const catalog = read('| 参数 | 说明 |\n| --- | --- |\n| error | 异常的机器码 |\n| error_uri | 网页 |\n');
    expect(catalog.entries).toEqual([]);
    expect(catalog.rows.seen).toBe(0);
  });
});

describe('pathological inline markup', () => {
  it('reads a line of thousands of unmatched emphasis markers as plain text, with a warning', () => {
    const noise = '**a '.repeat(3000);
    const catalog = read(`| 错误码 | 说明 |\n| --- | --- |\n| A1 | ${noise}|\n`);
    expect(catalog.entries.map((entry) => entry.messages['zh-CN'] ?? entry.messages.en)).toEqual([noise.trim()]);
    expect(findings(catalog, 'emphasis-ignored')).toEqual([['warning', 3]]);
  });
});

describe('code ranges', () => {
  it('skips a range of numbers with a warning, reads a lone range of string codes as one entry, and keeps codes whose parts a hyphen joins', () => {
    const catalog = read(
      `${HEADER}| 1000-1999 | 500 | 系统错误 |\n| 301000~301099 | 400 | 频道错误 |\n| E.5000~E.5999 | 500 | 内部错误 |\n| c1-2 | 400 | 参数一 |\n| P.3-7 | 400 | 参数二 |\n| 10-20 | 400 | 参数三 |\n`,
    );
    expect(catalog.entries.map((entry) => entry.code)).toEqual(['E.5000~E.5999', 'c1-2', 'P.3-7', '10-20']);
    expect(catalog.rows.skipped.map((row) => row.line)).toEqual([3, 4]);
    expect(findings(catalog, 'range-entry')).toEqual([['info', 5]]);
  });
});
