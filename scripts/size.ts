/**
 * `npm run size`: what each catalog of the generated package weighs.
 *
 * Reads the package errspec wrote (`generated/`, or `--dir <path>`) and prints, per catalog
 * subpath, the bytes of its ES module JavaScript and of its declarations, and the size of
 * `import * from "<package>/<id>"` bundled and minified by esbuild, then gzipped (level 9) by
 * node:zlib: what a client that imports the catalog ships. The package is resolved by its name
 * through its `exports`, as a consumer's bundler resolves it. Then the whole package as
 * `npm pack` would hold it: `package.json` and the files its `files` list names.
 */

import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

/** Sizes in bytes of one entry point. */
export interface Size {
  /** The subpath, e.g. `./pet-core`, or `.` for the root. */
  readonly subpath: string;
  /** Bytes of the `.js` files of its ES module build. */
  readonly js: number;
  /** Bytes of its `.d.ts` files. */
  readonly dts: number;
  /** Bytes of the bundle, minified. */
  readonly minified: number;
  /** Bytes of the minified bundle, gzipped. */
  readonly gzipped: number;
}

/** Total bytes of the files under `folder` whose names end with `suffix`; recursive. */
function bytesOf(folder: string, suffix: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) total += bytesOf(full, suffix);
    else if (entry.name.endsWith(suffix)) total += statSync(full).size;
  }
  return total;
}

/** `.js` files directly in `folder` (the root's own modules, not its catalogs'). */
function ownBytes(folder: string, suffix: string): number {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .reduce((total, entry) => total + statSync(path.join(folder, entry.name)).size, 0);
}

/**
 * Measure every entry point of the package in `dir`: each catalog subpath, then the root.
 *
 * @param dir the generated package folder, e.g. `generated`.
 */
export async function measure(dir: string): Promise<Size[]> {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
  // The catalogs' module subpaths: those with conditions; the JSON files (messages, contracts) are plain paths.
  const catalogs = Object.keys(manifest.exports).filter((subpath) => subpath.startsWith('./') && typeof manifest.exports[subpath] === 'object');
  // The catalogs, then the root, which holds them all.
  const subpaths = [...catalogs, '.'];
  // A throw-away project with the package in node_modules, so that esbuild resolves it by name.
  const project = mkdtempSync(path.join(os.tmpdir(), 'errspec-size-'));
  try {
    const link = path.join(project, 'node_modules', manifest.name);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(path.resolve(dir), link, 'dir');
    const sizes: Size[] = [];
    for (const subpath of subpaths) {
      const specifier = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
      const result = await build({
        stdin: { contents: `export * from ${JSON.stringify(specifier)};\n`, resolveDir: project, loader: 'js' },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
        logLevel: 'silent',
      });
      const bundle = result.outputFiles[0]!.contents;
      const esm = path.join(dir, 'dist', subpath.slice(2));
      sizes.push({
        subpath,
        js: subpath === '.' ? ownBytes(esm, '.js') : bytesOf(esm, '.js'),
        dts: subpath === '.' ? ownBytes(esm, '.d.ts') : bytesOf(esm, '.d.ts'),
        minified: bundle.byteLength,
        gzipped: gzipSync(bundle, { level: 9 }).byteLength,
      });
    }
    return sizes;
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

/** What `npm pack` would put in the package: its bytes and files, unpacked. */
export interface PackageSize {
  readonly bytes: number;
  readonly files: number;
}

/** The files under `target` (a file or a folder), recursively. */
function filesOf(target: string): string[] {
  if (!statSync(target, { throwIfNoEntry: false })?.isDirectory()) return statSync(target, { throwIfNoEntry: false }) === undefined ? [] : [target];
  return readdirSync(target).flatMap((name) => filesOf(path.join(target, name)));
}

/**
 * The package in `dir` as `npm pack` holds it: `package.json` and what its `files` list names
 * (folders recursively; the generated lists name no globs).
 *
 * @param dir the generated package folder, e.g. `generated`.
 */
export function packageSize(dir: string): PackageSize {
  const { files = [] } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { files?: string[] };
  const all = [...new Set([path.join(dir, 'package.json'), ...files.flatMap((entry) => filesOf(path.join(dir, entry)))])];
  return { bytes: all.reduce((total, file) => total + statSync(file).size, 0), files: all.length };
}

/** The sizes as a plain-text table, one row per entry point. */
export function formatTable(name: string, sizes: readonly Size[]): string {
  const header = ['entry point', 'esm .js', '.d.ts', 'bundle min', 'min+gzip'];
  const rows = sizes.map((size) => [
    size.subpath === '.' ? `${name} (root: every catalog)` : `${name}/${size.subpath.slice(2)}`,
    ...[size.js, size.dts, size.minified, size.gzipped].map((bytes) => bytes.toLocaleString('en')),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: readonly string[]): string =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return `${[line(header), ...rows.map(line)].join('\n')}\n\nbytes; esm .js and .d.ts: the entry point's own build files (the root's: its index only); bundle: esbuild --bundle --minify of \`export * from "<entry point>"\`; gzip level 9\n`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  const dir = values.dir ?? 'generated';
  const { name } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string };
  process.stdout.write(formatTable(name, await measure(dir)));
  const { bytes, files } = packageSize(dir);
  process.stdout.write(`\nthe package, unpacked (package.json and its files list, as npm pack holds it): ${bytes.toLocaleString('en')} bytes in ${files} files\n`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
