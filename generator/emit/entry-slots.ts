/**
 * The per-entry declarations of `errors.ts` and `codes.ts` as slots (slots.ts): each written as
 * TypeScript, and as what TypeScript compiles that to (ES module, CommonJS, declarations).
 */

import type { Catalog } from '../model.js';
import { classByCodeName, derivedNames } from '../names.js';
import { codeMemberType } from './codes-file.js';
import { entryDoc } from './entry-doc.js';
import { entryGuardName } from './guards.js';
import { jsDocText, stringLiteral } from './literals.js';
import { entryParameters, entryParamsType } from './message-params.js';
import { docsLink } from './problem.js';
import { linesSlot as slot, type Lines, type Slot, type SlotForm } from './slots.js';

/** Each entry's documentation, computed once for all forms. */
function docsOf(catalog: Catalog): () => readonly string[] {
  let docs: string[] | undefined;
  return () => (docs ??= catalog.entries.map((entry) => entryDoc(entry, catalog)));
}

const CODE_DOC = "/** The code of this class's errors; `instanceof` compares it, across copies of the package. */";
const DOCS_URL_DOC = '/** The spec section of this code; the `type` of its problem details. */';

/** One class per entry (errors.ts), on the catalog's base class. */
export function entryClassesSlot(catalog: Catalog): Slot {
  const { baseClass, optionsType, enumName } = catalog.names;
  const docs = docsOf(catalog);
  const withParams = catalog.entries.some((entry) => entryParameters(entry).length > 0);
  return slot(
    (lines, form, ref) => {
      catalog.entries.forEach((entry, index) => {
        if (form === 'ts' && index > 0) lines.blank();
        lines.doc(docs()[index]!);
        const member = `${ref(enumName)}.${entry.name}`;
        const type = codeMemberType(catalog, entry);
        const link = docsLink(catalog, entry);
        const params = entryParameters(entry).length === 0 ? null : entryParamsType(catalog, entry);
        const name = stringLiteral(entry.className);
        if (form === 'ts') {
          lines.block(`export class ${entry.className} extends ${baseClass} `, () => {
            lines.line(`declare readonly code: ${type};`).line(`override readonly name = ${name};`).line(CODE_DOC);
            lines.line(`static readonly code: ${type} = ${member};`);
            if (link !== null) lines.line(DOCS_URL_DOC).line(`static readonly docsUrl: string = ${stringLiteral(link)};`);
            lines.blank();
            const options = params === null ? `options?: ${optionsType}` : `options: ${optionsType} & { readonly params: ${params} }`;
            lines.block(`constructor(${options}) `, () => lines.line(`super(${member}, options);`));
          });
        } else if (form === 'dts') {
          lines.block(`export declare class ${entry.className} extends ${baseClass} `, () => {
            lines.line(`readonly code: ${type};`).line(`readonly name = ${name};`).line(CODE_DOC).line(`static readonly code: ${type};`);
            if (link !== null) lines.line(DOCS_URL_DOC).line('static readonly docsUrl: string;');
            if (params === null) lines.line(`constructor(options?: ${optionsType});`);
            else lines.block(`constructor(options: ${optionsType} & `, () => lines.line(`readonly params: ${params};`), ');');
          });
        } else {
          lines.block(`${form === 'esm' ? 'export ' : ''}class ${entry.className} extends ${baseClass} `, () => {
            lines.line(`name = ${name};`).line(CODE_DOC).line(`static code = ${member};`);
            if (link !== null) lines.line(DOCS_URL_DOC).line(`static docsUrl = ${stringLiteral(link)};`);
            lines.block('constructor(options) ', () => lines.line(`super(${member}, options);`));
          });
          if (form === 'cjs') lines.line(`exports.${entry.className} = ${entry.className};`);
        }
      });
    },
    {
      imports: [enumName],
      types: withParams ? [derivedNames(catalog.names).messageParams] : [],
      exportedValues: catalog.entries.map((entry) => entry.className),
      exportedFunctions: [],
    },
  );
}

/** One guard per entry (errors.ts): `isXError(value)` checks the brand and the code. */
export function entryGuardsSlot(catalog: Catalog): Slot {
  const { guard, enumName } = catalog.names;
  return slot(
    (lines, form, ref) => {
      catalog.entries.forEach((entry, index) => {
        if (form === 'ts' && index > 0) lines.blank();
        const name = entryGuardName(entry.className);
        lines.doc(`True when \`value\` is a \`${entry.className}\`, from this copy of the package or another (brand and code).`);
        const body = (): void => void lines.line(`return ${guard}(value) && value.code === ${ref(enumName)}.${entry.name};`);
        if (form === 'ts') lines.block(`export function ${name}(value: unknown): value is ${entry.className} `, body);
        else if (form === 'dts') lines.line(`export declare function ${name}(value: unknown): value is ${entry.className};`);
        else lines.block(`${form === 'esm' ? 'export ' : ''}function ${name}(value) `, body);
      });
    },
    { imports: [enumName], types: [], exportedValues: [], exportedFunctions: catalog.entries.map((entry) => entryGuardName(entry.className)) },
  );
}

