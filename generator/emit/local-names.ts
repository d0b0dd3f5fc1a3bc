/**
 * Names the generated modules declare beyond those in `CatalogNames`.
 *
 * The check before emitting makes sure no entry's class takes one of them.
 */

import type { CatalogNames } from '../model.js';

/** Fixed names: the emitters write these literally, so keep this list in step with them. */
export const FIXED_NAMES: readonly string[] = [
  'defaultLocale',
  'formatMessage',
  'fallbackLocales',
  'KnownErrorClass',
  'errorClasses',
  'register',
];

/**
 * The interface mapping each code to its error class, e.g. `PetCoreErrorByCode`.
 *
 * @param names the catalog's names; derived from `baseClass`.
 */
export function classByCodeName(names: CatalogNames): string {
  return `${names.baseClass}ByCode`;
}
