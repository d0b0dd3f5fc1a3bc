/**
 * The spec's remedies (解决方案 / 处理措施) by locale, in `messages.ts`: each remedy under the
 * locale its text is written in, looked up with the same fallback as messages.
 */

import { StructureKind, type StatementStructures, type WriterFunction } from 'ts-morph';
import type { Catalog, Locale } from '../model.js';
import { derivedNames } from '../names.js';
import { localeOf } from '../text.js';
import { localeMap, type FrozenMap } from './map-slot.js';

/** The locale a remedy goes under: its text's, when the locale type has it, else the default. */
export function remedyLocale(remedy: string, locales: readonly Locale[], fallback: Locale): Locale {
  const locale = localeOf(remedy);
  return locales.includes(locale) ? locale : fallback;
}

/**
 * `export const <x>Remedies` and `export function format<X>Remedy(code, locale?)`.
 *
 * @param catalog the catalog.
 * @param locales the locales of the locale type, in order.
 * @param statement the statement of the remedies map, as the file declares its maps.
 */
export function remedyStatements(
  catalog: Catalog,
  locales: readonly Locale[],
  statement: (map: FrozenMap) => WriterFunction,
): (StatementStructures | WriterFunction)[] {
  const { localeType } = catalog.names;
  const { remedies, remedyLookup } = derivedNames(catalog.names);
  return [
    statement(
      localeMap(catalog, locales, "What to do about each code, from the spec's remedy column, by locale; a code without one is absent.", remedies, (entry, locale) =>
        entry.remedy !== null && remedyLocale(entry.remedy, locales, catalog.defaultLocale) === locale ? entry.remedy : undefined,
      ),
    ),
    {
      kind: StructureKind.Function,
      isExported: true,
      name: remedyLookup,
      docs: [
        [
          "The spec's remedy for a code: in `locale` when there is one there, else in the default locale,",
          'else in any other; `undefined` when the spec gives none.',
          '',
          '@param code a code of the spec, or any other string.',
          '@param locale the preferred locale; `defaultLocale` when omitted.',
        ].join('\n'),
      ],
      parameters: [
        { name: 'code', type: 'string' },
        { name: 'locale', type: localeType, initializer: 'defaultLocale' },
      ],
      returnType: 'string | undefined',
      statements: [
        (writer) => {
          writer.write('for (const candidate of [locale, ...fallbackLocales]) ').block(() => {
            writer.writeLine(`const remedies = Object.hasOwn(${remedies}, candidate) ? ${remedies}[candidate] : undefined;`);
            writer.writeLine('if (remedies !== undefined && Object.hasOwn(remedies, code)) return remedies[code];');
          });
          writer.writeLine('return undefined;');
        },
      ],
    },
  ];
}
