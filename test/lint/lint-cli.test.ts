/**
 * `errspec lint`: the real CLI on temporary copies of the seeds and on small specs that break
 * one rule each. Every finding has a position, a rule id and a suggestion; exit 1 on errors.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../generator/lint/index.js';
import { BUILD_TIMEOUT, CLI_TIMEOUT, ROOT, ensureBuilt, errspecAsync, lines, project, removeProjects } from '../cli/helpers.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT);
afterAll(removeProjects);

const SEEDS = ['aliyun-living', 'oauth-iot', 'pet-core', 'secondme', 'xlink'];

function seed(id: string): string {
  return readFileSync(path.join(ROOT, 'specs', `${id}.md`), 'utf8');
}

/** A project holding the five seeds under specs/, some replaced by `overrides` (id -> text). */
function seedProject(overrides: Record<string, string> = {}): string {
  return project(Object.fromEntries(SEEDS.map((id) => [`specs/${id}.md`, overrides[id] ?? seed(id)])));
}

/** Findings printed by a run, as `[file:line:column, severity, rule]`. */
function findings(stdout: string): [string, string, string][] {
  return lines(stdout).map((line) => {
    const [where, severity, ...rest] = line.split('  ');
    return [where!, severity!, rest.at(-1)!];
  });
}

/** A spec with one table under `section`, rows as `| code | status | message |`. */
function spec(rows: readonly string[], { intro = '', section = '## 错误码' } = {}): string {
  return ['# 错误码', '', intro, '', section, '', '| 错误码 | HTTP 状态码 | 说明 |', '| --- | --- | --- |', ...rows, ''].join('\n');
}

describe('errspec lint on the five seeds', () => {
  it('reports exactly the seeds\' problems, each with a position, rule id and suggestion; exits 1', async () => {
    const run = await errspecAsync(seedProject(), 'lint');
    expect(findings(run.stdout)).toEqual([
      ['specs/aliyun-living.md:7:1', 'warning', 'missing-status'],
      ['specs/oauth-iot.md:29:1', 'warning', 'missing-status'],
      ['specs/oauth-iot.md:58:1', 'warning', 'table-truncated'],
      ['specs/secondme.md:125:1', 'error', 'stated-convention'],
      ['specs/secondme.md:126:1', 'error', 'stated-convention'],
      ['specs/secondme.md:127:1', 'error', 'stated-convention'],
    ]);
    expect(lines(run.stdout)[3]).toBe(
      'specs/secondme.md:125:1  error  Unexpected code `internal.error` (it has 2 `.`-separated parts, not 3), expected `{module}.{resource}.{reason}` as stated at line 25; rename the code or correct the statement  stated-convention',
    );
    expect(run.stderr).toBe('errspec lint: 5 specs, 3 errors, 3 warnings\n');
    expect(run.status).toBe(1);
  }, CLI_TIMEOUT);

  it('checks pet-core codes against "A/B/C + 4 位数字" and their statuses against what A, B and C mean', async () => {
    const text = seed('pet-core').replace('| A0400 | INVALID_REQUEST | 400 |', '| A04000 | INVALID_REQUEST | 400 |').replace('| B0001 | INTERNAL_ERROR | 500 |', '| B0001 | INTERNAL_ERROR | 400 |');
    const run = await errspecAsync(seedProject({ 'pet-core': text }), 'lint', 'specs/pet-core.md');
    expect(lines(run.stdout)).toEqual([
      'specs/pet-core.md:33:3  error  Unexpected code `A04000` (it has 5 digits), expected A/B/C followed by 4 digits as stated at line 17; rename the code or correct the statement  stated-convention',
      'specs/pet-core.md:99:28  error  Unexpected HTTP status 400 for code `B0001`, expected a 5xx: `B` codes are "系统执行出错" as stated at line 24; fix the status or the code\'s letter  status-prefix-mismatch',
    ]);
    expect(run.status).toBe(1);
  }, CLI_TIMEOUT);

  it('checks xlink codes against "{HTTP返回状态码}+{错误编号}" and their sections', async () => {
    const text = seed('xlink').replace('| 4001001 |', '| 400-1001 |').replace('| 4001002 |', '| 4041099 |');
    const run = await errspecAsync(seedProject({ xlink: text }), 'lint', 'specs/xlink.md');
    expect(findings(run.stdout)).toEqual([
      ['specs/xlink.md:28:3', 'error', 'stated-convention'],
      ['specs/xlink.md:29:1', 'warning', 'status-section-mismatch'],
    ]);
    expect(run.status).toBe(1);
  }, CLI_TIMEOUT);
});

