/**
 * What the emitters need to know of an entry's messages and remedy: the message in i18next's
 * `{{name}}` form, the parameters its messages take, and the locale its remedy is in.
 */

import { parametersOf, placeholdersOf, toInterpolation } from '../extract/placeholders.js';
import type { Entry, Locale } from '../model.js';
import { localeOf } from '../text.js';

/**
 * An entry's message in `locale` with its placeholders in i18next's `{{name}}` form, the one
 * form both the JSON files and `formatMessage` read; `undefined` without a message there.
 */
export function interpolationMessage(entry: Entry, locale: Locale): string | undefined {
  const message = entry.messages[locale];
  if (message === undefined) return undefined;
  // The module, the JSON files and the contracts each ask; the model is read-only, so once per entry and locale.
  let converted = INTERPOLATED.get(entry);
  if (converted === undefined) INTERPOLATED.set(entry, (converted = new Map()));
  let text = converted.get(locale);
  // From the text, not `entry.placeholders`: translations merged after extraction have messages too.
  if (text === undefined) converted.set(locale, (text = toInterpolation(message, placeholdersOf(message))));
  return text;
}

/** Each entry's messages in i18next's form, by locale. */
const INTERPOLATED = new WeakMap<Entry, Map<Locale, string>>();

/**
 * The parameters of an entry: the placeholders of all its messages (translations merged after
 * extraction included, so read from the text), each name once.
 */
export function entryParameters(entry: Entry): ReturnType<typeof parametersOf> {
  // The types, the class and the factory of a code each ask; the model is read-only, so once per entry.
  let parameters = PARAMETERS.get(entry);
  if (parameters === undefined) PARAMETERS.set(entry, (parameters = parametersOf(Object.values(entry.messages).flatMap((message) => placeholdersOf(message)))));
  return parameters;
}

const PARAMETERS = new WeakMap<Entry, ReturnType<typeof parametersOf>>();

/** The locale a remedy goes under: its text's, when the catalog has that locale, else the default. */
export function remedyLocale(remedy: string, locales: readonly Locale[], fallback: Locale): Locale {
  const locale = localeOf(remedy);
  return locales.includes(locale) ? locale : fallback;
}
