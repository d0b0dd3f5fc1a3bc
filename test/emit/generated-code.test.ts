/**
 * The generated code itself: it type-checks under both compilers and behaves as documented,
 * hostile spec text included. One output dir and one compiler run per compiler for all tests.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitCatalog, emitIndex, type GeneratedFile } from '../../generator/emit/index.js';
import type { Catalog } from '../../generator/model.js';
import { seedCatalog } from '../helpers/seeds.js';
import { HOSTILE_CODES, HOSTILE_MESSAGES, empty, hostile, petCore } from './fixtures.js';

const TSC = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url));
const CONTEXT = { generator: 'errspec' };
const CATALOGS = [petCore, hostile, empty];

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

/** A consumer of the generated code: its types must say what the code does. */
const USAGE = `
import { empty, petCore } from "./index.js";

// A listed enum member gives its own class, with literal code and name.
export const known: petCore.A0400Error = petCore.createPetCoreError(petCore.PetCoreErrorCode.A0400);
export const knownCode: petCore.PetCoreErrorCode.A0400 = known.code;
export const knownName: "A0400Error" = known.name;
export const status: number | null = known.httpStatus;
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
// @ts-expect-error another code's class
export const wrong: petCore.A0401Error = petCore.createPetCoreError(petCore.PetCoreErrorCode.A0400);
// @ts-expect-error not a locale of the spec
petCore.formatMessage("A0400", "fr");
// @ts-expect-error the base class is abstract
new petCore.PetCoreError("A0400");
`;

function emitAll(catalogs: readonly Catalog[]): GeneratedFile[] {
  return [...catalogs.flatMap((catalog) => emitCatalog(catalog, CONTEXT)), emitIndex(catalogs, CONTEXT)];
}

let dir: string;
/** The root index, by namespace; `any` because the modules only exist at test time. */
let generated: Record<string, any>;
let files: GeneratedFile[];

