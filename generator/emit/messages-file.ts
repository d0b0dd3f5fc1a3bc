/**
 * `<id>/messages.ts`: the spec's messages by locale and the lookup with its fallback chain.
 */

import { StructureKind, VariableDeclarationKind, type ImportDeclarationStructure } from 'ts-morph';
import { LOCALES, type Catalog, type Locale } from '../model.js';
import { catalogHeader } from './header.js';
import { jsDocText, stringLiteral } from './literals.js';
import { writeJsDoc } from './print.js';
import type { EmitContext, TypeScriptFile } from './types.js';

/**
 * The locales of the generated locale type: the catalog's (the spec's, then translated ones),
 * or its default alone when no entry has a message; the default is always one of them, so
 * `defaultLocale` type-checks.
 */
function localesOf(catalog: Catalog): Locale[] {
  const spec: readonly Locale[] = LOCALES;
  return [
    ...LOCALES.filter((locale) => catalog.locales.includes(locale) || locale === catalog.defaultLocale),
    ...catalog.locales.filter((locale) => !spec.includes(locale)),
  ];
}

/**
 * The fallback chain after the requested locale: `en` where the catalog has it (so a client
 * asking for a locale nobody translated gets English rather than the spec's own language),
 * then the default locale, then the others in `localesOf` order.
 */
function fallbackOf(catalog: Catalog, locales: readonly Locale[]): Locale[] {
  return [...new Set([...locales.filter((locale) => locale === 'en'), catalog.defaultLocale, ...locales])];
}

/**
 * The locale type, `defaultLocale`, the frozen messages (per locale, code -> message,
 * keyed by enum member) and `formatMessage(code, locale?)`, which falls back from the
 * requested locale to `en`, then to the default, then to the other locales, then to the code
 * itself.
 *
 * @param catalog the catalog; `names.localeType` and `names.messages` name the exports.
 * @param context names the generator in the header.
 */
export function emitMessages(catalog: Catalog, context: EmitContext): TypeScriptFile {
  const { enumName, localeType, messages } = catalog.names;
  const locales = localesOf(catalog);
  const fallbackLocales = fallbackOf(catalog, locales);
  const hasEntries = catalog.entries.length > 0;
  // Without entries nothing refers to the enum, and an unused import would not compile under noUnusedLocals.
  const imports: ImportDeclarationStructure[] = hasEntries
    ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: './codes.js', namedImports: [enumName] }]
    : [];
  return {
    path: `${catalog.id}/messages.ts`,
    structure: {
      leadingTrivia: catalogHeader(catalog, context),
      statements: [
        ...imports,
        {
          kind: StructureKind.TypeAlias,
          isExported: true,
          name: localeType,
          docs: [jsDocText([`A locale ${catalog.source} has messages in.`])],
          type: locales.map(stringLiteral).join(' | '),
        },
        {
          kind: StructureKind.VariableStatement,
          isExported: true,
          declarationKind: VariableDeclarationKind.Const,
          docs: ["The locale of the spec's main message column; `formatMessage` falls back to it first."],
          declarations: [{ name: 'defaultLocale', type: localeType, initializer: stringLiteral(catalog.defaultLocale) }],
        },
        (writer) => {
          const doc = jsDocText([`Messages of ${catalog.source} by locale and code.\nA code without a message in a locale is absent from it.`]);
          writeJsDoc(writer, doc);
          const type = `Readonly<Record<${localeType}, Readonly<Record<string, string>>>>`;
          writer.write(`export const ${messages}: ${type} = Object.freeze(`);
          writer.inlineBlock(() => {
            for (const locale of locales) {
              const entries = catalog.entries.flatMap((entry) => {
                const message = entry.messages[locale];
                return message === undefined ? [] : [{ entry, message }];
              });
              writer.write(`${stringLiteral(locale)}: Object.freeze(`);
              if (entries.length === 0) writer.write('{}');
              else
                writer.inlineBlock(() => {
                  for (const { entry, message } of entries) {
                    writer.writeLine(`[${enumName}.${entry.name}]: ${stringLiteral(message)},`);
                  }
                });
              writer.write('),').newLine();
            }
          });
          writer.write(');');
        },
        {
          kind: StructureKind.VariableStatement,
          declarationKind: VariableDeclarationKind.Const,
          docs: ['Locales tried after the requested one: `en` where there is one, the default locale, then the others.'],
          declarations: [
            {
              name: 'fallbackLocales',
              type: `readonly ${localeType}[]`,
              initializer: `[${fallbackLocales.map(stringLiteral).join(', ')}]`,
            },
          ],
        },
        {
          kind: StructureKind.Function,
          isExported: true,
          name: 'formatMessage',
          docs: [
            [
              "The spec's message for a code (or its translation): in `locale` when there is one, else in `en`,",
              'else in the default locale, else in any other locale; for a code without any message, the code itself.',
              '',
              '@param code a code of the spec, or any other string.',
              '@param locale the preferred locale; `defaultLocale` when omitted.',
            ].join('\n'),
          ],
          // An enum without members is numeric to TypeScript, so `Enum | string` would not be a string.
          parameters: [
            { name: 'code', type: hasEntries ? `${enumName} | string` : 'string' },
            { name: 'locale', type: localeType, initializer: 'defaultLocale' },
          ],
          returnType: 'string',
          statements: [
            (writer) => {
              writer.write('for (const candidate of [locale, ...fallbackLocales]) ').block(() => {
                writer.writeLine('// Own properties only: neither a code such as "toString" nor a locale such as "__proto__"');
                writer.writeLine('// from an untyped caller may reach Object.prototype.');
                writer.writeLine(`const messages = Object.hasOwn(${messages}, candidate) ? ${messages}[candidate] : undefined;`);
                writer.writeLine(
                  'const message = messages !== undefined && Object.hasOwn(messages, code) ? messages[code] : undefined;',
                );
                writer.writeLine('if (message !== undefined) return message;');
              });
              writer.writeLine('return code;');
            },
          ],
        },
      ],
    },
  };
}
