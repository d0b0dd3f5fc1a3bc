/**
 * Recovery of entries written without a GFM table: HTML tables, definitions, code lines,
 * one heading per code, and glued rows that cannot be split.
 */

import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../generator/model.js';
import { parse, type TableBlock } from '../../generator/parse/index.js';
import { catalogOf } from '../../generator/pipeline.js';

const read = (text: string): Catalog => catalogOf({ id: 'spec', source: 'spec.md', text });
const tables = (text: string): TableBlock[] => parse(text).filter((block): block is TableBlock => block.type === 'table');
const rules = (catalog: Catalog): string[] => catalog.diagnostics.map((diagnostic) => diagnostic.rule);

describe('HTML tables', () => {
  const html = [
    '# Errors',
    '',
    '<table><thead><tr><th><p>错误码</p></th><th>HTTP Status</th><th>Error Message</th><th>处理措施</th></tr></thead>',
    '<tbody><tr><td><p><a name="x"></a>E1</p>',
    '</td><td rowspan="2">400</td><td>Bad <b>request</b> &amp; more</td><td>检查参数</td></tr>',
    '<tr><td> E2',
    '</td><td>Still bad<div class="note"><span class="notetitle">说明：</span><div class="notebody"><p>附注</p></div></div></td><td>-</td></tr>',
    '</tbody></table>',
  ].join('\n');

  it('reads cells across lines, decodes entities, repeats rowspan cells down, keeps notes apart', () => {
    const catalog = read(html);
    expect(catalog.entries.map((entry) => [entry.code, entry.httpStatus, entry.messages.en, entry.remedy, entry.line])).toEqual([
      ['E1', 400, 'Bad request & more', '检查参数', 4],
      ['E2', 400, 'Still bad', null, 6],
    ]);
    expect(catalog.entries[1]!.extra).toEqual({ 'Error Message (note)': '说明：\n附注' });
    expect(catalog.diagnostics.find((diagnostic) => diagnostic.rule === 'table-recovered')).toMatchObject({ severity: 'info', line: 3 });
  });
});

describe('definitions: a code on its own line, the message below', () => {
  it('reads bold codes with anchors, messages with escapes, and status lines', () => {
    const text = [
      ' **AccessDenied**   ',
      'You do not have access\\.  ',
      'HTTP Status Code: 400',
      '',
      ' **InternalFailure**   <a name="InternalFailure"></a>',
      'The request failed\\.  ',
      'HTTP Status Code: 500',
    ].join('\n');
    const catalog = read(text);
    expect(catalog.entries.map((entry) => [entry.code, entry.httpStatus, entry.messages.en, entry.line])).toEqual([
      ['AccessDenied', 400, 'You do not have access.', 1],
      ['InternalFailure', 500, 'The request failed.', 5],
    ]);
  });

  it('needs at least two: one bold word in prose is not an entry', () => {
    expect(read('**Note**\nThis is prose.\n').entries).toEqual([]);
  });
});

describe('code lines', () => {
  it('reads `CODE - message`, `CODE: message` and list items with backticks', () => {
    const catalog = read('# Errors\n\nauth-0001 - authentication error\njwt-0001 - jwt token error\n\n- `E_TIMEOUT`: timed out\n- `E_LIMIT` — too many\n');
    expect(catalog.entries.map((entry) => [entry.code, entry.messages.en])).toEqual([
      ['auth-0001', 'authentication error'],
      ['jwt-0001', 'jwt token error'],
      ['E_TIMEOUT', 'timed out'],
      ['E_LIMIT', 'too many'],
    ]);
  });

  it('reads three or more bare codes as entries without messages, each with a missing-message warning', () => {
    const catalog = read('# Stripe error codes\ncard_declined\nexpired_card\ninvalid_cvc\n');
    expect(catalog.entries.map((entry) => entry.code)).toEqual(['card_declined', 'expired_card', 'invalid_cvc']);
    expect(rules(catalog).filter((rule) => rule === 'missing-message')).toHaveLength(3);
  });

  it('leaves HTTP status classes and short prose lists alone', () => {
    expect(read('首先检查 HTTP 状态码:\n\n  • 2xx: 请求成功\n  • 4xx: 客户端错误\n  • 5xx: 服务端错误\n').entries).toEqual([]);
    expect(read('card_declined\nexpired_card\n').entries).toEqual([]);
  });

  it('merges a bare list of codes with the table that describes them', () => {
    const catalog = read('Never generated:\n- NOT_FOUND\n- ABORTED\n- DATA_LOSS\n\n| Code | Description |\n| --- | --- |\n| NOT_FOUND | Not found. |\n| ABORTED | Aborted. |\n| DATA_LOSS | Lost. |\n');
    expect(catalog.entries.map((entry) => [entry.code, entry.messages.en, entry.line])).toEqual([
      ['NOT_FOUND', 'Not found.', 8],
      ['ABORTED', 'Aborted.', 9],
      ['DATA_LOSS', 'Lost.', 10],
    ]);
    expect(rules(catalog).filter((rule) => rule === 'duplicate-merged')).toHaveLength(3);
    expect(catalog.rows).toMatchObject({ seen: 6, entries: 3 });
  });
});

describe('one heading per code', () => {
  it('reads a run of code headings and the prose below each', () => {
    const catalog = read('# Errors\n\n## INVALID_TOKEN\n\nThe token is invalid.\nHTTP status: 401\n\n## TOKEN_EXPIRED\n\nThe token expired.\n');
    expect(catalog.entries.map((entry) => [entry.code, entry.httpStatus, entry.messages.en, entry.group])).toEqual([
      ['INVALID_TOKEN', 401, 'The token is invalid.', 'Errors'],
      ['TOKEN_EXPIRED', null, 'The token expired.', 'Errors'],
    ]);
    expect(tables('## E1\n\nOne.\n\n## E2\n\nTwo.\n')[0]?.origin).toBe('headings');
  });
});

describe('glued rows', () => {
  it('reports a line that starts with a code but does not split, instead of gluing it to the row above', () => {
    const catalog = read('错误码HTTP 状态码说明\noauth2.token.invalid401令牌无效\noauth2.token.broken令牌坏了\noauth2.token.expired401令牌已过期\n');
    expect(catalog.entries.map((entry) => [entry.code, entry.httpStatus, entry.messages['zh-CN']])).toEqual([
      ['oauth2.token.invalid', 401, '令牌无效'],
      ['oauth2.token.expired', 401, '令牌已过期'],
    ]);
    expect(catalog.rows.skipped).toEqual([{ kind: 'skipped-row', line: 3, column: 1, reason: expect.stringContaining('oauth2.token.broken') }]);
    expect(catalog.diagnostics.find((diagnostic) => diagnostic.rule === 'unreadable-row')).toMatchObject({ severity: 'warning', line: 3 });
  });

  it('does not read a glued field table (字段类型说明) as an error table', () => {
    expect(read('字段类型说明\ncodenumberHTTP 状态码\nmessagestring人类可读的错误描述\nerror_codestring机器可读的错误码\n').entries).toEqual([]);
  });
});
