/**
 * The generated code itself: it type-checks under both compilers, in both enum styles, and
 * behaves as documented, hostile spec text included. One output dir for all tests, one
 * compiler run per compiler and style.
 */

import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Node, Project, ts } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitIndex, type GeneratedFile } from '../../generator/emit/index.js';
import type { CatalogOptions } from '../../generator/model.js';
import { seedCatalog } from '../helpers/seeds.js';
import { STYLES, emitAll, emitBothStyles, withStyle } from './emitted.js';
import { HOSTILE_CODES, HOSTILE_MESSAGES, empty, hostile, makeCatalog, numeric, params, petCore, wire } from './fixtures.js';

type Style = CatalogOptions['enumStyle'];

const TSC = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url));
const CONTEXT = { generator: 'errspec', repoPrefix: '', openapi: true, regenerate: 'npm run generate' };
const CATALOGS = [petCore, hostile, empty, wire, numeric, params];
const SEEDS = (['oauth-iot', 'pet-core', 'xlink', 'secondme', 'aliyun-living'] as const).map(seedCatalog);

/** Stricter than the brief asks, so that generated code also passes projects with these on. */
const COMPILER_OPTIONS = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  noImplicitOverride: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noImplicitReturns: true,
  noPropertyAccessFromIndexSignature: true,
  isolatedDeclarations: true,
  declaration: true,
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  target: 'ES2022',
  lib: ['ES2022'],
  types: [],
  noEmit: true,
};

/** A consumer of the generated code: its types must say what the code does, in either style. */
function usage(style: Style): string {
  // An enum member is a type; a const object's property is a value, its type is `typeof` it.
  const member = (path: string): string => (style === 'const' ? `typeof ${path}` : path);
  return `
import { empty, numeric, params, petCore, wire } from "./index.js";

// A listed enum member gives its own class, with literal code and name.
export const known: petCore.A0400Error = petCore.createPetCoreError(petCore.PetCoreErrorCode.A0400);
export const knownCode: ${member('petCore.PetCoreErrorCode.A0400')} = known.code;
export const knownName: "A0400Error" = known.name;
export const status: number = known.httpStatus;
export const retryable: boolean = known.retryable;
export const code: petCore.PetCoreErrorCode = petCore.PetCoreErrorCode.A0401;
// Any other string gives the base class.
export const other: petCore.PetCoreError = petCore.createPetCoreError("Z9999", {
  locale: "zh-CN",
  details: { field: "deviceId" },
  cause: new Error("socket closed"),
});
export const unknown: petCore.UnknownPetCoreError = new petCore.UnknownPetCoreError("Z9999");
export const none: empty.EmptyError = empty.createEmptyError("Z9999");
export const lookup: number | null | undefined = petCore.getPetCoreHttpStatus("Z9999");
export const text: string = petCore.formatMessage("A0400", "en");
export const fallback: number = petCore.petCoreDefaultHttpStatus;
export const said: boolean | null = petCore.petCoreRetryable[petCore.PetCoreErrorCode.A0400];
export const retry: boolean = petCore.isPetCoreRetryable("A0400", 503);
// Each class's status is its literal type (as Hono's \`c.json(body, status)\` wants); a literal code gives its class.
export const literalStatus: 400 = petCore.createPetCoreError("A0400").httpStatus;
export const staticStatus: 400 = petCore.A0400Error.httpStatus;

// The wire format: the documented body, and back.
export const response: petCore.ErrorResponse = known.toResponse("zh-CN");
export const responseCode: petCore.PetCoreErrorCode = response.code;
export const details: Readonly<Record<string, unknown>> | undefined = wire.createWireError(wire.WireErrorCode.W1).toJSON().meta?.details;
export const back: petCore.PetCoreError | petCore.PetCoreResponseFormatError = petCore.PetCoreError.fromResponse(JSON.parse("{}"), 400);
export const reason: string | undefined = back instanceof petCore.PetCoreResponseFormatError ? back.reason : undefined;
export const formatStatus: number | undefined = new petCore.PetCoreResponseFormatError("x", null).httpStatus;
export const numericBody: numeric.ErrorResponse = { result: { code: 401, message: "Unauthorized" }, status: 401 };
export const wireBody: wire.ErrorResponse = { ["__proto__"]: wire.WireErrorCode.W1, err: { '*/ "x': "m", valueOf: 400 }, "a-b": null };
export const wireBodyWithDetails: wire.ErrorResponse = { ...wireBody, meta: { details: { a: 1 } } };
// @ts-expect-error a code the spec does not list
export const badCode: petCore.ErrorResponse = { code: "Z9999", message: "x" };
// @ts-expect-error codes of this API go as numbers
export const badNumeric: numeric.ErrorResponse = { result: { code: "401", message: "x" }, status: 401 };
// @ts-expect-error the message is required
export const noMessage: petCore.ErrorResponse = { code: petCore.PetCoreErrorCode.A0400 };
// @ts-expect-error another code's class
export const wrong: petCore.A0401Error = petCore.createPetCoreError(petCore.PetCoreErrorCode.A0400);
// @ts-expect-error not a locale of the spec
petCore.formatMessage("A0400", "fr");
// @ts-expect-error not a locale of the spec
known.toResponse("fr");
// @ts-expect-error the base class is abstract
new petCore.PetCoreError("A0400");
// A literal code whose message has placeholders gives its class, and its params are checked.
export const withParams: params.P3Error = params.createParamsError("P3", { params: { p1: 5, name: "x" } });
// @ts-expect-error a misspelt param
params.createParamsError("P3", { params: { p1: 5, nmae: "x" } });
// @ts-expect-error the params are required
params.createParamsError("P3");
// @ts-expect-error the message has no placeholder
params.createParamsError("P5", { params: { name: "x" } });
`;
}

