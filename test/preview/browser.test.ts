/**
 * The preview in a real browser: Debian's Chromium at /usr/bin/chromium, driven by playwright-core
 * (which never downloads a browser). Skips, saying why, where that browser is not installed;
 * `.ci/run` installs it, so CI runs these.
 *
 * The seeds report: the counts shown are the model's, a click on an entry highlights its source
 * line and a click on the line goes back, no request leaves file://, no console error (a wrong
 * Content-Security-Policy hash would block the page's own script and style and log one). A
 * screenshot goes to a temporary file, attached to the test's result.
 */

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../generator/pipeline.js';
import { classifyLines, countsOf } from '../../generator/preview/index.js';
import { BUILD_TIMEOUT, CLI_TIMEOUT, ROOT, ensureBuilt, errspec, project, removeProjects } from '../cli/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
const SKIPPED = `no browser at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium, as .ci/run does) to run the browser tests`;

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

let context: BrowserContext | undefined;
let profile: string | undefined;
/** Requests to anything but a file, and console errors, of every page opened. */
const leaks: string[] = [];
const errors: string[] = [];
const dialogs: string[] = [];

beforeAll(async () => {
  if (!present) {
    console.warn(`Browser tests skipped: ${SKIPPED}`);
    return;
  }
  ensureBuilt();
  profile = mkdtempSync(path.join(os.tmpdir(), 'errspec-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1400, height: 900 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    leaks.push(url);
    return route.abort();
  });
  context.on('page', (page) => watch(page));
}, BUILD_TIMEOUT);

afterAll(async () => {
  await context?.close();
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  removeProjects();
});

function watch(page: Page): void {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}

/** A project with the seeds and their preview in `errspec-preview/`. */
function seedPreview(): string {
  const dir = project();
  cpSync(path.join(ROOT, 'specs'), path.join(dir, 'specs'), { recursive: true });
  const run = errspec(dir, 'preview');
  expect(run.status, run.stderr).toBe(0);
  return dir;
}

/** Is the element in view inside its scrolling pane and the window? */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (element) => {
    const box = element.getBoundingClientRect();
    const pane = element.closest('#lines, .tbl')!.getBoundingClientRect();
    return box.top >= pane.top && box.bottom <= pane.bottom && box.bottom <= element.ownerDocument.defaultView!.innerHeight;
  });
}

describe('preview in Chromium', { timeout: CLI_TIMEOUT }, () => {
  it('seeds: counts, entry -> line -> entry, no network, no errors; screenshot attached', async ({ skip, annotate }) => {
    skip(!present, SKIPPED);
    const dir = seedPreview();
    const catalogs = loadCatalogs(['specs'], dir);
    const page = await context!.newPage();
    await page.goto(pathToFileURL(path.join(dir, 'errspec-preview/index.html')).href);

    // The summary shows each spec's counts, as the model gives them.
    for (const catalog of catalogs) {
      const counts = countsOf(catalog, classifyLines(readFileSync(path.join(dir, catalog.source), 'utf8'), catalog));
      const shown = await page.$$eval(`tr[data-spec="${catalog.id}"] td[data-count]`, (cells) =>
        Object.fromEntries(cells.map((cell) => [cell.getAttribute('data-count'), Number(cell.textContent)])),
      );
      expect(shown, catalog.id).toEqual(counts);
    }

    // Into secondme's page, where every entry was recovered.
    await page.click('a[href="specs/secondme.html"]');
    await page.waitForURL(/secondme\.html$/);
    const secondme = catalogs.find((catalog) => catalog.id === 'secondme')!;
    expect(await page.textContent('li[data-count="entries"] b')).toBe(String(secondme.entries.length));
    expect(await page.locator('#entries tbody tr').count()).toBe(secondme.entries.length);

    const index = 30;
    const entry = secondme.entries[index]!;
    const line = `#L${entry.line}`;
    expect(await page.$eval(line, (element) => element.ownerDocument.defaultView!.getComputedStyle(element, '::after').content)).toBe('"recovered"');
    expect(await inView(page, line)).toBe(false);
    await page.click(`#E${index} a`);
    expect(await page.getAttribute(line, 'class')).toContain('hl');
    expect(await inView(page, line)).toBe(true);
    expect(await page.textContent(line)).toContain(entry.code);
    expect(new URL(page.url()).hash).toBe(`#L${entry.line}`);

    // And back: scroll the table away, click the line, the entry's row is highlighted and in view.
    await page.$eval('.tbl', (pane) => pane.scrollTo(0, 0));
    await page.click(line);
    expect(await page.getAttribute(`#E${index}`, 'class')).toContain('hl');
    expect(await inView(page, `#E${index}`)).toBe(true);
    expect(await page.getAttribute(line, 'class')).toContain('hl');

    const screenshot = path.join(mkdtempSync(path.join(os.tmpdir(), 'errspec-preview-shot-')), 'secondme.png');
    await page.click(`#E${index} a`);
    await page.screenshot({ path: screenshot });
    await annotate(`screenshot of the seeds report: ${screenshot}`, { path: screenshot, contentType: 'image/png' });
    console.info(`errspec preview screenshot: ${screenshot}`);

    // A line without an entry does nothing.
    await page.click('#L1');
    expect(await page.getAttribute(`#E${index}`, 'class')).toContain('hl');
    await page.close();
    expect(leaks).toEqual([]);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('hostile spec text stays text: no elements, handlers, dialogs or requests from it', async ({ skip }) => {
    skip(!present, SKIPPED);
    const dir = project({
      'specs/hostile.md': [
        '# Errors </script><script>alert(1)</script>',
        '',
        '<iframe src="javascript:alert(2)"></iframe><img src=x onerror=alert(3)>',
        '',
        '| 错误码 | HTTP 状态 | 说明 | <svg onload=alert(4)> |',
        '| --- | --- | --- | --- |',
        '| E1 | 400 | <img src=x onerror=alert(5)> | [x](javascript:alert(6)) |',
        '| E2 | 401 | " onmouseover="alert(7) | \' onfocus=\'alert(8) |',
        '| E3 | 402 | <a href="javascript:alert(9)">click</a> | <style>body{display:none}</style> |',
        '',
      ].join('\n'),
    });
    const run = errspec(dir, 'preview');
    expect(run.status, run.stderr).toBe(0);
    const page = await context!.newPage();
    await page.goto(pathToFileURL(path.join(dir, 'errspec-preview/specs/hostile.html')).href);
    for (const index of [0, 1, 2]) {
      await page.click(`#E${index} a`);
      await page.hover(`#E${index} td:nth-child(5)`);
    }
    // Page-side code reaches the document through an element: this project's types have no DOM globals.
    const found = await page.$eval('html', (root) => {
      const document = root.ownerDocument;
      return {
        injected: document.querySelectorAll('img, iframe, svg, object, embed, form, body style, body script:not(:last-of-type)').length,
        scripts: document.scripts.length,
        handlers: [...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name: string) => name.startsWith('on'))),
        links: [...document.querySelectorAll('a')].map((link) => link.getAttribute('href')).filter((href) => !/^#L\d+$|^\.\.\/index\.html$/.test(href ?? '')),
        visible: document.defaultView!.getComputedStyle(document.body).display,
      };
    });
    expect(found).toEqual({ injected: 0, scripts: 1, handlers: [], links: [], visible: 'flex' });
    expect(await page.textContent('#L7')).toBe('| E1 | 400 | <img src=x onerror=alert(5)> | [x](javascript:alert(6)) |');
    await page.close();
    expect(dialogs).toEqual([]);
    expect(leaks).toEqual([]);
    expect(errors).toEqual([]);
  });
});
