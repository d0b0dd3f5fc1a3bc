import { describe, expect, it } from 'vitest';
import {
  ResponseFormatError,
  formatMessage,
  formatRemedy,
  fromProblem,
  fromResponse,
  isCatalogError,
  isRetryable,
  bindCatalog,
  guard,
  type BoundCatalog,
  type CatalogData,
  type ErrorOptions,
  type ReceivedOptions,
} from '../../generator/runtime/errspec-runtime.js';

/** A catalog as generated code declares one: a nested envelope, a numeric code, an extra field. */
const catalog: CatalogData = {
  id: 'pay',
  source: 'specs/pay.md',
  defaultLocale: 'en',
  locales: ['en', 'zh-CN'],
  messages: {
    'zh-CN': { '1001': '缺少必填字段 {{field}}。' },
    en: { '1001': 'Missing field {{field}}.', '1002': 'Card declined' },
  },
  remedies: { en: { '1002': 'Use another card' } },
  variants: { '1002': [{ en: 'Card declined by issuer {{bank}}' }] },
  httpStatus: { '1001': 400, '1002': 402 },
  retryable: { '1002': false },
  defaultHttpStatus: 500,
  envelope: [
    { path: ['error', 'code'], role: 'code', type: 'number' },
    { path: ['error', 'msg'], role: 'message', type: 'string' },
    { path: ['error', 'request_id'], role: 'other', type: 'string' },
  ],
  problemTypes: { '1001': 'https://docs.example.com/pay.md?code=1001#card' },
  problemTypeBase: 'urn:errspec:pay:',
  remedyInResponse: true,
};

/** The types a generated module gives `bindCatalog`. */
interface PayTypes {
  readonly code: '1001' | '1002';
  readonly locale: 'en' | 'zh-CN';
  readonly response: unknown;
  readonly params: { readonly '1001': { readonly field: string } };
  readonly byCode: { readonly '1001': MissingFieldError; readonly '1002': CardDeclinedError };
  readonly options: ErrorOptions;
  readonly error: PayError;
  readonly formatError: PayFormatError;
}
const runtime: BoundCatalog<PayTypes> = bindCatalog(catalog);

abstract class PayError extends runtime.Base {}
class MissingFieldError extends PayError {
  static readonly code = '1001';
  constructor(options?: ErrorOptions) {
    super('1001', options);
  }
}
class CardDeclinedError extends PayError.of('1002', 402) {}
class UnknownPayError extends PayError {}
class PayFormatError extends runtime.FormatError {}
runtime.register(PayError, UnknownPayError, PayFormatError, { '1001': MissingFieldError, '1002': CardDeclinedError });
const fail = (reason: string, body: unknown, status: number | undefined) => new ResponseFormatError(catalog.source, reason, body, status);
const create = (code: string, options: ReceivedOptions): PayError =>
  code === '1001' ? new MissingFieldError(options) : code === '1002' ? new CardDeclinedError(options as ErrorOptions & { readonly params?: undefined }) : new UnknownPayError(code, options, options.received.status);

describe('messages', () => {
  it('formats params in every locale and falls back to the default locale, then the code', () => {
    expect(formatMessage(catalog, '1001', { locale: 'zh-CN', params: { field: 'name' } })).toBe('缺少必填字段 name。');
    expect(formatMessage(catalog, '1002', { locale: 'zh-CN' })).toBe('Card declined');
    expect(formatMessage(catalog, '9999')).toBe('9999');
    expect(formatMessage(catalog, 'toString', { locale: '__proto__' })).toBe('toString');
    expect(formatMessage(catalog, '1001')).toBe('Missing field {{field}}.');
  });
  it('formats a variant, and the entry message for a variant that does not exist', () => {
    expect(formatMessage(catalog, '1002', { variant: 1, params: { bank: 'ACME' } })).toBe('Card declined by issuer ACME');
    expect(formatMessage(catalog, '1002', { variant: 2 })).toBe('Card declined');
  });
  it('looks up remedies and retryability', () => {
    expect(formatRemedy(catalog, '1002', 'zh-CN')).toBe('Use another card');
    expect(formatRemedy(catalog, '1001')).toBeUndefined();
    expect(isRetryable(catalog, '1002', 503)).toBe(false);
    expect(isRetryable(catalog, '1001')).toBe(false);
    expect(isRetryable(catalog, '9999')).toBe(true);
  });
});

