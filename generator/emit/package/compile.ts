/**
 * Generated `.ts` files -> ES modules, CommonJS modules and declarations, with the TypeScript
 * compiler ts-morph bundles.
 *
 * The files are compiled the way `ts.transpileModule` and `ts.transpileDeclaration` compile one
 * file (same options, same lib, no type check, no module resolution), but all files of a call in
 * one program per output form, each file parsed once for the three: creating a program and its
 * checker costs about as much as compiling a small file, and `transpileModule` does it for every
 * file and form. The generated code is written for `isolatedModules` and `isolatedDeclarations`,
 * and imports are not resolved, so a file's output still depends on its own text alone.
 */

import { ts } from 'ts-morph';
import { frameOf, type Frame } from '../print.js';
import type { GeneratedFile } from '../types.js';
import { spliceCompiled } from './splice.js';
import { compileNative, nativeCompiler } from './native.js';
import { LIB_TEXT } from './lib.js';
import { addTime, count, timed } from '../../timings/index.js';

/** The three compiled forms of one source file. */
export interface CompiledFile {
  /** ES2022 JavaScript with `import`/`export`. */
  readonly esm: string;
  /** ES2022 JavaScript with `require`/`exports`. */
  readonly cjs: string;
  /** Declarations; the same text serves both module formats. */
  readonly dts: string;
}

/** The header every generated file starts with: its leading `//` lines, which say "Do not edit". */
const HEADER = /^(?:\/\/[^\n]*\n)+/;

/** Options shared by every compilation; comments are kept so that the JSDoc reaches editors. */
const BASE_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  newLine: ts.NewLineKind.LineFeed,
  removeComments: false,
  sourceMap: false,
  inlineSourceMap: false,
  declarationMap: false,
  // What `transpileModule` and `transpileDeclaration` set (its `transpileOptionValue`s): each file on its own, no type check.
  isolatedModules: true,
  noCheck: true,
  noResolve: true,
  suppressOutputPathCheck: true,
  allowNonTsExtensions: true,
};

const ESM_OPTIONS: ts.CompilerOptions = { ...BASE_OPTIONS, module: ts.ModuleKind.ESNext, noLib: true, declaration: false };
const CJS_OPTIONS: ts.CompilerOptions = { ...BASE_OPTIONS, module: ts.ModuleKind.CommonJS, noLib: true, declaration: false };
const DTS_OPTIONS: ts.CompilerOptions = { ...BASE_OPTIONS, noLib: false, declaration: true, emitDeclarationOnly: true, isolatedDeclarations: true };

const LIB_NAME = 'lib.d.ts';
let lib: ts.SourceFile | undefined;

/**
 * Compile generated TypeScript files.
 *
 * Each file's header is taken off before compiling and put back on top after: the CommonJS
 * emitter would put `"use strict";` above it, and the declaration emitter drops it.
 *
 * @param files `.ts` files from the emit stage, each starting with its header, with distinct paths.
 * @returns the compiled forms, in the order of `files`.
 * @throws an `errspec bug:` error when a file has no header, is not valid TypeScript, or
 *   needs a type checker for its declarations (a declaration without an explicit type).
 */
export function compileFiles(files: readonly GeneratedFile[]): CompiledFile[] {
  // The output depends on the path and text alone, so `--watch` reuses what it compiled for
  // catalogs that did not change: most of a re-run's time is compiling.
  const keys = files.map((file) => `${file.path}\0${file.content}`);
  const missing = files.filter((_, index) => !compiled.has(keys[index]!));
  if (missing.length > 0) {
    const results = compileUncached(missing);
    if (compiled.size + missing.length > MEMO_LIMIT) compiled.clear();
    missing.forEach((file, index) => compiled.set(`${file.path}\0${file.content}`, results[index]!));
  }
  return keys.map((key) => compiled.get(key)!);
}

/** Compilations of this process, by path and text; cleared when it would hold more than `MEMO_LIMIT` files. */
const compiled = new Map<string, CompiledFile>();

/** Forget what this process compiled, so that the next call compiles again (for tests and the benchmark). */
export function forgetCompiled(): void {
  compiled.clear();
}
const MEMO_LIMIT = 2000;

