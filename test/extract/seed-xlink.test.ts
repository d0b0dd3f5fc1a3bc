/**
 * specs/xlink.md: GFM tables without trailing pipes under bold labels ("HTTP 返回状态码为400的错误说明"),
 * codes that start with their HTTP status as the document states ("{HTTP返回状态码}+{错误编号}"),
 * and a legend table `HTTP返回信息 | 说明` that is not an error table.
 * Expected values are taken from the spec text itself, never from errspec's output.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../generator/model.js';
import { expectLinesPointAtCodes, expectUniqueIdentifiers, loudDiagnostics, rowsWithin, seedCatalog, seedLines } from '../helpers/seeds.js';

/** By the status its section names: [line, code, 错误码信息说明]. */
const SECTIONS: Readonly<Record<400 | 403 | 404 | 503, readonly [number, string, string][]>> = {
  400: [
    [28, '4001001', '请求数据字段验证不通过'],
    [29, '4001002', '请求数据必须字段不可为空'],
    [30, '4001003', '手机验证码不存在'],
    [31, '4001004', '手机验证码错误'],
    [32, '4001005', '注册的手机号已存在'],
    [33, '4001006', '注册的邮箱已存在'],
    [34, '4001007', '密码错误'],
    [35, '4001008', '帐号不合法'],
    [36, '4001009', '企业成员状态不合法'],
    [37, '4001010', '刷新token不合法'],
    [38, '4001011', '未知成员角色类型'],
    [39, '4001012', '只有管理员才能邀请'],
    [40, '4001013', '不可修改其他成员信息'],
    [41, '4001014', '不能删除本人'],
    [42, '4001015', '未知的产品连接类型'],
    [43, '4001016', '已发布的产品不可删除'],
    [44, '4001017', '固件版本已存在'],
    [45, '4001018', '数据端点未知数据类型'],
    [46, '4001019', '数据端点索引已存在'],
    [47, '4001020', '已发布的数据端点不可删除'],
    [48, '4001021', '该产品下设备MAC地址已存在'],
    [49, '4001022', '不能删除已激活的设备'],
    [50, '4001023', '扩展属性Key为预留字段'],
    [51, '4001024', '设备扩展属性超过上限'],
    [52, '4001025', '新增已存在的扩展属性'],
    [53, '4001026', '更新不存在的扩展属性'],
    [54, '4001027', '属性字段名不合法'],
    [55, '4001028', '邮件验证码不存在'],
    [56, '4001029', '邮件验证码错误'],
    [57, '4001030', '用户状态不合法'],
    [58, '4001031', '用户手机尚未认证'],
    [59, '4001032', '用户邮箱尚未认证'],
    [60, '4001033', '用户已经订阅设备'],
    [61, '4001034', '用户没有订阅该设备'],
    [62, '4001035', '自动升级任务名称已存在'],
    [63, '4001036', '升级任务状态未知'],
    [64, '4001037', '已有相同的起始版本升级任务'],
    [65, '4001038', '设备激活失败'],
    [66, '4001039', '设备认证失败'],
    [67, '4001041', '订阅设备认证码错误'],
    [68, '4001042', '授权名称已存在'],
    [69, '4001043', '该告警规则名称已存在'],
    [70, '4001045', '数据变名称已存在'],
    [71, '4001046', '产品固件文件超过大小限制'],
    [72, '4001047', 'APN密钥文件超过大小限制'],
    [73, '4001048', 'APP的APN功能未启用'],
    [74, '4001049', '产品未允许用户注册设备'],
    [75, '4001050', '该类型的邮件模板已存在'],
    [76, '4001051', '邮件模板正文内容参数缺失'],
  ],
  403: [
    [84, '4031001', '禁止访问'],
    [85, '4031002', '禁止访问，需要Access-Token'],
    [86, '4031003', '无效的Access-Token'],
    [87, '4031004', '需要企业的调用权限'],
    [88, '4031005', '需要企业管理员权限'],
    [89, '4031006', '需要数据操作权限'],
    [90, '4031007', '禁止访问私有数据'],
    [91, '4031008', '分享已经被取消'],
    [92, '4031009', '分享已经接受'],
    [93, '4031010', '用户没有订阅设备，不能执行操作'],
  ],
  404: [
    [100, '4041001', 'URL找不到'],
    [101, '4041002', '企业成员帐号不存在'],
    [102, '4041003', '企业成员不存在'],
    [103, '4041004', '激活的成员邮箱不存在'],
    [104, '4041005', '产品信息不存在'],
    [105, '4041006', '产品固件不存在'],
    [106, '4041007', '数据端点不存在'],
    [107, '4041008', '设备不存在'],
    [108, '4041009', '设备扩展属性不存在'],
    [109, '4041010', '企业不存在'],
    [110, '4041011', '用户不存在'],
    [111, '4041012', '用户扩展属性不存在'],
    [112, '4041013', '升级任务不存在'],
    [113, '4041014', '第三方身份授权不存在'],
    [114, '4041015', '告警规则不存在'],
    [115, '4041016', '数据表不存在'],
    [116, '4041017', '数据不存在'],
    [117, '4041018', '分享资源不存在'],
    [118, '4041019', '企业邮箱不存在'],
    [119, '4041020', 'APP不存在'],
    [120, '4041021', '产品转发规则不存在'],
    [121, '4041022', '邮件模板不存在'],
  ],
  503: [
    [127, '5031001', '服务端发生异常'],
  ],
};