describe('errspec lint rules', () => {
  it('duplicate-code, conflicting-status, conflicting-message', async () => {
    const rows = ['| E1 | 400 | Bad |', '| E2 | 404 | Missing |', '| E1 | 400 | Bad |', '| E2 | 410 | Missing |', '| E2 | 404 | Gone |'];
    const run = await errspecAsync(project({ 'specs/a.md': spec(rows) }), 'lint');
    expect(lines(run.stdout)).toEqual([
      'specs/a.md:11:3  warning  Unexpected second row of code `E1`, expected each code once (first at line 9); merge the two rows  duplicate-code',
      'specs/a.md:12:8  error  Unexpected HTTP status 410 for code `E2`, expected 404 as at line 10; give each code one status (or a new code)  conflicting-status',
      'specs/a.md:13:3  error  Unexpected message "Gone" for code `E2`, expected "Missing" as at line 10; give each code one message (or a new code)  conflicting-message',
    ]);
    expect(run.status).toBe(1);
  }, CLI_TIMEOUT);

  it('missing-message, status-range, outside-section, status-prefix-mismatch', async () => {
    const table = ['| 错误码 | HTTP 状态码 | 说明 |', '| --- | --- | --- |'];
    const a = ['# 错误码', '', '## 通用错误', '', ...table, '| E0 | 400 | Fine |', '', '## 附录', '', ...table, '| E1 | 400 |  |', '| E2 | 999 | Odd |', ''].join('\n');
    const b = spec(['| 4001001 | 400 | ok |', '| 4031002 | 404 | wrong |'], { intro: 'code 的组成格式是 {HTTP status}+{number}' });
    const run = await errspecAsync(project({ 'specs/a.md': a, 'specs/b.md': b }), 'lint');
    expect(findings(run.stdout)).toEqual([
      ['specs/a.md:13:1', 'warning', 'missing-message'],
      ['specs/a.md:13:1', 'warning', 'outside-section'],
      ['specs/a.md:14:1', 'warning', 'outside-section'],
      ['specs/a.md:14:8', 'error', 'status-range'],
      ['specs/b.md:10:13', 'error', 'status-prefix-mismatch'],
    ]);
    expect(lines(run.stdout)[4]).toContain('Unexpected HTTP status 404 for code `4031002`, expected 403: codes are `{HTTP status}+{number}` as stated at line 3');
  }, CLI_TIMEOUT);

  it('--rule sets levels: off drops a rule, warn keeps it without failing the run', async () => {
    const dir = seedProject();
    const off = await errspecAsync(dir, 'lint', '--rule', 'stated-convention=off');
    expect(findings(off.stdout)).toEqual([
      ['specs/aliyun-living.md:7:1', 'warning', 'missing-status'],
      ['specs/oauth-iot.md:29:1', 'warning', 'missing-status'],
      ['specs/oauth-iot.md:58:1', 'warning', 'table-truncated'],
    ]);
    expect(off.status).toBe(0);
    const warn = await errspecAsync(dir, 'lint', 'specs/secondme.md', '--rule', 'stated-convention=warn');
    expect(findings(warn.stdout).map(([, severity]) => severity)).toEqual(['warning', 'warning', 'warning']);
    expect(warn.status).toBe(0);
  }, CLI_TIMEOUT);

  it.each([
    [['--rule', 'no-such-rule=warn'], 'Unknown lint rule `no-such-rule`'],
    [['--rule', 'stated-convention=loud'], 'Unexpected --rule `stated-convention=loud`'],
    [['--nope'], "Unknown option '--nope'"],
  ])('exits 2 on a bad option %j', async (args, message) => {
    const run = await errspecAsync(seedProject(), 'lint', ...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(lines(run.stderr)).toHaveLength(1);
  }, CLI_TIMEOUT);

  it('--help lists every rule with its default level', async () => {
    const run = await errspecAsync(ROOT, 'lint', '--help');
    expect(run.status).toBe(0);
    for (const rule of RULES) expect(run.stdout).toMatch(new RegExp(`^  ${rule.id} +${rule.level} `, 'm'));
  }, CLI_TIMEOUT);
});
