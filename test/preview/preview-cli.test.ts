/**
 * `errspec preview` through the built CLI: the report of the five seeds, its counts against the
 * model, the same bytes on every run, hostile spec text, specs with errors, `--open`.
 */

import { chmodSync, cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../generator/model.js';
import { loadCatalogs } from '../../generator/pipeline.js';
import { classifyLines, countsOf } from '../../generator/preview/index.js';
import {
  BUILD_TIMEOUT, CLI_TIMEOUT, PET_SPEC, ROOT, contents, ensureBuilt, errspec, errspecAsync, expectUsageError, listFiles, manifestFiles, project,
  put, removeProjects,
} from '../cli/helpers.js';
import { checkMarkup } from './markup.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT);
afterAll(removeProjects);

const SEEDS = ['aliyun-living', 'oauth-iot', 'pet-core', 'secondme', 'xlink'];

/** A project holding a copy of the seeds in `specs/`. */
function seedProject(): string {
  const dir = project();
  cpSync(path.join(ROOT, 'specs'), path.join(dir, 'specs'), { recursive: true });
  return dir;
}

const read = (dir: string, file: string): string => readFileSync(path.join(dir, 'errspec-preview', file), 'utf8');

/** The numbers a summary row shows, by count key. */
function summaryRow(html: string, id: string): Record<string, number> {
  const row = new RegExp(`<tr data-spec="${id}">(.*?)</tr>`).exec(html)?.[1];
  expect(row, id).toBeDefined();
  return Object.fromEntries([...row!.matchAll(/data-count="(\w+)">(\d+)</g)].map(([, key, value]) => [key, Number(value)]));
}

describe('errspec preview of the seeds', { timeout: CLI_TIMEOUT }, () => {
  const dir = seedProject();
  let catalogs: Catalog[];
  beforeAll(() => {
    catalogs = loadCatalogs(['specs'], dir);
  });

  it('writes index.html and a page per spec, prints the summary page path, exits 0', () => {
    const run = errspec(dir, 'preview');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('errspec-preview/index.html\n');
    expect(run.stderr).toMatch(/^errspec: 5 specs, 235 entries, 0 errors, 3 warnings; preview written to errspec-preview\/ \(\d+ ms\)\n$/);
    expect(manifestFiles(path.join(dir, 'errspec-preview'))).toEqual(['index.html', ...SEEDS.map((id) => `specs/${id}.html`)]);
  });

  it('shows each spec with the counts of its model, and links to its page', () => {
    const html = read(dir, 'index.html');
    const markup = checkMarkup(html);
    expect(markup.tags).not.toContain('script');
    expect(markup.hrefs).toEqual(SEEDS.map((id) => `specs/${id}.html`));
    for (const catalog of catalogs) {
      const text = readFileSync(path.join(dir, catalog.source), 'utf8');
      const counts = countsOf(catalog, classifyLines(text, catalog));
      expect(summaryRow(html, catalog.id)).toEqual(counts);
      expect(counts.entries).toBe(catalog.entries.length);
      expect(counts.skipped).toBe(catalog.rows.skipped.length);
    }
    expect(summaryRow(html, '')).toMatchObject({ entries: 235, warnings: 3 });
  });

  it('marks every line, links every entry to its line, shows every diagnostic at its line', () => {
    for (const catalog of catalogs) {
      const html = read(dir, `specs/${catalog.id}.html`);
      const markup = checkMarkup(html);
      expect(markup.tags.filter((tag) => tag === 'script')).toHaveLength(1);
      const lineCount = readFileSync(path.join(dir, catalog.source), 'utf8').replace(/\n$/, '').split('\n').length;
      const lines = [...html.matchAll(/<div id="L(\d+)" class="l s-(\w+)" data-n="\1"/g)];
      expect(lines.map(([, line]) => Number(line))).toEqual(Array.from({ length: lineCount }, (_, i) => i + 1));
      for (const [index, entry] of catalog.entries.entries()) {
        expect(html, entry.code).toMatch(new RegExp(`<tr id="E${index}" class="s-(entry|recovered)"><td>${entry.line}</td><td><a href="#L${entry.line}">`));
        expect(html).toMatch(new RegExp(`<div id="L${entry.line}" class="l s-(entry|recovered)" data-n="${entry.line}" data-e="\\d+">`));
      }
      for (const diagnostic of catalog.diagnostics) {
        // The line's element, then its inline notes up to the next line: the diagnostic is among them.
        const after = html.slice(html.indexOf(`<div id="L${diagnostic.line}" `));
        const notes = after.slice(0, after.indexOf('<div id="L', 1));
        expect(notes, `${catalog.id}:${diagnostic.line} ${diagnostic.rule}`).toContain(`<div class="d d-${diagnostic.severity}"><b>${diagnostic.severity}</b>`);
        expect(notes).toContain(`<code>${diagnostic.rule}</code>`);
      }
    }
    expect(read(dir, 'specs/secondme.html').match(/class="l s-recovered"/g)).toHaveLength(44);
    expect(read(dir, 'specs/pet-core.html').match(/class="l s-entry"/g)).toHaveLength(33);
  });

  it('gives the same bytes on every run, from any working directory', async () => {
    const before = contents(path.join(dir, 'errspec-preview'));
    const again = errspec(dir, 'preview');
    expect(again.status, again.stderr).toBe(0);
    expect(contents(path.join(dir, 'errspec-preview'))).toEqual(before);
    const other = seedProject();
    put(other, 'work/.keep', '');
    const elsewhere = await errspecAsync(path.join(other, 'work'), 'preview', '../specs', '--out', '../errspec-preview');
    expect(elsewhere.status, elsewhere.stderr).toBe(0);
    expect(elsewhere.stdout).toBe('../errspec-preview/index.html\n');
    expect(contents(path.join(other, 'errspec-preview'))).toEqual(before);
  });
});

/** Text from a spec that would run script or load something if it reached the page as markup. */
const HOSTILE = [
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)",
  '<svg onload=alert(1)>',
  '<!-- <a href="https://example.com">x</a>',
  '\u202egnp.exe ${x} `y` */',
];

