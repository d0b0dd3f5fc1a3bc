/**
 * The fast paths of emit and compile give the very bytes of the slow ones:
 *
 * - slots (emit/slots.ts): the per-entry declarations written in every form and spliced into
 *   the compiled frame, against compiling the whole file;
 * - the native compiler (emit/package/native.ts), against the compiler ts-morph bundles;
 * - printing structures without a source file (emit/print.ts), against printing through one.
 *
 * On the five seeds and the hand-made fixtures (hostile text and codes, numeric codes, nested
 * envelopes, placeholders, no entries), in both enum styles, with and without docs links.
 */

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../generator/model.js';
import { emitCatalog } from '../../generator/emit/index.js';
import { emitBarrel } from '../../generator/emit/barrel-file.js';
import { emitCodes } from '../../generator/emit/codes-file.js';
import { emitErrors } from '../../generator/emit/errors-file.js';
import { emitMessages } from '../../generator/emit/messages-file.js';
import { emitResponse } from '../../generator/emit/response-file.js';
import { emitStatus } from '../../generator/emit/status-file.js';
import { frameOf, printTypeScript, printedThroughSourceFile } from '../../generator/emit/print.js';
import { compileFiles, compileFilesAsync, forgetCompiled } from '../../generator/emit/package/compile.js';
import { nativeCompiler } from '../../generator/emit/package/native.js';
import type { GeneratedFile } from '../../generator/emit/types.js';
import { loadCatalogs } from '../../generator/pipeline.js';
import { empty, hostile, numeric, params, petCore, wire } from '../emit/fixtures.js';

const root = path.resolve(import.meta.dirname, '../..');
const context = { generator: 'errspec' };
const seeds = loadCatalogs(['specs'], root);

/** Every catalog in both enum styles; the seeds also with a docs link on every class. */
const catalogs: Catalog[] = [...seeds, hostile, empty, wire, numeric, params, petCore].flatMap((catalog) => [
  { ...catalog, options: { ...catalog.options, enumStyle: 'enum' as const } },
  { ...catalog, options: { ...catalog.options, enumStyle: 'const' as const, docsUrl: 'https://docs.example.com/errors/' } },
]);

/** The TypeScript files of a catalog, freshly emitted (so with their frames). */
function sourcesOf(catalog: Catalog): GeneratedFile[] {
  return emitCatalog(catalog, context).filter((file) => file.path.endsWith('.ts'));
}

/** The same files as plain text, under another path: compiled whole, not from their frames. */
function whole(files: readonly GeneratedFile[]): GeneratedFile[] {
  return files.map((file) => ({ path: `whole/${file.path}`, content: file.content }));
}

describe('slots', () => {
  it('the files with per-entry declarations are compiled from frames, which are far smaller', () => {
    const xlink = seeds.find((catalog) => catalog.id === 'xlink')!;
    const files = sourcesOf(xlink);
    const slotted = files.filter((file) => frameOf(file) !== undefined).map((file) => file.path);
    expect(slotted).toEqual(['xlink/codes.ts', 'xlink/errors.ts', 'xlink/status.ts', 'xlink/messages.ts']);
    const errors = files.find((file) => file.path === 'xlink/errors.ts')!;
    expect(frameOf(errors)!.text.length).toBeLessThan(errors.content.length / 3);
    for (const entry of xlink.entries) expect(frameOf(errors)!.text).not.toContain(`class ${entry.className} `);
    expect(errors.content).toContain(`export class ${xlink.entries[0]!.className} extends XlinkError {`);
  });

  it.each(catalogs.map((catalog) => [`${catalog.id} (${catalog.options.enumStyle})`, catalog] as const))(
    '%s: spliced into the compiled frame, each form is byte for byte the compiled whole file',
    (_, catalog) => {
      forgetCompiled();
      const files = sourcesOf(catalog);
      const spliced = compileFiles(files);
      const compiled = compileFiles(whole(files));
      files.forEach((file, index) => {
        for (const form of ['esm', 'cjs', 'dts'] as const) expect(spliced[index]![form], `${file.path} ${form}`).toBe(compiled[index]![form]);
      });
    },
  );
});

describe('the native compiler', () => {
  it('is used on this platform when typescript 7 has a binary for it', () => {
    if (process.platform === 'linux' && process.arch === 'x64') expect(nativeCompiler()).toMatch(/typescript-linux-x64[/\\]lib[/\\]tsc$/);
  });

  it('compiles every catalog, together, to the bytes of the compiler ts-morph bundles', async () => {
    forgetCompiled();
    const all = catalogs.map(sourcesOf);
    // Called before any resolves, as a run calls it: one native compile for all of them.
    const natively = await Promise.all(all.map((files) => compileFilesAsync(files)));
    all.forEach((files, at) => {
      const inProcess = compileFiles(whole(files));
      files.forEach((file, index) => {
        for (const form of ['esm', 'cjs', 'dts'] as const) expect(natively[at]![index]![form], `${file.path} ${form}`).toBe(inProcess[index]![form]);
      });
    });
  }, 60_000);
});

describe('printing', () => {
  const emitters = [emitCodes, emitErrors, emitResponse, emitStatus, emitMessages, emitBarrel];

  it.each(catalogs.map((catalog) => [`${catalog.id} (${catalog.options.enumStyle})`, catalog] as const))(
    '%s: without a source file, structures print as through one',
    (_, catalog) => {
      for (const emit of emitters) {
        const printed = printTypeScript(emit(catalog, context));
        expect(frameOf(printed)?.text ?? printed.content).toBe(printedThroughSourceFile(emit(catalog, context)));
      }
    },
  );
});
