/**
 * specs/secondme.md: a web page pasted as text. Tables lost their pipes and their cells are
 * glued (`oauth2.token.expired401令牌已过期`); section titles are plain label lines.
 * Expected values are taken from the spec text itself, never from errspec's output.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../generator/model.js';
import { expectLinesPointAtCodes, expectUniqueIdentifiers, loudDiagnostics, rowsWithin, seedCatalog, seedLines } from '../helpers/seeds.js';

/** [line, code, HTTP 状态码, 说明, the label line above the table] */
const EXPECTED: readonly [number, string, number, string, string][] = [
  [34, 'resource.fetch.not_found', 404, '资源不存在', '通用错误码'],
  [35, 'resource.auth.unauthorized', 401, '未授权访问', '通用错误码'],
  [40, 'apikey.fetch.not_found', 404, 'API Key 不存在', 'API Key 错误码'],
  [41, 'apikey.auth.missing', 401, '缺少 Authorization 头', 'API Key 错误码'],
  [42, 'apikey.auth.invalid', 401, 'API Key 无效或已过期', 'API Key 错误码'],
  [43, 'apikey.permission.denied', 403, '缺少必需的权限', 'API Key 错误码'],
  [44, 'apikey.scope.invalid', 400, '无效的权限范围', 'API Key 错误码'],
  [51, 'oauth2.application.not_found', 404, '应用不存在', '应用相关'],
  [52, 'oauth2.application.unauthorized', 403, '无权访问该应用', '应用相关'],
  [53, 'oauth2.application.invalid_type', 400, '应用类型不匹配', '应用相关'],
  [54, 'oauth2.application.invalid_status', 400, '应用状态无效', '应用相关'],
  [55, 'oauth2.application.pending_review', 403, '应用待审核', '应用相关'],
  [56, 'oauth2.application.rejected', 403, '应用已被拒绝', '应用相关'],
  [57, 'oauth2.application.suspended', 403, '应用已被暂停', '应用相关'],
  [62, 'oauth2.authorization.not_found', 404, '授权记录不存在', '授权相关'],
  [63, 'oauth2.authorization.revoked', 401, '授权已被撤销', '授权相关'],
  [68, 'oauth2.token.invalid', 401, '令牌无效', '令牌相关'],
  [69, 'oauth2.token.expired', 401, '令牌已过期', '令牌相关'],
  [70, 'oauth2.token.revoked', 401, '令牌已被撤销', '令牌相关'],
  [71, 'oauth2.token.not_found', 404, '令牌不存在', '令牌相关'],
  [76, 'oauth2.scope.invalid', 400, '无效的权限', '权限相关'],
  [77, 'oauth2.scope.disallowed', 403, '应用不允许请求该权限', '权限相关'],
  [78, 'oauth2.scope.insufficient', 403, '权限不足', '权限相关'],
  [83, 'oauth2.client.invalid', 400, '无效的客户端', '客户端凭证相关'],
  [84, 'oauth2.client.secret_mismatch', 401, 'Client Secret 不匹配', '客户端凭证相关'],
  [89, 'oauth2.code.invalid', 400, '授权码无效', '授权码相关'],
  [90, 'oauth2.code.expired', 400, '授权码已过期', '授权码相关'],
  [91, 'oauth2.code.used', 400, '授权码已被使用', '授权码相关'],
  [92, 'oauth2.code.revoked', 400, '授权码已被撤销', '授权码相关'],
  [97, 'oauth2.redirect_uri.invalid', 400, '无效的 Redirect URI', 'Redirect URI 相关'],
  [98, 'oauth2.redirect_uri.mismatch', 400, 'Redirect URI 不匹配', 'Redirect URI 相关'],
  [103, 'oauth2.grant_type.invalid', 400, '无效的 grant_type', 'Grant Type 相关'],
  [104, 'oauth2.grant_type.unsupported', 400, '不支持的 grant_type', 'Grant Type 相关'],
  [109, 'oauth2.refresh_token.invalid', 400, 'Refresh Token 无效', 'Refresh Token 相关'],
  [110, 'oauth2.refresh_token.expired', 401, 'Refresh Token 已过期', 'Refresh Token 相关'],
  [111, 'oauth2.refresh_token.revoked', 401, 'Refresh Token 已被撤销', 'Refresh Token 相关'],
  [116, 'secondme.user.invalid_id', 400, '无效的用户 ID 格式', 'SecondMe 错误码'],
  [117, 'secondme.session.not_found', 404, '会话不存在', 'SecondMe 错误码'],
  [118, 'secondme.session.unauthorized', 403, '无权访问该会话', 'SecondMe 错误码'],
  [119, 'secondme.stream.error', 500, '流式响应错误', 'SecondMe 错误码'],
  [120, 'secondme.context.build_failed', 500, '上下文构建失败', 'SecondMe 错误码'],
  [125, 'internal.error', 500, '内部服务器错误', '系统错误码'],
  [126, 'connection.error', 503, '服务连接错误', '系统错误码'],
  [127, 'invalid.param', 400, '无效的请求参数', '系统错误码'],
];

