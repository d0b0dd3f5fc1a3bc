/** An entry's messages in i18next's `{{name}}` form, the parameters they take, and its remedy's locale. */

import { parametersOf, placeholdersOf, toInterpolation } from '../extract/placeholders.js';
import type { Entry, Locale } from '../model.js';
import { localeOf } from '../text.js';

/** An entry's message in `locale` with placeholders as `{{name}}`, as the JSON files and `formatMessage` read them. */
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

/** The placeholders of all an entry's messages, each once, read from the text (so translations merged after extraction count). */
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