let dir: string;
/** The root index of each style, by namespace; `any` because the modules only exist at test time. */
const generated: Record<Style, Record<string, any>> = { enum: {}, const: {} };
/** The files of the fixtures, by style. */
const files: Record<Style, GeneratedFile[]> = { enum: [], const: [] };

beforeAll(async () => {
  // The seed specs through the real pipeline, in a folder of their own (their pet-core is not ours).
  dir = emitBothStyles('errspec-emit-', { '': CATALOGS, seeds: SEEDS });
  for (const style of STYLES) {
    files[style] = emitAll(CATALOGS.map((catalog) => withStyle(catalog, style)));
    writeFileSync(join(dir, style, 'usage.ts'), usage(style));
    // The const style must need no TypeScript-only runtime syntax: no enums, namespaces or parameter properties.
    const compilerOptions = style === 'const' ? { ...COMPILER_OPTIONS, erasableSyntaxOnly: true } : COMPILER_OPTIONS;
    writeFileSync(join(dir, style, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['**/*.ts'] }));
    generated[style] = await import(join(dir, style, 'index.ts'));
  }
});

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe.each(STYLES)('type-checking, %s style', (style) => {
  it('passes the native tsc (typescript 7) under strict settings, the seed specs included', () => {
    const result = spawnSync(TSC, ['-p', join(dir, style, 'tsconfig.json'), '--pretty', 'false'], { encoding: 'utf8' });
    expect(result.error).toBeUndefined();
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });

  it("passes ts-morph's bundled compiler under the same settings", () => {
    const project = new Project({ tsConfigFilePath: join(dir, style, 'tsconfig.json') });
    const sources = project.getSourceFiles().map((source) => source.getFilePath());
    expect(sources).toContain(join(dir, style, 'usage.ts'));
    expect(sources).toContain(join(dir, style, 'seeds/xlink/index.ts'));
    expect(project.getCompilerOptions().erasableSyntaxOnly).toBe(style === 'const' ? true : undefined);
    const diagnostics = project.getPreEmitDiagnostics();
    expect(project.formatDiagnosticsWithColorAndContext(diagnostics)).toBe('');
  });
});

