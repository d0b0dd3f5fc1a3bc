/**
 * Slots: the per-entry part of a generated file, written directly in each output form.
 *
 * A catalog of 10,000 codes is mostly the same few declarations per code: a class, a guard, an
 * enum member, a map entry. Printing them through ts-morph and compiling them with TypeScript
 * cost about 0.7 ms per code. So an emitter hands those declarations over as a slot: their text
 * as TypeScript (printed as before), as ES module and CommonJS JavaScript, and as declarations,
 * each written the way TypeScript's emitter writes it. Only the rest of the file, the frame, is
 * printed by ts-morph and compiled; the slots are spliced into each compiled form
 * (package/splice.ts). test/package/slots.test.ts checks that this gives byte for byte what compiling
 * the whole file gives.
 */

import type { CodeBlockWriter } from 'ts-morph';
import { jsDocLines } from './jsdoc.js';

/** An output form of a slot. */
export type SlotForm = 'ts' | 'esm' | 'cjs' | 'dts';

/**
 * How a slot refers to a binding the file imports: as is, or, in CommonJS, through the
 * module object TypeScript names for the import (e.g. `codes_js_1.PetCoreErrorCode`).
 */
export type Reference = (name: string) => string;

/** Top-level statements, in every form. */
export interface Slot {
  /**
   * The statements in one form, with `ref` for each imported binding they use as a value.
   * TypeScript is indented by two spaces, the compiled forms by four, as the compiler writes them.
   */
  readonly write: (form: SlotForm, ref: Reference) => string;
  /** Imported bindings the statements use as values, e.g. the codes enum. */
  readonly imports: readonly string[];
  /** Bindings of the file the declarations refer to as types and that must stay in its declarations. */
  readonly types: readonly string[];
  /** Exported classes and variables declared, in order (CommonJS lists them at the top). */
  readonly exportedValues: readonly string[];
  /** Exported functions declared, in order (CommonJS assigns them at the top). */
  readonly exportedFunctions: readonly string[];
  /**
   * Ambient declarations of exported variables the frame refers to, e.g.
   * `export declare const petCoreHttpStatus: Readonly<...>;`, so that CommonJS refers to them
   * through `exports`; one per line, each as the compiler prints it in declarations.
   */
  readonly declares?: readonly string[];
}

/** A slot's statement as ts-morph prints it in the frame: the same call in every form. */
export function slotMarker(index: number, slot: Slot): string {
  const types = [...slot.imports, ...slot.types];
  const declares = (slot.declares ?? []).map((line) => `\n${line}`).join('');
  return `${slotCall(index)}(${slot.imports.join(', ')});\nexport declare const ${slotCall(index)}$: [${types.join(', ')}];${declares}`;
}

/** The callee of slot `index`'s marker: a name no spec text can produce on a line of its own. */
export function slotCall(index: number): string {
  return `errspecSlot${index}`;
}

/**
 * Lines of code at a depth of indentation: two spaces for TypeScript, four for what the
 * compiler writes. Plain string building: ts-morph's CodeBlockWriter looks at every
 * character it is given, and slots give it megabytes.
 */
export class Lines {
  private readonly out: string[] = [];
  private readonly indents: string[] = [''];
  private depth = 0;

  constructor(form: SlotForm) {
    this.unit = form === 'ts' ? '  ' : '    ';
  }

  private readonly unit: string;

  /** Add `text` as a line at the current depth. */
  line(text: string): this {
    this.out.push(`${(this.indents[this.depth] ??= this.unit.repeat(this.depth))}${text}`);
    return this;
  }

  /** Add an empty line. */
  blank(): this {
    this.out.push('');
    return this;
  }

  /** Add `head {`, the lines `body` adds one level deeper, then `}` followed by `tail`. */
  block(head: string, body: () => void, tail = ''): this {
    this.line(`${head}{`);
    this.depth++;
    body();
    this.depth--;
    return this.line(`}${tail}`);
  }

  /** Add a JSDoc comment laid out as `writeJsDoc` (print.ts) lays it out. */
  doc(text: string): this {
    for (const line of jsDocLines(text)) this.line(line);
    return this;
  }

  /** The lines, joined. */
  toString(): string {
    return this.out.join('\n');
  }
}

/** A slot whose every form `write` adds to fresh lines. */
export function linesSlot(write: (lines: Lines, form: SlotForm, ref: Reference) => void, declared: Omit<Slot, 'write'>): Slot {
  return {
    ...declared,
    write: (form, ref) => {
      const lines = new Lines(form);
      write(lines, form, ref);
      return lines.toString();
    },
  };
}

/**
 * The TypeScript file: the printed frame with each marker replaced by its slot.
 *
 * @throws an `errspec bug:` error when a marker is missing.
 */
export function spliceTypeScript(path: string, frame: string, slots: readonly Slot[]): string {
  let text = frame;
  slots.forEach((slot, index) => {
    const marker = `\n${slotMarker(index, slot)}\n`;
    const at = text.indexOf(marker);
    if (at < 0) throw new Error(`errspec bug: ${path} lost the marker of slot ${index}`);
    text = `${text.slice(0, at + 1)}${slot.write('ts', (name) => name)}\n${text.slice(at + marker.length)}`;
  });
  return text;
}

/** A slot's TypeScript as a plain statement of an emitter's structure, for files compiled whole. */
export function inline(slot: Slot): (writer: CodeBlockWriter) => void {
  return (writer) => {
    writer.write(slot.write('ts', (name) => name));
  };
}

/**
 * The statement that stands for `slot` in an emitter's structure: it adds the slot to `slots`
 * and prints its marker.
 */
export function slotted(slots: Slot[], slot: Slot): (writer: CodeBlockWriter) => void {
  const index = slots.length;
  slots.push(slot);
  return (writer) => {
    writer.write(slotMarker(index, slot));
  };
}
