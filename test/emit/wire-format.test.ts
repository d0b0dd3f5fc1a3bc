/**
 * Generated errors speak each API's documented error response: `toResponse`/`toJSON` write
 * exactly the envelope, `fromResponse` reads it back and never throws, whatever it is given.
 * Every entry of the five real specs, in both enum styles, plus fixtures with hostile keys.
 */

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, CatalogOptions, Entry, Locale } from '../../generator/model.js';
import { DEFAULT_OPTIONS } from '../../generator/extract/index.js';
import { loadCatalogs } from '../../generator/pipeline.js';
import { STYLES, emitBothStyles } from './emitted.js';
import { numeric, petCore, wire } from './fixtures.js';

type Style = CatalogOptions['enumStyle'];
/** A generated catalog module, untyped: it only exists at test time. */
type Module = Record<string, any>;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REAL = loadCatalogs(['specs'], ROOT);
const FIXTURES = [petCore, wire, numeric];

let dir: string;
const real: Record<Style, Record<string, Module>> = { enum: {}, const: {} };
const fixtures: Record<Style, Record<string, Module>> = { enum: {}, const: {} };

beforeAll(async () => {
  dir = emitBothStyles('errspec-wire-', { real: REAL, fixtures: FIXTURES });
  for (const style of STYLES) {
    real[style] = await import(join(dir, style, 'real/index.ts'));
    fixtures[style] = await import(join(dir, style, 'fixtures/index.ts'));
  }
});

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