beforeAll(async () => {
  files = emitAll(CATALOGS);
  // The seed specs through the real pipeline, in a folder of their own (their pet-core is not ours).
  const seeds = emitAll((['oauth-iot', 'pet-core', 'xlink', 'secondme', 'aliyun-living'] as const).map(seedCatalog));
  dir = mkdtempSync(join(tmpdir(), 'errspec-emit-'));
  for (const file of [...files, ...seeds.map((seed) => ({ ...seed, path: `seeds/${seed.path}` }))]) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.content);
  }
  writeFileSync(join(dir, 'usage.ts'), USAGE);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: COMPILER_OPTIONS, include: ['**/*.ts'] }));
  generated = await import(join(dir, 'index.ts'));
});

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('type-checking', () => {
  it('passes the native tsc (typescript 7) under strict settings, the seed specs included', () => {
    const result = spawnSync(TSC, ['-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], { encoding: 'utf8' });
    expect(result.error).toBeUndefined();
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });

  it("passes ts-morph's bundled compiler under the same settings", () => {
    const project = new Project({ tsConfigFilePath: join(dir, 'tsconfig.json') });
    const sources = project.getSourceFiles().map((source) => source.getFilePath());
    expect(sources).toContain(join(dir, 'usage.ts'));
    expect(sources).toContain(join(dir, 'seeds/xlink/errors.ts'));
    const diagnostics = project.getPreEmitDiagnostics();
    expect(project.formatDiagnosticsWithColorAndContext(diagnostics)).toBe('');
  });
});

describe('doc comments', () => {
  /** Parse a generated file without type-checking it. */
  function parse(path: string) {
    const file = files.find((candidate) => candidate.path === path);
    return new Project({ useInMemoryFileSystem: true }).createSourceFile(path, file?.content ?? '');
  }

  it('document every code of the hostile catalog, with no tag and no statement injected', () => {
    const codes = parse('hostile/codes.ts');
    expect(codes.getStatements()).toHaveLength(1);
    const errors = parse('hostile/errors.ts');
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
    expect(errors.getClasses()).toHaveLength(hostile.entries.length + 2);
  });

  it('show the messages, description, status, remedy lines and spec line', () => {
    const member = parse('pet-core/codes.ts').getEnumOrThrow('PetCoreErrorCode').getMemberOrThrow('A0402');
    expect(member.getJsDocs()[0]?.getDescription().trim()).toBe(
      ['令牌过期', '', 'HTTP status: 401.', '', 'Remedy:', '1.检查appKey', '2.检查权限', '', 'Spec: specs/pet-core.md:12'].join('\n'),
    );
  });
});

describe('errors at run time', () => {
  it('creates the class of a known code, with code, status, name and message from the spec', () => {
    const { createPetCoreError, PetCoreError, A0400Error, PetCoreErrorCode } = generated.petCore;
    const error = createPetCoreError(PetCoreErrorCode.A0400);
    expect(error).toBeInstanceOf(A0400Error);
    expect(error).toBeInstanceOf(PetCoreError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('A0400');
    expect(error.httpStatus).toBe(400);
    expect(error.name).toBe('A0400Error');
    expect(error.message).toBe('Invalid request');
    expect(String(error.stack)).toMatch(/^A0400Error: Invalid request\n/);
    expect(new A0400Error().message).toBe('Invalid request');
  });

  it('takes the message in the requested locale, or the one given, and keeps details and cause', () => {
    const { createPetCoreError } = generated.petCore;
    const cause = new Error('socket closed');
    const error = createPetCoreError('A0400', { locale: 'zh-CN', details: { field: 'deviceId' }, cause });
    expect(error.message).toBe('请求格式或参数非法');
    expect(error.details).toEqual({ field: 'deviceId' });
    expect(error.cause).toBe(cause);
    expect(createPetCoreError('A0400', { message: 'custom' }).message).toBe('custom');
    expect('cause' in createPetCoreError('A0400')).toBe(false);
  });

  it('gives an unknown code the unknown class, keeping the code, with no status', () => {
    const { createPetCoreError, UnknownPetCoreError, PetCoreError, isPetCoreError } = generated.petCore;
    const error = createPetCoreError('Z9999');
    expect(error).toBeInstanceOf(UnknownPetCoreError);
    expect(error).toBeInstanceOf(PetCoreError);
    expect(error.code).toBe('Z9999');
    expect(error.httpStatus).toBeNull();
    expect(error.name).toBe('UnknownPetCoreError');
    expect(error.message).toBe('Z9999');
    expect(isPetCoreError(error)).toBe(true);
    expect(isPetCoreError(new Error('x'))).toBe(false);
    expect(isPetCoreError(generated.hostile.createHostileError('Z9999'))).toBe(false);
  });

  it('round-trips every hostile message exactly, and knows the hostile codes', () => {
    const { createHostileError, HostileError, UnknownHostileError } = generated.hostile;
    for (const entry of hostile.entries) {
      const error = createHostileError(entry.code);
      expect(error).toBeInstanceOf(HostileError);
      expect(error).not.toBeInstanceOf(UnknownHostileError);
      expect(error).toBeInstanceOf(generated.hostile[entry.className]);
      expect(error.code).toBe(entry.code);
      expect(error.name).toBe(entry.className);
      expect(error.httpStatus).toBe(entry.httpStatus);
      const message = entry.messages.en ?? entry.messages['zh-CN'] ?? entry.code;
      expect(error.message).toBe(message);
    }
    expect(hostile.entries.map((entry) => entry.messages.en ?? entry.messages['zh-CN'])).toEqual(
      expect.arrayContaining(HOSTILE_MESSAGES),
    );
  });

  it('never throws, whatever the code', () => {
    const { createHostileError, UnknownHostileError } = generated.hostile;
    for (const code of ['', 'prototype', '__defineGetter__', 'isPrototypeOf', 'A0400', '\ud800']) {
      const error = createHostileError(code);
      expect(error).toBeInstanceOf(UnknownHostileError);
      expect(error.code).toBe(code);
      expect(error.httpStatus).toBeNull();
    }
  });

  it('works for a catalog without entries', () => {
    const { createEmptyError, UnknownEmptyError, formatMessage, getEmptyHttpStatus, EmptyErrorCode } = generated.empty;
    expect(createEmptyError('A0400')).toBeInstanceOf(UnknownEmptyError);
    expect(formatMessage('A0400')).toBe('A0400');
    expect(getEmptyHttpStatus('A0400')).toBeUndefined();
    expect(Object.keys(EmptyErrorCode)).toEqual([]);
  });
});

describe('codes, statuses and messages at run time', () => {
  it('lists the codes in spec order', () => {
    expect(Object.values(generated.petCore.PetCoreErrorCode)).toEqual(petCore.entries.map((entry) => entry.code));
    expect(Object.values(generated.hostile.HostileErrorCode)).toEqual(hostile.entries.map((entry) => entry.code));
  });

  it('looks statuses up by own property only', () => {
    const { getHostileHttpStatus, hostileHttpStatus } = generated.hostile;
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
    expect(generated.petCore.getPetCoreHttpStatus('B0001')).toBeNull();
  });

  it('falls back from the requested locale to the default, then the other locales, then the code', () => {
    const { formatMessage, defaultLocale, petCoreMessages } = generated.petCore;
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
    const { formatMessage, hostileMessages } = generated.hostile;
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
    for (const catalog of CATALOGS) {
      for (const locale of catalog.locales) {
        const file = files.find((candidate) => candidate.path === `${catalog.id}/messages/${locale}.json`);
        const expected = catalog.entries.flatMap((entry) => {
          const message = entry.messages[locale];
          return message === undefined ? [] : [[entry.code, message]];
        });
        expect(file?.content.endsWith('}\n')).toBe(true);
        expect(jsonPairs(file?.content ?? '')).toEqual(expected);
        expect(JSON.parse(file?.content ?? '')).toEqual(Object.fromEntries(expected));
      }
    }
    expect(files.filter((file) => file.path.startsWith('empty/messages/'))).toEqual([]);
  });
});

describe('the files', () => {
  it('are the same bytes when emitted twice', () => {
    expect(emitAll(CATALOGS)).toEqual(files);
    expect(emitIndex([...CATALOGS].reverse(), CONTEXT)).toEqual(emitIndex(CATALOGS, CONTEXT));
  });

  it('are laid out per catalog, each .ts file starting with the header', () => {
    expect(files.map((file) => file.path)).toEqual([
      ...['pet-core', 'hostile', 'empty'].flatMap((id) => [
        `${id}/codes.ts`,
        `${id}/errors.ts`,
        `${id}/status.ts`,
        `${id}/messages.ts`,
        ...(id === 'empty' ? [] : [`${id}/messages/zh-CN.json`, `${id}/messages/en.json`]),
        `${id}/index.ts`,
      ]),
      'index.ts',
    ]);
    for (const file of files.filter((candidate) => candidate.path.startsWith('pet-core/') && candidate.path.endsWith('.ts'))) {
      expect(file.content.split('\n')[0]).toBe(
        '// Generated by errspec from specs/pet-core.md. Do not edit: change the spec, then run `npm run generate`.',
      );
    }
  });

  it('use LF only and end with exactly one newline', () => {
    for (const file of files) {
      expect(file.content).not.toMatch(/\r/);
      expect(file.content).toMatch(/[^\n]\n$/);
    }
  });

  it('hold no raw invisible or line-separating characters from the spec', () => {
    for (const file of files) expect(file.content).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u2028\u2029\u202e\u2066\u200b\ufeff]/);
  });

  it('list the specs in the root index, sorted by id', () => {
    const index = files.at(-1)?.content ?? '';
    expect(index).toContain('// - specs/empty.md\n');
    expect(index.indexOf('"./empty/index.js"')).toBeLessThan(index.indexOf('"./hostile/index.js"'));
    expect(index.indexOf('"./hostile/index.js"')).toBeLessThan(index.indexOf('"./pet-core/index.js"'));
    expect(index).not.toMatch(/^export const x/m);
  });
});