/** A file in the program, and how many lines its header had, for positions in errors. */
interface Source {
  readonly path: string;
  /**
   * The path in the program: in a folder of its own, so that its imports resolve to nothing, as
   * in `transpileModule` (a frame's imports would find the other frames, without their slots).
   */
  readonly programPath: string;
  readonly headerLines: number;
  readonly sourceFile: ts.SourceFile;
}

/** A file's text to compile: without its header, and the frame's when it has slots. */
interface Input {
  readonly path: string;
  readonly header: string;
  readonly text: string;
  readonly frame: Frame | undefined;
}

function inputOf(file: GeneratedFile): Input {
  // A file with slots: its frame is compiled, and the slots are spliced into the output.
  const frame = frameOf(file);
  const text = frame?.text ?? file.content;
  const header = HEADER.exec(text)?.[0];
  if (header === undefined || !header.includes('Do not edit')) {
    throw new Error(`errspec bug: ${file.path} does not start with the "Generated by ... Do not edit" header`);
  }
  return { path: file.path, header, text: text.slice(header.length), frame };
}

/** The compiled forms of an input: its slots spliced in, its header on top. */
function finish(input: Input, output: CompiledFile): CompiledFile {
  const slots = input.frame?.slots ?? [];
  const withHeader = (text: string): string => `${input.header}\n${text.trim()}\n`;
  return {
    esm: withHeader(spliceCompiled(input.path, 'esm', output.esm, slots)),
    cjs: withHeader(spliceCompiled(input.path, 'cjs', output.cjs, slots)),
    dts: withHeader(spliceCompiled(input.path, 'dts', output.dts, slots)),
  };
}

function compileUncached(files: readonly GeneratedFile[]): CompiledFile[] {
  const inputs = files.map(inputOf);
  const sources = inputs.map((input, index): Source => {
    // Parsed once for the three programs, as transpileModule parses it: same target, and the
    // default module detection, which is what these options give (no `jsx`, no node16 `module`).
    const programPath = `${index}/${input.path}`;
    const sourceFile = ts.createSourceFile(programPath, input.text, ts.ScriptTarget.ES2022);
    return { path: input.path, programPath, headerLines: input.header.split('\n').length - 1, sourceFile };
  });
  const esm = emit(sources, ESM_OPTIONS, 'transpileModule', '.js');
  const cjs = emit(sources, CJS_OPTIONS, 'transpileModule', '.js');
  const dts = emit(sources, DTS_OPTIONS, 'transpileDeclaration', '.d.ts');
  return inputs.map((input, index) => finish(input, { esm: esm[index]!, cjs: cjs[index]!, dts: dts[index]! }));
}

/**
 * `compileFiles`, by TypeScript's native compiler when this platform has it (native.ts): the
 * calls made before the event loop turns again are compiled together, by one `tsc` per form.
 *
 * @param remember keep the outputs for later calls in this process (`--watch`), as `compileFiles` does.
 * @throws as `compileFiles` does.
 */
export async function compileFilesAsync(files: readonly GeneratedFile[], remember = true): Promise<CompiledFile[]> {
  const keys = files.map((file) => `${file.path}\0${file.content}`);
  const missing = files.filter((_, index) => !compiled.has(keys[index]!));
  if (missing.length === 0) return keys.map((key) => compiled.get(key)!);
  const inputs = missing.map(inputOf);
  const outputs = await compileTogether(inputs);
  const results = outputs === null ? timed('compile', () => compileUncached(missing)) : inputs.map((input, index) => finish(input, outputs[index]!));
  // A run through the cache compiles each file once: remembering them would only hold memory.
  if (!remember) return results;
  if (compiled.size + missing.length > MEMO_LIMIT) compiled.clear();
  missing.forEach((file, index) => compiled.set(`${file.path}\0${file.content}`, results[index]!));
  return keys.map((key) => compiled.get(key)!);
}

/** Inputs waiting for the next native compile, and where their outputs go. */
let queue: { inputs: readonly Input[]; done: (outputs: CompiledFile[] | null) => void }[] = [];
let queued = 0;