describe('errors', () => {
  it('makes a listed code\'s class with `of`: its code and status as statics, checked by brand and code', () => {
    const error = new CardDeclinedError({ details: { card: 'visa' } });
    expect([CardDeclinedError.code, CardDeclinedError.httpStatus]).toEqual(['1002', 402]);
    expect([error.code, error.httpStatus, error.details]).toEqual(['1002', 402, { card: 'visa' }]);
    expect([error instanceof CardDeclinedError, error instanceof PayError, error instanceof MissingFieldError]).toEqual([true, true, false]);
    expect(Object.getPrototypeOf(Object.getPrototypeOf(CardDeclinedError))).toBe(PayError);
  });
  it('reads an absent default status, problem type base and field type as 500, `urn:errspec:<id>:` and string', () => {
    const bare = bindCatalog<Omit<PayTypes, 'code'> & { readonly code: 'x' }>({
      id: 'a b', source: 'specs/a.md', defaultLocale: 'en', locales: ['en'], messages: {}, httpStatus: { x: null },
      envelope: [{ path: ['code'], role: 'code' }, { path: ['status'], role: 'status' }],
    });
    abstract class BareError extends bare.Base {}
    class XError extends BareError.of('x', null) {}
    bare.register(BareError, class extends BareError {}, class extends bare.FormatError {}, { x: XError });
    expect([XError.httpStatus, new XError().httpStatus]).toEqual([500, 500]);
    expect(new XError().toResponse()).toEqual({ code: 'x', status: '500' });
    expect(new XError().toProblem().type).toBe('urn:errspec:a%20b:x');
  });
  it('keeps params, so that toResponse and toProblem format them in any locale', () => {
    const error = new MissingFieldError({ params: { field: 'name' }, fields: { 'error.request_id': 'r-1' } });
    expect(error.message).toBe('Missing field name.');
    expect(error.toResponse('zh-CN')).toEqual({ error: { code: 1001, msg: '缺少必填字段 name。', request_id: 'r-1' } });
    expect(error.toProblem('/v1', 'zh-CN')).toEqual({
      type: 'https://docs.example.com/pay.md?code=1001#card', title: '缺少必填字段 name。', status: 400, detail: '缺少必填字段 name。', instance: '/v1', code: '1001',
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual({ error: { code: 1001, msg: 'Missing field name.', request_id: 'r-1' } });
  });
  it('puts the remedy inside the nested envelope, beside the code', () => {
    expect(new CardDeclinedError().toResponse()).toEqual({ error: { code: 1002, msg: 'Card declined', remedy: 'Use another card' } });
    expect(new CardDeclinedError().toProblem().type).toBe('urn:errspec:pay:1002');
  });
  it('writes every envelope key as an own property, `__proto__` too', () => {
    const odd = bindCatalog<Omit<PayTypes, 'code'> & { readonly code: 'x' }>({
      id: 'odd', source: 'specs/odd.md', defaultLocale: 'en', locales: ['en'], messages: { en: { x: 'X' } }, httpStatus: { x: 400 },
      envelope: [{ path: ['__proto__', 'code'], role: 'code' }, { path: ['__proto__', 'message'], role: 'message' }],
    });
    abstract class OddError extends odd.Base {}
    class XError extends OddError.of('x', 400) {}
    odd.register(OddError, class extends OddError {}, class extends odd.FormatError {}, { x: XError });
    const body = new XError().toResponse() as Record<string, unknown>;
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(JSON.stringify(body)).toBe('{"__proto__":{"code":"x","message":"X"}}');
    expect(OddError.fromResponse(JSON.parse(JSON.stringify(body)))).toBeInstanceOf(XError);
  });
  it('keeps cause only when given', () => {
    expect('cause' in new CardDeclinedError()).toBe(false);
    expect(new CardDeclinedError({ cause: 'x' }).cause).toBe('x');
  });
});

describe('instanceof and guards', () => {
  it('checks brand and code, not the prototype chain, for generated classes', () => {
    const error = new CardDeclinedError();
    expect(error instanceof CardDeclinedError).toBe(true);
    expect(error instanceof MissingFieldError).toBe(false);
    expect(error instanceof PayError).toBe(true);
    // An error of another copy: same brand, another prototype.
    const copy = Object.assign(Object.create(Error.prototype), { code: '1002', [Symbol.for('errspec.error:specs/pay.md#pay')]: 7 });
    expect(copy instanceof CardDeclinedError).toBe(true);
    expect(isCatalogError(catalog, copy)).toBe(true);
    expect(isCatalogError(catalog, { code: '1002' })).toBe(false);
    expect(isCatalogError({ id: 'other', source: 'specs/pay.md' }, error)).toBe(false);
  });
  it('keeps the prototype chain for a user subclass', () => {
    class Mine extends CardDeclinedError {}
    expect(new Mine() instanceof Mine).toBe(true);
    expect(new CardDeclinedError() instanceof Mine).toBe(false);
  });
});

describe('fromResponse and fromProblem', () => {
  it('reads a body back with its extra fields, keeping the body and the response status', () => {
    const body = { error: { code: 1002, msg: 'Declined!', request_id: 'r-2' } };
    const error = fromResponse(catalog, create, fail, body, 500);
    expect(error).toBeInstanceOf(CardDeclinedError);
    const declined = error as CardDeclinedError;
    // The response's own status, not the spec's 402 (the class keeps that).
    expect([declined.message, declined.fields, declined.httpStatus]).toEqual(['Declined!', { 'error.request_id': 'r-2' }, 500]);
    expect(declined.received).toEqual({ status: 500, body });
  });
  it('gives an unknown code the response status', () => {
    const error = fromResponse(catalog, create, fail, { error: { code: 7, msg: 'x' } }, 503) as PayError;
    expect([error instanceof UnknownPayError, error.code, error.httpStatus, error.retryable]).toEqual([true, '7', 503, true]);
    expect(new CardDeclinedError() instanceof UnknownPayError).toBe(false);
  });
  it('never throws, and says what is wrong', () => {
    const reasons = [null, [], 'x', { error: {} }, { error: { code: true } }, new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error('no'); } })]
      .map((body) => fromResponse(catalog, create, fail, body))
      .map((error) => (error instanceof ResponseFormatError ? error.reason : 'not a format error'));
    expect(reasons).toEqual([
      'body is null, expected an object',
      'body is an array, expected an object',
      'body is a string, expected an object',
      'field error.code is missing',
      'field error.code is a boolean, expected a number',
      'body could not be read: looking at it threw',
    ]);
    expect(fromResponse(catalog, create, fail, { get error() { return { code: 1 }; } })).toBeInstanceOf(ResponseFormatError);
  });
  it('reads problem details back', () => {
    const problem = new MissingFieldError({ params: { field: 'a' } }).toProblem();
    const error = fromProblem(create, fail, problem) as PayError;
    expect([error instanceof MissingFieldError, error.message, error.received?.status]).toEqual([true, 'Missing field a.', 400]);
    expect((fromProblem(create, fail, { title: 'x' }) as ResponseFormatError).reason).toBe('problem code is undefined, expected a string or a number');
  });
});

