/**
 * Placeholder recognition (generator/extract/placeholders.ts), the model field, and the
 * `placeholder-parity` rule through the real CLI.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parametersOf, placeholdersOf, toInterpolation } from '../../generator/extract/placeholders.js';
import { CLI_TIMEOUT, ensureBuilt, errspec, project, removeProjects } from '../cli/helpers.js';
import { seedCatalog, type SeedId } from '../helpers/seeds.js';

const tokens = (message: string) => placeholdersOf(message).map(({ name, type, syntax, token, offset }) => [name, type, syntax, token, offset]);

describe('placeholdersOf', () => {
  it.each([
    ['Miss required parameter (%s), see doc for more info', [['p1', 'string', 'printf', '%s', 25]]],
    ['缺失必选参数 (%s)', [['p1', 'string', 'printf', '%s', 8]]],
    ['%s of %d items', [['p1', 'string', 'printf', '%s', 0], ['p2', 'number', 'printf', '%d', 6]]],
    ['%2$s before %1$s', [['p2', 'string', 'printf', '%2$s', 0], ['p1', 'string', 'printf', '%1$s', 12]]],
    ['{field} is required', [['field', 'string', 'brace', '{field}', 0]]],
    ['{{ name }} and {{other}}', [['name', 'string', 'double-brace', '{{ name }}', 0], ['other', 'string', 'double-brace', '{{other}}', 15]]],
    ['Hello ${user_name}', [['user_name', 'string', 'dollar-brace', '${user_name}', 6]]],
  ])('finds the placeholders of %j', (message, expected) => {
    expect(tokens(message)).toEqual(expected);
  });

  it.each([
    'Success rate 100% guaranteed',
    '100%% done, %% literal',
    'The Authorization header must contain the following field: {Credential,SignedHeaders,Signature;}',
    'Body {"code": 1, "msg": "x"} is invalid',
    '中文里的 {} 和 {HTTP返回状态码}+{错误编号}',
    'template ${process.exit(1)} and `${`',
    '{@link evil} and {user.name} and { spaced }',
    '% s and %x and %5d',
  ])('finds none in prose that only looks like placeholders: %j', (message) => {
    expect(placeholdersOf(message)).toEqual([]);
  });

  it('merges parameters by name, a number wherever one is a number', () => {
    expect(parametersOf([...placeholdersOf('{a} %s {a}'), ...placeholdersOf('%d')])).toEqual([
      { name: 'a', type: 'string' },
      { name: 'p1', type: 'number' },
    ]);
  });

  it("rewrites every syntax to i18next's {{name}} and keeps the text around", () => {
    const message = 'A %s, {b} and ${c}; {{d}} 100% {"x":1}';
    expect(toInterpolation(message, placeholdersOf(message))).toBe('A {{p1}}, {{b}} and {{c}}; {{d}} 100% {"x":1}');
  });
});

describe('the seed specs', () => {
  it.each(['oauth-iot', 'pet-core', 'xlink', 'secondme', 'aliyun-living'] as SeedId[])('%s: no placeholders (no false positives) and no parity warning', (id) => {
    const catalog = seedCatalog(id);
    expect(catalog.entries.filter((entry) => Object.keys(entry.placeholders).length > 0)).toEqual([]);
    expect(catalog.diagnostics.filter((diagnostic) => diagnostic.rule === 'placeholder-parity')).toEqual([]);
  });
});

describe('placeholders through the CLI', () => {
  const SPEC = [
    '# Params',
    '',
    '| 错误码 | HTTP 状态 | 中文信息 | 英文信息 |',
    '| --- | --- | --- | --- |',
    '| P0001 | 400 | 缺失必选参数 (%s) | Miss required parameter (%s) |',
    '| P0002 | 400 | {field} 必填 | {name} is required |',
    '| P0003 | 429 | 请稍后重试 | Retry in %d seconds |',
    '',
  ].join('\n');
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = project({ 'params.md': SPEC });
  }, CLI_TIMEOUT);
  afterAll(removeProjects);

  it('records placeholders per locale in the model, and warns where the locales differ, with both positions', () => {
    const run = errspec(dir, 'inspect', '--json', 'params.md');
    expect(run.status).toBe(0);
    const [catalog] = JSON.parse(run.stdout).catalogs;
    expect(catalog.entries[0].placeholders).toEqual({
      'zh-CN': [{ kind: 'placeholder', name: 'p1', type: 'string', syntax: 'printf', token: '%s', offset: 8 }],
      en: [{ kind: 'placeholder', name: 'p1', type: 'string', syntax: 'printf', token: '%s', offset: 25 }],
    });
    const parity = catalog.diagnostics.filter((diagnostic: { rule: string }) => diagnostic.rule === 'placeholder-parity');
    expect(parity.map((diagnostic: { line: number; column: number; message: string }) => [diagnostic.line, diagnostic.column, diagnostic.message])).toEqual([
      [6, 30, 'Unexpected placeholders `{name}` in the en message of `P0002`, expected the same as the zh-CN message at 6:17 (`{field}`)'],
      [7, 25, 'Unexpected placeholders `%d` in the en message of `P0003`, expected the same as the zh-CN message at 7:17 (none)'],
    ]);
    expect(parity.every((diagnostic: { severity: string }) => diagnostic.severity === 'warning')).toBe(true);
  });
});

describe('comparePlaceholders (the i18n hook)', () => {
  it('finds nothing when the parameters agree, whatever the syntax', async () => {
    const { comparePlaceholders } = await import('../../generator/i18n/placeholders.js');
    expect(comparePlaceholders('用户 {user} 不存在', 'User {user} not found')).toEqual([]);
    expect(comparePlaceholders('缺失必选参数 (%s)', 'Missing parameter ({{p1}})')).toEqual([]);
    expect(comparePlaceholders('无参数', 'No parameters, 100% sure')).toEqual([]);
  });

  it('reports an extra, a missing and a mistyped placeholder', async () => {
    const { comparePlaceholders } = await import('../../generator/i18n/placeholders.js');
    expect(comparePlaceholders('用户 {user} 不存在', 'User {name} not found')).toEqual([
      "Unexpected placeholder `{name}`, expected the source's placeholders (`{user}`)",
      'Unexpected translation without placeholder `{user}`, expected every placeholder of the source (`{user}`)',
    ]);
    expect(comparePlaceholders('%d 秒后重试', 'Retry in %s seconds')).toEqual([
      "Unexpected placeholder `%s` (a string), expected a number like the source's `%d`",
    ]);
  });
});