/**
 * Characters of source a native compile takes at most: a batch that reaches it is compiled at
 * once, while the run emits the next catalogs, and memory stays bounded however many there are.
 */
const BATCH_CHARS = 1_000_000;

function compileTogether(inputs: readonly Input[]): Promise<CompiledFile[] | null> {
  if (nativeCompiler() === null) return Promise.resolve(null);
  return new Promise((done) => {
    if (queue.length === 0) setImmediate(() => void flush());
    queue.push({ inputs, done });
    queued += inputs.reduce((sum, input) => sum + input.text.length, 0);
    if (queued >= BATCH_CHARS) void flush();
  });
}

async function flush(): Promise<void> {
  const batch = queue;
  queue = [];
  queued = 0;
  if (batch.length === 0) return;
  const all = batch.flatMap((request) => request.inputs);
  // The native compiler runs beside the rest of the run, so its time is added, not nested.
  const started = performance.now();
  const outputs = await compileNative(all.map((input) => ({ path: input.path, text: input.text })));
  addTime('compile', performance.now() - started);
  if (outputs !== null) count('native-compiled-files', outputs.length);
  let at = 0;
  for (const request of batch) {
    request.done(outputs === null ? null : outputs.slice(at, at + request.inputs.length));
    at += request.inputs.length;
  }
}

/** One program over `sources`, emitted: each source's output text, in order. */
function emit(sources: readonly Source[], options: ts.CompilerOptions, step: string, extension: string): string[] {
  const byPath = new Map(sources.map((source) => [source.programPath, source.sourceFile]));
  if (byPath.size !== sources.length) throw new Error('errspec bug: two generated files to compile have the same path');
  if (options.noLib !== true) {
    lib ??= ts.createSourceFile(LIB_NAME, LIB_TEXT, { languageVersion: ts.ScriptTarget.Latest });
    byPath.set(LIB_NAME, lib);
  }
  const outputs = new Map<string, string>();
  const host: ts.CompilerHost = {
    getSourceFile: (fileName) => byPath.get(fileName),
    writeFile: (fileName, text) => outputs.set(fileName, text),
    getDefaultLibFileName: () => LIB_NAME,
    useCaseSensitiveFileNames: () => true,
    getCanonicalFileName: (fileName) => fileName,
    getCurrentDirectory: () => '',
    getNewLine: () => '\n',
    fileExists: (fileName) => byPath.has(fileName),
    readFile: () => '',
    directoryExists: () => true,
    getDirectories: () => [],
  };
  const program = ts.createProgram(sources.map((source) => source.programPath), options, host);
  const declarations = options.emitDeclarationOnly === true;
  const result = program.emit(undefined, undefined, undefined, declarations);
  const diagnostics = [
    ...(declarations ? [] : sources.flatMap((source) => program.getSyntacticDiagnostics(source.sourceFile))),
    ...program.getOptionsDiagnostics(),
    ...result.diagnostics,
  ];
  assertNoDiagnostics(sources, step, diagnostics);
  return sources.map((source) => {
    const name = `${source.programPath.slice(0, -'.ts'.length)}${extension}`;
    const output = outputs.get(name);
    if (output === undefined) throw new Error(`errspec bug: ${step} wrote no ${name}`);
    return output;
  });
}

/** Diagnostics here mean the emit stage wrote code it promised not to: a bug, not a user error. */
function assertNoDiagnostics(sources: readonly Source[], step: string, diagnostics: readonly ts.Diagnostic[]): void {
  if (diagnostics.length === 0) return;
  const lines = diagnostics.map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const source = sources.find((candidate) => candidate.sourceFile === diagnostic.file);
    if (source === undefined || diagnostic.file === undefined || diagnostic.start === undefined) return `  ${diagnostic.file?.fileName ?? '(options)'}  ${message}  TS${diagnostic.code}`;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    // Positions in the generated file: 1-based, and counting the header taken off before compiling.
    return `  ${source.path}:${line + 1 + source.headerLines}:${character + 1}  ${message}  TS${diagnostic.code}`;
  });
  throw new Error(`errspec bug: ${step} reported ${diagnostics.length} problem(s) in the generated code:\n${lines.join('\n')}`);
}
