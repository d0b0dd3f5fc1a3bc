/**
 * The one place where ts-morph structures become text.
 *
 * All formatting is pinned here, so the same structures give the same bytes on any machine.
 */

import {
  IndentationText,
  NewLineKind,
  Project,
  QuoteKind,
  StructureKind,
  type CodeBlockWriter,
  type OptionalKind,
  type SourceFileStructure,
  type StatementStructures,
  type WriterFunction,
} from 'ts-morph';
import { jsDocLines } from './jsdoc.js';
import { spliceTypeScript, type Slot } from './slots.js';
import type { GeneratedFile, TypeScriptFile } from './types.js';

let project: Project | undefined;

/** The shared in-memory project; created on first use, since most imports of this module never print. */
function printingProject(): Project {
  project ??= new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Double,
      useTrailingCommas: true,
    },
  });
  return project;
}

/** What a source file structure may hold as statements. */
type Statements = OptionalKind<SourceFileStructure>['statements'];

/** Statements that ts-morph prints in a run without blank lines between them. */
const RUN_KINDS = new Set<StructureKind | undefined>([StructureKind.ImportDeclaration, StructureKind.ExportDeclaration]);

/** The kind of a statement, or `undefined` for text and writer functions. */
function kindOf(statement: string | WriterFunction | StatementStructures | undefined): StructureKind | undefined {
  return typeof statement === 'object' ? statement.kind : undefined;
}

/**
 * Put a blank line between top-level statements but within a run of imports or of
 * re-exports: ts-morph separates only some kinds, and never writer functions.
 */
function separated(statements: Statements): Statements {
  if (!Array.isArray(statements)) return statements;
  return statements.flatMap((statement, index) => {
    const previous = index === 0 ? undefined : kindOf(statements[index - 1]);
    const kind = kindOf(statement);
    const sameRun = kind === previous && RUN_KINDS.has(kind);
    return index === 0 || sameRun ? [statement] : [(writer: CodeBlockWriter) => writer.blankLineIfLastNot(), statement];
  });
}

/**
 * Print a TypeScript file's structure.
 *
 * @param file path and structure from an emitter.
 * @returns the text, LF line endings, ending with exactly one newline.
 */
export function printTypeScript(file: TypeScriptFile): GeneratedFile {
  const structure = { ...file.structure, statements: separated(file.structure.statements) };
  const text = printStructure(structure) ?? printThroughSourceFile(file.path, structure);
  if (text.includes('\r')) throw new Error(`errspec bug: printed ${file.path} contains a carriage return`);
  const frame = `${text.trimEnd()}\n`;
  const slots = file.slots ?? [];
  if (slots.length === 0) return { path: file.path, content: frame };
  const printed = { path: file.path, content: spliceTypeScript(file.path, frame, slots) };
  frames.set(printed, { text: frame, slots });
  return printed;
}

/** The part of ts-morph's project context that prints structures (not in its public types). */
interface StructurePrinting {
  readonly structurePrinterFactory?: { forSourceFile(options: { isAmbient: boolean }): { printText(writer: CodeBlockWriter, structure: unknown): void } };
  readonly createWriter?: () => CodeBlockWriter;
}

/**
 * The text of a source file structure, printed as `createSourceFile` prints it but without
 * parsing the text into a syntax tree, which is most of the time `createSourceFile` takes;
 * `null` when this ts-morph has no such printer (then `printThroughSourceFile` prints it).
 */
function printStructure(structure: OptionalKind<SourceFileStructure>): string | null {
  const context = (printingProject() as unknown as { _context?: StructurePrinting })._context;
  if (context?.structurePrinterFactory === undefined || context.createWriter === undefined) return null;
  const writer = context.createWriter();
  context.structurePrinterFactory.forSourceFile({ isAmbient: false }).printText(writer, structure);
  return writer.toString();
}

/**
 * The frame of `file` printed through a source file, as ts-morph's public API prints it: for
 * the test that `printTypeScript`, which prints without one, prints the same.
 */
export function printedThroughSourceFile(file: TypeScriptFile): string {
  const structure = { ...file.structure, statements: separated(file.structure.statements) };
  return `${printThroughSourceFile(file.path, structure).trimEnd()}\n`;
}

/** The text of a source file structure, through a source file of the printing project. */
function printThroughSourceFile(path: string, structure: OptionalKind<SourceFileStructure>): string {
  const sourceFile = printingProject().createSourceFile(`/${path}`, structure, { overwrite: true });
  const text = sourceFile.getFullText();
  // Keep the project empty: a run prints thousands of lines per catalog and never reads them back.
  printingProject().removeSourceFile(sourceFile);
  return text;
}

/** A printed file's frame: its text with the slots' markers, and the slots. */
export interface Frame {
  readonly text: string;
  readonly slots: readonly Slot[];
}

/** The frames of files printed in this process; the package compiles them instead of the whole text. */
const frames = new WeakMap<GeneratedFile, Frame>();

/** The frame `printTypeScript` printed `file` from, if it has slots. */
export function frameOf(file: GeneratedFile): Frame | undefined {
  return frames.get(file);
}

/**
 * Write a JSDoc comment laid out as ts-morph lays out `docs`: one line as `/** text *\/`,
 * more as a block. For writer functions that print long lists.
 *
 * @param writer the writer of the enclosing structure.
 * @param text a description from `jsDocText`, or fixed text of the generator; never raw spec text.
 */
export function writeJsDoc(writer: CodeBlockWriter, text: string): void {
  for (const line of jsDocLines(text)) writer.writeLine(line);
}

/**
 * Write blocks that continue one another on the closing brace's line, as Prettier lays out
 * `} else {` and `} catch {`; CodeBlockWriter's `block` would end each with a line break.
 *
 * @param writer the writer of the enclosing structure.
 * @param parts each block's head and body, e.g. `[["try", body], ["catch", handler]]`.
 */
export function writeChain(writer: CodeBlockWriter, parts: readonly (readonly [string, () => void])[]): void {
  parts.forEach(([head, body], index) => {
    writer.writeLine(`${index === 0 ? '' : '} '}${head} {`);
    writer.indent(body);
  });
  writer.writeLine('}');
}
