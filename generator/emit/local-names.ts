/**
 * Names the generated modules declare beyond those in `CatalogNames`.
 *
 * The check before emitting makes sure no entry's class takes one of them.
 */

import type { CatalogNames } from '../model.js';

/** Fixed names: the emitters write these literally, so keep this list in step with them. */
export const FIXED_NAMES: readonly string[] = [
  // messages.ts
  'defaultLocale',
  'formatMessage',
  'fallbackLocales',
  // errors.ts
  'KnownErrorClass',
  'errorClasses',
  'register',
  'ResponseFields',
  'FieldLookup',
  'lookUpField',
  'describeValue',
  'isHttpStatus',
  'readResponse',
  'wireCode',
  // response.ts
  'ErrorResponse',
  'preview',
  // status.ts
  'isRetryableHttpStatus',
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
  };
}
