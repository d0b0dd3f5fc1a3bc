/**
 * `errspec inspect` through the built CLI: `--json` prints the extracted model; usage and
 * I/O mistakes exit 2 with one line and no stack trace.
 */

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../generator/model.js';
import { loadCatalogs } from '../../generator/pipeline.js';
import { BUILD_TIMEOUT, ensureBuilt } from '../cli/helpers.js';
import { ROOT } from '../helpers/seeds.js';

const CLI = `${ROOT}dist/generator/cli.js`;
const SPECS = ['specs/oauth-iot.md', 'specs/pet-core.md', 'specs/xlink.md'];

function errspec(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
}

// The CLI runs from dist/: built from the current sources only when stale, under the build lock
// (a build here while another worker runs the CLI would hand it half-written modules).
beforeAll(ensureBuilt, BUILD_TIMEOUT);

describe('errspec inspect --json', () => {
  let run: SpawnSyncReturns<string>;
  let json: { catalogs: Catalog[] };
  beforeAll(() => {
    run = errspec('inspect', ...SPECS, '--json');
    json = JSON.parse(run.stdout) as { catalogs: Catalog[] };
  });

  it('exits 0', () => {
    expect(run.status, run.stderr).toBe(0);
  });

  it('prints one catalog per spec, in path order, with 21, 33 and 82 entries', () => {
    expect(json.catalogs.map((catalog) => [catalog.id, catalog.source, catalog.entries.length])).toEqual([
      ['oauth-iot', 'specs/oauth-iot.md', 21],
      ['pet-core', 'specs/pet-core.md', 33],
      ['xlink', 'specs/xlink.md', 82],
    ]);
    expect(json.catalogs.map((catalog) => catalog.rows)).toEqual([
      { seen: 21, entries: 21, variants: 0, skipped: [] },
      { seen: 33, entries: 33, variants: 0, skipped: [] },
      { seen: 82, entries: 82, variants: 0, skipped: [] },
    ]);
  });

  it('gives every entry its code, name, status, messages, description, remedy, group and line', () => {
    for (const catalog of json.catalogs) {
      for (const entry of catalog.entries) {
        expect(entry).toMatchObject({
          code: expect.any(String),
          name: expect.stringMatching(/^[A-Za-z_$][\w$]*$/),
          messages: expect.any(Object),
          line: expect.any(Number),
        });
        expect(entry.httpStatus === null || Number.isInteger(entry.httpStatus)).toBe(true);
        for (const field of ['description', 'remedy', 'group'] as const) {
          expect(entry[field] === null || typeof entry[field] === 'string', `${entry.code}.${field}`).toBe(true);
        }
      }
    }
    const a0400 = json.catalogs[1]!.entries[0]!;
    expect(a0400).toMatchObject({
      code: 'A0400',
      name: 'INVALID_REQUEST',
      httpStatus: 400,
      messages: { en: 'Invalid request', 'zh-CN': '请求格式或参数非法' },
      description: '请求格式或参数非法',
      remedy: null,
      group: '通用错误',
      line: 33,
    });
  });

  it('gives every diagnostic a severity, rule, message, line and column', () => {
    const diagnostics = json.catalogs.flatMap((catalog) => catalog.diagnostics);
    for (const diagnostic of diagnostics) {
      expect(diagnostic).toMatchObject({
        severity: expect.stringMatching(/^(error|warning|info)$/),
        rule: expect.stringMatching(/^[a-z]+(-[a-z]+)*$/),
        message: expect.any(String),
        line: expect.any(Number),
        column: expect.any(Number),
      });
    }
    expect(json.catalogs[0]!.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toMatchObject([
      { severity: 'warning', rule: 'missing-status', line: 29, column: 1 },
      { severity: 'warning', rule: 'table-truncated', line: 58, column: 1 },
    ]);
  });

  it('prints exactly the model the pipeline builds', () => {
    expect(json.catalogs).toEqual(JSON.parse(JSON.stringify(loadCatalogs(SPECS, ROOT))));
  });
});

describe('errspec inspect, used wrongly', () => {
  const oneLineNoStack = (run: SpawnSyncReturns<string>): void => {
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^errspec: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  };

  it('exits 2 with one line when no spec path is given', () => {
    const run = errspec('inspect');
    expect(run.status).toBe(2);
    oneLineNoStack(run);
  });

  it('exits 2 with one line naming a spec that does not exist', () => {
    const run = errspec('inspect', 'nope.md');
    expect(run.status).toBe(2);
    oneLineNoStack(run);
    expect(run.stderr).toContain('nope.md');
  });

  it('exits 2 with one line for an unknown option', () => {
    const run = errspec('inspect', 'specs/pet-core.md', '--jsno');
    expect(run.status).toBe(2);
    oneLineNoStack(run);
  });
});
