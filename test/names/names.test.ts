/**
 * names.ts: the one place where spec text becomes a TypeScript identifier.
 */

import { describe, expect, it } from 'vitest';
import { NameRegistry, catalogNamesFor, classNameFor, isSafeIdentifier, memberNameFor, type NameSources } from '../../generator/names.js';

/** Globals generated code refers to; nothing errspec names may shadow them. */
const GLOBALS = ['Error', 'TypeError', 'RangeError', 'Object', 'Array', 'Map', 'Set', 'Promise', 'Symbol', 'JSON', 'Record'];

const member = (sources: Partial<NameSources> & { code: string }): string =>
  memberNameFor({ name: null, english: null, ...sources });

describe('isSafeIdentifier', () => {
  it.each(['abc', '_a', '$a', 'A0400', 'INVALID_REQUEST', 'E4001001'])('accepts %j', (text) => {
    expect(isSafeIdentifier(text)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['1a', 'leading digit'],
    ['4001001', 'digits only'],
    ['a-b', 'dash'],
    ['a.b', 'dot'],
    ['a b', 'space'],
    ['é', 'non-ASCII'],
    ['class', 'reserved word'],
    ['delete', 'reserved word'],
    ['enum', 'reserved word'],
    ['await', 'reserved in modules'],
    ['let', 'strict-mode reserved'],
    ['static', 'strict-mode reserved'],
    ['undefined', 'global value'],
    ['eval', 'strict-mode binding'],
    ['arguments', 'strict-mode binding'],
    ['__proto__', 'Object.prototype member'],
    ['constructor', 'Object.prototype member'],
    ['toString', 'Object.prototype member'],
    ['valueOf', 'Object.prototype member'],
    ['hasOwnProperty', 'Object.prototype member'],
    ['prototype', 'function member'],
  ])('rejects %j (%s)', (text) => {
    expect(isSafeIdentifier(text)).toBe(false);
  });
});

describe('memberNameFor', () => {
  it('prefers the name column', () => {
    expect(member({ name: 'INVALID_REQUEST', code: 'A0400', english: 'Invalid request' })).toBe('INVALID_REQUEST');
    expect(member({ name: ' INVALID_REQUEST ', code: 'A0400' })).toBe('INVALID_REQUEST');
    expect(member({ name: 'invalid request', code: 'A0400' })).toBe('INVALID_REQUEST');
  });

  it('uses a code that is already an identifier as it is', () => {
    expect(member({ code: 'A0400', english: 'Invalid request' })).toBe('A0400');
    expect(member({ code: 'INTERNAL_SERVER_ERROR' })).toBe('INTERNAL_SERVER_ERROR');
  });

  it('turns dotted, dashed, snake and camel-case codes into SCREAMING_SNAKE_CASE by one rule', () => {
    expect(member({ code: 'oauth2.token.expired' })).toBe('OAUTH2_TOKEN_EXPIRED');
    expect(member({ code: 'invalid_request' })).toBe('INVALID_REQUEST');
    expect(member({ code: 'invalidRequest' })).toBe('INVALID_REQUEST');
    expect(member({ code: 'ERR_bad' })).toBe('ERR_BAD');
    // Found by the fuzzer: a dotted code whose first word is only punctuation must not give a name starting with a digit.
    expect(member({ code: '_.3y-i' })).toBe('E3Y_I');
    expect(member({ code: '_._' })).toMatch(/^[A-Za-z_$][\w$]*$/);
    expect(member({ code: 'oauth2.refresh_token.invalid' })).toBe('OAUTH2_REFRESH_TOKEN_INVALID');
    expect(member({ code: 'api-key.missing' })).toBe('API_KEY_MISSING');
  });

  it('names a numeric code after its English message: SCREAMING_SNAKE of the first six words', () => {
    expect(member({ code: '401', english: 'request auth error.' })).toBe('REQUEST_AUTH_ERROR');
    expect(member({ code: '2078', english: 'not the same initiator when cancel share dev or scene' })).toBe(
      'NOT_THE_SAME_INITIATOR_WHEN_CANCEL',
    );
    expect(member({ code: '2077', english: "can't get identityId by email and mobile" })).toBe('CANT_GET_IDENTITY_ID_BY_EMAIL');
  });

  it('prefixes a name that would start with a digit', () => {
    expect(member({ code: '4001001' })).toBe('E4001001');
    expect(member({ code: '4001001', english: '请求数据字段验证不通过' })).toBe('E4001001');
    expect(member({ code: '42', english: '123 go' })).toMatch(/^[A-Za-z_$]/);
    expect(member({ code: '1', name: '2nd error' })).toMatch(/^[A-Za-z_$]\w*2ND_ERROR$/);
  });

  it('gives negative codes a name of their own', () => {
    expect(member({ code: '-1' })).not.toBe(member({ code: '1' }));
    expect(isSafeIdentifier(member({ code: '-1' }))).toBe(true);
  });

  it.each(['class', 'default', 'delete', 'new', 'enum', '__proto__', 'constructor', 'toString', 'valueOf', 'prototype'])(
    'makes %j safe whether it comes from the code or the name column',
    (word) => {
      const fromCode = member({ code: word });
      const fromName = member({ code: '1', name: word });
      for (const name of [fromCode, fromName]) {
        expect(name).not.toBe(word);
        expect(isSafeIdentifier(name)).toBe(true);
      }
    },
  );

  it('always returns a safe identifier, even for codes with nothing to name them by', () => {
    for (const code of ['', '-', '...', '错误', '1.2.3', 'ＡＢＣ', '  ']) {
      const name = member({ code });
      expect(isSafeIdentifier(name), `${JSON.stringify(code)} -> ${name}`).toBe(true);
    }
  });
});

describe('classNameFor', () => {
  it('PascalCases the member name and appends Error', () => {
    expect(classNameFor('INVALID_REQUEST')).toBe('InvalidRequestError');
    expect(classNameFor('OAUTH2_TOKEN_EXPIRED')).toBe('Oauth2TokenExpiredError');
    expect(classNameFor('E4001001')).toBe('E4001001Error');
    expect(classNameFor('A0400')).toBe('A0400Error');
  });

  it('does not double a trailing Error or Exception', () => {
    expect(classNameFor('INTERNAL_SERVER_ERROR')).toBe('InternalServerError');
    expect(classNameFor('SERVICE_EXCEPTION')).toBe('ServiceException');
  });

  it('returns an identifier for names with underscores or a leading underscore', () => {
    expect(classNameFor('_PRIVATE')).toMatch(/^[A-Z]\w*Error$/);
    expect(classNameFor('constructor_')).toBe('ConstructorError');
  });
});

describe('catalogNamesFor', () => {
  it('names every declaration of a catalog from its id', () => {
    expect(catalogNamesFor('pet-core')).toEqual({
      namespace: 'petCore',
      enumName: 'PetCoreErrorCode',
      baseClass: 'PetCoreError',
      unknownClass: 'UnknownPetCoreError',
      optionsType: 'PetCoreErrorOptions',
      factory: 'createPetCoreError',
      guard: 'isPetCoreError',
      statusMap: 'petCoreHttpStatus',
      statusLookup: 'getPetCoreHttpStatus',
      messages: 'petCoreMessages',
      localeType: 'PetCoreLocale',
    });
  });

  it.each(['pet-core', 'aliyun-living', '123abc', 'class', 'delete', 'a.b_c', 'Pet Core', '-', '', 'error', 'object'])(
    'gives only safe identifiers for id %j',
    (id) => {
      const names = Object.values(catalogNamesFor(id));
      expect(names.filter((name) => !isSafeIdentifier(name))).toEqual([]);
      expect(names.filter((name) => GLOBALS.includes(name))).toEqual([]);
      expect(new Set(names).size).toBe(names.length);
    },
  );
});

describe('NameRegistry', () => {
  it('hands out a name once; later claims get _2, _3', () => {
    const registry = new NameRegistry();
    expect(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'OTHER'].map((name) => registry.claim(name))).toEqual([
      'NOT_FOUND',
      'NOT_FOUND_2',
      'NOT_FOUND_3',
      'OTHER',
    ]);
  });

  it('numbers PascalCase names without an underscore', () => {
    const registry = new NameRegistry();
    expect([registry.claim('NotFoundError'), registry.claim('NotFoundError')]).toEqual(['NotFoundError', 'NotFoundError2']);
  });

  it('does not hand out a numbered variant that was claimed on its own', () => {
    const registry = new NameRegistry();
    const names = ['X', 'X_2', 'X', 'X'].map((name) => registry.claim(name));
    expect(new Set(names).size).toBe(4);
    expect(names.slice(0, 2)).toEqual(['X', 'X_2']);
  });

  it('never hands out a name already taken, nor a global', () => {
    const registry = new NameRegistry(['PetCoreError']);
    expect(registry.claim('PetCoreError')).not.toBe('PetCoreError');
    for (const global of GLOBALS) expect(registry.claim(global)).not.toBe(global);
  });
});
