/**
 * Translation files through the built CLI, on temporary copies of the seed specs: merged into
 * the generated messages and formatter, reported stale, orphaned and missing by `i18n status`,
 * written by `i18n extract`, and broken files reported with their positions.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, CLI_TIMEOUT, ROOT, ensureBuilt, errspec, listFiles, project, put, removeProjects, type Run } from '../cli/helpers.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT);
afterAll(removeProjects);

/** A project holding copies of the named seeds (all five by default) in `specs/`. */
function seeds(ids?: readonly string[]): string {
  const names = readdirSync(path.join(ROOT, 'specs')).filter((name) => name.endsWith('.md') && (ids === undefined || ids.includes(name.slice(0, -3))));
  return project(Object.fromEntries(names.map((name) => [`specs/${name}`, readFileSync(path.join(ROOT, 'specs', name), 'utf8')])));
}

/** The text of `file` in `dir`. */
function read(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

/** Replace `from` by `to` in `file`; fails when `from` is not there, so an edit never silently misses. */
function edit(dir: string, file: string, from: string, to: string): void {
  const text = read(dir, file);
  expect(text).toContain(from);
  writeFileSync(path.join(dir, file), text.replace(from, to));
}

/** `formatMessage(code, locale)` of a generated catalog, run by Node from the ES module build. */
function format(dir: string, catalog: string, calls: readonly (readonly [string, string])[]): string[] {
  const url = pathToFileURL(path.join(dir, 'generated', 'dist', catalog, 'index.js')).href;
  const script = `const m = await import(${JSON.stringify(url)}); console.log(JSON.stringify(${JSON.stringify(calls)}.map(([c, l]) => m.formatMessage(c, l))));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as string[];
}

interface StatusJson {
  locales: { catalog: string; locale: string; file: string; translated: number; missing: number; stale: number; orphaned: number; shadowed: number; codes: Record<string, string[]> }[];
}

function statusOf(dir: string, ...args: string[]): { run: Run; json: StatusJson } {
  const run = errspec(dir, 'i18n', 'status', '--json', ...args);
  return { run, json: JSON.parse(run.stdout) as StatusJson };
}

describe('generate merges translation files', { timeout: CLI_TIMEOUT }, () => {
  it('an English file for oauth-iot makes formatMessage(code, "en") return it; the spec still wins for its own locale', () => {
    const dir = seeds(['oauth-iot', 'pet-core']);
    put(dir, 'specs/i18n/oauth-iot.en.json', '{\n  "NOT_FOUND": "Service not found",\n  "GONE": "Resource gone"\n}\n');
    // pet-core has English of its own: its text wins over this one, with a warning.
    put(dir, 'specs/i18n/pet-core.en.json', '{\n  "A0400": "Bad request"\n}\n');
    const run = errspec(dir, 'generate');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('specs/i18n/pet-core.en.json:2:3  warning  Unexpected translation of `A0400`: specs/pet-core.md:33:1 has its own en message, which wins');
    expect(format(dir, 'oauth-iot', [['NOT_FOUND', 'en'], ['GONE', 'en'], ['NOT_FOUND', 'zh-CN'], ['LOCKED', 'en']])).toEqual([
      'Service not found',
      'Resource gone',
      '找不到服务',
      '资源已被锁定',
    ]);
    expect(format(dir, 'pet-core', [['A0400', 'en']])).toEqual(['Invalid request']);
    expect(JSON.parse(read(dir, 'generated/oauth-iot/messages/en.json'))).toEqual({ NOT_FOUND: 'Service not found', GONE: 'Resource gone' });
    expect(read(dir, 'generated/oauth-iot/index.ts')).toMatch(/^export type OauthIotLocale = "zh-CN" \| "en";$/m);
    expect(read(dir, 'generated/dist/oauth-iot/index.d.ts')).toMatch(/export type OauthIotLocale = "zh-CN" \| "en";/);
  });

  it('a locale errspec cannot detect (ja) joins the locale type; a missing ja message falls back to en, then the spec', () => {
    const dir = seeds(['oauth-iot']);
    put(dir, 'translations/oauth-iot.ja.json', '{ "NOT_FOUND": "サービスが見つかりません" }');
    // Translation text is as untrusted as spec text: it must come back exactly, breaking nothing.
    const hostile = 'Gone */ `${process.exit(3)}` "\\" \u2028 </script> \u0000';
    put(dir, 'translations/oauth-iot.en.json', JSON.stringify({ NOT_FOUND: 'Service not found', GONE: 'Resource gone', LOCKED: hostile }));
    const run = errspec(dir, 'generate', '--i18n', 'translations');
    expect(run.status, run.stderr).toBe(0);
    expect(read(dir, 'generated/oauth-iot/index.ts')).toMatch(/^export type OauthIotLocale = "zh-CN" \| "en" \| "ja";$/m);
    expect(format(dir, 'oauth-iot', [['NOT_FOUND', 'ja'], ['GONE', 'ja'], ['CANCELLED', 'ja'], ['LOCKED', 'en']])).toEqual([
      'サービスが見つかりません',
      'Resource gone',
      '操作已被取消',
      hostile,
    ]);
    expect(JSON.parse(read(dir, 'generated/oauth-iot/messages/en.json'))).toMatchObject({ LOCKED: hostile });
    expect(listFiles(path.join(dir, 'generated', 'oauth-iot', 'messages'))).toEqual(['en.json', 'ja.json', 'zh-CN.json']);
    // Without --i18n, the default folder (specs/i18n) has none: nothing is merged.
    expect(errspec(dir, 'generate').status).toBe(0);
    expect(listFiles(path.join(dir, 'generated', 'oauth-iot', 'messages'))).toEqual(['zh-CN.json']);
  });

  it('a broken translation file is an error at its position, and nothing is written', () => {
    const dir = seeds(['oauth-iot']);
    const cases: [string, string, string][] = [
      ['{\n  "NOT_FOUND": "x",\n}\n', 'specs/i18n/oauth-iot.en.json:3:1  error  Unexpected `}`', 'i18n-json'],
      ['{\n  "NOT_FOUND": "x",\n  "NOT_FOUND": "y"\n}\n', 'specs/i18n/oauth-iot.en.json:3:3  error  Unexpected second "NOT_FOUND", expected each key once', 'i18n-json'],
      ['{\n  "NOT_FOUND": 404\n}\n', 'specs/i18n/oauth-iot.en.json:2:16  error  Unexpected number for `NOT_FOUND`, expected the translated message as a string', 'i18n-json'],
    ];
    for (const [text, message, rule] of cases) {
      put(dir, 'specs/i18n/oauth-iot.en.json', text);
      const run = errspec(dir, 'generate');
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toMatch(new RegExp(`  ${rule}\\n`));
      expect(run.stderr).toMatch(/nothing written because of errors/);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(listFiles(path.join(dir, 'generated'))).toEqual([]);
      expect(errspec(dir, 'i18n', 'status').status).toBe(1);
    }
  });

  it('a file name with a locale that is not a BCP 47 tag is reported and not read', () => {
    const dir = seeds(['oauth-iot']);
    put(dir, 'specs/i18n/oauth-iot.EN.json', '{ "NOT_FOUND": "Service not found" }');
    const run = errspec(dir, 'generate');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('specs/i18n/oauth-iot.EN.json:1:1  warning  Unexpected locale `EN` in a translation file name');
    expect(listFiles(path.join(dir, 'generated', 'oauth-iot', 'messages'))).toEqual(['zh-CN.json']);
  });
});

describe('i18n extract and i18n status', { timeout: CLI_TIMEOUT }, () => {
  it('extract adds every missing code with its source in the lock; status counts translated, missing, stale and orphaned', () => {
    const dir = seeds();
    const before = statusOf(dir, '--locale', 'en');
    expect(before.run.status).toBe(0);
    const oauth = (json: StatusJson) => json.locales.find((row) => row.catalog === 'oauth-iot' && row.locale === 'en')!;
    expect(oauth(before.json)).toMatchObject({ translated: 0, missing: 21, stale: 0, orphaned: 0, file: 'specs/i18n/oauth-iot.en.json' });
    // pet-core and aliyun-living have English of their own: nothing is missing, no file is made.
    expect(before.json.locales.filter((row) => row.missing === 0).map((row) => row.catalog)).toEqual(['aliyun-living', 'pet-core']);

    const extract = errspec(dir, 'i18n', 'extract', '--locale', 'en');
    expect(extract.status, extract.stderr).toBe(0);
    expect(extract.stderr).toContain('specs/i18n/oauth-iot.en.json  written, 21 codes added');
    expect(listFiles(path.join(dir, 'specs', 'i18n'))).toEqual(['oauth-iot.en.json', 'oauth-iot.en.lock.json', 'secondme.en.json', 'secondme.en.lock.json', 'xlink.en.json', 'xlink.en.lock.json']);
    const translation = JSON.parse(read(dir, 'specs/i18n/oauth-iot.en.json')) as Record<string, string>;
    expect(Object.keys(translation).slice(0, 4)).toEqual(['INTERNAL_SERVER_ERROR', 'TEMPORARILY_UNAVAILABLE', 'TOO_MANY_REQUESTS', 'NOT_FOUND']);
    expect(new Set(Object.values(translation))).toEqual(new Set(['']));
    const lock = JSON.parse(read(dir, 'specs/i18n/oauth-iot.en.lock.json')) as Record<string, { hash: string; source: string; translation: string }>;
    expect(lock.NOT_FOUND).toEqual({ hash: expect.stringMatching(/^[0-9a-f]{8}$/), source: '找不到服务', translation: 'e3b0c442' });
    // Empty messages are not translations: still missing, and the --check fails.
    expect(oauth(statusOf(dir).json)).toMatchObject({ translated: 0, missing: 21 });
    expect(errspec(dir, 'i18n', 'status', '--check').status).toBe(1);

    edit(dir, 'specs/i18n/oauth-iot.en.json', '"NOT_FOUND": ""', '"NOT_FOUND": "Service not found"');
    edit(dir, 'specs/i18n/oauth-iot.en.json', '"GONE": ""', '"GONE": "Resource gone"');
    expect(oauth(statusOf(dir).json)).toMatchObject({ translated: 2, missing: 19, stale: 0, codes: { translated: ['NOT_FOUND', 'GONE'] } });

    // The spec's message changes: the translation is stale, reported with both positions, and still used.
    edit(dir, 'specs/oauth-iot.md', '| NOT_FOUND               | 找不到服务    ', '| NOT_FOUND               | 找不到该服务  ');
    const stale = statusOf(dir);
    expect(oauth(stale.json)).toMatchObject({ translated: 1, stale: 1, codes: { stale: ['NOT_FOUND'] } });
    expect(stale.run.stderr).toMatch(/^specs\/i18n\/oauth-iot\.en\.json:5:3 {2}warning {2}Unexpected stale translation of `NOT_FOUND`: its source message at specs\/oauth-iot\.md:32:1 changed since it was translated \(hash [0-9a-f]{8}, now [0-9a-f]{8}\).*i18n-stale$/m);
    const table = errspec(dir, 'i18n', 'status');
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^catalog +locale +translated +missing +stale +orphaned +file$/m);
    expect(table.stdout).toMatch(/^oauth-iot +en +1 +19 +1 +0 +specs\/i18n\/oauth-iot\.en\.json$/m);
    // extract leaves a translation nobody touched stale; editing it (then extracting) brings it up to date.
    expect(errspec(dir, 'i18n', 'extract', '--locale', 'en').status).toBe(0);
    expect(oauth(statusOf(dir).json).stale).toBe(1);
    edit(dir, 'specs/i18n/oauth-iot.en.json', '"Service not found"', '"Service cannot be found"');
    expect(errspec(dir, 'i18n', 'extract', '--locale', 'en').status).toBe(0);
    expect(oauth(statusOf(dir).json)).toMatchObject({ translated: 2, stale: 0 });
    expect((JSON.parse(read(dir, 'specs/i18n/oauth-iot.en.lock.json')) as typeof lock).NOT_FOUND!.source).toBe('找不到该服务');

    // The spec drops a code: its translation is orphaned (and no longer used).
    edit(dir, 'specs/oauth-iot.md', '| GONE                    | 资源已失效                                          |\n', '');
    const orphaned = statusOf(dir);
    expect(oauth(orphaned.json)).toMatchObject({ translated: 1, orphaned: 1, codes: { orphaned: ['GONE'] } });
    expect(orphaned.run.stderr).toMatch(/^specs\/i18n\/oauth-iot\.en\.json:\d+:3 {2}warning {2}Unexpected translation of `GONE`, expected a code of specs\/oauth-iot\.md .*i18n-orphaned$/m);
  });

  it('extract keeps existing keys, their text and order, appends new keys in spec order, and is idempotent', () => {
    const dir = seeds(['oauth-iot']);
    const existing = '{\n  "LOCKED": "Locked",\n  "REMOVED_LONG_AGO": "Old",\n  "NOT_FOUND": "Service not found"\n}\n';
    put(dir, 'specs/i18n/oauth-iot.en.json', existing);
    expect(errspec(dir, 'i18n', 'extract', '--locale', 'en').status).toBe(0);
    const text = read(dir, 'specs/i18n/oauth-iot.en.json');
    expect(text.startsWith(existing.slice(0, -3))).toBe(true);
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys.slice(0, 6)).toEqual(['LOCKED', 'REMOVED_LONG_AGO', 'NOT_FOUND', 'INTERNAL_SERVER_ERROR', 'TEMPORARILY_UNAVAILABLE', 'TOO_MANY_REQUESTS']);
    expect(keys).toHaveLength(3 + 19);
    const lock = read(dir, 'specs/i18n/oauth-iot.en.lock.json');
    const second = errspec(dir, 'i18n', 'extract', '--locale', 'en');
    expect(second.stderr).toContain('errspec: 0 files written');
    expect(read(dir, 'specs/i18n/oauth-iot.en.json')).toBe(text);
    expect(read(dir, 'specs/i18n/oauth-iot.en.lock.json')).toBe(lock);
    expect(listFiles(path.join(dir, 'specs', 'i18n'))).toEqual(['oauth-iot.en.json', 'oauth-iot.en.lock.json']);
  });

  it('errspec i18n --help prints the usage of both commands', () => {
    const run = errspec(project(), 'i18n', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: errspec i18n status .*\n {7}errspec i18n extract --locale <locale>/);
    expect(errspec(project(), '--help').stdout).toMatch(/^ {2}i18n\b/m);
  });

  it('extract writes nothing when a translation file is broken; usage errors exit 2', () => {
    const dir = seeds(['oauth-iot']);
    put(dir, 'specs/i18n/oauth-iot.en.json', '{ "NOT_FOUND": "x", }');
    const run = errspec(dir, 'i18n', 'extract', '--locale', 'en');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('specs/i18n/oauth-iot.en.json:1:21  error');
    expect(read(dir, 'specs/i18n/oauth-iot.en.json')).toBe('{ "NOT_FOUND": "x", }');
    expect(listFiles(path.join(dir, 'specs', 'i18n'))).toEqual(['oauth-iot.en.json']);
    for (const args of [['extract'], ['extract', '--locale', 'EN'], ['status', '--locale', 'en_US'], ['translate'], ['extract', '--locale', 'en', '--json']]) {
      const usage = errspec(dir, 'i18n', ...args);
      expect(usage.status, args.join(' ')).toBe(2);
      expect(usage.stderr).toMatch(/^errspec: \S.*\n$/);
    }
  });
});
