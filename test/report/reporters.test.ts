/**
 * `--reporter human|json|github` on generate and inspect, colour rules, and the progress line.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, startProgress } from '../../generator/report/index.js';
import type { Diagnostic } from '../../generator/model.js';
import { BUILD_TIMEOUT, CLI_TIMEOUT, ensureBuilt, errspecAsync, errspecAsyncEnv, lines, project, removeProjects, type Run } from '../cli/helpers.js';
import { seedProject } from '../helpers/seed-project.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT);
afterAll(removeProjects);

/** A spec whose path holds `,` and `:`, with an error at 8:9 that quotes a code holding `%`. */
const WEIRD = {
  'specs/we,ird:name.md': '# W\n\n| 错误码 | HTTP 状态 | 说明 |\n| --- | --- | --- |\n| A%1 | 400 | 百分之一 |\n\n| 错误码 | HTTP 状态 |\n| A%1 | 401 | again |\n',
};

/** Run the CLI with extra environment variables, colour variables cleared first. */
function errspecEnv(cwd: string, env: Record<string, string | undefined>, ...args: string[]): Promise<Run> {
  return errspecAsyncEnv(cwd, { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env }, ...args);
}

describe.concurrent('--reporter', { timeout: CLI_TIMEOUT }, () => {
  it('github: one workflow command per diagnostic, properties and data escaped, exit code kept', async () => {
    const dir = project(WEIRD);
    const run = await errspecAsync(dir, 'generate', '--reporter', 'github');
    expect(run.status, run.stderr).toBe(1);
    const annotations = lines(run.stdout);
    expect(annotations.length).toBeGreaterThan(0);
    for (const line of annotations) expect(line).toMatch(/^::(error|warning) file=specs\/we%2Cird%3Aname\.md,line=\d+,col=\d+,title=[a-z-]+::\S/);
    expect(annotations).toContain(
      '::error file=specs/we%2Cird%3Aname.md,line=8,col=9,title=conflicting-status::Unexpected HTTP status 401 for code `A%251`, expected 400 as at line 5',
    );
    // The human summary stays on stderr; no human diagnostics there.
    expect(run.stderr).not.toMatch(/  error  /);
  });

  it('github on the seeds: the missing-status and table-truncated warnings, exactly', async () => {
    const dir = seedProject();
    const run = await errspecAsync(dir, 'generate', '--reporter', 'github');
    expect(run.status, run.stderr).toBe(0);
    expect(lines(run.stdout)).toEqual([
      "::warning file=specs/aliyun-living.md,line=7,col=1,title=missing-status::Unexpected entries without an HTTP status: 54 of 55 (`400`, `401`, `403`, `404`, `429`, `460`, `500`, `503`, `2000`, `2062` and 44 more), expected a status column, a status heading (`### 404 Not Found`) or a sentence (`returned with HTTP 404`); they are sent with the catalog's default status (`defaultHttpStatus`)",
      "::warning file=specs/oauth-iot.md,line=29,col=1,title=missing-status::Unexpected entries without an HTTP status: all 21 (`INTERNAL_SERVER_ERROR`, `TEMPORARILY_UNAVAILABLE`, `TOO_MANY_REQUESTS`, `NOT_FOUND`, `INVALID_RESOURCE`, `INVALID_REQUEST`, `UNAUTHORIZED_CLIENT`, `ACCESS_DENIED`, `LOCKED`, `GONE` and 11 more), expected a status column, a status heading (`### 404 Not Found`) or a sentence (`returned with HTTP 404`); they are sent with the catalog's default status (`defaultHttpStatus`)",
      '::warning file=specs/oauth-iot.md,line=58,col=1,title=table-truncated::Unexpected end of table after its header row, expected a delimiter row and rows of error codes',
    ]);
  });

  it('json: diagnostics and a summary on stdout, parseable', async () => {
    const dir = seedProject();
    const run = await errspecAsync(dir, 'generate', '--reporter', 'json', '--verbose');
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { diagnostics: Diagnostic[]; summary: Record<string, unknown> };
    expect(report.summary).toMatchObject({ command: 'generate', specs: 5, entries: 235, ok: true, errors: 0, warnings: 3, written: 40, removed: 0 });
    expect(report.diagnostics).toContainEqual({
      source: 'specs/oauth-iot.md', line: 58, column: 1, severity: 'warning', rule: 'table-truncated',
      message: 'Unexpected end of table after its header row, expected a delimiter row and rows of error codes',
    });
    expect(report.diagnostics.filter((d) => d.severity === 'info').length).toBe(report.summary.infos);
  });

  it('json on inspect: diagnostics only, exit 1 for errors', async () => {
    const dir = project(WEIRD);
    const run = await errspecAsync(dir, 'inspect', 'specs', '--reporter', 'json');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { diagnostics: Diagnostic[]; summary: Record<string, unknown> };
    expect(report.summary).toMatchObject({ command: 'inspect', specs: 1, errors: 1 });
    expect(report.diagnostics.map((d) => d.rule)).toContain('conflicting-status');
  });

  it('an unknown reporter is a usage error', async () => {
    const run = await errspecAsync(project(WEIRD), 'generate', '--reporter', 'xml');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('errspec: Unexpected --reporter `xml`, expected human, json, github\n');
  });

  it('human: plain lines without a terminal; FORCE_COLOR adds a file heading and colour; NO_COLOR wins', async () => {
    const dir = project(WEIRD);
    const [plain, forced, both] = await Promise.all([
      errspecEnv(dir, {}, 'generate'),
      errspecEnv(dir, { FORCE_COLOR: '1' }, 'generate'),
      errspecEnv(dir, { FORCE_COLOR: '1', NO_COLOR: '1' }, 'generate'),
    ]);
    expect(plain.stderr).not.toContain('\u001B[');
    expect(lines(plain.stderr)[0]).toBe('specs/we,ird:name.md:8:9  error  Unexpected HTTP status 401 for code `A%1`, expected 400 as at line 5  conflicting-status');
    expect(both.stderr).toBe(plain.stderr.replace(/\(\d+ ms\)/, both.stderr.match(/\(\d+ ms\)/)?.[0] ?? ''));
    expect(lines(forced.stderr)[0]).toBe('\u001B[4mspecs/we,ird:name.md\u001B[24m');
    expect(forced.stderr).toContain('  \u001B[31merror\u001B[39m  ');

  });

  it('no progress line without a terminal', async () => {
    const run = await errspecEnv(seedProject(), {}, 'generate');
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr).not.toContain('errspec: emitting');
  });
});

describe('github escaping', () => {
  it('escapes %, CR and LF in data; also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const diagnostic: Diagnostic = { kind: 'diagnostic', severity: 'info', rule: 'table-recovered', message: 'm', source: 's.md', line: 1, column: 2 };
    expect(formatGithub([diagnostic], { verbose: false })).toBe('');
    expect(formatGithub([diagnostic], { verbose: true })).toBe('::notice file=s.md,line=1,col=2,title=table-recovered::m\n');
  });
});

describe('progress line', () => {
  it('draws only once the delay has passed, names the stage, and erases itself', () => {
    const written: string[] = [];
    const stream = { write: (text: string) => written.push(text) };
    const late = startProgress(stream, true, 60_000);
    late.stage('emitting');
    late.stop();
    expect(written).toEqual([]);
    const now = startProgress(stream, true, 0);
    now.stage('emitting');
    expect(written.at(-1)).toMatch(/^\r\u001B\[2K. errspec: emitting \(\d+\.\d s\)$/);
    now.stop();
    expect(written.at(-1)).toBe('\r\u001B[2K');
    const off = startProgress(stream, false, 0);
    const count = written.length;
    off.stage('emitting');
    off.stop();
    expect(written.length).toBe(count);
  });
});
