/**
 * `<id>/messages.ts`: the spec's messages by locale and the lookup with its fallback chain.
 */

import { StructureKind, VariableDeclarationKind, type CodeBlockWriter, type ImportDeclarationStructure } from 'ts-morph';
import { LOCALES, type Catalog, type Entry, type Locale } from '../model.js';
import { catalogHeader } from './header.js';
import { jsDocText, stringLiteral } from './literals.js';
import type { EmitContext, TypeScriptFile } from './types.js';
import { frozenMapSlot, localeMap, type FrozenMap } from './map-slot.js';
import { inline, slotted, type Slot } from './slots.js';
import { MESSAGE_VALUES, writeMessageParams } from './message-params.js';
import { remedyStatements } from './remedies.js';
import { placeholdersOf, toInterpolation } from '../extract/placeholders.js';
import { derivedNames } from '../names.js';

/**
 * An entry's message in `locale` with its placeholders in i18next's `{{name}}` form, the one
 * form both the JSON files and `formatMessage` read; `undefined` without a message there.
 */
export function interpolationMessage(entry: Entry, locale: Locale): string | undefined {
  const message = entry.messages[locale];
  // From the text, not `entry.placeholders`: translations merged after extraction have messages too.
  return message === undefined ? undefined : toInterpolation(message, placeholdersOf(message));
}

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
  const { messageArgs } = derivedNames(catalog.names);
  const locales = localesOf(catalog);
  const fallbackLocales = fallbackOf(catalog, locales);
  const hasEntries = catalog.entries.length > 0;
  const slots: Slot[] = [];
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
        mapStatement(
          slots,
          hasEntries,
          localeMap(
            catalog,
            locales,
            jsDocText([`Messages of ${catalog.source} by locale and code.\nA code without a message in a locale is absent from it.`]),
            messages,
            interpolationMessage,
          ),
        ),
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
        ...remedyStatements(catalog, locales, (map) => mapStatement(slots, hasEntries, map)),
        (writer) => writeMessageParams(writer, catalog),
        {
          kind: StructureKind.TypeAlias,
          name: 'MessageValues',
          docs: ['Placeholder values as the lookup reads them.'],
          type: MESSAGE_VALUES,
        },
        {
          kind: StructureKind.Function,
          name: 'interpolate',
          docs: ['`message` with each `{{name}}` that has an own value in `values` replaced by it; others are kept.'],
          parameters: [
            { name: 'message', type: 'string' },
            { name: 'values', type: 'MessageValues' },
          ],
          returnType: 'string',
          statements: [
            'return message.replace(/\\{\\{([A-Za-z_][A-Za-z0-9_]*)\\}\\}/g, (token, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : token));',
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
              'Placeholders (`{{name}}`; `%s` and `{name}` in the spec) take the values in `params`; a code whose',
              'message has placeholders requires them, a listed code without takes none.',
              '',
              '@param code a code of the spec, or any other string.',
              '@param locale the preferred locale; `defaultLocale` when omitted.',
              '@param params the values of the placeholders, by name (`p1`, `p2`, ... for printf `%s`/`%d`).',
            ].join('\n'),
          ],
          typeParameters: [{ name: 'C', constraint: 'string' }],
          parameters: [
            { name: 'code', type: 'C' },
            { name: 'locale', type: localeType, initializer: 'defaultLocale' },
            { name: 'params', isRestParameter: true, type: `${messageArgs}<C>` },
          ],
          returnType: 'string',
          statements: [
            (writer) => {
              writer.writeLine('const values = params[0] as MessageValues | undefined;');
              writer.write('for (const candidate of [locale, ...fallbackLocales]) ').block(() => {
                writer.writeLine('// Own properties only: neither a code such as "toString" nor a locale such as "__proto__"');
                writer.writeLine('// from an untyped caller may reach Object.prototype.');
                writer.writeLine(`const messages = Object.hasOwn(${messages}, candidate) ? ${messages}[candidate] : undefined;`);
                writer.writeLine(
                  'const message = messages !== undefined && Object.hasOwn(messages, code) ? messages[code] : undefined;',
                );
                writer.writeLine('if (message !== undefined) return values === undefined ? message : interpolate(message, values);');
              });
              writer.writeLine('return code;');
            },
          ],
        },
      ],
    },
    slots,
  };
}

/** A frozen map's statement: a slot (slots.ts) when the catalog has entries, for the enum they import. */
function mapStatement(slots: Slot[], hasEntries: boolean, map: FrozenMap): (writer: CodeBlockWriter) => void {
  return hasEntries ? slotted(slots, frozenMapSlot(map)) : inline(frozenMapSlot(map));
}
