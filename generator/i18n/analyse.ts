/**
 * One catalog against one translation file: which codes are translated, missing, stale or
 * orphaned, which translations are used, and the diagnostics that point at both files.
 */

import { Reporter } from '../diagnostics.js';
import { LOCALES, type Catalog, type Diagnostic, type Entry, type Locale } from '../model.js';
import type { TranslationFile } from './files.js';
import { shortHash } from './hash.js';
import { comparePlaceholders } from './placeholders.js';

/** Codes of one catalog in one locale, by state, each list in spec order (orphaned: file order). */
export interface LocaleStatus {
  /** Catalog id, e.g. `"oauth-iot"`. */
  readonly catalog: string;
  /** The locale, e.g. `"en"`. */
  readonly locale: Locale;
  /** The translation file, relative to the project root, e.g. `"specs/i18n/oauth-iot.en.json"`. */
  readonly file: string;
  /** Codes translated from the spec's current message. */
  readonly translated: readonly string[];
  /** Codes with neither a message in the spec nor a translation. */
  readonly missing: readonly string[];
  /** Codes whose translation was made from a message the spec has since changed; still used. */
  readonly stale: readonly string[];
  /** Translated codes the spec no longer has; not used. */
  readonly orphaned: readonly string[];
  /** Translated codes the spec has its own message for in this locale; the spec's text wins. */
  readonly shadowed: readonly string[];
}

/** What a translation file gives a catalog. */
export interface LocaleAnalysis {
  readonly status: LocaleStatus;
  /** The translations to use, by code. */
  readonly used: ReadonlyMap<string, string>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The message a translation is made from: the entry's message in the catalog's default locale,
 * else its first message in `LOCALES` order, else `""`.
 */
export function sourceMessage(entry: Entry, catalog: Catalog): string {
  return entry.messages[catalog.defaultLocale] ?? LOCALES.map((locale) => entry.messages[locale]).find((message) => message !== undefined) ?? '';
}

/**
 * Compare `catalog` (as read from the spec, before any translation is merged) with `file`.
 *
 * @param catalog the catalog; its entries' messages are the spec's own.
 * @param file the translation file and its lock; a broken one (`ok` false) gives nothing.
 */
export function analyseLocale(catalog: Catalog, file: TranslationFile): LocaleAnalysis {
  const { locale } = file;
  const reporter = new Reporter(file.source);
  const byCode = new Map(catalog.entries.map((entry) => [entry.code, entry]));
  const translations = new Map(file.ok ? file.translations.map((translation) => [translation.code, translation]) : []);
  const where = (entry: Entry): string => `${catalog.source}:${entry.line}:${entry.column}`;
  const translated: string[] = [];
  const missing: string[] = [];
  const stale: string[] = [];
  const shadowed: string[] = [];
  const used = new Map<string, string>();
  for (const entry of catalog.entries) {
    const translation = translations.get(entry.code);
    const own = entry.messages[locale];
    if (own !== undefined) {
      if (translation !== undefined && translation.text !== '') {
        shadowed.push(entry.code);
        reporter.report('warning', 'i18n-shadowed', `Unexpected translation of \`${entry.code}\`: ${where(entry)} has its own ${locale} message, which wins; expected no key for it here`, translation.at);
      }
      continue;
    }
    if (translation === undefined || translation.text === '') {
      missing.push(entry.code);
      continue;
    }
    used.set(entry.code, translation.text);
    const source = sourceMessage(entry, catalog);
    for (const problem of comparePlaceholders(source, translation.text)) {
      reporter.report('error', 'i18n-placeholders', `${problem} (the source message is at ${where(entry)})`, translation.at);
    }
    const recorded = file.lock.get(entry.code);
    const hash = shortHash(source);
    if (recorded !== undefined && recorded.hash !== hash) {
      stale.push(entry.code);
      reporter.report(
        'warning',
        'i18n-stale',
        `Unexpected stale translation of \`${entry.code}\`: its source message at ${where(entry)} changed since it was translated (hash ${recorded.hash}, now ${hash}), expected a translation of the current message; it is still used`,
        translation.at,
      );
    } else {
      translated.push(entry.code);
    }
  }
  const orphaned = [...translations.values()].filter((translation) => !byCode.has(translation.code));
  for (const translation of orphaned) {
    reporter.report('warning', 'i18n-orphaned', `Unexpected translation of \`${translation.code}\`, expected a code of ${catalog.source} (the spec no longer has it); it is not used`, translation.at);
  }
  return {
    status: { catalog: catalog.id, locale, file: file.source, translated, missing, stale, orphaned: orphaned.map((translation) => translation.code), shadowed },
    used,
    diagnostics: reporter.list(),
  };
}