/** The interface from code to class (errors.ts), for the factory's return type: declarations only. */
export function classByCodeSlot(catalog: Catalog): Slot {
  const { enumName, factory } = catalog.names;
  return slot(
    (lines, form) => {
      if (form === 'esm' || form === 'cjs') return;
      lines.doc(`The error class of each code, as \`${factory}\` returns it.`);
      const head = `export interface ${classByCodeName(catalog.names)} `;
      if (catalog.entries.length === 0) lines.line(`${head}{}`);
      else lines.block(head, () => catalog.entries.forEach((entry) => lines.line(`[${enumName}.${entry.name}]: ${entry.className};`)));
    },
    { imports: [], types: [enumName], exportedValues: [], exportedFunctions: [] },
  );
}

/** The `register` call of each code (errors.ts), which fills the factory's map: statements only. */
export function registerSlot(catalog: Catalog): Slot {
  const { enumName } = catalog.names;
  return slot(
    (lines, form, ref) => {
      if (form === 'dts') return;
      for (const entry of catalog.entries) lines.line(`register(${ref(enumName)}.${entry.name}, ${entry.className});`);
    },
    { imports: [enumName], types: [], exportedValues: [], exportedFunctions: [] },
  );
}

/**
 * The codes (codes.ts): member `entry.name` = `entry.code`, in spec order, each documented; an
 * enum, or with `enumStyle: "const"` a frozen `as const` object and the union of its values.
 * The object is frozen by a statement of its own (a call would need a type annotation listing
 * every code again under `isolatedDeclarations`).
 */
export function codesSlot(catalog: Catalog, doc: string): Slot {
  const { enumName } = catalog.names;
  const docs = docsOf(catalog);
  const last = catalog.entries.length - 1;
  const members = (lines: Lines, member: (index: number) => string, spaced: boolean): void => {
    catalog.entries.forEach((_, index) => {
      if (spaced && index > 0) lines.blank();
      lines.doc(docs()[index]!).line(member(index));
    });
  };
  const entry = (index: number) => catalog.entries[index]!;
  const code = (index: number) => stringLiteral(entry(index).code);
  const writeEnum = (lines: Lines, form: SlotForm): void => {
    if (form === 'ts') {
      const head = `export enum ${enumName} `;
      if (last < 0) lines.line(`${head}{}`);
      else lines.block(head, () => members(lines, (index) => `${entry(index).name} = ${code(index)},`, true));
    } else if (form === 'dts') {
      lines.block(`export declare enum ${enumName} `, () => members(lines, (index) => `${entry(index).name} = ${code(index)}${index === last ? '' : ','}`, false));
    } else {
      lines.line(`${form === 'esm' ? 'export ' : ''}var ${enumName};`);
      const target = form === 'cjs' ? `exports.${enumName} = ${enumName}` : enumName;
      lines.block(`(function (${enumName}) `, () => members(lines, (index) => `${enumName}[${stringLiteral(entry(index).name)}] = ${code(index)};`, false), `)(${enumName} || (${target} = {}));`);
    }
  };
  const writeConst = (lines: Lines, form: SlotForm): void => {
    // CommonJS assigns the object to `exports` and refers to it there, with no local binding.
    const binding = form === 'cjs' ? `exports.${enumName}` : enumName;
    const head = { ts: `export const ${enumName} = `, esm: `export const ${enumName} = `, cjs: `${binding} = `, dts: `export declare const ${enumName}: ` }[form];
    const tail = form === 'ts' ? ' as const;' : ';';
    const member = (index: number): string => (form === 'dts' ? `readonly ${entry(index).name}: ${code(index)};` : `${entry(index).name}: ${code(index)},`);
    if (last < 0 && form === 'ts') lines.line(`${head}{}${tail}`);
    else lines.block(head, () => members(lines, member, form === 'ts'), tail);
    if (form === 'ts') lines.blank();
    if (form !== 'dts') lines.line(`Object.freeze(${binding});`);
    if (form === 'ts') lines.blank();
    if (form === 'ts' || form === 'dts') {
      lines.doc(jsDocText([`A code of ${catalog.source}: one of the values of \`${enumName}\`.`]));
      lines.line(`export type ${enumName} = (typeof ${enumName})[keyof typeof ${enumName}];`);
    }
  };
  return slot(
    (lines, form) => {
      lines.doc(doc);
      if (catalog.options.enumStyle === 'const') writeConst(lines, form);
      else writeEnum(lines, form);
    },
    { imports: [], types: [], exportedValues: [enumName], exportedFunctions: [] },
  );
}