const EXPECTED = ([400, 403, 404, 503] as const).flatMap((status) =>
  SECTIONS[status].map(([line, code, message]) => ({ line, code, status, message, group: `HTTP 返回状态码为${status}的错误说明` })),
);

describe('specs/xlink.md', () => {
  let catalog: Catalog;
  beforeAll(() => {
    catalog = seedCatalog('xlink');
  });

  it('reads all 82 entries: Chinese message, HTTP status from the code prefix, group from the bold label', () => {
    expect(
      catalog.entries.map((entry) => ({
        line: entry.line,
        code: entry.code,
        httpStatus: entry.httpStatus,
        httpStatusSource: entry.httpStatusSource,
        messages: entry.messages,
        group: entry.group,
        success: entry.success,
      })),
    ).toEqual(
      EXPECTED.map(({ line, code, status, message, group }) => ({
        line,
        code,
        httpStatus: status,
        httpStatusSource: 'code-prefix',
        messages: { 'zh-CN': message },
        group,
        success: false,
      })),
    );
  });

  it('counts entries per status section as the spec lists them', () => {
    const counts: Record<string, number> = {};
    for (const entry of catalog.entries) counts[String(entry.httpStatus)] = (counts[String(entry.httpStatus)] ?? 0) + 1;
    expect(counts).toEqual({ 400: 49, 403: 10, 404: 22, 503: 1 });
  });

  it('takes nothing from the `HTTP返回信息 | 说明` legend table at lines 7-13', () => {
    expect(rowsWithin(catalog, 7, 13)).toEqual([]);
    expect(catalog.entries.filter((entry) => entry.code.includes('HTTP'))).toEqual([]);
  });

  it('accounts for every row: 82 seen, 82 entries, none skipped; no warnings or errors', () => {
    expect(catalog.rows).toEqual({ seen: 82, entries: 82, variants: 0, skipped: [] });
    expect(loudDiagnostics(catalog)).toEqual([]);
  });

  it('points every entry at the spec line holding its code; names and class names are unique identifiers', () => {
    expectLinesPointAtCodes(catalog, seedLines('xlink'));
    expectUniqueIdentifiers(catalog);
  });

  it('is a Chinese-only catalog', () => {
    expect(catalog.locales).toEqual(['zh-CN']);
    expect(catalog.defaultLocale).toBe('zh-CN');
  });
});
