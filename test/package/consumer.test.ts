/**
 * The committed generated/ as another repository gets it: packed by npm, installed from the
 * tarball with no network, then used from an ES module, from CommonJS and from TypeScript
 * under Node's and bundlers' module resolution.
 */

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as source from '../../generated/pet-core/index.js';
import { packageSize } from '../../scripts/size.js';

const root = path.resolve(import.meta.dirname, '../..');
const generated = path.join(root, 'generated');
const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
/** The name errspec gave the package when generated/ was last written. */
const { name } = JSON.parse(readFileSync(path.join(generated, 'package.json'), 'utf8')) as { name: string };

let temp: string;
let consumer: string;
let packed: string[];
/** What npm says the package holds, unpacked. */
let unpacked: { bytes: number; files: number };

/** Run a command; fail with its output when it exits non-zero. */
function run(command: string, args: string[], cwd: string, input?: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, {
    cwd,
    input,
    encoding: 'utf8',
    timeout: 60_000,
    // npm must not look for updates or write to the user's cache: the test runs offline.
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_cache: path.join(temp, 'npm-cache') },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

beforeAll(() => {
  temp = mkdtempSync(path.join(os.tmpdir(), 'errspec-consumer-'));
  const pack = run('npm', ['pack', generated, '--pack-destination', temp, '--ignore-scripts', '--json'], temp);
  const [info] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[]; unpackedSize: number; entryCount: number }];
  packed = info.files.map((file) => file.path).sort();
  unpacked = { bytes: info.unpackedSize, files: info.entryCount };
  consumer = path.join(temp, 'consumer');
  mkdirSync(consumer);
  writeFileSync(path.join(consumer, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true }, null, 2)}\n`);
  run('npm', ['install', path.join(temp, info.filename), '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], consumer);
}, 60_000);

afterAll(() => {
  if (temp !== undefined) rmSync(temp, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it("weighs what `npm run size` says, within issue 17's budget: at most 40% of the 1.5 MB the seeds' package was", () => {
    expect(packageSize(generated)).toEqual(unpacked);
    expect(unpacked.bytes).toBeLessThanOrEqual(600_000);
  });

  it('holds the manifest, the ES modules with their declarations, the runtime once, the message JSON files and each catalog\'s openapi.json and schema.json; no TypeScript sources, no errspec manifest', () => {
    expect(packed).toContain('package.json');
    for (const file of ['index', 'pet-core/index', 'errspec-runtime']) {
      expect(packed).toContain(`dist/${file}.js`);
      expect(packed).toContain(`dist/${file}.d.ts`);
    }
    expect(packed.filter((file) => file.includes('errspec-runtime'))).toEqual(['dist/errspec-runtime.d.ts', 'dist/errspec-runtime.js']);
    expect(packed).toContain('pet-core/messages/zh-CN.json');
    expect(packed).toContain('pet-core/openapi.json');
    expect(packed).toContain('pet-core/schema.json');
    const others = packed.filter((file) => !file.startsWith('dist/') && !/^[^/]+\/(?:messages\/[^/]+|openapi|schema)\.json$/.test(file));
    expect(others).toEqual(['package.json']);
    expect(packed.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
  });
});

/** The observations both JavaScript consumers print, computed from the same statements. */
const BODY = `
const known = createPetCoreError(PetCoreErrorCode.TOKEN_EXPIRED);
const fromBody = createPetCoreError('A0303');
const unknown = createPetCoreError('Z9999');
console.log(JSON.stringify({
  known: {
    ownClass: known instanceof TokenExpiredError,
    baseClass: known instanceof PetCoreError,
    isError: known instanceof Error,
    rootNamespaceClass: known instanceof petCore.TokenExpiredError,
    name: known.name,
    code: known.code,
    httpStatus: known.httpStatus,
    message: known.message,
  },
  fromBody: { ownClass: fromBody instanceof TokenExpiredError, code: fromBody.code },
  unknown: {
    unknownClass: unknown instanceof UnknownPetCoreError,
    baseClass: unknown instanceof PetCoreError,
    code: unknown.code,
    httpStatus: unknown.httpStatus,
  },
  zhCN: formatMessage(PetCoreErrorCode.TOKEN_EXPIRED, 'zh-CN'),
  json: messages['A0303'],
  entryPoint: resolved,
}));
`;

const NAMES = 'createPetCoreError, formatMessage, PetCoreError, PetCoreErrorCode, TokenExpiredError, UnknownPetCoreError';

/** What both consumers must see; only the entry point differs. */
function expected(): unknown {
  return {
    known: {
      ownClass: true,
      baseClass: true,
      isError: true,
      rootNamespaceClass: true,
      name: 'TokenExpiredError',
      code: 'A0303',
      httpStatus: 401,
      message: 'Token expired',
    },
    fromBody: { ownClass: true, code: 'A0303' },
    // What the TypeScript source gives an unlisted code, whatever the emit stage decides that is.
    unknown: { unknownClass: true, baseClass: true, code: 'Z9999', httpStatus: source.createPetCoreError('Z9999').httpStatus },
    zhCN: 'Token 已过期',
    json: 'Token 已过期',
    entryPoint: expect.stringMatching(new RegExp(`node_modules/${name}/dist/pet-core/index\\.js$`)),
  };
}

describe('JavaScript consumers', () => {
  it('ES module: named imports from the root and the catalog subpath, the JSON subpath with an import attribute', () => {
    const script = `
