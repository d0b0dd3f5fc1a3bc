/**
 * The committed generated/ folder: it is what other repos import, so it must be what the
 * specs make now, compile under strict settings, and behave as the specs say at run time.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as generated from '../../generated/index.js';
import { regenerateCommand } from '../../generator/config/index.js';
import { defaultPackageIdentity } from '../../generator/config/package-identity.js';
import { emitFiles, loadCatalogs } from '../../generator/pipeline.js';
import { LOCALES } from '../../generator/model.js';

const root = path.resolve(import.meta.dirname, '../..');
const catalogs = loadCatalogs(['specs'], root);
/** What `npm run generate` names the package in this repository: no options, so the defaults from its package.json. */
const identity = defaultPackageIdentity(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')));
/** The command its headers name: the script of this repository's package.json that runs errspec's generate. */
const regenerate = regenerateCommand(root);

describe('generated/', () => {
  it('is exactly what the specs generate now (the CI --check, in-process)', async () => {
    const files = await emitFiles(catalogs, identity, '', true, regenerate);
    for (const file of files) {
      expect(readFileSync(path.join(root, 'generated', file.path), 'utf8'), file.path).toBe(file.content);
    }
    const again = await emitFiles(loadCatalogs(['specs'], root), identity, '', true, regenerate);
    expect(again).toEqual(files);
  }, 60_000); // emits the whole package twice: seconds on a busy 2-core machine

  it('passes tsc --strict --noEmit (typescript 7) on its own', () => {
    const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
    const result = spawnSync(
      tsc,
      [
        '--ignoreConfig', '--strict', '--noEmit', '--noUncheckedIndexedAccess', '--exactOptionalPropertyTypes', '--noImplicitOverride',
        '--noUnusedLocals', '--verbatimModuleSyntax', '--isolatedModules', '--skipLibCheck', '--types', 'node',
        '--target', 'ES2022', '--lib', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext',
        path.join(root, 'generated', 'index.ts'),
      ],
      { encoding: 'utf8', cwd: root },
    );
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('generated errors at run time', () => {
  it('pet-core: factory gives the subclass, with code, status, name, messages in both locales', () => {
    const { petCore } = generated;
    const error = petCore.createPetCoreError(petCore.PetCoreErrorCode.INVALID_REQUEST);
    expect(error).toBeInstanceOf(petCore.InvalidRequestError);
    expect(error).toBeInstanceOf(petCore.PetCoreError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('A0400');
    expect(error.httpStatus).toBe(400);
    expect(error.name).toBe('InvalidRequestError');
    expect(error.message).toBe('Invalid request');
    expect(new petCore.InvalidRequestError({ locale: 'zh-CN' }).message).toBe('请求格式或参数非法');
    expect(petCore.isPetCoreError(error)).toBe(true);
    expect(petCore.isPetCoreError(new Error('x'))).toBe(false);
    const cause = new Error('db down');
    const withCause = new petCore.InternalError({ cause, details: { field: 'deviceId' } });
    expect(withCause.cause).toBe(cause);
    expect(withCause.details).toEqual({ field: 'deviceId' });
    expect(withCause.httpStatus).toBe(500);
  });

  it('an unknown code gives the base class with the code kept and the default status, never a throw', () => {
    const { petCore } = generated;
    const error = petCore.createPetCoreError('Z9999');
    expect(error).toBeInstanceOf(petCore.UnknownPetCoreError);
    expect(error).toBeInstanceOf(petCore.PetCoreError);
    expect(error.code).toBe('Z9999');
    expect(error.httpStatus).toBe(petCore.petCoreDefaultHttpStatus);
    expect(petCore.getPetCoreHttpStatus('Z9999')).toBeUndefined();
    expect(petCore.getPetCoreHttpStatus('constructor')).toBeUndefined();
  });

  it('xlink: HTTP status from the code prefix; secondme: glued rows; oauth-iot: no status, so the default', () => {
    expect(generated.xlink.createXlinkError('4001001').httpStatus).toBe(400);
    expect(generated.xlink.createXlinkError('5031001').httpStatus).toBe(503);
    expect(generated.xlink.formatMessage('4041001')).toBe('URL找不到');
    const expired = generated.secondme.createSecondmeError('oauth2.token.expired');
    expect(expired.httpStatus).toBe(401);
    expect(expired.message).toBe('令牌已过期');
    expect(generated.oauthIot.createOauthIotError('INVALID_GRANT').httpStatus).toBe(500);
    expect(generated.oauthIot.getOauthIotHttpStatus('INVALID_GRANT')).toBeNull();
    expect(generated.aliyunLiving.formatMessage('401', 'en')).toBe('request auth error.');
    expect(generated.aliyunLiving.formatMessage('401', 'zh-CN')).toBe('请求认证错误');
  });

  it('every entry of every catalog: status map, messages module and JSON files agree with the model', () => {
    const modules = generated as unknown as Record<string, Record<string, unknown>>;
    for (const catalog of catalogs) {
      const module = modules[catalog.names.namespace]!;
      const statusOf = module[catalog.names.statusLookup] as (code: string) => number | null | undefined;
      const format = module['formatMessage'] as (code: string, locale?: string) => string;
      const create = module[catalog.names.factory] as (code: string) => Error & { code: string; httpStatus: number };
      for (const locale of LOCALES) {
        const file = path.join(root, 'generated', catalog.id, 'messages', `${locale}.json`);
        const expected = Object.fromEntries(catalog.entries.flatMap((entry) => (entry.messages[locale] === undefined ? [] : [[entry.code, entry.messages[locale]]])));
        if (catalog.locales.includes(locale)) expect(JSON.parse(readFileSync(file, 'utf8')), file).toEqual(expected);
      }
      for (const entry of catalog.entries) {
        expect(statusOf(entry.code), entry.code).toBe(entry.httpStatus);
        const error = create(entry.code);
        expect(error.code).toBe(entry.code);
        expect(error.name).toBe(entry.className);
        expect(error.httpStatus).toBe(entry.httpStatus ?? catalog.options.defaultHttpStatus);
        for (const locale of catalog.locales) {
          const message = entry.messages[locale];
          if (message !== undefined) expect(format(entry.code, locale)).toBe(message);
        }
      }
    }
  });
});