describe('bindCatalog', () => {
  it('gives the factory, the guards and the readers of the catalog, making its registered classes', () => {
    const made = runtime.create('1001', { params: { field: 'id' } });
    expect([made instanceof MissingFieldError, made.message]).toEqual([true, 'Missing field id.']);
    expect(runtime.create('42')).toBeInstanceOf(UnknownPayError);
    expect([runtime.isError(made), runtime.isError(new Error('x')), guard(CardDeclinedError)(made), guard(MissingFieldError)(made)]).toEqual([true, false, false, true]);
    expect(PayError.fromResponse({ error: { code: 1002, msg: 'No' } }, 402)).toBeInstanceOf(CardDeclinedError);
    const failed = PayError.fromResponse('nope');
    expect([failed instanceof PayFormatError, (failed as PayFormatError).message]).toEqual([true, 'Not an error response of specs/pay.md: body is a string, expected an object; received "nope"']);
    expect(PayError.fromProblem(made.toProblem())).toBeInstanceOf(MissingFieldError);
    expect([runtime.formatMessage('1002', { variant: 1 }), runtime.formatRemedy('1002'), runtime.httpStatusOf('1002'), runtime.isRetryable('1002')]).toEqual(['Card declined by issuer {{bank}}', 'Use another card', 402, false]);
  });

  it('freezes the data it is bound to', () => {
    expect([Object.isFrozen(catalog), Object.isFrozen(catalog.messages.en), Object.isFrozen(runtime.remedies)]).toEqual([true, true, true]);
  });
});
