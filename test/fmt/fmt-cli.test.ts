/**
 * `errspec fmt`: the real CLI on temporary copies of the seeds. Without --write it prints a
 * unified diff and changes nothing; with --write the messy tables become GFM tables, every
 * other line stays byte for byte, the entries stay the same, and a second run changes nothing.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, CLI_TIMEOUT, ROOT, contents, ensureBuilt, errspecAsync, lines, project, removeProjects } from '../cli/helpers.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT);
afterAll(removeProjects);

const SEEDS = ['aliyun-living', 'oauth-iot', 'pet-core', 'secondme', 'xlink'];

function seedProject(): string {
  return project(Object.fromEntries(SEEDS.map((id) => [`specs/${id}.md`, readFileSync(path.join(ROOT, 'specs', `${id}.md`), 'utf8')])));
}

/** `text` with a unified diff applied; fails on a hunk whose old lines do not match. */
function applyDiff(text: string, diff: string): string {
  const old = text.split('\n');
  const out: string[] = [];
  let next = 0;
  const body = diff.split('\n').slice(2, -1);
  for (let i = 0; i < body.length; ) {
    const header = /^@@ -(\d+),(\d+) \+\d+,\d+ @@$/.exec(body[i]!);
    expect(header, body[i]).not.toBeNull();
    out.push(...old.slice(next, Number(header![1]) - 1));
    next = Number(header![1]) - 1;
    for (i++; i < body.length && !body[i]!.startsWith('@@'); i++) {
      const [mark, line] = [body[i]![0], body[i]!.slice(1)];
      if (mark !== '+') expect(old[next++]).toBe(line);
      if (mark !== '-') out.push(line);
    }
  }
  return [...out, ...old.slice(next)].join('\n');
}

/** Entries of every spec in `dir/specs` as `inspect --json` prints them, without positions. */
async function entries(dir: string): Promise<unknown[][]> {
  const run = await errspecAsync(dir, 'inspect', '--json', 'specs');
  const { catalogs } = JSON.parse(run.stdout) as { catalogs: { entries: Record<string, unknown>[] }[] };
  return catalogs.map((catalog) => catalog.entries.map(({ line: _line, column: _column, ...entry }) => entry));
}

describe('errspec fmt on the five seeds', () => {
  it('prints a unified diff of the messy tables and changes no file', async () => {
    const dir = seedProject();
    const before = contents(dir);
    const run = await errspecAsync(dir, 'fmt');
    expect(run.status).toBe(0);
    expect(contents(dir)).toEqual(before);
    expect(lines(run.stdout).filter((line) => line.startsWith('+++ '))).toEqual(['+++ b/specs/aliyun-living.md', '+++ b/specs/secondme.md']);
    expect(lines(run.stderr)).toEqual([
      'specs/aliyun-living.md: 1 table (64 lines) to rewrite',
      'specs/oauth-iot.md:58:1  info  Kept the pipes-no-delimiter table as it is: it has no rows (a truncated table stays visible as one)  fmt-kept',
      'specs/secondme.md: 13 tables (57 lines) to rewrite',
      'errspec fmt: 5 specs, 2 to format (run with --write to save)',
    ]);
    expect(run.stdout).toContain('\n-resource.fetch.not_found404资源不存在\n');
    expect(run.stdout).toContain('\n+| resource.fetch.not_found | 404 | 资源不存在 |\n');
  }, CLI_TIMEOUT);

  it('--write saves what the diff shows; other lines, other files and the entries stay; a second run changes nothing', async () => {
    const dir = seedProject();
    const before = contents(dir);
    const diff = (await errspecAsync(dir, 'fmt')).stdout;
    const oldEntries = await entries(dir);
    expect(oldEntries.flat()).toHaveLength(235);
    const run = await errspecAsync(dir, 'fmt', '--write');
    expect(run.status).toBe(0);
    expect(lines(run.stderr).at(-1)).toBe('errspec fmt: 5 specs, 2 formatted');
    const after = contents(dir);
    for (const id of ['oauth-iot', 'pet-core', 'xlink']) expect(after[`specs/${id}.md`]).toEqual(before[`specs/${id}.md`]);
    for (const id of ['aliyun-living', 'secondme']) {
      const file = `specs/${id}.md`;
      const patch = diff.slice(diff.indexOf(`--- a/${file}`)).split(/\n(?=--- a\/)/)[0]!;
      expect(after[file]!.toString()).toBe(applyDiff(before[file]!.toString(), `${patch.trimEnd()}\n`));
    }
    expect(await entries(dir)).toEqual(oldEntries);
    // Every table is GFM now: a second run finds nothing to do.
    const again = await errspecAsync(dir, 'fmt', '--write');
    expect(again.stdout).toBe('');
    expect(contents(dir)).toEqual(after);
    // The formatted specs still generate, without new warnings (the seeds' own: two catalogs without statuses, one truncated table).
    const lint = await errspecAsync(dir, 'lint', '--rule', 'stated-convention=off');
    expect(lines(lint.stdout).map((line) => line.split('  ').at(-1))).toEqual(['missing-status', 'missing-status', 'table-truncated']);
  }, CLI_TIMEOUT);

  it('keeps CRLF line endings and a BOM', async () => {
    const text = '\uFEFF# 错误码\r\n\r\n错误码\tHTTP 状态码\t说明\r\nE1\t400\t参数 `id` 错误\r\nE2\t500\t系统错误\r\n\r\n结尾\r\n';
    const dir = project({ 'specs/a.md': text });
    const run = await errspecAsync(dir, 'fmt', '--write');
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'specs/a.md'), 'utf8')).toBe(
      '\uFEFF# 错误码\r\n\r\n| 错误码 | HTTP 状态码 | 说明 |\r\n| --- | --- | --- |\r\n| E1 | 400 | 参数 `id` 错误 |\r\n| E2 | 500 | 系统错误 |\r\n\r\n结尾\r\n',
    );
  }, CLI_TIMEOUT);

  it('--check: the same diff, exit 1 while a spec would change, 0 once formatted; never writes', async () => {
    const dir = seedProject();
    const before = contents(dir);
    const stale = await errspecAsync(dir, 'fmt', '--check');
    expect(stale.status).toBe(1);
    expect(stale.stdout).toBe((await errspecAsync(dir, 'fmt')).stdout);
    expect(contents(dir)).toEqual(before);
    const clean = await errspecAsync(dir, 'fmt', '--check', 'specs/pet-core.md', 'specs/xlink.md');
    expect(clean.status).toBe(0);
    expect(clean.stdout).toBe('');
    expect((await errspecAsync(dir, 'fmt', '--write', 'specs/secondme.md')).status).toBe(0);
    expect((await errspecAsync(dir, 'fmt', '--check', 'specs/secondme.md')).status).toBe(0);
    const both = await errspecAsync(dir, 'fmt', '--check', '--write');
    expect(both.status).toBe(2);
  }, CLI_TIMEOUT);

  it('exits 2 on a missing spec or an unknown option, writing nothing', async () => {
    const dir = seedProject();
    const before = contents(dir);
    for (const args of [['missing.md'], ['--nope']]) {
      const run = await errspecAsync(dir, 'fmt', '--write', ...args);
      expect(run.status).toBe(2);
      expect(lines(run.stderr)).toHaveLength(1);
    }
    expect(contents(dir)).toEqual(before);
  }, CLI_TIMEOUT);
});