/** The real catalog with this id. */
function catalog(id: string): Catalog {
  const found = REAL.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no spec ${id}`);
  return found;
}

/**
 * The body the spec documents for an entry, worked out from the model alone: each field of
 * a role the errors fill, at its path, as an own property.
 */
function documentedBody(of: Catalog, entry: Entry, message: string): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of of.envelope.fields) {
    const value =
      field.role === 'code'
        ? field.type === 'number'
          ? Number(entry.code)
          : entry.code
        : field.role === 'message'
          ? message
          : field.role === 'status'
            ? (entry.httpStatus ?? of.options.defaultHttpStatus)
            : undefined;
    if (value === undefined) continue;
    let object = body;
    for (const key of field.path.slice(0, -1)) {
      if (!Object.hasOwn(object, key)) Object.defineProperty(object, key, { value: {}, enumerable: true, writable: true, configurable: true });
      object = object[key] as Record<string, unknown>;
    }
    Object.defineProperty(object, field.path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
  }
  return body;
}

describe.each(STYLES)('every entry of the five specs, %s style', (style) => {
  it.each(REAL.map((of) => [of.id, of] as const))('%s: toResponse is the documented body; fromResponse gives back the class, code and message', (_, of) => {
    const module = real[style][of.names.namespace]!;
    const Base = module[of.names.baseClass];
    const create = module[of.names.factory];
    const format = module['formatMessage'];
    expect(of.entries.length).toBeGreaterThan(0);
    for (const entry of of.entries) {
      const error = create(entry.code);
      const Class = module[entry.className];
      expect(error).toBeInstanceOf(Class);
      const response = error.toResponse();
      expect(response, entry.code).toStrictEqual(documentedBody(of, entry, error.message));
      expect(JSON.parse(JSON.stringify(error))).toStrictEqual(response);
      for (const body of [response, JSON.parse(JSON.stringify(response))]) {
        const back = Base.fromResponse(body);
        expect(back, entry.code).toBeInstanceOf(Class);
        expect([back.code, back.message, back.httpStatus]).toEqual([error.code, error.message, error.httpStatus]);
      }
      for (const locale of of.locales) {
        const localized = error.toResponse(locale);
        expect(localized).toStrictEqual(documentedBody(of, entry, format(entry.code, locale)));
        const back = Base.fromResponse(localized);
        expect(back).toBeInstanceOf(Class);
        expect([back.code, back.message]).toEqual([entry.code, format(entry.code, locale)]);
        expect(entry.messages[locale] === undefined || back.message === entry.messages[locale]).toBe(true);
      }
    }
  });

  it('writes each API in its own format, key order included', () => {
    const { petCore: pet, xlink, secondme, aliyunLiving, oauthIot } = real[style];
    expect(JSON.stringify(xlink!.createXlinkError('4001001'))).toBe('{"error":{"code":"4001001","msg":"请求数据字段验证不通过"}}');
    expect(JSON.stringify(secondme!.createSecondmeError('oauth2.token.expired'))).toBe(
      '{"code":401,"message":"令牌已过期","error_code":"oauth2.token.expired"}',
    );
    expect(JSON.stringify(aliyunLiving!.createAliyunLivingError('401'))).toBe('{"code":401,"message":"request auth error."}');
    expect(JSON.stringify(aliyunLiving!.createAliyunLivingError('401').toResponse('zh-CN'))).toBe('{"code":401,"message":"请求认证错误"}');
    expect(JSON.stringify(oauthIot!.createOauthIotError('NOT_FOUND'))).toBe('{"error":"NOT_FOUND","error_description":"找不到服务"}');
    expect(JSON.stringify(pet!.createPetCoreError('A0400'))).toBe('{"code":"A0400","message":"Invalid request"}');
    expect(JSON.stringify(new pet!.InvalidRequestError({ details: { field: 'deviceId' } }))).toBe(
      '{"code":"A0400","message":"Invalid request","details":{"field":"deviceId"}}',
    );
    // The given message, not the spec's, unless a locale is asked for.
    expect(pet!.createPetCoreError('A0400', { message: 'custom' }).toResponse()).toStrictEqual({ code: 'A0400', message: 'custom' });
    expect(pet!.createPetCoreError('A0400', { message: 'custom' }).toResponse('zh-CN').message).toBe('请求格式或参数非法');
  });

  it('reads details, the status field and codes in the other JSON type, and keeps unknown codes', () => {
    const { petCore: pet, xlink, secondme, aliyunLiving } = real[style];
    const details = { field: 'deviceId', nested: { deep: [1, 2] } };
    const withDetails = pet!.PetCoreError.fromResponse({ code: 'A0400', message: 'from server', details }, 400);
    expect(withDetails).toBeInstanceOf(pet!.InvalidRequestError);
    expect([withDetails.message, withDetails.details]).toEqual(['from server', details]);
    expect(withDetails.toResponse()).toStrictEqual({ code: 'A0400', message: 'from server', details });
    // Mistyped optional fields are left out: the spec's message, no details.
    const mistyped = pet!.PetCoreError.fromResponse({ code: 'A0400', message: 42, details: ['x'] });
    expect([mistyped.message, mistyped.details]).toEqual(['Invalid request', undefined]);
    // A number where the spec sends strings, and a string where it sends numbers.
    expect(xlink!.XlinkError.fromResponse({ error: { code: 4001001, msg: 'm' } })).toBeInstanceOf(xlink!.E4001001Error);
    const auth = aliyunLiving!.AliyunLivingError.fromResponse({ code: '401', message: 'm' });
    expect(auth).toBeInstanceOf(aliyunLiving!.RequestAuthError);
    expect(auth.toResponse()).toStrictEqual({ code: 401, message: 'm' });
    // Unknown codes keep the code in the wire type they came in.
    const unknownNumber = aliyunLiving!.AliyunLivingError.fromResponse({ code: 9999, message: 'new' });
    expect(unknownNumber).toBeInstanceOf(aliyunLiving!.UnknownAliyunLivingError);
    expect(unknownNumber.toResponse()).toStrictEqual({ code: 9999, message: 'new' });
    expect(aliyunLiving!.createAliyunLivingError('E1').toResponse()).toStrictEqual({ code: 'E1', message: 'E1' });
    const unknownString = pet!.PetCoreError.fromResponse({ code: 'Z9999', message: 'new' }, 418);
    expect(unknownString).toBeInstanceOf(pet!.UnknownPetCoreError);
    expect([unknownString.code, unknownString.message, unknownString.httpStatus, unknownString.retryable]).toEqual(['Z9999', 'new', 418, false]);
    expect(unknownString.toResponse()).toStrictEqual({ code: 'Z9999', message: 'new' });
    // An unknown code's status: the argument, else the body's status field, else the default.
    const body = { code: 429, message: '慢一点', error_code: 'new.code' };
    expect(secondme!.SecondmeError.fromResponse(body).httpStatus).toBe(429);
    expect(secondme!.SecondmeError.fromResponse(body, 503).httpStatus).toBe(503);
    expect(secondme!.SecondmeError.fromResponse({ ...body, code: 'x' }).httpStatus).toBe(500);
    // A listed code read from a response has the response's status; its class keeps the spec's.
    const expired = secondme!.SecondmeError.fromResponse({ ...body, error_code: 'oauth2.token.expired' }, 500);
    expect([expired.httpStatus, expired.constructor.httpStatus]).toEqual([500, 401]);
  });
});

/** Bodies that are not the envelope of pet-core, and what the reason must say. */
function hostileBodies(): [string, unknown, RegExp][] {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  return [
    ['null', null, /^body is null, expected an object$/],
    ['undefined', undefined, /^body is undefined, expected an object$/],
    ['an array', [], /^body is an array, expected an object$/],
    ['a string', 'A0400', /^body is a string, expected an object$/],
    ['a number', 42, /^body is a number, expected an object$/],
    ['a function', () => 'A0400', /^body is a function, expected an object$/],
    ['an empty object', {}, /^field code is missing$/],
    ['a boolean code', { code: true }, /^field code is a boolean, expected a string$/],
    ['an object code', { code: { x: 1 } }, /^field code is an object, expected a string$/],
    ['a null code', { code: null, message: 'm' }, /^field code is null, expected a string$/],
    ['a NaN code', { code: Number.NaN }, /^field code is NaN, expected a string$/],
    ['a code getter that throws', Object.defineProperty({}, 'code', { enumerable: true, get: () => { throw new Error('boom'); } }), /^field code is an accessor, expected a data property$/],
    ['a code on the prototype only', Object.create({ code: 'A0400' }), /^field code is missing$/],
    ['a "__proto__" key from JSON.parse', JSON.parse('{"__proto__": {"code": "A0400"}}'), /^field code is missing$/],
    ['a proxy whose traps throw', new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } }), /^body could not be read: looking at it threw$/],
    ['a revoked proxy', revoked.proxy, /^body could not be read: looking at it threw$/],
  ];
}

describe.each(STYLES)('fromResponse on bodies that are not the envelope, %s style', (style) => {
  it.each(hostileBodies())('returns a format error for %s, saying why, and never throws', (_, body, reason) => {
    const { PetCoreError, PetCoreResponseFormatError } = real[style].petCore!;
    const result = PetCoreError.fromResponse(body, 503);
    expect(result).toBeInstanceOf(PetCoreResponseFormatError);
    expect(result).not.toBeInstanceOf(PetCoreError);
    expect(result).toBeInstanceOf(Error);
    expect(result.name).toBe('PetCoreResponseFormatError');
    expect(result.reason).toMatch(reason);
    expect(result.httpStatus).toBe(503);
    expect(result.received.length).toBeLessThanOrEqual(200);
    expect(result.message).toBe(`Not an error response of specs/pet-core.md: ${result.reason}; received ${result.received}`);
  });

  it('names nested fields and the wire type the spec documents', () => {
    const { xlink, aliyunLiving, secondme } = real[style];
    const reason = (Base: any, body: unknown): string => Base.fromResponse(body).reason;
    expect(reason(xlink!.XlinkError, { error: 'x' })).toBe('field error is a string, expected an object');
    expect(reason(xlink!.XlinkError, { error: {} })).toBe('field error.code is missing');
    expect(reason(xlink!.XlinkError, { error: { code: false } })).toBe('field error.code is a boolean, expected a string');
    expect(reason(aliyunLiving!.AliyunLivingError, { code: [401] })).toBe('field code is an array, expected a number');
    expect(reason(secondme!.SecondmeError, { code: 401, message: 'm' })).toBe('field error_code is missing');
  });

  it('handles huge and deep bodies without stringifying them', () => {
    const { PetCoreError, PetCoreResponseFormatError, InvalidRequestError, UnknownPetCoreError } = real[style].petCore!;
    const huge = 'x'.repeat(1 << 20);
    const withHugeMessage = PetCoreError.fromResponse({ code: 'A0400', message: huge });
    expect(withHugeMessage).toBeInstanceOf(InvalidRequestError);
    expect(withHugeMessage.message).toBe(huge);
    let deep: Record<string, unknown> = { leaf: true };
    for (let depth = 0; depth < 10_000; depth++) deep = { nested: deep };
    const withDeepDetails = PetCoreError.fromResponse({ code: 'Z1', details: deep });
    expect(withDeepDetails).toBeInstanceOf(UnknownPetCoreError);
    expect(withDeepDetails.details).toBe(deep);
    const keys = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`key${index}`, index]));
    for (const [body, received] of [
      [huge, /^"x{60}"… \(1048576 characters\)$/],
      [{ code: true, message: huge }, /^an object with keys "code", "message"$/],
      [deep, /^an object with keys "nested"$/],
      [keys, /^an object with keys "key0", "key1", "key2", "key3", "key4", … \(100000 keys\)$/],
      [{ ['k'.repeat(10_000)]: 1 }, /^an object with keys "k{30}…"$/],
      [new Array(5_000_000), /^an array of 5000000 items$/],
    ] as const) {
      const result = PetCoreError.fromResponse(body);
      expect(result).toBeInstanceOf(PetCoreResponseFormatError);
      expect(result.received).toMatch(received);
      expect(result.message.length).toBeLessThan(400);
    }
  });

  it('ignores an httpStatus argument that is not a status', () => {
    const { PetCoreError } = real[style].petCore!;
    for (const status of [Number.NaN, 99, 600, 503.5, '503', null]) {
      expect(PetCoreError.fromResponse({ code: 'Z1' }, status).httpStatus).toBe(500);
      expect(PetCoreError.fromResponse(null, status).httpStatus).toBeUndefined();
    }
  });
});

describe.each(STYLES)('HTTP status and retryable, %s style', (style) => {
  it('default to the catalog default; 429 and 5xx are retryable, 4xx are not', () => {
    const { petCore: pet, oauthIot } = real[style];
    const retryable = (code: string) => pet!.createPetCoreError(code).retryable;
    expect(['A0400', 'A0404', 'A0409', 'B0001', 'C0001'].map(retryable)).toEqual([false, false, false, true, true]);
    expect(pet!.petCoreDefaultHttpStatus).toBe(500);
    // oauth-iot gives no status at all: every error takes the default, unless the response says.
    const iot = catalog('oauth-iot');
    expect(iot.entries.every((entry) => entry.httpStatus === null)).toBe(true);
    for (const entry of iot.entries) {
      const error = oauthIot!.createOauthIotError(entry.code);
      expect([error.httpStatus, error.retryable]).toEqual([500, true]);
    }
    const fromResponse = oauthIot!.OauthIotError.fromResponse({ error: 'INVALID_GRANT', error_description: 'x' }, 400);
    expect(fromResponse).toBeInstanceOf(oauthIot!.InvalidGrantError);
    expect([fromResponse.httpStatus, fromResponse.retryable]).toEqual([400, false]);
    expect(oauthIot!.getOauthIotHttpStatus('INVALID_GRANT')).toBeNull();
  });

  it("take the spec's retryable column over the status, and the catalog's default status", () => {
    const { numeric: num, wire: w } = fixtures[style];
    const error = (code: string) => num!.createNumericError(code);
    expect(['401', '429', '503', '404', '-7'].map((code) => [error(code).httpStatus, error(code).retryable])).toEqual([
      [401, false],
      [429, true],
      [503, false],
      [404, true],
      [500, true],
    ]);
    expect(num!.numericRetryable).toEqual({ 401: null, 429: null, 503: false, 404: true, '-7': null });
    expect(num!.isNumericRetryable('503', 500)).toBe(false);
    expect(num!.isNumericRetryable('401', 500)).toBe(true);
    expect(num!.isNumericRetryable('Z')).toBe(true);
    expect([428, 429, 499, 500, 599, 600].map(num!.isRetryableHttpStatus)).toEqual([false, true, false, true, true, false]);
    expect(num!.NumericError.fromResponse({ result: { code: 503, message: 'm' }, status: 200 }).retryable).toBe(false);
    expect(w!.wireDefaultHttpStatus).toBe(502);
    expect(w!.createWireError('Z').httpStatus).toBe(502);
    expect(w!.createWireError('W2').retryable).toBe(false);
  });
});

describe.each(STYLES)('envelopes with hostile keys, %s style', (style) => {
  it('write "__proto__" and other keys as own properties, nested, and read them back', () => {
    const { WireError, W1Error, UnknownWireError, WireErrorCode } = fixtures[style].wire!;
    const response = new W1Error({ details: { a: 1 } }).toResponse();
    expect(Object.getPrototypeOf(response)).toBe(Object.prototype);
    expect(Object.hasOwn(response, '__proto__')).toBe(true);
    expect(JSON.stringify(response)).toBe('{"__proto__":"W1","err":{"*/ \\"x":"Bad wire","valueOf":400},"meta":{"details":{"a":1}}}');
    expect(JSON.stringify(new W1Error().toResponse('zh-CN'))).toBe('{"__proto__":"W1","err":{"*/ \\"x":"坏线","valueOf":400}}');
    const back = WireError.fromResponse(JSON.parse(JSON.stringify(response)));
    expect(back).toBeInstanceOf(W1Error);
    expect([back.message, back.details]).toEqual(['Bad wire', { a: 1 }]);
    const proto = WireError.fromResponse(JSON.parse(JSON.stringify(WireError.fromResponse(JSON.parse('{"__proto__": "__proto__"}')))));
    expect(proto).toBeInstanceOf(fixtures[style].wire![wire.entries[2]!.className]);
    expect(proto.code).toBe(WireErrorCode[wire.entries[2]!.name]);
    expect(proto.toResponse().err.valueOf).toBe(502);
    // An unknown code's status comes from the body's status field, under its hostile key.
    const unknown = WireError.fromResponse(JSON.parse('{"__proto__": "Z", "err": {"valueOf": 429}}'));
    expect(unknown).toBeInstanceOf(UnknownWireError);
    expect([unknown.httpStatus, unknown.retryable]).toEqual([429, true]);
    // A body whose "__proto__" is not an own property has no code.
    expect(WireError.fromResponse({ err: {} }).reason).toBe('field __proto__ is missing');
  });

  it('write numeric codes as JSON numbers under nested keys', () => {
    const { NumericError } = fixtures[style].numeric!;
    for (const entry of numeric.entries) {
      const error = fixtures[style].numeric!.createNumericError(entry.code);
      expect(error.toResponse()).toStrictEqual({
        result: { code: Number(entry.code), message: entry.messages.en },
        status: entry.httpStatus ?? 500,
      });
      expect(NumericError.fromResponse(JSON.parse(JSON.stringify(error)))).toBeInstanceOf(fixtures[style].numeric![entry.className]);
    }
    expect(NumericError.fromResponse({ result: { code: '12', message: 'm' } }).toResponse()).toStrictEqual({
      result: { code: 12, message: 'm' },
      status: 500,
    });
  });
});

describe('the fixtures and specs', () => {
  it('cover every envelope shape the tests claim', () => {
    const roles = (of: Catalog) => of.envelope.fields.map((field) => `${field.path.join('.')}:${field.role}:${field.type}`);
    expect(roles(catalog('xlink'))).toEqual(['error.code:code:string', 'error.msg:message:string']);
    expect(roles(catalog('secondme'))).toEqual(['code:status:number', 'message:message:string', 'error_code:code:string']);
    expect(roles(catalog('aliyun-living'))).toEqual(['code:code:number', 'message:message:string']);
    expect(roles(catalog('pet-core'))).toEqual(['code:code:string', 'message:message:string', 'details:details:object']);
    expect(roles(catalog('oauth-iot'))).toEqual(['error:code:string', 'error_description:message:string', 'error_uri:other:string']);
    expect(REAL.map((of) => of.options)).toEqual(REAL.map(() => DEFAULT_OPTIONS));
    expect(new Set<Locale>(REAL.flatMap((of) => of.locales))).toEqual(new Set(['zh-CN', 'en']));
  });
});