/** A spec putting hostile text in its title, headings, an unknown column, cells, and prose. */
const HOSTILE_SPEC = [
  `# Errors ${HOSTILE[0]}`,
  '',
  `<iframe src="javascript:alert(1)"></iframe>`,
  '',
  `## Group ${HOSTILE[1]}`,
  '',
  `| 错误码 | HTTP 状态 | 说明 | ${HOSTILE[5]} | 解决方案 |`,
  '| --- | --- | --- | --- | --- |',
  ...HOSTILE.map((text, i) => `| E${i} | 400 | ${text.replaceAll('|', '\\|')} | ${text} | ${text} |`),
  '| \\_\\_proto\\_\\_ | 500 | <script>alert(2)</script> | x | y |',
  '| constructor | 500 | toString | x | y |',
  `| ${HOSTILE[1]} | 4000 | bad status | x | y |`,
  '',
  `Trailing prose ${HOSTILE.join(' ')}`,
  '',
].join('\n');

describe('errspec preview of hostile spec text', { timeout: CLI_TIMEOUT }, () => {
  it('escapes everything: only the preview\'s own tags, attributes, links and script', () => {
    const dir = project({ 'specs/hostile.md': HOSTILE_SPEC, 'specs/pet.md': PET_SPEC });
    const run = errspec(dir, 'preview');
    expect(run.status, run.stderr).toBe(0);
    const page = read(dir, 'specs/hostile.html');
    const markup = checkMarkup(page);
    expect(markup.tags.filter((tag) => tag === 'script')).toHaveLength(1);
    expect(markup.tags).not.toContain('img');
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('<span class="cc">U+202E</span>gnp.exe');
    checkMarkup(read(dir, 'index.html'));
    const catalog = loadCatalogs(['specs/hostile.md'], dir)[0]!;
    expect(catalog.entries.map((entry) => entry.code)).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
    expect(page.match(/<tr id="E\d+"/g)).toHaveLength(catalog.entries.length);
  });
});

const CORPUS = path.resolve(ROOT, '../shared/corpus');

