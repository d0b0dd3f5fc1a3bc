/**
 * text.ts: the small text helpers the parse stage relies on.
 */

import { describe, expect, it } from 'vitest';
import { cleanInline, hasCjk, splitPipes } from '../../generator/text.js';

describe('splitPipes', () => {
  it('splits a row with outer pipes and drops them', () => {
    expect(splitPipes('| A0400 | 400 | 请求非法 |')).toEqual([
      { raw: 'A0400', offset: 2 },
      { raw: '400', offset: 10 },
      { raw: '请求非法', offset: 16 },
    ]);
  });

  it('splits a row without outer pipes the same way', () => {
    expect(splitPipes('A0400 | 400 | 请求非法').map((cell) => cell.raw)).toEqual(['A0400', '400', '请求非法']);
    expect(splitPipes('A0400 | 400 | 请求非法')[1]).toEqual({ raw: '400', offset: 8 });
  });

  it('accepts a leading pipe without a trailing one, and the reverse', () => {
    expect(splitPipes('| 4001001 | 请求数据字段验证不通过').map((cell) => cell.raw)).toEqual(['4001001', '请求数据字段验证不通过']);
    expect(splitPipes('4001001 | 请求数据字段验证不通过 |').map((cell) => cell.raw)).toEqual(['4001001', '请求数据字段验证不通过']);
  });

  it('does not split on an escaped pipe, and leaves the escape for cleanInline', () => {
    expect(splitPipes('| a \\| b | c |')).toEqual([
      { raw: 'a \\| b', offset: 2 },
      { raw: 'c', offset: 11 },
    ]);
    expect(splitPipes('| x | y \\|').map((cell) => cell.raw)).toEqual(['x', 'y \\|']);
  });

  it('keeps empty cells in the middle and at the end', () => {
    expect(splitPipes('| A1 |  | 说明 |').map((cell) => cell.raw)).toEqual(['A1', '', '说明']);
    expect(splitPipes('| A1 |  |').map((cell) => cell.raw)).toEqual(['A1', '']);
  });

  it('splits inside backticks as GFM does', () => {
    expect(splitPipes('| `a|b` | c |').map((cell) => cell.raw)).toEqual(['`a', 'b`', 'c']);
  });

  it('returns the whole line as one cell when there is no pipe', () => {
    expect(splitPipes('no pipes here')).toEqual([{ raw: 'no pipes here', offset: 0 }]);
  });
});

describe('cleanInline', () => {
  it.each([
    ['**重要**', '重要'],
    ['__bold__', 'bold'],
    ['***both***', 'both'],
    ['`A0400`', 'A0400'],
    ['第一行<br>第二行', '第一行\n第二行'],
    ['第一行<br/>第二行', '第一行\n第二行'],
    ['第一行<BR />第二行', '第一行\n第二行'],
    ['<span style="color:red">红</span>', '红'],
    ['<a href="https://x.y">文档</a>', '文档'],
    ['a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;', 'a & b <c> "d" \'e\''],
    ['&#20013;&#x6587;', '中文'],
    ['&unknown;', '&unknown;'],
    ['a \\| b', 'a | b'],
    ['\\*not bold\\*', '*not bold*'],
    ['slashes (`/`), not backslashes (`\\`).', 'slashes (/), not backslashes (\\).'],
    ['\\`not code`', '`not code`'],
    ['<name> is required, <b>bold</b> and </script> kept', '<name> is required, bold and </script> kept'],
    ['  padded  ', 'padded'],
    ['行尾空格   \n下一行', '行尾空格\n下一行'],
  ])('%j -> %j', (raw, plain) => {
    expect(cleanInline(raw)).toBe(plain);
  });

  it('leaves plain codes alone', () => {
    for (const code of ['A0400', 'oauth2.token.expired', 'INVALID_REQUEST', '4001001', '-1']) expect(cleanInline(code)).toBe(code);
  });
});

describe('hasCjk', () => {
  it.each([
    ['中文', true],
    ['API Key 不存在', true],
    ['identityId不存在', true],
    ['カタカナ', true],
    ['한국어', true],
    ['㐀', true],
    ['request auth error.', false],
    ['A0400', false],
    ['', false],
    ['，。：', false],
    ['Ünïcödé', false],
  ])('%j -> %s', (text, expected) => {
    expect(hasCjk(text)).toBe(expected);
  });
});
