/**
 * Messages with parameters, as generated: typed by `tsc` (both compilers, both styles, with
 * `@ts-expect-error` cases), formatted at run time, and read the same way by real i18next.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { Project } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STYLES, emitBothStyles } from '../emit/emitted.js';
import { params, petCore } from '../emit/fixtures.js';

const TSC = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url));

const COMPILER_OPTIONS = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  verbatimModuleSyntax: true,
  isolatedDeclarations: true,
  declaration: true,
  noUnusedLocals: true,
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  target: 'ES2022',
  lib: ['ES2022'],
  types: [],
  noEmit: true,
};

/** A consumer: right parameters compile, wrong or missing ones must not. */
const USAGE = `
import { params, petCore } from "./index.js";
const { ParamsErrorCode: C } = params;

export const a: string = params.formatMessage(C.P1, "en", { p1: "appKey" });
export const b: string = params.formatMessage(C.P2, "zh-CN", { field: "name" });
export const c: string = params.formatMessage(C.P3, "en", { p1: 3, name: "upload" });
export const d: string = params.formatMessage(C.P5);
export const e: string = params.formatMessage("anything", "en", { x: 1 });
export const f: string = petCore.formatMessage(petCore.PetCoreErrorCode.A0400, "en");
export const g: params.P2Error = new params.P2Error({ params: { field: "name" }, locale: "en" });
export const h: params.P2Error = params.createParamsError(C.P2, { params: { field: "name" } });
export const i: params.P5Error = params.createParamsError(C.P5);
export const j: params.ParamsError = params.createParamsError("Z9", { params: { any: "thing" } });
export const k: params.ParamsError = params.createParamsError("Z9");
declare const thrown: unknown;
// Symbol.hasInstance is a type predicate: instanceof still narrows, as do the guards.
export const narrowed: params.P2Error | undefined = thrown instanceof params.P2Error ? thrown : undefined;
export const guarded: params.P2Error | undefined = params.isP2Error(thrown) ? thrown : undefined;
export const base: params.ParamsError | undefined = thrown instanceof params.ParamsError ? thrown : undefined;

// @ts-expect-error the message has a placeholder: its value is required
params.formatMessage(C.P2, "en");
// @ts-expect-error a value of the wrong name
params.formatMessage(C.P2, "en", { name: "x" });
// @ts-expect-error %d takes a number
params.formatMessage(C.P3, "en", { p1: "3", name: "upload" });
// @ts-expect-error a message without placeholders takes no values
params.formatMessage(C.P5, "en", { x: 1 });
// @ts-expect-error the constructor needs the values
new params.P2Error();
// @ts-expect-error ... of the right type
new params.P2Error({ params: { field: 1 } });
// @ts-expect-error a class without placeholders takes no values
new params.P5Error({ params: { x: 1 } });
// @ts-expect-error the factory too needs the values
params.createParamsError(C.P2);
// @ts-expect-error ... and only those
params.createParamsError(C.P2, { params: { field: "a", other: "b" } });
// @ts-expect-error a listed code without placeholders takes no values
petCore.createPetCoreError(petCore.PetCoreErrorCode.A0400, { params: { x: 1 } });
`;

let dir: string;
const generated: Record<string, Record<string, any>> = {};