describe('erasable syntax', () => {
  it('is what the enum style lacks: the flag the const style passes under is not idle', () => {
    const result = spawnSync(
      TSC,
      ['--ignoreConfig', '--noEmit', '--erasableSyntaxOnly', '--target', 'ES2022', '--module', 'NodeNext', join(dir, 'enum/pet-core/index.ts')],
      { encoding: 'utf8' },
    );
    expect(result.stdout).toMatch(/error TS1294:/);
  });

  it('the const style has no enum at all', () => {
    for (const file of files.const) expect(file.content, file.path).not.toMatch(/^export enum /m);
    expect(files.enum.find((file) => file.path === 'pet-core/index.ts')?.content).toMatch(/^export enum PetCoreErrorCode \{$/m);
  });
});

/** Parse a generated file of a style without type-checking it. */
function parse(style: Style, path: string) {
  const file = files[style].find((candidate) => candidate.path === path);
  return new Project({ useInMemoryFileSystem: true }).createSourceFile(path, file?.content ?? '');
}

/** The JSDoc comments TypeScript attaches to a node, with their tags. */
function jsDocsOf(node: Node): { text: string; tags: number }[] {
  return ts.getJSDocCommentsAndTags(node.compilerNode).flatMap((doc) =>
    ts.isJSDoc(doc) ? [{ text: ts.getTextOfJSDocComment(doc.comment) ?? '', tags: doc.tags?.length ?? 0 }] : [],
  );
}

describe('doc comments', () => {
  it('document every code of the hostile catalog, with no tag and no statement injected (enum style)', () => {
    const codes = parse('enum', 'hostile/index.ts');
    expect(codes.getEnums()).toHaveLength(1);
    const errors = codes;
    const documented = [
      ...codes.getEnumOrThrow('HostileErrorCode').getMembers(),
      ...hostile.entries.map((entry) => errors.getClassOrThrow(entry.className)),
    ];
    expect(documented).toHaveLength(2 * hostile.entries.length);
    for (const node of documented) {
      const docs = node.getJsDocs();
      expect(docs).toHaveLength(1);
      expect(docs[0]?.getTags()).toEqual([]);
      expect(docs[0]?.getDescription()).toContain('Spec: specs/host');
    }
    expect(errors.getClasses()).toHaveLength(hostile.entries.length + 3);
  });

  it('document every code of the hostile catalog in the const style too: the object, its frozen copy and the type', () => {
    const codes = parse('const', 'hostile/index.ts');
    expect(codes.getEnums()).toEqual([]);
    const object = codes.getVariableDeclarationOrThrow('HostileErrorCode').getInitializerOrThrow();
    const members = object.getDescendantsOfKind(ts.SyntaxKind.PropertyAssignment);
    expect(members.map((member) => member.getName())).toEqual(hostile.entries.map((entry) => entry.name));
    for (const member of members) {
      const docs = jsDocsOf(member);
      expect(docs).toHaveLength(1);
      expect(docs[0]?.tags).toBe(0);
      expect(docs[0]?.text).toContain('Spec: specs/host');
    }
    expect(codes.getTypeAliasOrThrow('HostileErrorCode').getJsDocs()).toHaveLength(1);
  });

  it('show the messages, description, status (or the default), retryable, remedy lines and spec line', () => {
    const doc = (name: string) =>
      parse('enum', 'pet-core/index.ts').getEnumOrThrow('PetCoreErrorCode').getMemberOrThrow(name).getJsDocs()[0]?.getDescription().trim();
    expect(doc('A0402')).toBe(
      ['令牌过期', '', 'HTTP status: 401', '', 'Remedy:', '1.检查appKey', '2.检查权限', '', 'Spec: specs/pet-core.md:12'].join('\n'),
    );
    // Parts of one line each, in 160 columns, go on one line.
    expect(doc('C0001')).toBe('HTTP status: none in the spec; errors take the default, 500 · Spec: specs/pet-core.md:15');
    const numericDoc = parse('const', 'numeric/index.ts').getVariableDeclarationOrThrow('NumericErrorCode').getInitializerOrThrow();
    const [, , unavailable] = numericDoc.getDescendantsOfKind(ts.SyntaxKind.PropertyAssignment);
    expect(jsDocsOf(unavailable!)[0]?.text).toBe(
      'Unavailable, do not retry · HTTP status: 503 · Retryable: no, as the spec says · Spec: specs/numeric.md:12',
    );
  });

  it.each(STYLES)('document every declaration, the members of the base class, the format error and the response (%s style)', (style) => {
    const undocumented: string[] = [];
    for (const file of files[style].filter((candidate) => /^[^/]+\/index\.ts$/.test(candidate.path))) {
      const source = parse(style, file.path);
      for (const statement of source.getStatements()) {
        // Imports and the `runtime.register(...)` call are not declarations; the module's own helpers are not exported.
        if (Node.isImportDeclaration(statement) || Node.isExpressionStatement(statement)) continue;
        if (Node.isExportable(statement) && !statement.isExported()) continue;
        const name = Node.hasName(statement) ? statement.getName() : statement.getKindName();
        // An overloaded function is documented on each overload, as editors show them.
        const overloads = Node.isFunctionDeclaration(statement) ? statement.getOverloads() : [];
        for (const node of overloads.length === 0 ? [statement] : overloads) {
          if (jsDocsOf(node).length !== 1) undocumented.push(`${file.path}: ${name}`);
        }
      }
      // The code -> class map is a type for the factory; its members are the codes, documented in codes.ts.
      const members = [
        ...source.getClasses().filter((declaration) => declaration.isAbstract() || declaration.getName()?.endsWith('ResponseFormatError')),
        // `Types` is the module's own, not exported: it binds the runtime's generics, whose members are documented there.
        ...source.getInterfaces().filter((declaration) => declaration.isExported() && !declaration.getName().endsWith('ByCode')),
      ].flatMap((declaration) => declaration.getDescendants().filter((node) => Node.isPropertySignature(node) || Node.isPropertyDeclaration(node) || Node.isMethodDeclaration(node) || Node.isConstructorDeclaration(node)));
      for (const member of members) {
        const name = Node.hasName(member) ? member.getName() : 'constructor';
        // `name` overrides are literals, documented by the class.
        if (name !== 'name' && jsDocsOf(member).length !== 1) undocumented.push(`${file.path}: member ${name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});

describe.each(STYLES)('errors at run time, %s style', (style) => {
  it('exports exactly the documented runtime API, and none of the private helpers', () => {
    expect(Object.keys(generated[style].petCore).sort()).toEqual(
      [
        'PetCoreErrorCode',
        'PetCoreError',
        ...petCore.entries.map((entry) => entry.className),
        ...petCore.entries.map((entry) => `is${entry.className}`),
        'UnknownPetCoreError',
        'isPetCoreError',
        'createPetCoreError',
        'PetCoreResponseFormatError',
        'defaultLocale',
        'petCoreMessages',
        'formatMessage',
        'petCoreRemedies',
        'formatPetCoreRemedy',
        'petCoreHttpStatus',
        'getPetCoreHttpStatus',
        'petCoreDefaultHttpStatus',
        'petCoreRetryable',
        'isRetryableHttpStatus',
        'isPetCoreRetryable',
      ].sort(),
    );
  });

  it('creates the class of a known code, with code, status, retryable, name and message from the spec', () => {
    const { createPetCoreError, PetCoreError, A0400Error, PetCoreErrorCode } = generated[style].petCore;
    const error = createPetCoreError(PetCoreErrorCode.A0400);
    expect(error).toBeInstanceOf(A0400Error);
    expect(error).toBeInstanceOf(PetCoreError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('A0400');
    expect(error.httpStatus).toBe(400);
    expect(error.retryable).toBe(false);
    expect(error.name).toBe('A0400Error');
    expect(error.message).toBe('Invalid request');
    expect(String(error.stack)).toMatch(/^A0400Error: Invalid request\n/);
    expect(new A0400Error().message).toBe('Invalid request');
  });

  it('takes the message in the requested locale, or the one given, and keeps details and cause; a received error has the response\'s status', () => {
    const { createPetCoreError } = generated[style].petCore;
    const cause = new Error('socket closed');
    const error = createPetCoreError('A0400', { locale: 'zh-CN', details: { field: 'deviceId' }, cause });
    expect(error.message).toBe('请求格式或参数非法');
    expect(error.details).toEqual({ field: 'deviceId' });
    expect(error.cause).toBe(cause);
    expect(createPetCoreError('A0400', { message: 'custom' }).message).toBe('custom');
    expect('cause' in createPetCoreError('A0400')).toBe(false);
    // An error read from a response has the response's status (and is retryable by it); the spec's stays on its class.
    const { PetCoreError, A0400Error } = generated[style].petCore;
    const received = PetCoreError.fromResponse({ code: 'A0400', message: 'x' }, 503);
    expect([received instanceof A0400Error, received.httpStatus, received.retryable, received.received.status, A0400Error.httpStatus]).toEqual([true, 503, true, 503, 400]);
    expect(PetCoreError.fromResponse({ code: 'A0400', message: 'x' }).httpStatus).toBe(400);
    expect(createPetCoreError('A0400').httpStatus).toBe(400);
  });

  it('gives an unknown code the unknown class, keeping the code, with the default status', () => {
    const { createPetCoreError, UnknownPetCoreError, PetCoreError, isPetCoreError } = generated[style].petCore;
    const error = createPetCoreError('Z9999');
    expect(error).toBeInstanceOf(UnknownPetCoreError);
    expect(error).toBeInstanceOf(PetCoreError);
    expect(error.code).toBe('Z9999');
    expect(error.httpStatus).toBe(500);
    expect(error.retryable).toBe(true);
    expect(error.name).toBe('UnknownPetCoreError');
    expect(error.message).toBe('Z9999');
    expect(isPetCoreError(error)).toBe(true);
    expect(isPetCoreError(new Error('x'))).toBe(false);
    expect(isPetCoreError(generated[style].hostile.createHostileError('Z9999'))).toBe(false);
  });

  it('round-trips every hostile message exactly, and knows the hostile codes', () => {
    const { createHostileError, HostileError, UnknownHostileError } = generated[style].hostile;
    for (const entry of hostile.entries) {
      const error = createHostileError(entry.code);
      expect(error).toBeInstanceOf(HostileError);
      expect(error).not.toBeInstanceOf(UnknownHostileError);
      expect(error).toBeInstanceOf(generated[style].hostile[entry.className]);
      expect(error.code).toBe(entry.code);
      expect(error.name).toBe(entry.className);
      expect(error.httpStatus).toBe(entry.httpStatus ?? 500);
      const message = entry.messages.en ?? entry.messages['zh-CN'] ?? entry.code;
      expect(error.message).toBe(message);
      expect(HostileError.fromResponse(JSON.parse(JSON.stringify(error)))).toBeInstanceOf(generated[style].hostile[entry.className]);
    }
    expect(hostile.entries.map((entry) => entry.messages.en ?? entry.messages['zh-CN'])).toEqual(
      expect.arrayContaining(HOSTILE_MESSAGES),
    );
  });

  it('never throws, whatever the code', () => {
    const { createHostileError, UnknownHostileError } = generated[style].hostile;
    for (const code of ['', 'prototype', '__defineGetter__', 'isPrototypeOf', 'A0400', '\ud800']) {
      const error = createHostileError(code);
      expect(error).toBeInstanceOf(UnknownHostileError);
      expect(error.code).toBe(code);
      expect(error.httpStatus).toBe(500);
    }
  });

  it('works for a catalog without entries', () => {
    const { createEmptyError, UnknownEmptyError, EmptyError, formatMessage, getEmptyHttpStatus, EmptyErrorCode } = generated[style].empty;
    expect(createEmptyError('A0400')).toBeInstanceOf(UnknownEmptyError);
    expect(formatMessage('A0400')).toBe('A0400');
    expect(getEmptyHttpStatus('A0400')).toBeUndefined();
    expect(Object.keys(EmptyErrorCode)).toEqual([]);
    // Without a message field, a locale changes nothing; codes go as numbers where they are numbers.
    expect(createEmptyError('A0400').toResponse('en')).toStrictEqual({ error: { code: 'A0400' } });
    expect(createEmptyError('12').toJSON()).toStrictEqual({ error: { code: 12 } });
    const back = EmptyError.fromResponse({ error: { code: 12, uri: 'https://x' } }, 404);
    expect(back).toBeInstanceOf(UnknownEmptyError);
    expect([back.code, back.message, back.httpStatus, back.retryable]).toEqual(['12', '12', 404, false]);
  });
});

describe.each(STYLES)('codes, statuses and messages at run time, %s style', (style) => {
  it('lists the codes in spec order, the same object in both styles but frozen in the const style', () => {
    const { PetCoreErrorCode } = generated[style].petCore;
    expect(Object.values(PetCoreErrorCode)).toEqual(petCore.entries.map((entry) => entry.code));
    expect(Object.entries(PetCoreErrorCode)).toEqual(petCore.entries.map((entry) => [entry.name, entry.code]));
    expect(Object.values(generated[style].hostile.HostileErrorCode)).toEqual(hostile.entries.map((entry) => entry.code));
    expect(Object.isFrozen(PetCoreErrorCode)).toBe(style === 'const');
    expect(Object.getPrototypeOf(PetCoreErrorCode)).toBe(Object.prototype);
  });

  it('looks statuses up by own property only', () => {
    const { getHostileHttpStatus, hostileHttpStatus } = generated[style].hostile;
    expect(Object.getPrototypeOf(hostileHttpStatus)).toBe(Object.prototype);
    expect(Object.isFrozen(hostileHttpStatus)).toBe(true);
    expect(Object.keys(hostileHttpStatus)).toEqual(expect.arrayContaining(HOSTILE_CODES));
    expect(getHostileHttpStatus('__proto__')).toBe(400);
    expect(getHostileHttpStatus('constructor')).toBeNull();
    expect(getHostileHttpStatus('toString')).toBe(402);
    expect(getHostileHttpStatus('4001001')).toBe(404);
    expect(getHostileHttpStatus('no-message')).toBe(404);
    expect(getHostileHttpStatus('isPrototypeOf')).toBeUndefined();
    expect(getHostileHttpStatus('Z9999')).toBeUndefined();
    expect(generated[style].petCore.getPetCoreHttpStatus('B0001')).toBeNull();
  });

  it('looks retryability up by own property only', () => {
    const { isHostileRetryable, hostileRetryable } = generated[style].hostile;
    expect(Object.isFrozen(hostileRetryable)).toBe(true);
    expect(Object.hasOwn(hostileRetryable, '__proto__')).toBe(true);
    expect(Object.values(hostileRetryable).every((value) => value === null)).toBe(true);
    // `__proto__` has 400, `constructor` none (so the default 500), `toString` 402.
    expect(['__proto__', 'constructor', 'toString', 'isPrototypeOf'].map((code) => isHostileRetryable(code))).toEqual([false, true, false, true]);
  });

  it('falls back from the requested locale to the default, then the other locales, then the code', () => {
    const { formatMessage, defaultLocale, petCoreMessages } = generated[style].petCore;
    expect(defaultLocale).toBe(petCore.defaultLocale);
    expect(formatMessage('A0400', 'zh-CN')).toBe('请求格式或参数非法');
    expect(formatMessage('A0400', 'en')).toBe('Invalid request');
    expect(formatMessage('A0400')).toBe('Invalid request');
    // Only in en (the default).
    expect(formatMessage('B0001', 'zh-CN')).toBe('System error');
    // Only in zh-CN, which is not the default.
    expect(formatMessage('A0402', 'en')).toBe('令牌过期');
    expect(formatMessage('C0001')).toBe('C0001');
    expect(formatMessage('nope', 'en')).toBe('nope');
    // An untyped caller's locale must not reach Object.prototype.
    expect(formatMessage('A0400', '__proto__')).toBe('Invalid request');
    expect(formatMessage('toString', 'fr')).toBe('toString');
    expect(Object.getPrototypeOf(petCoreMessages)).toBe(Object.prototype);
    expect(Object.keys(petCoreMessages)).toEqual(['zh-CN', 'en']);
    expect(Object.isFrozen(petCoreMessages.en)).toBe(true);
  });

  it('keeps hostile codes as own keys of the messages', () => {
    const { formatMessage, hostileMessages } = generated[style].hostile;
    expect(Object.getPrototypeOf(hostileMessages.en)).toBe(Object.prototype);
    expect(Object.hasOwn(hostileMessages.en, '__proto__')).toBe(true);
    expect(formatMessage('__proto__')).toBe(HOSTILE_MESSAGES[0]);
    expect(formatMessage('hasOwnProperty', 'zh-CN')).toBe(HOSTILE_MESSAGES[3]);
    expect(formatMessage('valueOf')).toBe(HOSTILE_MESSAGES[6]);
    expect(formatMessage('propertyIsEnumerable')).toBe('propertyIsEnumerable');
  });
});

/** The keys and values of a flat JSON object in text order (JSON.parse would move integer-like keys). */
function jsonPairs(text: string): [string, string][] {
  return text
    .split('\n')
    .slice(1, -2)
    .map((line) => JSON.parse(`[${line.replace(/,$/, '').replace(/^ {2}("(?:[^"\\]|\\.)*"): /, '$1,')}]`));
}

describe('messages/<locale>.json', () => {
  it('holds exactly the messages of each locale, in spec order', () => {
    // The params catalog's messages are written with `{{name}}` placeholders (test/messages/placeholders.test.ts).
    for (const catalog of CATALOGS.filter((candidate) => candidate !== params)) {
      for (const locale of catalog.locales) {
        const file = files.enum.find((candidate) => candidate.path === `${catalog.id}/messages/${locale}.json`);
        const expected = catalog.entries.flatMap((entry) => {
          const message = entry.messages[locale];
          return message === undefined ? [] : [[entry.code, message]];
        });
        expect(file?.content.endsWith('}\n')).toBe(true);
        expect(jsonPairs(file?.content ?? '')).toEqual(expected);
        expect(JSON.parse(file?.content ?? '')).toEqual(Object.fromEntries(expected));
      }
    }
    expect(files.enum.filter((file) => file.path.startsWith('empty/messages/'))).toEqual([]);
  });
});

describe('the files', () => {
  it('keep a one-entry catalog under 100 lines of TypeScript, its code\'s class and the runtime\'s defaults included', () => {
    const one = makeCatalog('demo', [{ code: 'demo.failed', httpStatus: 400, messages: { en: 'It failed' } }]);
    const module = emitAll([one]).find((file) => file.path === 'demo/index.ts')?.content ?? '';
    expect(module).toContain('const DemoFailedErrorBase: EntryClass<Types, DemoErrorCode.DEMO_FAILED, 400> =\n  DemoError.of(DemoErrorCode.DEMO_FAILED, 400);');
    expect(module).toContain('envelope: [{ path: ["code"], role: "code" }, { path: ["message"], role: "message" }],');
    expect(module).not.toMatch(/defaultHttpStatus: 500|problemTypeBase:|type: "string"/);
    expect(module.split('\n').length - 1).toBeLessThan(100);
  });

  it('write a member\'s doc as paragraphs once its parts no longer fit on one line of 160 columns', () => {
    const doc = (message: string): string[] => {
      const module = emitAll([makeCatalog('demo', [{ code: 'D1', httpStatus: 400, messages: { en: message } }])]).find((file) => file.path === 'demo/index.ts')?.content ?? '';
      return module.slice(module.indexOf('export enum'), module.indexOf('D1 = ')).split('\n').slice(1, -1).map((line) => line.trim());
    };
    expect(doc('Short')).toEqual(['/** Short · HTTP status: 400 · Spec: specs/demo.md:10 */']);
    expect(doc('x'.repeat(130))).toEqual(['/**', `* ${'x'.repeat(130)}`, '*', '* HTTP status: 400', '*', '* Spec: specs/demo.md:10', '*/']);
  });

  it('are the same bytes when emitted twice', () => {
    expect(emitAll(CATALOGS)).toEqual(files.enum);
    expect(emitAll(CATALOGS.map((catalog) => withStyle(catalog, 'const')))).toEqual(files.const);
    expect(emitIndex([...CATALOGS].reverse(), CONTEXT)).toEqual(emitIndex(CATALOGS, CONTEXT));
  });

  it('differ between the styles only in the TypeScript and its declarations; the JavaScript is the same', () => {
    const differing = files.enum.filter((file, index) => file.content !== files.const[index]?.content).map((file) => file.path);
    expect(differing).toEqual(CATALOGS.flatMap((catalog) => [`${catalog.id}/index.ts`, `dist/${catalog.id}/index.d.ts`]));
  });

  it('are laid out per catalog: its module in three forms, its messages, its OpenAPI and JSON Schema; then the root index and the runtime, each code file starting with the header', () => {
    expect(files.enum.map((file) => file.path)).toEqual([
      ...CATALOGS.flatMap(({ id, locales }) => [`${id}/index.ts`, `dist/${id}/index.js`, `dist/${id}/index.d.ts`, ...locales.map((locale) => `${id}/messages/${locale}.json`), `${id}/openapi.json`, `${id}/schema.json`]),
      'index.ts',
      'dist/index.js',
      'dist/index.d.ts',
      'errspec-runtime.ts',
      'dist/errspec-runtime.js',
      'dist/errspec-runtime.d.ts',
    ]);
    for (const file of files.enum.filter((candidate) => /^(dist\/)?pet-core\/index\./.test(candidate.path))) {
      expect(file.content.split('\n')[0]).toBe(
        '// Generated by errspec from specs/pet-core.md. Do not edit: change the spec, then run `npm run generate`.',
      );
    }
  });

  it('use LF only and end with exactly one newline', () => {
    for (const file of [...files.enum, ...files.const]) {
      expect(file.content).not.toMatch(/\r/);
      expect(file.content).toMatch(/[^\n]\n$/);
    }
  });

  it('hold no raw invisible or line-separating characters from the spec', () => {
    for (const file of [...files.enum, ...files.const]) {
      expect(file.content).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u2028\u2029\u202e\u2066\u200b\ufeff]/);
    }
  });

  it('list the specs in the root index, sorted by id', () => {
    const index = files.enum.find((file) => file.path === 'index.ts')?.content ?? '';
    expect(index).toContain('// - specs/empty.md\n');
    expect(index.indexOf('"./empty/index.js"')).toBeLessThan(index.indexOf('"./hostile/index.js"'));
    expect(index.indexOf('"./hostile/index.js"')).toBeLessThan(index.indexOf('"./pet-core/index.js"'));
    expect(index).not.toMatch(/^export const x/m);
  });

  it('keep the keys of the spec\'s envelope out of code except as string literals', () => {
    const response = files.enum.find((file) => file.path === 'wire/index.ts')?.content ?? '';
    expect(response).toContain('readonly "*/ \\"x": string;');
    expect(response).toContain('readonly "__proto__": WireErrorCode;');
    expect(response).toContain('readonly valueOf: number;');
    expect(response).toContain('readonly "a-b"?: null;');
    expect(response).not.toMatch(/readonly (constructor|toString)\b/);
    expect(response).toContain('Left out: "err.constructor", "toString", optional and named like a member every object has');
    // The runtime writes the body from this data, key by key, as own properties (test/emit/wire-format.test.ts).
    expect(response).toContain('{ path: ["__proto__"], role: "code" },');
    expect(response).toContain('{ path: ["err", "*/ \\"x"], role: "message" },');
  });
});