import { petCore } from '${name}';
import { ${NAMES} } from '${name}/pet-core';
import messages from '${name}/pet-core/messages/zh-CN.json' with { type: 'json' };
const resolved = import.meta.resolve('${name}/pet-core');
${BODY}`;
    const result = run(process.execPath, ['--input-type=module'], consumer, script);
    expect(JSON.parse(result.stdout)).toEqual(expected());
  });

  // The one real CommonJS consumer this needs: Node's own require(), which loads ES modules from 20.19 on.
  it('CommonJS: require() of the root, the catalog subpath and the JSON subpath, from the ES modules', () => {
    const script = `
const { petCore } = require('${name}');
const { ${NAMES} } = require('${name}/pet-core');
const messages = require('${name}/pet-core/messages/zh-CN.json');
const resolved = require.resolve('${name}/pet-core');
${BODY}`;
    const result = run(process.execPath, ['--input-type=commonjs'], consumer, script);
    expect(JSON.parse(result.stdout)).toEqual(expected());
  });
});

/**
 * A TypeScript consumer. The `@ts-expect-error` lines must be errors: if the package's types
 * were missing or `any`, tsc would report them as unused and fail.
 */
const TYPESCRIPT = `
import { petCore } from '${name}';
import { createPetCoreError, formatMessage, PetCoreErrorCode, TokenExpiredError, InvalidTokenError, type PetCoreError, type PetCoreLocale } from '${name}/pet-core';

const known: TokenExpiredError = createPetCoreError(PetCoreErrorCode.TOKEN_EXPIRED);
const fromBody: PetCoreError = createPetCoreError('any string from a response');
const code: PetCoreErrorCode.TOKEN_EXPIRED = known.code;
const locale: PetCoreLocale = 'zh-CN';
const text: string = formatMessage(PetCoreErrorCode.TOKEN_EXPIRED, locale);
const sameClass: typeof TokenExpiredError = petCore.TokenExpiredError;

// @ts-expect-error: 'fr' is not a locale of the spec.
formatMessage(PetCoreErrorCode.TOKEN_EXPIRED, 'fr');
// @ts-expect-error: a known code gives its own class, not another code's.
const wrong: InvalidTokenError = createPetCoreError(PetCoreErrorCode.TOKEN_EXPIRED);
// @ts-expect-error: a code is a member of the enum, not any string.
const plain: PetCoreErrorCode = 'A0303';

