/**
 * The package compiled by TypeScript's native compiler (the `tsc` of `typescript` 7), when
 * this platform has it: one `tsc` per output form for a whole run, instead of the JavaScript
 * compiler ts-morph bundles, which takes about 40 ms per catalog and form.
 *
 * Both compilers are given the same text with the same options, and both write the same bytes
 * for it (test/package/native.test.ts compares them on every seed, both enum styles, and
 * hostile spec text). Whatever goes wrong here (no binary for this platform, a compiler error,
 * a missing output) gives `null`, and the caller compiles in process, which reports real errors.
 */

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { CompiledFile } from './compile.js';
import { LIB_TEXT } from './lib.js';

let exe: string | null | undefined;

/** The native `tsc` of the installed `typescript`, or `null` when there is none for this platform. */
export function nativeCompiler(): string | null {
  if (exe !== undefined) return exe;
  exe = null;
  if (process.env.ERRSPEC_NATIVE_TSC === '0') return exe;
  try {
    const require = createRequire(import.meta.url);
    const typescript = require.resolve('typescript/package.json');
    const version = (JSON.parse(readFileSync(typescript, 'utf8')) as { version?: string }).version ?? '';
    if (!version.startsWith('7.')) return exe;
    // Where typescript's own launcher finds it (its lib/getExePath.js), without starting Node to run that launcher.
    const platform = createRequire(typescript).resolve(`@typescript/typescript-${process.platform}-${process.arch}/package.json`);
    const candidate = path.join(path.dirname(platform), 'lib', process.platform === 'win32' ? 'tsc.exe' : 'tsc');
    if (existsSync(candidate)) exe = candidate;
  } catch {
    // No typescript 7, or no binary for this platform: compile in process.
  }
  return exe;
}

/** The options of each run; the same as compile.ts gives the in-process compiler. */
const BASE = {
  target: 'es2022',
  newLine: 'lf',
  removeComments: false,
  sourceMap: false,
  isolatedModules: true,
  noCheck: true,
  noResolve: true,
  noLib: true,
  types: [],
  rootDir: 'src',
};

/**
 * Compile files with the native compiler.
 *
 * @param texts each file's text without its header.
 * @returns the compiled forms (without the header) in the order of `texts`, or `null` when it
 *   cannot (see the module comment).
 */
export async function compileNative(texts: readonly string[]): Promise<CompiledFile[] | null> {
  const tsc = nativeCompiler();
  if (tsc === null || texts.length === 0) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'errspec-tsc-'));
  try {
    // Files named by number in one folder: their imports (`./codes.js`) resolve to nothing, as in
    // `transpileModule`, and one folder is quicker to write and remove than a tree.
    const names = texts.map((_, index) => String(index));
    mkdirSync(path.join(dir, 'src'));
    texts.forEach((text, index) => writeFileSync(path.join(dir, 'src', `${names[index]!}.ts`), text));
    // The lib `transpileDeclaration` gives its program, as a file of its own (compile.ts).
    writeFileSync(path.join(dir, 'lib.d.ts'), LIB_TEXT);
    const files = ['lib.d.ts', ...names.map((name) => `src/${name}.ts`)];
    const config = (name: string, options: object): string => {
      writeFileSync(path.join(dir, name), JSON.stringify({ compilerOptions: { ...BASE, ...options }, files }));
      return path.join(dir, name);
    };
    const [esm, cjs] = await Promise.all([
      run(tsc, config('esm.json', { module: 'esnext', declaration: true, isolatedDeclarations: true, outDir: 'esm' })),
      run(tsc, config('cjs.json', { module: 'commonjs', outDir: 'cjs' })),
    ]);
    if (!esm || !cjs) return null;
    const read = (file: string): string | null => {
      try {
        return readFileSync(path.join(dir, file), 'utf8');
      } catch {
        return null;
      }
    };
    const outputs: CompiledFile[] = [];
    for (const name of names) {
      const [esmText, cjsText, dtsText] = [read(`esm/${name}.js`), read(`cjs/${name}.js`), read(`esm/${name}.d.ts`)];
      if (esmText === null || cjsText === null || dtsText === null) return null;
      outputs.push({ esm: esmText, cjs: cjsText, dts: dtsText });
    }
    return outputs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Run `tsc -p config`: true when it exits 0 and says nothing. */
function run(tsc: string, config: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(tsc, ['-p', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    let said = false;
    child.stdout.on('data', () => (said = true));
    child.stderr.on('data', () => (said = true));
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0 && !said));
  });
}
