/**
 * `<id>/codes.ts`: the codes of a catalog, as a string enum or, with `enumStyle: "const"`,
 * as an `as const` object and the union of its values (erasable syntax only).
 */

import type { Catalog, Entry } from '../model.js';
import { catalogHeader } from './header.js';
import { jsDocText } from './literals.js';
import type { EmitContext, TypeScriptFile } from './types.js';
import { codesSlot } from './entry-slots.js';
import { inline, slotted, type Slot } from './slots.js';

/**
 * The expression of an entry's code, the same in both styles, e.g. `PetCoreErrorCode.INVALID_REQUEST`.
 *
 * @param catalog the entry's catalog, for the enum's name.
 * @param entry the entry.
 */
export function codeMember(catalog: Catalog, entry: Entry): string {
  return `${catalog.names.enumName}.${entry.name}`;
}

/**
 * The type of an entry's code: the enum member, or `typeof` the const object's property,
 * e.g. `typeof PetCoreErrorCode.INVALID_REQUEST`.
 *
 * @param catalog the entry's catalog, for the enum's name and style.
 * @param entry the entry.
 */
export function codeMemberType(catalog: Catalog, entry: Entry): string {
  const member = codeMember(catalog, entry);
  return catalog.options.enumStyle === 'const' ? `typeof ${member}` : member;
}

/**
 * The codes: member `entry.name` = `entry.code`, in spec order, each documented from the
 * spec; an enum, or a frozen `as const` object and a union type of the same name when
 * `catalog.options.enumStyle` is `"const"`.
 *
 * @param catalog the catalog; its `names.enumName` names the enum.
 * @param context names the generator in the header.
 */
export function emitCodes(catalog: Catalog, context: EmitContext): TypeScriptFile {
  const doc = jsDocText([`Error codes of ${catalog.title}.`, `Spec: ${catalog.source}`]);
  // The codes are a slot, written in every form (slots.ts); a catalog without entries has none.
  const slots: Slot[] = [];
  return {
    path: `${catalog.id}/codes.ts`,
    structure: {
      leadingTrivia: catalogHeader(catalog, context),
      // One writer for all the codes: catalogs of 10,000 codes print in a fraction of the
      // time ts-morph takes for member structures.
      statements: [catalog.entries.length === 0 ? inline(codesSlot(catalog, doc)) : slotted(slots, codesSlot(catalog, doc))],
    },
    slots,
  };
}
