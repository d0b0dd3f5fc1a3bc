/**
 * `export const <name>: <type> = Object.freeze({ ... });`: the maps from code to status,
 * retryability, message and remedy, as a slot (slots.ts).
 */

import type { Catalog, Entry, Locale } from '../model.js';
import { stringLiteral } from './literals.js';
import { linesSlot, type Lines, type Reference, type Slot } from './slots.js';

/** A property of a frozen map: a value, or a frozen map of its own. */
export interface MapProperty {
  /** The key as written, e.g. `[PetCoreErrorCode.A0400]` or `"zh-CN"`. */
  readonly key: string;
  /** The value's expression, or the properties of a nested frozen map. */
  readonly value: string | readonly MapProperty[];
}

/** A frozen map an emitter declares. */
export interface FrozenMap {
  /** Its documentation, from `jsDocText` or fixed text. */
  readonly doc: string;
  readonly name: string;
  /** Its declared type, e.g. `Readonly<Record<PetCoreErrorCode, number | null>>`. */
  readonly type: string;
  /** Imported bindings the properties use as values, e.g. the codes enum. */
  readonly imports: readonly string[];
  /** The properties, with `ref` for each imported binding. */
  readonly properties: (ref: Reference) => readonly MapProperty[];
}

/** `Object.freeze({...})` of `properties`, opened after `head` and closed before `tail`. */
function writeFrozen(lines: Lines, head: string, properties: readonly MapProperty[], tail: string): void {
  if (properties.length === 0) {
    lines.line(`${head}Object.freeze({})${tail}`);
    return;
  }
  lines.block(`${head}Object.freeze(`, () => {
    for (const { key, value } of properties) {
      if (typeof value === 'string') lines.line(`${key}: ${value},`);
      else writeFrozen(lines, `${key}: `, value, ',');
    }
  }, `)${tail}`);
}

/** The map as a slot: as TypeScript, and as the compiler writes it. */
export function frozenMapSlot(map: FrozenMap): Slot {
  const declaration = `export declare const ${map.name}: ${map.type};`;
  return linesSlot(
    (lines, form, ref) => {
      lines.doc(map.doc);
      if (form === 'dts') lines.line(declaration);
      else {
        const head = { ts: `export const ${map.name}: ${map.type} = `, esm: `export const ${map.name} = `, cjs: `exports.${map.name} = ` }[form];
        writeFrozen(lines, head, map.properties(ref), ';');
      }
    },
    { imports: map.imports, types: [], exportedValues: [map.name], exportedFunctions: [], declares: [declaration] },
  );
}

/**
 * A map from each locale to a frozen map from code to text (messages, remedies), keyed by enum
 * member (computed keys, so a code such as `__proto__` is an own property).
 *
 * @param textOf an entry's text in a locale, or `undefined` when it has none there.
 */
export function localeMap(catalog: Catalog, locales: readonly Locale[], doc: string, name: string, textOf: (entry: Entry, locale: Locale) => string | undefined): FrozenMap {
  const { localeType, enumName } = catalog.names;
  return {
    doc,
    name,
    type: `Readonly<Record<${localeType}, Readonly<Record<string, string>>>>`,
    imports: [enumName],
    properties: (ref) =>
      locales.map((locale) => ({
        key: stringLiteral(locale),
        value: catalog.entries.flatMap((entry) => {
          const text = textOf(entry, locale);
          return text === undefined ? [] : [{ key: `[${ref(enumName)}.${entry.name}]`, value: stringLiteral(text) }];
        }),
      })),
  };
}
