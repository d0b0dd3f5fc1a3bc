/**
 * `npm run bench:preview`: how large the preview is and how fast it is made and opened,
 * measured, not asserted, for
 *
 * - the five seeds (`specs/`);
 * - the largest corpus document (the 445-row table in `../shared/corpus`, skipped when absent);
 * - a synthetic spec of 10,000 entries written to a temporary folder (GFM tables, and every
 *   fourth section tab-separated so that recovery reads it).
 *
 * For each: bytes of the report (all pages, and the largest page), the wall time of
 * `errspec preview` as its own process (median of 3), and, where Debian's Chromium is installed,
 * the time to open the largest page (navigation to the load event) and for a click on the last
 * entry to highlight its line.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CLI = path.join(ROOT, 'dist/generator/cli.js');
const CHROMIUM = '/usr/bin/chromium';

/** A spec of `count` entries in sections of 500; every fourth section has no pipes (tabs). */
export function syntheticSpec(count: number): string {
  const lines = ['# Synthetic errors', ''];
  for (let start = 0; start < count; start += 500) {
    const section = start / 500;
    lines.push(`## Group ${section}`, '');
    const tabs = section % 4 === 3;
    lines.push(tabs ? '错误码\tHTTP 状态\t中文信息\tEnglish message\t解决方案' : '| 错误码 | HTTP 状态 | 中文信息 | English message | 解决方案 |');
    if (!tabs) lines.push('| --- | --- | --- | --- | --- |');
    for (let n = start; n < Math.min(count, start + 500); n++) {
      const cells = [`E${String(n).padStart(5, '0')}`, String(400 + (n % 100)), `错误 ${n}，请检查参数`, `Error number ${n}, check the request`, `检查第 ${n} 项`];
      lines.push(tabs ? cells.join('\t') : `| ${cells.join(' | ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** Files under `dir` ending in .html, with their sizes. */
function pages(dir: string): { file: string; bytes: number }[] {
  const found: { file: string; bytes: number }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    found.push({ file, bytes: statSync(file).size });
  }
  return found;
}

interface Result {
  readonly name: string;
  readonly entries: number;
  readonly totalBytes: number;
  readonly largestBytes: number;
  readonly cliMs: number;
  readonly openMs: number | null;
  readonly clickMs: number | null;
}

async function measure(name: string, specs: readonly string[], work: string): Promise<Result> {
  const out = path.join(work, `out-${name.replace(/\W+/g, '-')}`);
  const times: number[] = [];
  let stderr = '';
  for (let i = 0; i < 3; i++) {
    rmSync(out, { recursive: true, force: true });
    const started = performance.now();
    const run = spawnSync(process.execPath, [CLI, 'preview', ...specs, '--out', out], { encoding: 'utf8' });
    times.push(performance.now() - started);
    if (run.status !== 0 && run.status !== 1) throw new Error(`errspec preview failed: ${run.stderr}`);
    stderr = run.stderr;
  }
  const entries = Number(/(\d+) entr/.exec(stderr)?.[1] ?? 0);
  const files = pages(out);
  const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const browser = existsSync(CHROMIUM) ? await open(largest.file) : null;
  return {
    name,
    entries,
    totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    largestBytes: largest.bytes,
    cliMs: median(times),
    openMs: browser?.openMs ?? null,
    clickMs: browser?.clickMs ?? null,
  };
}

/** Milliseconds to open `file` in Chromium (navigation start to the load event's end), and for a click on the last entry to highlight its line. */
async function open(file: string): Promise<{ openMs: number; clickMs: number }> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'errspec-bench-chromium-'));
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args, viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const openMs = await page.evaluate('performance.getEntriesByType("navigation")[0].loadEventEnd');
    const clickMs = await page.evaluate(`new Promise((resolve) => {
      const rows = document.querySelectorAll('#entries tbody tr');
      const link = rows[rows.length - 1].querySelector('a');
      const started = performance.now();
      link.click();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
    })`);
    return { openMs: Number(openMs), clickMs: Number(clickMs) };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The corpus document with the most expected entries, or `null` without the corpus. */
function largestCorpusDoc(): string | null {
  const dir = path.resolve(ROOT, '../shared/corpus');
  const labels = path.join(dir, 'LABELS.tsv');
  if (!existsSync(labels)) return null;
  const rows = readFileSync(labels, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));
  const [file] = rows.reduce((a, b) => (Number(b[1]) > Number(a[1]) ? b : a));
  return path.join(dir, file!);
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'errspec-preview-bench-'));
  try {
    const synthetic = path.join(work, 'synthetic-10k.md');
    writeFileSync(synthetic, syntheticSpec(10_000));
    const corpus = largestCorpusDoc();
    const cases: [string, string[]][] = [
      ['seeds', [path.join(ROOT, 'specs')]],
      ...(corpus === null ? [] : [[`corpus ${path.basename(corpus)}`, [corpus]] as [string, string[]]]),
      ['synthetic 10k', [synthetic]],
    ];
    const results: Result[] = [];
    for (const [name, specs] of cases) results.push(await measure(name, specs, work));
    const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} kB`;
    const ms = (value: number | null): string => (value === null ? '-' : `${Math.round(value)}`);
    console.log(`${'case'.padEnd(40)}${'entries'.padStart(8)}${'report'.padStart(10)}${'largest'.padStart(10)}${'cli ms'.padStart(8)}${'open ms'.padStart(9)}${'click ms'.padStart(10)}`);
    for (const r of results) {
      console.log(`${r.name.padEnd(40)}${String(r.entries).padStart(8)}${kb(r.totalBytes).padStart(10)}${kb(r.largestBytes).padStart(10)}${ms(r.cliMs).padStart(8)}${ms(r.openMs).padStart(9)}${ms(r.clickMs).padStart(10)}`);
    }
    if (!existsSync(CHROMIUM)) console.log(`(no browser at ${CHROMIUM}: open and click times not measured)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
