/**
 * `<id>/codes.ts`: the codes of a catalog, as a string enum or, with `enumStyle: "const"`,
 * as an `as const` object and the union of its values (erasable syntax only).
 */

import type { CodeBlockWriter } from 'ts-morph';
import type { Catalog, Entry } from '../model.js';
import { entryDoc } from './entry-doc.js';
import { catalogHeader } from './header.js';
import { jsDocText, stringLiteral } from './literals.js';
import { writeJsDoc } from './print.js';
import type { EmitContext, TypeScriptFile } from './types.js';
import { codesSlot } from './entry-slots.js';
import { slotted, type Slot } from './slots.js';

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

/** The members, in spec order, each documented, as `NAME = "code",` or `NAME: "code",`. */
function writeMembers(writer: CodeBlockWriter, catalog: Catalog, separator: ' = ' | ': '): void {
  catalog.entries.forEach((entry, index) => {
    if (index > 0) writer.blankLine();
    writeJsDoc(writer, entryDoc(entry, catalog));
    writer.writeLine(`${entry.name}${separator}${stringLiteral(entry.code)},`);
  });
}

/** `export enum X { ... }`. */
function writeEnum(writer: CodeBlockWriter, catalog: Catalog, doc: string): void {
  writeJsDoc(writer, doc);
  writer.write(`export enum ${catalog.names.enumName} `);
  if (catalog.entries.length === 0) writer.write('{}');
  else writer.block(() => writeMembers(writer, catalog, ' = '));
}

/**
 * `export const X = { ... } as const;`, frozen by a statement of its own (a call would need
 * a type annotation listing every code again under `isolatedDeclarations`), and
 * `export type X = (typeof X)[keyof typeof X];`.
 */
function writeConst(writer: CodeBlockWriter, catalog: Catalog, doc: string): void {
  const { enumName } = catalog.names;
  writeJsDoc(writer, doc);
  // Member names are identifiers other than `__proto__` (check-catalog.ts), so each is an own property.
  writer.write(`export const ${enumName} = `);
  if (catalog.entries.length === 0) writer.write('{}');
  else writer.inlineBlock(() => writeMembers(writer, catalog, ': '));
  writer.write(' as const;').newLine();
  writer.blankLine();
  writer.writeLine(`Object.freeze(${enumName});`);
  writer.blankLine();
  writeJsDoc(writer, jsDocText([`A code of ${catalog.source}: one of the values of \`${enumName}\`.`]));
  writer.writeLine(`export type ${enumName} = (typeof ${enumName})[keyof typeof ${enumName}];`);
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
  const write = (writer: CodeBlockWriter): void => (catalog.options.enumStyle === 'const' ? writeConst(writer, catalog, doc) : writeEnum(writer, catalog, doc));
  // The codes are a slot, written in every form (slots.ts); a catalog without entries has none.
  const slots: Slot[] = [];
  return {
    path: `${catalog.id}/codes.ts`,
    structure: {
      leadingTrivia: catalogHeader(catalog, context),
      // One writer for all the codes: catalogs of 10,000 codes print in a fraction of the
      // time ts-morph takes for member structures.
      statements: [catalog.entries.length === 0 ? write : slotted(slots, codesSlot(catalog, write, doc))],
    },
    slots,
  };
}
