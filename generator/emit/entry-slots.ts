/**
 * The per-entry declarations of `errors.ts` and `codes.ts` as slots (slots.ts): the TypeScript
 * is what the emitters' writers print, and the other forms are what TypeScript compiles it to.
 */

import type { CodeBlockWriter } from 'ts-morph';
import type { Catalog, Entry } from '../model.js';
import { classByCodeName, derivedNames } from '../names.js';
import { codeMemberType } from './codes-file.js';
import { entryDoc } from './entry-doc.js';
import { entryGuardName } from './guards.js';
import { jsDocText, stringLiteral } from './literals.js';
import { entryParameters, entryParamsType } from './message-params.js';
import { writeJsDoc } from './print.js';
import { docsLink } from './problem.js';
import { written, type Reference, type Slot, type SlotForm } from './slots.js';

/** A slot's TypeScript from an emitter's writer, and its other forms from `compiled`. */
function slot(
  ts: (writer: CodeBlockWriter) => void,
  compiled: (writer: CodeBlockWriter, form: Exclude<SlotForm, 'ts'>, ref: Reference) => void,
  declared: Omit<Slot, 'write'>,
): Slot {
  return {
    ...declared,
    write: (form, ref) => (form === 'ts' ? written('ts', ts) : written(form, (writer) => compiled(writer, form, ref))),
  };
}

/** Each entry's documentation, computed once for all forms. */
function docsOf(catalog: Catalog): () => readonly string[] {
  let docs: string[] | undefined;
  return () => (docs ??= catalog.entries.map((entry) => entryDoc(entry, catalog)));
}

/**
 * One class per entry (errors.ts).
 *
 * @param ts the emitter's writer of the classes.
 */