beforeAll(async () => {
  dir = emitBothStyles('errspec-params-', { '': [params, petCore] });
  for (const style of STYLES) {
    writeFileSync(join(dir, style, 'usage.ts'), USAGE);
    writeFileSync(join(dir, style, 'tsconfig.json'), JSON.stringify({ compilerOptions: COMPILER_OPTIONS, include: ['**/*.ts'] }));
    generated[style] = await import(join(dir, style, 'index.ts'));
  }
});

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe.each(STYLES)('typed parameters, %s style', (style) => {
  it('type-check under tsc 7: right values pass, every @ts-expect-error is an error', () => {
    const result = spawnSync(TSC, ['-p', join(dir, style, 'tsconfig.json'), '--pretty', 'false'], { encoding: 'utf8' });
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });

  it("type-check under ts-morph's TypeScript 5", () => {
    const project = new Project({ tsConfigFilePath: join(dir, style, 'tsconfig.json') });
    expect(project.formatDiagnosticsWithColorAndContext(project.getPreEmitDiagnostics())).toBe('');
  });

  it('fails when an expected error is gone: the cases are not idle', () => {
    const loose = USAGE.replaceAll('// @ts-expect-error', '//');
    writeFileSync(join(dir, style, 'usage.ts'), loose);
    try {
      const result = spawnSync(TSC, ['-p', join(dir, style, 'tsconfig.json'), '--pretty', 'false'], { encoding: 'utf8' });
      const failing = new Set([...result.stdout.matchAll(/usage\.ts\((\d+),/g)].map((match) => Number(match[1])));
      // The line after each marker, 1-based: exactly those fail, nothing else.
      const expected = USAGE.split('\n').flatMap((line, index) => (line.startsWith('// @ts-expect-error') ? [index + 2] : []));
      expect(expected).toHaveLength(10);
      expect([...failing].sort((a, b) => a - b)).toEqual(expected);
    } finally {
      writeFileSync(join(dir, style, 'usage.ts'), USAGE);
    }
  });
});

describe.each(STYLES)('formatting at run time, %s style', (style) => {
  it('fills placeholders of every syntax, and keeps prose that only looks like one', () => {
    const { formatMessage, ParamsErrorCode: C, createParamsError } = generated[style]!.params;
    expect(formatMessage(C.P1, 'en', { p1: 'appKey' })).toBe('Miss required parameter (appKey), see doc');
    expect(formatMessage(C.P1, 'zh-CN', { p1: 'appKey' })).toBe('缺失必选参数 (appKey)');
    expect(formatMessage(C.P3, 'zh-CN', { p1: 3, name: 'upload' })).toBe('upload 请 3 秒后重试');
    const p4 = params.entries[3]!.code;
    expect(formatMessage(p4, 'en', { kind: 'Pet', p1: '7' })).toBe('Pet 7 not found, 100% sure, {not json}');
    expect(formatMessage(params.entries[4]!.code)).toBe('Plain {"a": 1} and {} and 100% and %% done');
    // Without values the template shows, in the one form both formatters read.
    expect(formatMessage(C.P2)).toBe('{{field}} is required');
    // A value named like an Object member is not looked up on the prototype.
    expect(formatMessage(C.P2, 'en', JSON.parse('{"__proto__": {"field": "x"}}'))).toBe('{{field}} is required');
    const error = createParamsError(C.P2, { params: { field: 'name' }, locale: 'zh-CN' });
    expect(error.message).toBe('name 必填');
  });
});

describe('i18next reads the JSON files', () => {
  it('gives what formatMessage gives, for every message and locale, with default interpolation settings and escapeValue off', async () => {
    const values: Record<string, Record<string, string | number>> = {
      P1: { p1: 'appKey' },
      P2: { field: 'name' },
      P3: { p1: 3, name: 'upload' },
      P4: { kind: 'Pet', p1: '7' },
      P5: {},
    };
    const resources = Object.fromEntries(
      params.locales.map((locale) => [locale, { translation: JSON.parse(readFileSync(join(dir, 'enum', 'params', 'messages', `${locale}.json`), 'utf8')) }]),
    );
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false }, keySeparator: false, nsSeparator: false });
    const { formatMessage } = generated.enum!.params;
    let compared = 0;
    for (const entry of params.entries) {
      for (const locale of params.locales) {
        if (entry.messages[locale] === undefined) continue;
        expect(i18n.t(entry.code, { lng: locale, ...values[entry.code] })).toBe(formatMessage(entry.code, locale, values[entry.code]));
        compared += 1;
      }
    }
    expect(compared).toBe(8);
  });
});
