/**
 * specs/aliyun-living.md: a pasted page. The table starts without pipes (space-separated
 * header and rows, the third row's remedy running over a blank line), then goes on as pipe
 * rows without a delimiter row; remedies hold numbered steps over several lines.
 * Expected values are taken from the spec text itself, never from errspec's output.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../generator/model.js';
import { expectLinesPointAtCodes, expectUniqueIdentifiers, loudDiagnostics, rowsWithin, seedCatalog, seedLines } from '../helpers/seeds.js';

/** [line, 错误码, 错误信息, 描述, 可尝试解决方法 (`N/A` -> null)] */
const EXPECTED: readonly [number, string, string, string, string | null][] = [
  [6, '200', 'success', '成功', null],
  [7, '400', 'request error.', '请求错误', null],
  [8, '401', 'request auth error.', '请求认证错误', "1.尝试检查是否已经使用appKey,appSecret登陆认证\n2.检查appKey,appSecret是否配置错误\n3.针对配网绑定和设备控制接口,请检查相关设备是否与当前用户绑定"],
  [12, '403', 'request forbidden.', '请求被禁止', "1.检查appKey,appSecret是否配置错误\n2.当前使用的appKey是否有接口访问权限"],
  [14, '404', 'service not found.', '服务未找到', "1. 检查服务请求Method是否正确\n2.检查服务请求路径是否正确"],
  [16, '429', 'too many requests.', '太多请求', '当前时间段内请求过于频繁,可稍后或者降低调用频次'],
  [17, '460', 'request parameter error.', '请求参数错误', '业务参数异常,请检查上传的业务参数是否正确'],
  [18, '500', 'service error.', '服务端错误', '服务端发生未知异常,需要联系服务人员'],
  [19, '503', 'service not available.', '服务不可用', '服务端发生未知异常,需要联系服务人员'],
  [20, '2000', 'param is invalid', '请求参数错误', "1.请检查各个入参信息是否存在错误\n2.检查是否将ProductKey填写错误"],
  [22, '2062', 'identityId does not exist.', 'identityId不存在', "1.请检查当前是否正确进行账户登录和认证\n2.iotToken信息是否过期或传输错误"],
  [24, '2065', 'identityId and iotId not bound', '设备和账号未绑定', '当前登录的账号和设备之间没有绑定关系,请确定当前的账户与设备确实存在绑定关系'],
  [25, '2066', 'identityId is not manager', '该用户不是设备的管理员', '检查该用户与设备的分享关系'],
  [26, '2073', 'this product not support share', '该设备的分享模式不支持生成二维码,例如:抢占式设备不支持分享', '调用前尝试检查设备的分享模式'],
  [27, '2074', 'query msg-center hsf error', '调用消息中心错误', '服务端发生未知异常,需要联系服务人员'],
  [28, '2075', 'share model not config for this product', '分享模式未配置', '产品没有进行分享模式的设置,前往产品设置分享模式'],
  [29, '2077', "can't get identityId by email and mobile", '无法根据手机号或影响找到用户 identityId', '没有该用户,尝试重新输入'],
  [30, '2078', 'not the same initiator when cancel share dev or scene', '不是同一个发起者', '不是该用户发起的分享无法取消该分享,调用前请检查是否为自己发起的分享'],
  [31, '2082', 'receiver has reject share', '接收者已拒绝分享', '该分享已被操作,无法取消已被操作的分享'],
  [32, '2085', 'receiver has agree share.', '接收者已同意分享', '该分享已被操作,无法取消已被操作的分享'],
  [33, '2086', 'can not share to oneself', '不能分享给自己', '检查是否将设备的分享人填写为自己'],
  [34, '2087', 'iotId has bind to target user', '设备和目标用户已绑定', '重复操作,操作之前检查是否已经将设备与用户绑定'],
  [35, '2093', 'forbidden to repeat cancel sharing', '不允许重复取消', '重复操作,操作之前检查分享状态'],
  [36, '2096', 'sharing time expired', '分享已过期', '尝试重新分享一次'],
  [37, '2097', 'sharing record not exist', '分享不存在', '检查是否存在此分享'],
  [38, '5005', 'product not found', '产品没有找到', '检查是否将ProductKey填写错误'],
  [39, '5225', 'query product failed', '查询产品失败', '检查传入的ProductKey是否正确'],
  [40, '6100', 'device not found', '设备不存在', '检查传入的iotId是否正确'],
  [41, '6608', 'token not found', '设备上报的token信息不存在', 'token为必填字段,检查是否填写'],
  [42, '9103', 'update data failed', '升级失败', '查询设备端上报日志定位错误'],
  [43, '9112', 'there is no device exist', '设备不存在', '检查传入的iotId是否正确'],
  [44, '9119', 'firmware not exist', '固件不存在', '检查传入的version版本号是否错误'],
  [45, '9131', 'invalid device', '非法的设备', null],
  [46, '9132', 'non-existent job record', '升级任务记录不存在', '需确认设备是否有进行过固件升级'],
  [47, '9143', 'upgrade info posted is invalid', '升级进度上报错误', null],
  [48, '9144', 'device count exceeded', '设备数量超限', null],
  [49, '9146', 'upgrade record not exist', '升级记录不存在', '需确认设备有进行过该版本的固件升级'],
  [50, '9153', 'evice auth failed', '设备校验失败', null],
  [51, '10196', 'device exist circle', '设备存在循环依赖(要求:特定产品的特定属性在TCA中不能重复出现)', null],
  [52, '10197', 'scene exist circle', '场景存在循环依赖(要求:action中指定的场景不能形成环)', '重新检查场景逻辑内是否存在循环依赖'],
  [53, '10198', 'scene depth illegal', '场景嵌套深度非法(要求:场景最多嵌套一层场景)', '场景最多在一层逻辑节点下嵌套一层判断节点,检查是够存在逻辑节点嵌套逻辑节点'],
  [54, '10199', 'scene width illegal', 'action中场景个数非法(要求action中场景个数不能超过100)', '检查action中场景个数是否已经超出限制'],
  [55, '10200', 'scene empty', '没有这个场景', '确认改场景是否已经存在,是否为创建后未检查是否成功'],
  [56, '20004', 'gateway.backend service error', '请检查当前的请求入参是否存在错误的入参,例如JSON入参传递了JSONString类型', null],
  [57, '28504', 'device is offline.', '设备不在线', '操作前检查设备是否已经上线'],
  [58, '28527', 'user not bind with lock.', '钥匙还未和虚拟用户绑定', '没有云端创建该虚拟锁用户,检查是否在云端创建了该锁用户'],
  [59, '28528', 'operation type not support.', '不支持当前传入的虚拟用户信息更新操作类型', '指定的操作符类型错误,重新检查代码中相关枚举是否正确(1:添加,2:更新,3:删除)'],
  [60, '28529', 'virtual user attr list is empty.', '虚拟用户的属性列表为空', '传入的用户的属性及属性值为空,请检查传入的相关设置'],
  [61, '28530', 'lock user has been bound to other virtual user.', '钥匙已经和其他虚拟用户绑定', '重新为新用户创建新的钥匙'],
  [62, '28551', 'user no register or router', '用户没有绑定已配网设备或路由器', null],
  [63, '28560', 'device not exist', '设备不存在', '检查传入的iotid'],
  [64, '28563', 'ble device bind sign error', '蓝牙设备验签不通过', "1. 检查签名三元组信息和产品信息是否正确设置\n2.检查签名实现是否符合规范"],
  [66, '28566', 'product not exist', '产品不存在', '检查是否传入了合法的存在的productKey'],
  [67, '28567', 'device must be gprs device', '必须是GPRS设备', '操作前检查设备网络类型'],
  [68, '28601', 'user device not bind.', '用户设备没有绑定', '操作前确认用户与设备的绑定关系'],
];