export function entryClassesSlot(catalog: Catalog, ts: (writer: CodeBlockWriter) => void): Slot {
  const { baseClass, optionsType, enumName } = catalog.names;
  const docs = docsOf(catalog);
  const withParams = catalog.entries.some((entry) => entryParameters(entry).length > 0);
  return slot(
    ts,
    (writer, form, ref) => {
      catalog.entries.forEach((entry, index) => {
        writeJsDoc(writer, docs()[index]!);
        const member = `${ref(enumName)}.${entry.name}`;
        const link = docsLink(catalog, entry);
        if (form === 'dts') {
          writer.write(`export declare class ${entry.className} extends ${baseClass} `).inlineBlock(() => {
            writer.writeLine(`readonly code: ${codeMemberType(catalog, entry)};`);
            writer.writeLine(`readonly name = ${stringLiteral(entry.className)};`);
            writer.writeLine(`/** The code of this class's errors; \`instanceof\` compares it, across copies of the package. */`);
            writer.writeLine(`static readonly code: ${codeMemberType(catalog, entry)};`);
            if (link !== null) {
              writer.writeLine('/** The spec section of this code; the `type` of its problem details. */');
              writer.writeLine('static readonly docsUrl: string;');
            }
            const parameters =
              entryParameters(entry).length === 0 ? `options?: ${optionsType}` : `options: ${optionsType} & {\n        readonly params: ${entryParamsType(catalog, entry)};\n    }`;
            writer.writeLine(`constructor(${parameters});`);
          });
          writer.newLine();
          return;
        }
        writer.write(`${form === 'esm' ? 'export ' : ''}class ${entry.className} extends ${baseClass} `).inlineBlock(() => {
          writer.writeLine(`name = ${stringLiteral(entry.className)};`);
          writer.writeLine(`/** The code of this class's errors; \`instanceof\` compares it, across copies of the package. */`);
          writer.writeLine(`static code = ${member};`);
          if (link !== null) {
            writer.writeLine('/** The spec section of this code; the `type` of its problem details. */');
            writer.writeLine(`static docsUrl = ${stringLiteral(link)};`);
          }
          writer.write('constructor(options) ').inlineBlock(() => writer.writeLine(`super(${member}, options);`));
          writer.newLine();
        });
        writer.newLine();
        if (form === 'cjs') writer.writeLine(`exports.${entry.className} = ${entry.className};`);
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

/**
 * One guard per entry (errors.ts).
 *
 * @param ts the emitter's writer of the guards.
 */
export function entryGuardsSlot(catalog: Catalog, ts: (writer: CodeBlockWriter) => void): Slot {
  const { guard, enumName } = catalog.names;
  return slot(
    ts,
    (writer, form, ref) => {
      for (const entry of catalog.entries) {
        const name = entryGuardName(entry.className);
        writeJsDoc(writer, `True when \`value\` is a \`${entry.className}\`, from this copy of the package or another (brand and code).`);
        if (form === 'dts') {
          writer.writeLine(`export declare function ${name}(value: unknown): value is ${entry.className};`);
          continue;
        }
        writer.write(`${form === 'esm' ? 'export ' : ''}function ${name}(value) `).inlineBlock(() => {
          writer.writeLine(`return ${guard}(value) && value.code === ${ref(enumName)}.${entry.name};`);
        });
        writer.newLine();
      }
    },
    { imports: [enumName], types: [], exportedValues: [], exportedFunctions: catalog.entries.map((entry) => entryGuardName(entry.className)) },
  );
}

/**
 * The interface from code to class (errors.ts): declarations only.
 *
 * @param ts the emitter's writer of the interface.
 */
export function classByCodeSlot(catalog: Catalog, ts: (writer: CodeBlockWriter) => void): Slot {
  const { enumName, factory } = catalog.names;
  return slot(
    ts,
    (writer, form) => {
      if (form !== 'dts') return;
      writeJsDoc(writer, `The error class of each code, as \`${factory}\` returns it.`);
      writer.write(`export interface ${classByCodeName(catalog.names)} `).inlineBlock(() => {
        for (const entry of catalog.entries) writer.writeLine(`[${enumName}.${entry.name}]: ${entry.className};`);
      });
    },
    { imports: [], types: [enumName], exportedValues: [], exportedFunctions: [] },
  );
}

/**
 * The calls that register each code's class (errors.ts): statements only.
 *
 * @param ts the emitter's writer of the calls.
 */
export function registerSlot(catalog: Catalog, ts: (writer: CodeBlockWriter) => void): Slot {
  const { enumName } = catalog.names;
  return slot(
    ts,
    (writer, form, ref) => {
      if (form === 'dts') return;
      for (const entry of catalog.entries) writer.writeLine(`register(${ref(enumName)}.${entry.name}, ${entry.className});`);
    },
    { imports: [enumName], types: [], exportedValues: [], exportedFunctions: [] },
  );
}

/** An entry's enum member in the compiled forms: `X["NAME"] = "code";` or, declared, `NAME = "code",`. */
function compiledMember(writer: CodeBlockWriter, form: Exclude<SlotForm, 'ts'>, enumName: string, entry: Entry, doc: string): void {
  writeJsDoc(writer, doc);
  if (form === 'dts') writer.writeLine(`${entry.name} = ${stringLiteral(entry.code)},`);
  else writer.writeLine(`${enumName}[${stringLiteral(entry.name)}] = ${stringLiteral(entry.code)};`);
}

/**
 * The codes (codes.ts), as an enum or, with `enumStyle: "const"`, a frozen object and its type.
 *
 * @param ts the emitter's writer of the codes.
 * @param doc the enum's documentation.
 */
export function codesSlot(catalog: Catalog, ts: (writer: CodeBlockWriter) => void, doc: string): Slot {
  const { enumName } = catalog.names;
  const docs = docsOf(catalog);
  const style = catalog.options.enumStyle;
  return slot(
    ts,
    (writer, form) => {
      writeJsDoc(writer, doc);
      if (style === 'const') {
        writeConstForm(writer, form, catalog, docs());
        return;
      }
      if (form === 'dts') {
        writer.write(`export declare enum ${enumName} `).inlineBlock(() => {
          catalog.entries.forEach((entry, index) => {
            writeJsDoc(writer, docs()[index]!);
            writer.writeLine(`${entry.name} = ${stringLiteral(entry.code)}${index === catalog.entries.length - 1 ? '' : ','}`);
          });
        });
        return;
      }
      writer.writeLine(`${form === 'esm' ? 'export ' : ''}var ${enumName};`);
      writer.write(`(function (${enumName}) `).inlineBlock(() => {
        catalog.entries.forEach((entry, index) => compiledMember(writer, form, enumName, entry, docs()[index]!));
      });
      writer.write(`)(${enumName} || (${form === 'cjs' ? `exports.${enumName} = ` : ''}${enumName} = {}));`);
    },
    { imports: [], types: [], exportedValues: [enumName], exportedFunctions: [] },
  );
}

/** The const style's object, freeze and union type in a compiled form. */
function writeConstForm(writer: CodeBlockWriter, form: Exclude<SlotForm, 'ts'>, catalog: Catalog, docs: readonly string[]): void {
  const { enumName } = catalog.names;
  // CommonJS assigns the object to `exports` and refers to it there, with no local binding.
  const binding = form === 'cjs' ? `exports.${enumName}` : enumName;
  const head = { esm: `export const ${enumName} = `, cjs: `${binding} = `, dts: `export declare const ${enumName}: ` }[form];
  writer.write(head).inlineBlock(() => {
    catalog.entries.forEach((entry, index) => {
      writeJsDoc(writer, docs[index]!);
      writer.writeLine(form === 'dts' ? `readonly ${entry.name}: ${stringLiteral(entry.code)};` : `${entry.name}: ${stringLiteral(entry.code)},`);
    });
  });
  writer.write(';').newLine();
  if (form !== 'dts') {
    writer.writeLine(`Object.freeze(${binding});`);
    return;
  }
  writeJsDoc(writer, jsDocText([`A code of ${catalog.source}: one of the values of \`${enumName}\`.`]));
  writer.writeLine(`export type ${enumName} = (typeof ${enumName})[keyof typeof ${enumName}];`);
}
