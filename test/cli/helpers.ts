/**
 * Running the built CLI (`dist/generator/cli.js`) as a child process in throw-away projects.
 *
 * The CLI is built at most once per test run: `ensureBuilt` builds only when `dist/` is missing
 * or older than a source under `generator/`, and holds a lock so that test files running in
 * parallel workers do not build on top of each other.
 */

import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The repository root, without a trailing slash. */
export const ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));

/**
 * Time limits for tests that run the CLI. A run that emits takes about a second of CPU (ts-morph
 * and the compiler it bundles), several times that on a busy machine; these only stop a hang.
 */
export const CLI_TIMEOUT = 60_000;
export const BUILD_TIMEOUT = 120_000;

/** The built CLI. */
export const CLI = path.join(ROOT, 'dist', 'generator', 'cli.js');

/** A clean GFM table with two entries; the second row is line 6. */
export const PET_SPEC = '# 宠物\n\n| 错误码 | HTTP 状态 | 说明 |\n| --- | --- | --- |\n| A0400 | 400 | 请求非法 |\n| A0500 | 500 | 服务异常 |\n';

/** A second clean spec with two locales. */
export const SHOP_SPEC =
  '# 商店\n\n说明文字。\n\n| 错误码 | HTTP 状态 | 中文信息 | 英文信息 |\n| --- | --- | --- | --- |\n| B0404 | 404 | 商品不存在 | Item not found |\n| B0409 | 409 | 库存不足 | Out of stock |\n';

/** The TypeScript files errspec generates for every catalog, relative to its folder. */
export const CATALOG_FILES = ['index.ts'];

/**
 * Files a catalog's output must hold, relative to the output folder: its TypeScript modules and
 * one messages JSON per locale. errspec may write more (the manifest says exactly what).
 */
export function catalogFiles(id: string, locales: readonly string[]): string[] {
  return [...CATALOG_FILES, ...locales.map((locale) => `messages/${locale}.json`)].map((file) => `${id}/${file}`).sort();
}

/** The files the manifest in `out` lists, after checking that it is errspec's and sorted. */
export function manifestFiles(out: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(out, '.errspec-manifest.json'), 'utf8')) as { generator: unknown; files: Record<string, string> };
  expect(manifest.generator).toBe('errspec');
  const files = Object.keys(manifest.files);
  expect(files).toEqual([...files].sort());
  expect(files).not.toContain('.errspec-manifest.json');
  // Each file with the SHA-256 of the bytes errspec wrote, which it still holds.
  for (const file of files) expect(manifest.files[file], file).toBe(createHash('sha256').update(readFileSync(path.join(out, file))).digest('hex'));
  return files;
}

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  try {
    return statSync(CLI).mtimeMs >= newestSource(path.join(ROOT, 'generator'));
  } catch {
    return false;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Build `dist/` unless it is already newer than every source; safe to call from every test file. */
export function ensureBuilt(): void {
  if (isFresh()) return;
  const lock = path.join(os.tmpdir(), `errspec-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another worker is building: wait for it, then use its build. A lock older than a minute is left over.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // The lock went away between the two calls; try again.
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      sleep(50);
    }
  }
  try {
    if (isFresh()) return;
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    // tsc emits JavaScript even when it reports type errors; those are `npm run typecheck`'s to report.
    // Fail only when nothing usable was emitted, so that every test file runs on the same dist/.
    if (!isFresh()) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
    if (build.status !== 0) console.warn(`npm run build reported errors; testing the JavaScript it emitted:\n${build.stdout}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const projects: string[] = [];

/** A new temporary folder holding `files` (path relative to it -> text or bytes). */
export function project(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'errspec-cli-'));
  projects.push(dir);
  for (const [file, content] of Object.entries(files)) put(dir, file, content);
  return dir;
}

/** Write one file under `dir`, creating its folders. */
export function put(dir: string, file: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), content);
}

/** Remove every folder `project` made; for `afterAll`. */
export function removeProjects(): void {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** What a run of the CLI gave; the fields of `spawnSync`'s result the tests read. */
export type Run = Pick<SpawnSyncReturns<string>, 'status' | 'stdout' | 'stderr'>;

/** Run `errspec ...args` in `cwd`. */
export function errspec(cwd: string, ...args: string[]): Run {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
}

/**
 * Run `errspec ...args` in `cwd` without blocking, so that independent runs share the machine's
 * cores (a run that emits spends most of its half second loading ts-morph).
 */
export function errspecAsync(cwd: string, ...args: string[]): Promise<Run> {
  return errspecAsyncEnv(cwd, process.env, ...args);
}

/** `errspecAsync` with the environment `env` (for colour and CI variables). */
export function errspecAsyncEnv(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env, timeout: 30_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Every file under `dir` (recursively, dot files included), `/`-separated and sorted; `[]` when `dir` does not exist. */
export function listFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(folder, entry.name), `${prefix}${entry.name}/`);
      else found.push(`${prefix}${entry.name}`);
    }
  };
  try {
    statSync(dir);
  } catch {
    return [];
  }
  walk(dir, '');
  return found.sort();
}

/** Path -> bytes of every file under `dir`; `toEqual` compares Buffers by content. */
export function contents(dir: string): Record<string, Buffer> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, readFileSync(path.join(dir, file))]));
}

/** Path -> `[mtimeMs, ino]` of every file under `dir`. */
export function stamps(dir: string): Record<string, [number, number]> {
  return Object.fromEntries(
    listFiles(dir).map((file) => {
      const stats = statSync(path.join(dir, file));
      return [file, [stats.mtimeMs, stats.ino]];
    }),
  );
}

/** The lines of `text`, without the final newline. */
export function lines(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

/** A usage or I/O failure: exit 2, exactly one stderr line `errspec: ...`, no stack trace, nothing on stdout. */
export function expectUsageError(run: Run, mentions: string): void {
  expect(run.status, run.stderr).toBe(2);
  expect(lines(run.stderr), run.stderr).toHaveLength(1);
  expect(run.stderr).toMatch(/^errspec: \S/);
  expect(run.stderr).toContain(mentions);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stdout).toBe('');
}

/** The summary line `generate` ends stderr with after writing. */
export const WRITE_SUMMARY =
  /^errspec: (\d+) specs?, (\d+) entr(?:y|ies), (\d+) errors?, (\d+) warnings?; (\d+) files written, (\d+) removed, (\d+) unchanged in (.+)\/ \(\d+ ms\)$/;

/** The parsed summary line of a `generate` run that wrote; fails the test when the last stderr line is not one. */
export function writeSummary(run: Run): {
  specs: number;
  entries: number;
  errors: number;
  warnings: number;
  written: number;
  removed: number;
  unchanged: number;
  out: string;
} {
  const last = lines(run.stderr).at(-1) ?? '';
  const match = WRITE_SUMMARY.exec(last);
  expect(match, `last stderr line: ${JSON.stringify(last)}`).not.toBeNull();
  const [, specs, entries, errors, warnings, written, removed, unchanged, out] = match!;
  return {
    specs: Number(specs),
    entries: Number(entries),
    errors: Number(errors),
    warnings: Number(warnings),
    written: Number(written),
    removed: Number(removed),
    unchanged: Number(unchanged),
    out: out!,
  };
}