export { known, fromBody, code, text, sameClass, wrong, plain };
`;

/** `tsc --strict` on `files` in the consumer, with nothing but the given options: no tsconfig, no @types. */
function typeCheck(files: Record<string, string>, options: string[]): SpawnSyncReturns<string> {
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(consumer, file), text);
  return spawnSync(
    tsc,
    ['--ignoreConfig', '--noEmit', '--strict', '--types', '', '--target', 'ES2022', '--lib', 'ES2022', '--listFiles', ...options, ...Object.keys(files)],
    { cwd: consumer, encoding: 'utf8', timeout: 60_000 },
  );
}

/** Declaration files tsc read from the package, relative to it. */
function packageFiles(listing: string): string[] {
  const prefix = `${path.join(consumer, 'node_modules', name)}/`;
  return listing.split('\n').filter((line) => line.startsWith(prefix)).map((line) => line.slice(prefix.length));
}

describe('TypeScript consumers (tsc --strict, the package types only)', () => {
  it('--module node16: an .mts file gets the declarations beside the ES modules', () => {
    const result = typeCheck({ 'consumer.mts': TYPESCRIPT }, ['--module', 'node16', '--moduleResolution', 'node16']);
    expect(result.stdout.split('\n').filter((line) => /error TS\d+/.test(line))).toEqual([]);
    expect(result.status).toBe(0);
    const files = packageFiles(result.stdout);
    expect(files).toContain('dist/pet-core/index.d.ts');
    expect(files.every((file) => file.endsWith('.d.ts'))).toBe(true);
  });

  it('--module nodenext: a .cts file require()s the ES modules, with the same declarations', () => {
    const result = typeCheck({ 'consumer.cts': TYPESCRIPT }, ['--module', 'nodenext', '--moduleResolution', 'nodenext']);
    expect(result.stdout.split('\n').filter((line) => /error TS\d+/.test(line))).toEqual([]);
    expect(result.status).toBe(0);
    expect(packageFiles(result.stdout)).toContain('dist/pet-core/index.d.ts');
  });

  it('--module esnext --moduleResolution bundler: the ES module declarations, and the JSON subpath typed', () => {
    const json = `import messages from '${name}/pet-core/messages/zh-CN.json';\nexport const message: string = messages.A0303;\n`;
    const result = typeCheck({ 'consumer.ts': TYPESCRIPT, 'messages.ts': json }, ['--module', 'esnext', '--moduleResolution', 'bundler', '--resolveJsonModule']);
    expect(result.stdout.split('\n').filter((line) => /error TS\d+/.test(line))).toEqual([]);
    expect(result.status).toBe(0);
    const files = packageFiles(result.stdout);
    expect(files).toContain('dist/pet-core/index.d.ts');
    expect(files).toContain('pet-core/messages/zh-CN.json');
  });
});

describe('the README example of "Use it from another repo"', () => {
  it('type-checks against the installed package and does what its comments say', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const code = new RegExp("```ts\\n(import [^\\n]* from '" + escaped + "/pet-core';\\n[\\s\\S]*?)```").exec(readme)?.[1];
    expect(code, `a \`\`\`ts block importing from '${name}/pet-core' in README.md`).toBeDefined();
    writeFileSync(path.join(consumer, 'readme-example.mts'), code!);
    const compiled = spawnSync(
      tsc,
      ['--ignoreConfig', '--strict', '--types', '', '--target', 'ES2022', '--lib', 'ES2022', '--module', 'node16', '--moduleResolution', 'node16',
        '--outDir', 'built', 'readme-example.mts'],
      { cwd: consumer, encoding: 'utf8', timeout: 60_000 },
    );
    expect(compiled.stdout + compiled.stderr).toBe('');
    expect(compiled.status).toBe(0);

    const example = pathToFileURL(path.join(consumer, 'built', 'readme-example.mjs')).href;
    const script = `
import { fromHttp, requireFreshToken, toHttp } from ${JSON.stringify(example)};
import { PetCoreResponseFormatError, TokenExpiredError, UnknownPetCoreError } from '${name}/pet-core';
const attempt = (expired) => { try { requireFreshToken(expired); return null; } catch (error) { return error; } };
const thrown = attempt(true);
const sent = toHttp(thrown);
const received = fromHttp(sent.status, JSON.parse(JSON.stringify(sent.body)));
const crash = toHttp(new Error('db down'));
console.log(JSON.stringify({
  fresh: attempt(false),
  thrown: thrown instanceof TokenExpiredError,
  sent,
  crash: { status: crash.status, code: crash.body.code },
  received: { ownClass: received instanceof TokenExpiredError, code: received.code, message: received.message, details: received.details },
  notAnErrorBody: fromHttp(502, '<html>Bad gateway</html>') instanceof PetCoreResponseFormatError,
  unlisted: fromHttp(418, { code: 'Z9999', message: 'teapot' }) instanceof UnknownPetCoreError,
}));
`;
    const result = run(process.execPath, ['--input-type=module'], consumer, script);
    expect(JSON.parse(result.stdout)).toEqual({
      fresh: null,
      thrown: true,
      sent: { status: 401, body: { code: 'A0303', message: 'Token expired', details: { userId: 42 } } },
      crash: { status: 500, code: source.PetCoreErrorCode.INTERNAL_ERROR },
      received: { ownClass: true, code: 'A0303', message: 'Token expired', details: { userId: 42 } },
      notAnErrorBody: true,
      unlisted: true,
    });
  });
});
