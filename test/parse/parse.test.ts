/**
 * parse: Markdown text to blocks, with tables recovered where GFM saw none.
 */

import { describe, expect, it } from 'vitest';
import { parse, type Block, type TableBlock } from '../../generator/parse/index.js';

function tables(text: string): TableBlock[] {
  return parse(text).filter((block): block is TableBlock => block.type === 'table');
}

function onlyTable(text: string): TableBlock {
  const found = tables(text);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Cell texts of each row. */
function grid(table: TableBlock): string[][] {
  return table.rows.map((row) => row.cells.map((cell) => cell.text));
}

describe('parse', () => {
  it('returns no blocks for an empty document', () => {
    expect(parse('')).toEqual([]);
  });

  it('reads a GFM table: header, rows, and the line of every row', () => {
    const table = onlyTable('# 错误码\n\n| 错误码 | HTTP 状态 | 说明 |\n| --- | --- | --- |\n| A0400 | 400 | 请求非法 |\n| A0401 | 401 | **未认证** |\n');
    expect(table.origin).toBe('gfm');
    expect(table.header?.map((cell) => cell.text)).toEqual(['错误码', 'HTTP 状态', '说明']);
    expect(grid(table)).toEqual([
      ['A0400', '400', '请求非法'],
      ['A0401', '401', '未认证'],
    ]);
    expect(table.rows.map((row) => [row.line, row.column])).toEqual([
      [5, 1],
      [6, 1],
    ]);
    expect(table.line).toBe(3);
    expect(table.note).toBeNull();
  });

  it('keeps a word in angle brackets in a GFM cell as text, and drops real inline tags', () => {
    const table = onlyTable('| Code | Message |\n| --- | --- |\n| E1 | type must be <value>, <b>not</b> empty |\n');
    expect(grid(table)).toEqual([['E1', 'type must be <value>, not empty']]);
  });

  it('keeps headings, with depth and text, in order around the table', () => {
    const blocks = parse('# 文档\n\n## 通用错误\n\n| 错误码 | 说明 |\n| --- | --- |\n| A1 | 坏 |\n');
    expect(blocks.map((block: Block) => [block.type, 'text' in block ? block.text : null, block.line])).toEqual([
      ['heading', '文档', 1],
      ['heading', '通用错误', 3],
      ['table', null, 5],
    ]);
  });

  it('reads a lone header row with pipes and no delimiter as a table with no rows', () => {
    const table = onlyTable('### IoT 相关异常码\n\n| 异常机器码 (error)         | 异常描述 (error_description) |');
    expect(table.origin).toBe('pipes-no-delimiter');
    expect(table.header?.map((cell) => cell.text)).toEqual(['异常机器码 (error)', '异常描述 (error_description)']);
    expect(table.rows).toEqual([]);
    expect(table.line).toBe(3);
    expect(table.note).toMatch(/delimiter/);
  });

  it('reads a pipe table without a delimiter row, rows with or without outer pipes', () => {
    const table = onlyTable('| 错误码 | 说明 |\n| A1 | 第一 |\nA2 | 第二\n');
    expect(table.origin).toBe('pipes-no-delimiter');
    expect(grid(table)).toEqual([
      ['A1', '第一'],
      ['A2', '第二'],
    ]);
  });

  it('splits a glued header and glued rows by column shape', () => {
    const table = onlyTable('令牌相关\n\n错误码HTTP 状态码说明\noauth2.token.invalid401令牌无效\noauth2.token.expired401令牌已过期\n');
    expect(table.origin).toBe('glued');
    expect(table.header?.map((cell) => cell.text)).toEqual(['错误码', 'HTTP 状态码', '说明']);
    expect(grid(table)).toEqual([
      ['oauth2.token.invalid', '401', '令牌无效'],
      ['oauth2.token.expired', '401', '令牌已过期'],
    ]);
    expect(table.rows.map((row) => row.line)).toEqual([4, 5]);
    expect(table.rows[0]!.cells.map((cell) => cell.column)).toEqual([1, 21, 24]);
  });

  it('keeps a label line before a glued table as a label', () => {
    const [label] = parse('令牌相关\n\n错误码HTTP 状态码说明\noauth2.token.invalid401令牌无效\n');
    expect(label).toEqual({ type: 'label', text: '令牌相关', line: 1, column: 1 });
  });

  it('reads a space-separated header, and a last cell running over lines until a closing `|`', () => {
    const text = [
      '错误码 错误信息 描述 可尝试解决方法',
      '200 success 成功 N/A',
      '401 request auth error. 请求认证错误 1.检查是否已经登录',
      '',
      '2.检查appKey是否配置错误',
      '3.检查设备是否已绑定 |',
      '| 403 | request forbidden. | 请求被禁止 | 1.检查appKey',
      '2.检查接口权限 |',
    ].join('\n');
    const table = onlyTable(text);
    expect(table.origin).toBe('spaces');
    expect(table.header?.map((cell) => cell.text)).toEqual(['错误码', '错误信息', '描述', '可尝试解决方法']);
    expect(grid(table)).toEqual([
      ['200', 'success', '成功', 'N/A'],
      ['401', 'request auth error.', '请求认证错误', '1.检查是否已经登录\n2.检查appKey是否配置错误\n3.检查设备是否已绑定'],
      ['403', 'request forbidden.', '请求被禁止', '1.检查appKey\n2.检查接口权限'],
    ]);
    expect(table.rows.map((row) => row.line)).toEqual([2, 3, 7]);
  });

  it('does not read a parameter list or prose as a table', () => {
    expect(tables('错误码遵循 {module}.{resource}.{reason} 格式:\n\n  • module: 模块名称\n  • reason: 错误原因\n')).toEqual([]);
  });

  it('points every cell at the first character of its text, in GFM and recovered tables alike', () => {
    const rows = '| A0400 | 400 | 请求非法 |';
    const gfm = onlyTable(`| 错误码 | HTTP 状态码 | 说明 |\n| --- | --- | --- |\n${rows}\n`);
    const recovered = onlyTable(`| 错误码 | HTTP 状态码 | 说明 |\n${rows}\n`);
    // `| A0400 | 400 | 请求非法 |`: A0400 at column 3, 400 at 11, 请求非法 at 17.
    expect(recovered.rows[0]!.cells.map((cell) => cell.column)).toEqual([3, 11, 17]);
    expect(gfm.rows[0]!.cells.map((cell) => cell.column)).toEqual([3, 11, 17]);
  });

  describe('reads inline Markdown in cells the same with or without a delimiter row', () => {
    const head = '| 错误码 | 说明 |';
    const both = (row: string): [string[][], string[][]] => {
      const gfm = onlyTable(`${head}\n| --- | --- |\n${row}\n`);
      const recovered = onlyTable(`${head}\n${row}\n`);
      expect(gfm.origin).toBe('gfm');
      expect(recovered.origin).toBe('pipes-no-delimiter');
      return [grid(gfm), grid(recovered)];
    };

    it('keeps intraword double underscores in a code (not emphasis in GFM)', () => {
      const [gfm, recovered] = both('| ERR__TIMEOUT__RETRY | 超时 |');
      expect(gfm).toEqual([['ERR__TIMEOUT__RETRY', '超时']]);
      expect(recovered).toEqual(gfm);
    });

    it('drops single-star emphasis and keeps a link\'s text', () => {
      const [gfm, recovered] = both('| A1 | *重要* 见 [文档](https://example.com/a) |');
      expect(gfm).toEqual([['A1', '重要 见 文档']]);
      expect(recovered).toEqual(gfm);
    });

    it('unescapes pipes and drops code ticks', () => {
      const [gfm, recovered] = both('| `A1` | a \\| b |');
      expect(gfm).toEqual([['A1', 'a | b']]);
      expect(recovered).toEqual(gfm);
    });
  });
});
