/**
 * Slots (../slots.ts) spliced into the compiled forms of their frame.
 *
 * The frame was compiled with each slot's marker in its place: `errspecSlotN(imports);` stays
 * in the JavaScript (in CommonJS with each import rewritten to its module object, which names
 * them for the slot), and `export declare const errspecSlotN$: [...]` stays in the
 * declarations (its type keeps the imports and local types the slot's declarations use).
 * CommonJS also lists exported names at the top of the file, as TypeScript does: classes and
 * variables in `exports.b = exports.a = void 0;` lines of 50 names, each in reverse order of
 * declaration, then one `exports.f = f;` per function, in order.
 */

import { slotCall, type Slot } from '../slots.js';

/** A compiled form a slot is spliced into. */
export type CompiledForm = 'esm' | 'cjs' | 'dts';

/** Names per line of the `exports.x = void 0;` lines, as TypeScript chunks them. */
const HOISTED_PER_LINE = 50;

/**
 * `compiled` (the frame's output in `form`) with every slot in place of its marker.
 *
 * @throws an `errspec bug:` error when a marker is not found where the compiler should have left it.
 */
export function spliceCompiled(path: string, form: CompiledForm, compiled: string, slots: readonly Slot[]): string {
  if (slots.length === 0) return compiled;
  const lines = compiled.split('\n');
  const at = slots.map((_, index) => markerLine(path, form, lines, index));
  const ordered = form === 'cjs' ? hoistedExports(lines, at, slots) : null;
  // A frame whose exports are all in slots is an ES module without exports: the compiler ends it with `export {};`.
  const exporting = slots.some((slot) => slot.exportedValues.length + slot.exportedFunctions.length > 0);
  // In declarations, a slot's ambient declarations follow its marker: the slot declares them itself.
  const declared = new Set<number>();
  if (form === 'dts') {
    at.forEach((marker, slot) => {
      (slots[slot]!.declares ?? []).forEach((line, offset) => {
        if (lines[marker + 1 + offset] !== line) throw new Error(`errspec bug: the dts output of ${path} lost the declarations of slot ${slot}`);
        declared.add(marker + 1 + offset);
      });
    });
  }
  const pieces = lines.map((line, index): string[] => {
    if (declared.has(index)) return [];
    if (form === 'esm' && exporting && line === 'export {};') return [];
    const slot = at.indexOf(index);
    if (slot < 0) return [line];
    const text = form === 'cjs' ? slots[slot]!.write('cjs', moduleReference(line, slots[slot]!)) : slots[slot]!.write(form, (name) => name);
    // A slot without anything in this form (types in JavaScript, statements in declarations) leaves no line.
    return text === '' ? [] : [text];
  });
  if (ordered === null) return pieces.flat().join('\n');
  const { start, end, values, functions } = ordered;
  const header = [...chunks(values, HOISTED_PER_LINE).map(hoistLine), ...functions.map((name) => `exports.${name} = ${name};`)];
  return [...pieces.slice(0, start).flat(), ...header, ...pieces.slice(end).flat()].join('\n');
}

/** How a slot names its imports in CommonJS: as the compiler rewrote them in its marker's call. */
function moduleReference(marker: string, slot: Slot): (name: string) => string {
  const args = /\((.*)\);$/.exec(marker)![1]!;
  const modules = args === '' ? [] : args.split(', ');
  return (name) => modules[slot.imports.indexOf(name)] ?? name;
}

/** The index of slot `index`'s marker line in `lines`. */
function markerLine(path: string, form: CompiledForm, lines: readonly string[], index: number): number {
  const call = slotCall(index);
  const found =
    form === 'dts'
      ? lines.findIndex((line) => line.startsWith(`export declare const ${call}$: `))
      : lines.findIndex((line) => line.startsWith(`${call}(`) && line.endsWith(');'));
  if (found < 0) throw new Error(`errspec bug: the ${form} output of ${path} lost the marker of slot ${index}`);
  return found;
}

const HOIST = /^exports\.[\w$]+ = (?:exports\.[\w$]+ = )*void 0;$/;
const FUNCTION_EXPORT = /^exports\.([\w$]+) = \1;$/;

/**
 * The block of `exports.…` lines at the top of a CommonJS output (`start` to `end`), and the
 * names it should list once the slots are in: the frame's and the slots', in order of declaration.
 */
function hoistedExports(lines: readonly string[], markers: readonly number[], slots: readonly Slot[]) {
  const esModule = lines.findIndex((line) => line.startsWith('Object.defineProperty(exports, "__esModule"'));
  const start = esModule + 1;
  let end = start;
  while (end < lines.length && HOIST.test(lines[end]!)) end++;
  const hoisted = lines.slice(start, end).flatMap((line) => line.slice(0, -' = void 0;'.length).split(' = ').reverse().map((name) => name.slice('exports.'.length)));
  const valuesEnd = end;
  while (end < lines.length && FUNCTION_EXPORT.test(lines[end]!)) end++;
  const frameFunctions = lines.slice(valuesEnd, end).map((line) => FUNCTION_EXPORT.exec(line)![1]!);
  // Where each name is declared: the first assignment to it after the block, or its function.
  const declaredAt = (pattern: (name: string) => (line: string) => boolean) => (name: string): [number, string[]] => {
    const index = lines.findIndex((line, at) => at >= end && pattern(name)(line));
    return [index, [name]];
  };
  const values = [
    ...hoisted.map(declaredAt((name) => (line) => line.includes(`exports.${name} = `))),
    ...slots.map((slot, index): [number, string[]] => [markers[index]!, [...slot.exportedValues]]),
  ];
  const functions = [
    ...frameFunctions.map(declaredAt((name) => (line) => line.startsWith(`function ${name}(`) || line.startsWith(`async function ${name}(`))),
    ...slots.map((slot, index): [number, string[]] => [markers[index]!, [...slot.exportedFunctions]]),
  ];
  const inOrder = (declared: [number, string[]][]): string[] => declared.sort((a, b) => a[0] - b[0]).flatMap(([, names]) => names);
  return { start, end, values: inOrder(values), functions: inOrder(functions) };
}

function hoistLine(names: readonly string[]): string {
  return `${[...names].reverse().map((name) => `exports.${name} = `).join('')}void 0;`;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}