describe.skipIf(!existsSync(path.join(CORPUS, 'LABELS.tsv')))('errspec preview of the corpus (../shared/corpus)', { timeout: CLI_TIMEOUT }, () => {
  it('writes a page per document, with only the preview\'s markup, every line and every entry', () => {
    const dir = project();
    const out = path.join(dir, 'report');
    const run = errspec(dir, 'preview', CORPUS, '--out', out);
    // One document lists a code with two statuses: an error, shown in the report.
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toBe(`${path.join(out, 'index.html')}\n`);
    const catalogs = loadCatalogs([CORPUS], dir);
    expect(manifestFiles(out)).toEqual(['index.html', ...catalogs.map((catalog) => `specs/${catalog.id}.html`)].sort());
    checkMarkup(readFileSync(path.join(out, 'index.html'), 'utf8'));
    for (const catalog of catalogs) {
      const html = readFileSync(path.join(out, `specs/${catalog.id}.html`), 'utf8');
      checkMarkup(html);
      const lineCount = readFileSync(path.join(dir, catalog.source), 'utf8').replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').length;
      expect(html.match(/<div id="L\d+" class="l /g), catalog.id).toHaveLength(lineCount);
      expect(html.match(/<tr id="E\d+" /g) ?? [], catalog.id).toHaveLength(catalog.entries.length);
    }
  });
});

describe('errspec preview: options and errors', { timeout: CLI_TIMEOUT }, () => {
  it('writes the report of a spec with errors too, and exits 1', () => {
    const dir = project({ 'specs/dup.md': `${PET_SPEC}| A0400 | 500 | 请求非法 |\n`, 'specs/empty.md': '\n' });
    const run = errspec(dir, 'preview', '--out', 'report');
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toBe('report/index.html\n');
    const page = readFileSync(path.join(dir, 'report/specs/dup.html'), 'utf8');
    expect(page).toContain('<div class="d d-error"><b>error</b>');
    expect(page).toContain('<code>conflicting-status</code>');
    // The second listing of A0400 is kept as a variant of its entry, so its line is an entry line.
    expect(page).toContain('<div id="L7" class="l s-entry" data-n="7" data-e="0">');
    expect(readFileSync(path.join(dir, 'report/specs/empty.html'), 'utf8')).toContain('<code>empty-spec</code>');
  });

  it('removes the page of a spec that is gone, and leaves other files alone', () => {
    const dir = project({ 'specs/pet.md': PET_SPEC, 'specs/old.md': PET_SPEC.replaceAll('A0', 'B0') });
    expect(errspec(dir, 'preview').status).toBe(0);
    put(dir, 'errspec-preview/notes.txt', 'mine');
    expect(errspec(dir, 'preview', 'specs/pet.md').status).toBe(0);
    expect(listFiles(path.join(dir, 'errspec-preview'))).toEqual(['.errspec-manifest.json', 'index.html', 'notes.txt', 'specs/pet.html']);
  });

  it('--open starts the system opener on index.html without waiting for it', async () => {
    const dir = project({ 'specs/pet.md': PET_SPEC, 'bin/xdg-open': '#!/bin/sh\necho "$@" > "${0%/*}/opened"\n' });
    chmodSync(path.join(dir, 'bin/xdg-open'), 0o755);
    const run = errspecWithPath(dir, path.join(dir, 'bin'), 'preview', '--open');
    expect(run.status, run.stderr).toBe(0);
    const opened = path.join(dir, 'bin/opened');
    for (let i = 0; i < 100 && !existsSync(opened); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readFileSync(opened, 'utf8')).toBe(`${path.join(dir, 'errspec-preview/index.html')}\n`);
  });

  it('--open without an opener still writes the report and says how to open it', () => {
    const dir = project({ 'specs/pet.md': PET_SPEC });
    const run = errspecWithPath(dir, path.join(dir, 'nowhere'), 'preview', '--open');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('cannot start `xdg-open` to open the preview; open file://');
    expect(existsSync(path.join(dir, 'errspec-preview/index.html'))).toBe(true);
  });

  it('refuses to write into generate\'s output, which it would otherwise empty', () => {
    const dir = project({ 'specs/pet.md': PET_SPEC, 'generated/.errspec-manifest.json': '{"generator":"errspec","files":["pet/codes.ts"]}\n', 'generated/pet/codes.ts': 'x' });
    const before = contents(path.join(dir, 'generated'));
    expectUsageError(errspec(dir, 'preview', '--out', 'generated'), 'Cannot write the preview to `generated`: it holds errspec\'s generated code');
    expect(contents(path.join(dir, 'generated'))).toEqual(before);
  });

  it('usage errors: an unknown option, a missing spec, --out a file', () => {
    const dir = project({ 'specs/pet.md': PET_SPEC, 'file.txt': 'x' });
    expectUsageError(errspec(dir, 'preview', '--bogus'), '--bogus');
    expectUsageError(errspec(dir, 'preview', 'missing.md'), 'missing.md');
    expectUsageError(errspec(dir, 'preview', '--out', 'file.txt'), 'file.txt');
    expect(listFiles(dir)).toEqual(['file.txt', 'specs/pet.md']);
  });

  it('--help describes the command and its defaults; errspec --help lists it', () => {
    const dir = project();
    const help = errspec(dir, 'preview', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: errspec preview \[<file\|dir>\.\.\.\] \[--out <dir>\] \[--open\]/);
    expect(help.stdout).toContain('(default: errspec-preview)');
    expect(errspec(dir, '--help').stdout).toMatch(/^ {2}preview\b/m);
  });
});

/** Run the CLI with `PATH` set to `bin` alone, so `--open` finds only what a test put there. */
function errspecWithPath(cwd: string, bin: string, ...args: string[]): ReturnType<typeof errspec> {
  const original = process.env.PATH;
  process.env.PATH = bin;
  try {
    return errspec(cwd, ...args);
  } finally {
    process.env.PATH = original;
  }
}
