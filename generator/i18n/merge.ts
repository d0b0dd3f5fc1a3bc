/**
 * Translations into catalogs: every translation file of every catalog read and compared with
 * the spec, and the used translations merged into the entries' messages.
 */

import { append } from '../append.js';
import { LOCALES, type Catalog, type Diagnostic, type Locale } from '../model.js';
import { compareNames } from '../text.js';
import { analyseLocale, type LocaleAnalysis } from './analyse.js';
import { readTranslationFile, translatedLocales, type TranslationFile, type TranslationOptions } from './files.js';

/** A catalog with its translation files, each compared with the spec. */
export interface CatalogTranslations {
  /** The catalog as read from the spec. */
  readonly catalog: Catalog;
  /** Its translation files (and the ones asked for that do not exist yet), by locale name. */
  readonly files: readonly TranslationFile[];
  /** One analysis per file, in the same order. */
  readonly analyses: readonly LocaleAnalysis[];
  /** Problems with the files' names and contents, and the analyses' warnings. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Read and compare the translation files of every catalog.
 *
 * @param catalogs the catalogs as read from their specs.
 * @param options where translation files are.
 * @param locales locales to report even without a file (for `i18n status --locale`, `i18n extract`).
 * @param ids the id of every catalog of the run, when `catalogs` are only some of them: a file
 *   `a.b.en.json` is catalog `a.b`'s, not `a`'s.
 */
export function readTranslations(catalogs: readonly Catalog[], options: TranslationOptions, locales: readonly Locale[] = [], ids = catalogs.map((catalog) => catalog.id)): CatalogTranslations[] {
  return catalogs.map((catalog) => {
    const found = translatedLocales(catalog, ids, options);
    const wanted = [...new Set([...found.locales, ...locales])].sort(compareNames);
    const diagnostics: Diagnostic[] = [...found.diagnostics];
    const files: TranslationFile[] = [];
    const analyses: LocaleAnalysis[] = [];
    for (const locale of wanted) {
      const read = readTranslationFile(catalog, locale, options);
      const analysis = analyseLocale(catalog, read.file);
      files.push(read.file);
      analyses.push(analysis);
      append(diagnostics, read.diagnostics); append(diagnostics, analysis.diagnostics);
    }
    return { catalog, files, analyses, diagnostics };
  });
}

/**
 * The catalogs with their translations merged: each entry gains the messages translation files
 * give it for locales the spec has no message of its own in (the spec's text always wins), the
 * catalog gains those locales, and the translation diagnostics are added to its own.
 *
 * @param ids the id of every catalog of the run, when `catalogs` are only some of them (see `readTranslations`).
 */
export function applyTranslations(catalogs: readonly Catalog[], options: TranslationOptions, ids = catalogs.map((catalog) => catalog.id)): Catalog[] {
  return readTranslations(catalogs, options, [], ids).map(({ catalog, analyses, diagnostics }) => {
    if (analyses.length === 0 && diagnostics.length === 0) return catalog;
    const entries = catalog.entries.map((entry) => {
      const added = analyses.flatMap((analysis) => {
        const text = analysis.used.get(entry.code);
        return text === undefined ? [] : [[analysis.status.locale, text] as const];
      });
      return added.length === 0 ? entry : { ...entry, messages: { ...entry.messages, ...Object.fromEntries(added) } };
    });
    const has = (locale: Locale): boolean => entries.some((entry) => entry.messages[locale] !== undefined);
    const spec: readonly Locale[] = LOCALES;
    const translated = analyses.map((analysis) => analysis.status.locale).filter((locale) => !spec.includes(locale) && has(locale));
    const locales = [...LOCALES.filter(has), ...translated.sort(compareNames)];
    return { ...catalog, entries, locales, diagnostics: [...catalog.diagnostics, ...diagnostics] };
  });
}