describe('specs/secondme.md', () => {
  let catalog: Catalog;
  beforeAll(() => {
    catalog = seedCatalog('secondme');
  });

  it('reads all 44 glued rows: code, status, Chinese message and group', () => {
    expect(
      catalog.entries.map((entry) => ({
        line: entry.line,
        code: entry.code,
        httpStatus: entry.httpStatus,
        httpStatusSource: entry.httpStatusSource,
        messages: entry.messages,
        group: entry.group,
      })),
    ).toEqual(
      EXPECTED.map(([line, code, httpStatus, message, group]) => ({
        line,
        code,
        httpStatus,
        httpStatusSource: 'column',
        messages: { 'zh-CN': message },
        group,
      })),
    );
  });

  it('names dotted codes in SCREAMING_SNAKE_CASE (oauth2.token.expired -> OAUTH2_TOKEN_EXPIRED)', () => {
    expect(catalog.entries.map((entry) => entry.name)).toEqual(
      EXPECTED.map(([, code]) => code.toUpperCase().replaceAll('.', '_')),
    );
    expectUniqueIdentifiers(catalog);
  });

  it('nests the OAuth2 sub-sections under "OAuth2 错误码" and keeps its siblings beside it', () => {
    const pathOf = (group: string): readonly string[] => catalog.entries.find((entry) => entry.group === group)!.groupPath;
    const oauth = pathOf('应用相关');
    expect(oauth.slice(-2)).toEqual(['OAuth2 错误码', '应用相关']);
    for (const sub of ['授权相关', '令牌相关', '权限相关', '客户端凭证相关', '授权码相关', 'Redirect URI 相关', 'Grant Type 相关', 'Refresh Token 相关']) {
      expect(pathOf(sub), sub).toEqual([...oauth.slice(0, -1), sub]);
    }
    // 通用错误码, API Key 错误码, OAuth2 错误码, SecondMe 错误码 and 系统错误码 are one level of the page.
    const parent = oauth.slice(0, -2);
    for (const top of ['通用错误码', 'API Key 错误码', 'SecondMe 错误码', '系统错误码']) {
      expect(pathOf(top), top).toEqual([...parent, top]);
    }
  });

  it('takes nothing from the 字段类型说明 field table at lines 18-21', () => {
    expect(rowsWithin(catalog, 18, 21)).toEqual([]);
    expect(catalog.entries.filter((entry) => ['code', 'message', 'error_code'].includes(entry.code))).toEqual([]);
  });

  it('takes nothing from the code samples at the end (lines 129-168)', () => {
    expect(rowsWithin(catalog, 129, 168)).toEqual([]);
  });

  it('accounts for every row: 44 seen, 44 entries, none skipped; no warnings or errors', () => {
    expect(catalog.rows).toEqual({ seen: 44, entries: 44, variants: 0, skipped: [] });
    expect(loudDiagnostics(catalog)).toEqual([]);
  });

  it('points every entry at the spec line holding its code', () => {
    expectLinesPointAtCodes(catalog, seedLines('secondme'));
  });

  it('is a Chinese-only catalog titled by its first line', () => {
    expect(catalog.locales).toEqual(['zh-CN']);
    expect(catalog.defaultLocale).toBe('zh-CN');
    expect(catalog.title).toBe('SecondMe API');
  });
});
