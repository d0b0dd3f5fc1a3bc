/**
 * specs/pet-core.md: eight well-formed GFM tables with 错误码 | 枚举 | HTTP 状态 | 默认消息 | 说明.
 * Expected values are taken from the spec text itself, never from errspec's output.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../generator/model.js';
import { expectLinesPointAtCodes, expectUniqueIdentifiers, loudDiagnostics, seedCatalog, seedLines } from '../helpers/seeds.js';

/** [line, 错误码, 枚举, HTTP 状态, 默认消息, 说明, ### heading] */
const EXPECTED: readonly [number, string, string, number, string, string, string][] = [
  [33, 'A0400', 'INVALID_REQUEST', 400, 'Invalid request', '请求格式或参数非法', '通用错误'],
  [34, 'A0401', 'VALIDATION_FAILED', 400, 'Validation failed', '参数校验失败', '通用错误'],
  [35, 'A0402', 'INVALID_PARAM', 400, 'Invalid parameter', '无效参数', '通用错误'],
  [41, 'A0301', 'UNAUTHORIZED', 401, 'Unauthorized', '未认证', '认证授权错误'],
  [42, 'A0302', 'INVALID_TOKEN', 401, 'Invalid token', 'Token 无效', '认证授权错误'],
  [43, 'A0303', 'TOKEN_EXPIRED', 401, 'Token expired', 'Token 已过期', '认证授权错误'],
  [44, 'A0310', 'FORBIDDEN', 403, 'Forbidden', '禁止访问', '认证授权错误'],
  [45, 'A0311', 'NO_PERMISSION', 403, 'No permission', '无权限', '认证授权错误'],
  [46, 'A0312', 'NO_ROLE', 403, 'No role', '无角色', '认证授权错误'],
  [47, 'A0320', 'INTERNAL_TOKEN_INVALID', 401, 'Invalid internal token', '内部接口鉴权失败', '认证授权错误'],
  [53, 'A0404', 'USER_NOT_FOUND', 404, 'User not found', '用户不存在', '用户错误'],
  [54, 'A0409', 'USER_ALREADY_EXISTS', 409, 'User already exists', '用户已存在', '用户错误'],
  [55, 'A0410', 'INVALID_PASSWORD', 401, 'Invalid password', '密码错误', '用户错误'],
  [56, 'A0411', 'USER_DISABLED', 403, 'User disabled', '用户已禁用', '用户错误'],
  [62, 'A0420', 'DEVICE_NOT_FOUND', 404, 'Device not found', '设备不存在', '设备错误'],
  [63, 'A0421', 'DEVICE_ALREADY_EXISTS', 409, 'Device already exists', '设备已存在', '设备错误'],
  [64, 'A0422', 'DEVICE_ALREADY_BOUND', 409, 'Device already bound', '设备已被绑定', '设备错误'],
  [70, 'A0430', 'LICENSE_NOT_FOUND', 404, 'License not found', '授权码不存在', '授权码错误'],
  [71, 'A0431', 'LICENSE_ALREADY_USED', 409, 'License already used', '授权码已被使用', '授权码错误'],
  [72, 'A0432', 'LICENSE_EXPIRED', 400, 'License expired', '授权码已过期', '授权码错误'],
  [73, 'A0433', 'LICENSE_REVOKED', 400, 'License revoked', '授权码已撤销', '授权码错误'],
  [79, 'A0440', 'COMMAND_NOT_FOUND', 404, 'Command not found', '指令不存在', '指令错误'],
  [80, 'A0441', 'COMMAND_NOT_RETRYABLE', 400, 'Command is not retryable', '指令当前状态不允许重试', '指令错误'],
  [86, 'A0450', 'PRODUCT_NOT_FOUND', 404, 'Product not found', '产品不存在', '产品/物模型错误'],
  [87, 'A0451', 'PRODUCT_ALREADY_EXISTS', 409, 'Product already exists', '产品已存在', '产品/物模型错误'],
  [88, 'A0452', 'PROPERTY_NOT_FOUND', 404, 'Property not found', '属性不存在', '产品/物模型错误'],
  [89, 'A0453', 'PROPERTY_ALREADY_EXISTS', 409, 'Property already exists', '属性已存在', '产品/物模型错误'],
  [90, 'A0454', 'SERVICE_NOT_FOUND', 404, 'Service not found', '服务不存在', '产品/物模型错误'],
  [91, 'A0455', 'SERVICE_ALREADY_EXISTS', 409, 'Service already exists', '服务已存在', '产品/物模型错误'],
  [92, 'A0456', 'EVENT_NOT_FOUND', 404, 'Event not found', '事件不存在', '产品/物模型错误'],
  [93, 'A0457', 'EVENT_ALREADY_EXISTS', 409, 'Event already exists', '事件已存在', '产品/物模型错误'],
  [99, 'B0001', 'INTERNAL_ERROR', 500, 'Internal server error', '系统内部异常', '系统错误'],
  [100, 'C0001', 'GATEWAY_UNAVAILABLE', 503, 'Gateway unavailable', '网关不可用或调用失败', '系统错误'],
];

describe('specs/pet-core.md', () => {
  let catalog: Catalog;
  beforeAll(() => {
    catalog = seedCatalog('pet-core');
  });

  it('reads all 33 entries with name, status, English and Chinese message, description and group', () => {
    expect(
      catalog.entries.map((entry) => ({
        line: entry.line,
        code: entry.code,
        name: entry.name,
        httpStatus: entry.httpStatus,
        httpStatusSource: entry.httpStatusSource,
        messages: entry.messages,
        description: entry.description,
        remedy: entry.remedy,
        group: entry.group,
        groupPath: entry.groupPath,
        success: entry.success,
        extra: entry.extra,
      })),
    ).toEqual(
      EXPECTED.map(([line, code, name, httpStatus, english, chinese, group]) => ({
        line,
        code,
        name,
        httpStatus,
        httpStatusSource: 'column',
        messages: { en: english, 'zh-CN': chinese },
        description: chinese,
        remedy: null,
        group,
        groupPath: ['错误码文档', '3. 错误码列表（pet-core）', group],
        success: false,
        extra: {},
      })),
    );
  });

  it('defaults to English, the language of the 默认消息 column', () => {
    expect(catalog.defaultLocale).toBe('en');
    expect(catalog.locales).toEqual(['zh-CN', 'en']);
  });

  it('accounts for every row: 33 seen, 33 entries, none skipped', () => {
    expect(catalog.rows).toEqual({ seen: 33, entries: 33, variants: 0, skipped: [] });
  });

  it('has no warnings or errors', () => {
    expect(loudDiagnostics(catalog)).toEqual([]);
  });

  it('points every entry at the spec line holding its code; names and class names are unique identifiers', () => {
    expectLinesPointAtCodes(catalog, seedLines('pet-core'));
    expectUniqueIdentifiers(catalog);
  });

  it('reads the documented error response as the envelope: string code, message, optional details', () => {
    expect(catalog.envelope).toEqual({
      kind: 'envelope',
      origin: 'example',
      fields: [
        { kind: 'envelope-field', path: ['code'], role: 'code', type: 'string', required: true },
        { kind: 'envelope-field', path: ['message'], role: 'message', type: 'string', required: true },
        { kind: 'envelope-field', path: ['details'], role: 'details', type: 'object', required: false },
      ],
      example: { code: 'A0400', message: 'Invalid request', details: { field: 'deviceId' } },
      line: 7,
    });
  });
});
