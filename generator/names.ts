/**
 * The one place where text from a spec becomes a TypeScript identifier.
 *
 * Every function here returns a valid ASCII identifier, deterministically: the same input
 * gives the same name on any machine. Collisions are resolved by `NameRegistry`, in the
 * order names are claimed (spec order), so the first entry keeps the plain name.
 */

import type { CatalogNames } from './model.js';

/** Words that may not name a binding (ES2022 strict mode plus TypeScript's own). */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'implements interface let package private protected public static yield await any boolean number string symbol ' +
    'object unknown never undefined type declare namespace module abstract as async from of get set readonly keyof ' +
    'infer is asserts satisfies accessor arguments eval'
  ).split(' '),
);

/**
 * Names generated code refers to; a class or catalog named like one of these would shadow it.
 */
const GLOBALS = new Set(
  (
    'Error Object Array Map Set WeakMap Symbol String Number Boolean BigInt Record Readonly ReadonlyMap ' +
    'ReadonlyArray Partial Required Pick Omit Exclude Extract NonNullable ReturnType Promise JSON Math Date ' +
    'RegExp Function Reflect Proxy Intl TypeError RangeError SyntaxError ReferenceError EvalError URIError ' +
    'AggregateError globalThis NaN Infinity ErrorOptions PropertyKey'
  ).split(' '),
);

/**
 * Property names of `Object.prototype` and of functions: an enum member or static
 * named like these would change how the generated object behaves.
 */
const OBJECT_MEMBERS = new Set(
  (
    '__proto__ constructor prototype toString toLocaleString valueOf hasOwnProperty isPrototypeOf ' +
    'propertyIsEnumerable __defineGetter__ __defineSetter__ __lookupGetter__ __lookupSetter__ name length caller'
  ).split(' '),
);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** True when `text` is an ASCII identifier that may name a binding. */
export function isSafeIdentifier(text: string): boolean {
  return IDENTIFIER.test(text) && !RESERVED.has(text) && !OBJECT_MEMBERS.has(text);
}

