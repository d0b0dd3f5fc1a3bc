/**
 * classifyHeader: what a column means, from its header text in Chinese or English.
 */

import { describe, expect, it } from 'vitest';
import { classifyHeader, type Role } from '../../generator/extract/columns.js';

/** [header as written in a spec, role, locale] */
const HEADERS: readonly [string, Role, 'zh-CN' | 'en' | null][] = [
  // codes
  ['错误码', 'code', null],
  ['异常机器码 (error)', 'code', null],
  ['Error Code', 'code', null],
  ['code', 'code', null],
  ['Code (错误码)', 'code', null],
  ['  错误码 ', 'code', null],
  // HTTP statuses: any mention of HTTP
  ['HTTP 状态', 'status', null],
  ['HTTP 状态码', 'status', null],
  ['http状态码', 'status', null],
  ['HTTP Status', 'status', null],
  ['HTTP Status Code', 'status', null],
  ['HTTP返回信息', 'status', null],
  // names
  ['枚举', 'name', null],
  ['Error Name', 'name', null],
  // messages
  ['默认消息', 'message', null],
  ['错误信息', 'message', null],
  ['Error Message', 'message', null],
  ['中文', 'message', 'zh-CN'],
  ['英文', 'message', 'en'],
  ['English message', 'message', 'en'],
  ['消息（中文）', 'message', 'zh-CN'],
  // descriptions: the head of the phrase comes last
  ['说明', 'description', null],
  ['错误码信息说明', 'description', null],
  ['异常描述 (error_description)', 'description', null],
  ['Description', 'description', null],
  ['说明（中文）', 'description', 'zh-CN'],
  // remedies
  ['可尝试解决方法', 'remedy', null],
  ['解决方案', 'remedy', null],
  ['处理措施', 'remedy', null],
  ['Solution', 'remedy', null],
  // not error-table columns
  ['参数', 'unknown', null],
  ['类型', 'unknown', null],
  ['字段', 'unknown', null],
];

describe('classifyHeader', () => {
  it.each(HEADERS)('%j is %s (locale %s)', (header, role, locale) => {
    expect(classifyHeader(header)).toEqual({ role, locale });
  });

  it('reads Latin terms as whole words only', () => {
    // `codec` and `errors` contain `code` and `error` but are not those words.
    expect(classifyHeader('codec').role).toBe('unknown');
    expect(classifyHeader('Errors').role).toBe('unknown');
  });

  it('does not depend on letter case', () => {
    expect(classifyHeader('ERROR CODE')).toEqual(classifyHeader('error code'));
    expect(classifyHeader('DESCRIPTION')).toEqual({ role: 'description', locale: null });
  });
});
