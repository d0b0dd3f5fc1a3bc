/**
 * specs/oauth-iot.md: two GFM tables under `###` headings, codes that are already names,
 * one Chinese description column, no HTTP status; a third section cut off after its header.
 * Expected values are taken from the spec text itself, never from errspec's output.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../generator/model.js';
import { expectLinesPointAtCodes, expectUniqueIdentifiers, loudDiagnostics, rowsWithin, seedCatalog, seedLines } from '../helpers/seeds.js';

const GENERAL = '通用异常码';
const GRANT = '授权异常码';

/** [line, code, 异常描述 cell, group] */
const EXPECTED: readonly [number, string, string, string][] = [
  [29, 'INTERNAL_SERVER_ERROR', '服务内部异常', GENERAL],
  [30, 'TEMPORARILY_UNAVAILABLE', '服务暂时无法访问', GENERAL],
  [31, 'TOO_MANY_REQUESTS', '请求频率过高', GENERAL],
  [32, 'NOT_FOUND', '找不到服务', GENERAL],
  [33, 'INVALID_RESOURCE', '资源无效（如找不到资源）', GENERAL],
  [34, 'INVALID_REQUEST', '请求不合法（如参数错误）', GENERAL],
  [35, 'UNAUTHORIZED_CLIENT', '应用未有权限做该操作 (如应用未有获取授权凭证的权限)', GENERAL],
  [36, 'ACCESS_DENIED', '用户或授权服务器拒绝授予数据访问权限', GENERAL],
  [37, 'LOCKED', '资源已被锁定', GENERAL],
  [38, 'GONE', '资源已失效', GENERAL],
  [39, 'CANCELLED', '操作已被取消', GENERAL],
  [40, 'COMPLETED', '操作已被完成', GENERAL],
  [41, 'UNAUTHORIZED', '当前会话无效（如已过期）', GENERAL],
  [42, 'UNAUTHORIZED_USER', '当前会话用户无效（如未登录）', GENERAL],
  [43, 'EXTERNAL_SERVER_ERROR', '外部服务异常', GENERAL],
  [49, 'INVALID_CLIENT', 'client_id 或 client_secret 参数无效', GRANT],
  [50, 'INVALID_GRANT', '提供的 Access Grant (code or token) 是无效的、过期的或已撤销的', GRANT],
  [51, 'INVALID_SCOPE', '请求的 scope 无效', GRANT],
  [52, 'INVALID_REDIRECT_URI', '提供的重定向地址与白名单不匹配', GRANT],
  [53, 'UNSUPPORTED_RESPONSE_TYPE', '不支持的 Response Type', GRANT],
  [54, 'UNSUPPORTED_GRANT_TYPE', '不支持的 Grant Type', GRANT],
];

describe('specs/oauth-iot.md', () => {
  let catalog: Catalog;
  beforeAll(() => {
    catalog = seedCatalog('oauth-iot');
  });

  it('reads all 21 entries: code, Chinese message only, no HTTP status, group from the ### heading', () => {
    expect(
      catalog.entries.map((entry) => ({
        line: entry.line,
        code: entry.code,
        messages: entry.messages,
        httpStatus: entry.httpStatus,
        httpStatusSource: entry.httpStatusSource,
        group: entry.group,
        groupPath: entry.groupPath,
      })),
    ).toEqual(
      EXPECTED.map(([line, code, message, group]) => ({
        line,
        code,
        messages: { 'zh-CN': message },
        httpStatus: null,
        httpStatusSource: null,
        group,
        groupPath: ['异常', '异常码', group],
      })),
    );
  });

  it('has 15 general and 6 grant codes', () => {
    expect(catalog.entries.filter((entry) => entry.group === GENERAL)).toHaveLength(15);
    expect(catalog.entries.filter((entry) => entry.group === GRANT)).toHaveLength(6);
  });

  it('names each entry after its code, which is already a SCREAMING_SNAKE identifier', () => {
    expect(catalog.entries.map((entry) => entry.name)).toEqual(EXPECTED.map(([, code]) => code));
    expectUniqueIdentifiers(catalog);
  });

  it('accounts for every row: 21 seen, 21 entries, none skipped', () => {
    expect(catalog.rows).toEqual({ seen: 21, entries: 21, variants: 0, skipped: [] });
  });

  it('reports the header-only table at line 58 as truncated, once, and the statuses it gives nowhere, and nothing else above info', () => {
    const truncated = catalog.diagnostics.filter((diagnostic) => diagnostic.rule === 'table-truncated');
    expect(truncated).toHaveLength(1);
    expect(truncated[0]).toMatchObject({ severity: 'warning', line: 58, column: 1, source: 'specs/oauth-iot.md' });
    expect(loudDiagnostics(catalog)).toEqual([['warning', 'missing-status', 29], ['warning', 'table-truncated', 58]]);
  });

  it('takes nothing from the `参数 | 说明` field table at lines 17-21', () => {
    expect(rowsWithin(catalog, 17, 21)).toEqual([]);
    const fieldNames = ['error', 'error_description', 'error_uri'];
    expect(catalog.entries.filter((entry) => fieldNames.includes(entry.code))).toEqual([]);
  });

  it('points every entry at the spec line holding its code', () => {
    expectLinesPointAtCodes(catalog, seedLines('oauth-iot'));
  });

  it('is a Chinese-only catalog', () => {
    expect(catalog.locales).toEqual(['zh-CN']);
    expect(catalog.defaultLocale).toBe('zh-CN');
    expect(catalog.title).toBe('异常');
  });
});