describe('specs/aliyun-living.md', () => {
  let catalog: Catalog;
  beforeAll(() => {
    catalog = seedCatalog('aliyun-living');
  });

  it('reads all 55 entries: English message, Chinese message and description, remedy with its line breaks', () => {
    expect(
      catalog.entries.map((entry) => ({
        line: entry.line,
        code: entry.code,
        messages: entry.messages,
        description: entry.description,
        remedy: entry.remedy,
        success: entry.success,
        httpStatus: entry.httpStatus,
        extra: entry.extra,
      })),
    ).toEqual(
      EXPECTED.map(([line, code, english, chinese, remedy]) => ({
        line,
        code,
        messages: { en: english, 'zh-CN': chinese },
        description: chinese,
        remedy,
        success: code === '200',
        // The spec has no HTTP status column and states no convention for one; its success code is a 200.
        httpStatus: code === '200' ? 200 : null,
        extra: {},
      })),
    );
  });

  it('keeps the numbered steps of 401\'s remedy on separate lines, across the blank line in the spec', () => {
    const entry = catalog.entries.find((candidate) => candidate.code === '401');
    expect(entry?.remedy).toBe(
      '1.尝试检查是否已经使用appKey,appSecret登陆认证\n2.检查appKey,appSecret是否配置错误\n3.针对配网绑定和设备控制接口,请检查相关设备是否与当前用户绑定',
    );
    expect(entry?.messages).toEqual({ en: 'request auth error.', 'zh-CN': '请求认证错误' });
    expect(entry?.description).toBe('请求认证错误');
  });

  it('reads `N/A` as no remedy', () => {
    const withoutRemedy = catalog.entries.filter((entry) => entry.remedy === null).map((entry) => entry.code);
    expect(withoutRemedy).toEqual(['200', '400', '9131', '9143', '9144', '9153', '10196', '20004', '28551']);
    expect(catalog.entries.filter((entry) => /N\/A/.test(JSON.stringify(entry)))).toEqual([]);
  });

  it('drops the stray leading quote of 2077\'s message', () => {
    expect(catalog.entries.find((entry) => entry.code === '2077')?.messages.en).toBe("can't get identityId by email and mobile");
  });

  it('marks 200 `success` as success and nothing else', () => {
    expect(catalog.entries.filter((entry) => entry.success).map((entry) => entry.code)).toEqual(['200']);
  });

  it('takes nothing from the `results matching ""` junk after the table', () => {
    expect(rowsWithin(catalog, 69, 72)).toEqual([]);
    expect(catalog.diagnostics.filter((diagnostic) => diagnostic.line >= 69)).toEqual([]);
    expect(catalog.entries.at(-1)?.code).toBe('28601');
  });

  it('accounts for every row: 55 seen, 55 entries, none skipped; one warning: the 54 codes whose status it gives nowhere', () => {
    expect(catalog.rows).toEqual({ seen: 55, entries: 55, variants: 0, skipped: [] });
    expect(loudDiagnostics(catalog)).toEqual([['warning', 'missing-status', 7]]);
    expect(catalog.diagnostics.find((diagnostic) => diagnostic.rule === 'missing-status')?.message).toMatch(/^Unexpected entries without an HTTP status: 54 of 55 \(`400`, `401`, .* and 44 more\), expected a status column/);
  });

  it('points every entry at the spec line holding its code; names and class names are unique identifiers', () => {
    expectLinesPointAtCodes(catalog, seedLines('aliyun-living'));
    expectUniqueIdentifiers(catalog);
  });

  it('names entries after their English message (numeric codes are not names)', () => {
    const nameOf = (code: string): string | undefined => catalog.entries.find((entry) => entry.code === code)?.name;
    expect(nameOf('200')).toBe('SUCCESS');
    expect(nameOf('401')).toBe('REQUEST_AUTH_ERROR');
    expect(nameOf('2074')).toBe('QUERY_MSG_CENTER_HSF_ERROR');
    // First six words only.
    expect(nameOf('2078')).toBe('NOT_THE_SAME_INITIATOR_WHEN_CANCEL');
  });

  it('defaults to English, the language of the 错误信息 column, and has both locales', () => {
    expect(catalog.locales).toEqual(['zh-CN', 'en']);
    expect(catalog.defaultLocale).toBe('en');
  });
});