/**
 * Split text into ASCII words: on anything that is not a letter or digit, and on
 * camelCase boundaries (`identityId` -> `identity`, `Id`; `HTTPStatus` -> `HTTP`, `Status`).
 * Apostrophes join (`can't` -> `cant`).
 */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(/['’]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '');
}

/** `INVALID_REQUEST`, `request auth error.` -> `INVALID_REQUEST`, `REQUEST_AUTH_ERROR`. */
export function screamingSnake(text: string, maxWords = Infinity): string {
  return words(text).slice(0, maxWords).join('_').toUpperCase();
}

/** `INVALID_REQUEST`, `pet-core` -> `InvalidRequest`, `PetCore`. */
export function pascalCase(text: string): string {
  return words(text)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join('');
}

/** `pet-core` -> `petCore`. */
export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** Prefix a name that starts with a digit (or is empty) so it is an identifier. */
function leadWithLetter(name: string, prefix: string): string {
  return /^[A-Za-z_$]/.test(name) ? name : prefix + name;
}

/** Make a candidate safe: reserved words and object members get a trailing `_`. */
function safe(name: string): string {
  return isSafeIdentifier(name) || !IDENTIFIER.test(name) ? name : `${name}_`;
}

/** Codes made of ASCII identifier parts joined by `.`, `-`, `/`, `:` or spaces, e.g. `oauth2.token.expired`. */
const IDENTIFIER_LIKE_CODE = /^[A-Za-z_$][\w$]*(?:[.\-/: ]+[A-Za-z0-9_$]+)*$/;

/** What an entry's enum member may be named after, best first. */
export interface NameSources {
  /** A name/enum column's value, e.g. `INVALID_REQUEST`. */
  readonly name: string | null;
  /** The code, e.g. `A0400`. */
  readonly code: string;
  /** The English message, e.g. `Invalid request`. */
  readonly english: string | null;
}

/**
 * The enum member name of an entry, before collisions are resolved: the name column,
 * else the code when it is identifier-like, else the English message (first six words),
 * else `E<code>`. A code becomes a member by one rule, whatever its separators:
 * SCREAMING_SNAKE_CASE (`invalid_request`, `invalidRequest` and `oauth2.token.expired` alike),
 * so a code already in capitals (`A0400`, `INVALID_REQUEST`) stays as it is.
 */
export function memberNameFor({ name, code, english }: NameSources): string {
  if (name !== null && IDENTIFIER.test(name.trim())) return safe(name.trim());
  if (name !== null && words(name).length > 0) return safe(leadWithLetter(screamingSnake(name), 'E'));
  if (IDENTIFIER.test(code) && !/[a-z]/.test(code)) return safe(code);
  if (IDENTIFIER_LIKE_CODE.test(code) && words(code).length > 0) return safe(leadWithLetter(screamingSnake(code), 'E'));
  if (english !== null && words(english).length > 0) return safe(leadWithLetter(screamingSnake(english, 6), 'E'));
  const fromCode = code.startsWith('-') ? `NEG_${screamingSnake(code)}` : screamingSnake(code);
  return leadWithLetter(fromCode, 'E') || 'E';
}

/** `INVALID_REQUEST` -> `InvalidRequestError`; names already ending in Error or Exception keep it. */
export function classNameFor(memberName: string): string {
  const pascal = leadWithLetter(pascalCase(memberName), 'E');
  return /(?:Error|Exception)$/.test(pascal) ? pascal : `${pascal}Error`;
}

/** Declaration names of a catalog, from its id: `pet-core` -> `PetCoreErrorCode`, ... */
export function catalogNamesFor(id: string): CatalogNames {
  const pascal = leadWithLetter(pascalCase(id), 'Spec') || 'Spec';
  const camel = pascal.charAt(0).toLowerCase() + pascal.slice(1);
  return {
    namespace: RESERVED.has(camel) ? `${camel}_` : camel,
    enumName: `${pascal}ErrorCode`,
    baseClass: `${pascal}Error`,
    unknownClass: `Unknown${pascal}Error`,
    optionsType: `${pascal}ErrorOptions`,
    factory: `create${pascal}Error`,
    guard: `is${pascal}Error`,
    statusMap: `${camel}HttpStatus`,
    statusLookup: `get${pascal}HttpStatus`,
    messages: `${camel}Messages`,
    localeType: `${pascal}Locale`,
  };
}

/**
 * Hands out unique names in claim order: the first claim of a name keeps it, later
 * ones get `_2`, `_3`, ... (or `2`, `3` for PascalCase names). Names in `taken` are
 * never handed out.
 */
export class NameRegistry {
  readonly #used = new Set<string>();

  /** @param taken names that are already in scope, e.g. the catalog's own declarations. */
  constructor(taken: Iterable<string> = []) {
    for (const name of taken) this.#used.add(name);
  }

  /**
   * Claim `wanted`, else `alternative` (e.g. the name with the code appended), else the
   * first free numbered variant of `wanted`.
   * @returns the name to use; equal to `wanted` when it was free.
   */
  claim(wanted: string, alternative?: string): string {
    const free = (name: string): boolean => !this.#used.has(name) && !GLOBALS.has(name);
    const separator = /_/.test(wanted) || /^[A-Z0-9]+$/.test(wanted) ? '_' : '';
    let name = wanted;
    if (!free(name) && alternative !== undefined && free(alternative)) name = alternative;
    for (let n = 2; !free(name); n++) name = `${wanted}${separator}${n}`;
    this.#used.add(name);
    return name;
  }
}

/*
 * Names the generated modules declare beyond those in `CatalogNames`. They live here, with
 * every other identifier rule, so that entry classes are never given one of them.
 */

/** Fixed names: the emitters write these literally, so keep this list in step with them. */
export const FIXED_NAMES: readonly string[] = [
  // emit/catalog-module.ts: its own declarations
  'catalog',
  'classes',
  'make',
  'received',
  'defaultLocale',
  'formatMessage',
  'ErrorResponse',
  // ... and what it imports from the runtime
  'ErrspecError',
  'ResponseFormatError',
  'format',
  'formatRemedy',
  'readProblem',
  'readResponse',
  'httpStatusOf',
  'isCatalogError',
  'isRetryable',
  'registerClasses',
  'isRetryableHttpStatus',
  'CatalogData',
  'ErrorOptions',
  'MessageParams',
  'Problem',
  'ReceivedOptions',
  // the runtime bound to the catalog, and what binds it
  'runtime',
  'Types',
  'bindCatalog',
  'guard',
  'BoundCatalog',
  'CatalogOptions',
  'EntryClass',
  'ErrorArgs',
  'MessageArgs',
];

/** `name` without `suffix`, or `name` itself when it does not end so. */
function stem(name: string, suffix: string): string {
  return name.endsWith(suffix) && name.length > suffix.length ? name.slice(0, -suffix.length) : name;
}

/**
 * The interface mapping each code to its error class, e.g. `PetCoreErrorByCode`.
 *
 * @param names the catalog's names; derived from `baseClass`.
 */
export function classByCodeName(names: CatalogNames): string {
  return `${names.baseClass}ByCode`;
}

/** Names derived from a catalog's `CatalogNames`, for the declarations `CatalogNames` does not name. */
export interface DerivedNames {
  /** The code -> class interface, e.g. `PetCoreErrorByCode`. */
  readonly classByCode: string;
  /** The error for a body that is not the documented response, e.g. `PetCoreResponseFormatError`. */
  readonly responseFormatError: string;
  /** The HTTP status of codes the spec gives none for, e.g. `petCoreDefaultHttpStatus`. */
  readonly defaultHttpStatus: string;
  /** The spec's retryable column by code, e.g. `petCoreRetryable`. */
  readonly retryableMap: string;
  /** Whether a code may be retried, e.g. `isPetCoreRetryable`. */
  readonly retryableLookup: string;
  /** The parameters of each code whose message has placeholders, e.g. `PetCoreMessageParams`. */
  readonly messageParams: string;
  /** The arguments after `locale` that `formatMessage` takes for a code, e.g. `PetCoreMessageArgs`. */
  readonly messageArgs: string;
  /** The options argument the factory takes for a code, e.g. `PetCoreErrorArgs`. */
  readonly errorArgs: string;
  /** The remedies by locale and code, e.g. `petCoreRemedies`. */
  readonly remedies: string;
  /** The remedy lookup, e.g. `formatPetCoreRemedy`. */
  readonly remedyLookup: string;
  /** RFC 9457 problem details of the catalog's errors, e.g. `PetCoreProblem`. */
  readonly problem: string;
}

/**
 * The derived names of a catalog: from `baseClass` (`PetCoreError`) and `statusMap`
 * (`petCoreHttpStatus`), never from spec text.
 *
 * @param names the catalog's names.
 */
export function derivedNames(names: CatalogNames): DerivedNames {
  const camel = stem(names.statusMap, 'HttpStatus');
  const pascal = stem(names.baseClass, 'Error');
  return {
    classByCode: classByCodeName(names),
    responseFormatError: `${pascal}ResponseFormatError`,
    defaultHttpStatus: `${camel}DefaultHttpStatus`,
    retryableMap: `${camel}Retryable`,
    retryableLookup: `is${pascal}Retryable`,
    messageParams: `${pascal}MessageParams`,
    messageArgs: `${pascal}MessageArgs`,
    errorArgs: `${pascal}ErrorArgs`,
    remedies: `${camel}Remedies`,
    remedyLookup: `format${pascal}Remedy`,
    problem: `${pascal}Problem`,
  };
}
