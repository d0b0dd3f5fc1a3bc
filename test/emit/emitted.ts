/**
 * Emitting catalogs into a temporary folder, in both enum styles, for the tests that compile
 * or run the generated code.
 */

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { emitCatalog, emitIndex, type GeneratedFile } from '../../generator/emit/index.js';
import { emitRuntime } from '../../generator/emit/runtime-files.js';
import type { Catalog, CatalogOptions } from '../../generator/model.js';

/** The two shapes of `codes.ts`. */
export const STYLES: readonly CatalogOptions['enumStyle'][] = ['enum', 'const'];

const CONTEXT = { generator: 'errspec', repoPrefix: '', openapi: true, regenerate: 'npm run generate' };

/** A copy of `catalog` emitted in `style`. */
export function withStyle(catalog: Catalog, style: CatalogOptions['enumStyle']): Catalog {
  return { ...catalog, options: { ...catalog.options, enumStyle: style } };
}

/** Every file of the catalogs, their root index and the runtime. */
export function emitAll(catalogs: readonly Catalog[]): GeneratedFile[] {
  return [...catalogs.flatMap((catalog) => emitCatalog(catalog, CONTEXT)), ...emitIndex(catalogs, CONTEXT), ...emitRuntime(CONTEXT, 'dist')];
}

/** Write `files` under `dir`, creating folders. */
export function writeFiles(dir: string, files: readonly GeneratedFile[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.content);
  }
}

/**
 * A new temporary folder holding catalogs emitted in each style: each group of catalogs in
 * `<style>/<group>/` with its root `index.ts`, the folder an ES module package.
 *
 * @param prefix the folder name's start, e.g. `"errspec-emit-"`.
 * @param groups catalogs by sub-folder, `""` for `<style>/` itself; ids may repeat across groups.
 * @returns the folder.
 */
export function emitBothStyles(prefix: string, groups: Readonly<Record<string, readonly Catalog[]>>): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  for (const style of STYLES) {
    for (const [group, catalogs] of Object.entries(groups)) {
      writeFiles(join(dir, style, group), emitAll(catalogs.map((catalog) => withStyle(catalog, style))));
    }
  }
  return dir;
}
