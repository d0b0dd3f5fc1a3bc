/**
 * The generated code as an installable npm package: `package.json`, ES module and CommonJS
 * builds with declarations, next to the TypeScript sources in the output folder.
 */

import type { Catalog } from '../../model.js';
import { byId } from '../root-index.js';
import type { GeneratedFile } from '../types.js';
import { compileFilesAsync } from './compile.js';
import { packageNameProblem, isSemver, type PackageIdentity } from './identity.js';
import { CJS_DIR, ESM_DIR, emitCommonJsMarker, emitManifest } from './manifest.js';

/** The generated TypeScript sources; declarations, if the emit stage ever wrote any, are not compiled. */
function isTypeScript(file: GeneratedFile): boolean {
  return file.path.endsWith('.ts') && !file.path.endsWith('.d.ts');
}

/**
 * The package files for the generated sources: `package.json` with one subpath per catalog,
 * `dist/esm/**` and `dist/cjs/**` (`.js` and `.d.ts` of every `.ts` source, at the same
 * relative path, so `./codes.js` specifiers hold in both), and `dist/cjs/package.json`.
 *
 * @param sources every file the emit stage made for the catalogs and the root index, whatever
 *   their names; `.ts` files are compiled, `<id>/messages/*.json` files are exported.
 * @param catalogs the catalogs the sources come from; `index.ts` and `<id>/index.ts` are the
 *   entry points.
 * @param pkg name and version of the package, already checked by the caller.
 * @returns the new files, relative to the output folder; the sources are not among them.
 * @throws an `errspec bug:` error when an entry point is missing, the identity is invalid, or
 *   the sources do not compile on their own (see `compileFilesAsync`).
 */
export async function emitPackage(sources: readonly GeneratedFile[], catalogs: readonly Catalog[], pkg: PackageIdentity): Promise<GeneratedFile[]> {
  return [...emitPackageManifest(sources, catalogs, pkg), ...(await compileSources(sources))];
}

/**
 * The package's `package.json` and `dist/cjs/package.json`: `emitPackage` without compiling,
 * for the cache, which keeps each catalog's compiled files.
 *
 * @throws as `emitPackage` does, except for compile errors.
 */
export function emitPackageManifest(sources: readonly GeneratedFile[], catalogs: readonly Catalog[], pkg: PackageIdentity): GeneratedFile[] {
  const nameProblem = packageNameProblem(pkg.name);
  if (nameProblem !== null) throw new Error(`errspec bug: package name ${JSON.stringify(pkg.name)} reached the emitter: ${nameProblem}`);
  if (!isSemver(pkg.version)) throw new Error(`errspec bug: package version ${JSON.stringify(pkg.version)} reached the emitter`);
  const sorted = [...catalogs].sort(byId);
  const catalogIds = sorted.map((catalog) => catalog.id);
  const paths = new Set(sources.map((file) => file.path));
  for (const entry of ['index.ts', ...catalogIds.map((id) => `${id}/index.ts`)]) {
    if (!paths.has(entry)) throw new Error(`errspec bug: no ${entry} among the generated sources to be the package's entry point`);
  }
  const withMessages = catalogIds.filter((id) => sources.some((file) => file.path.startsWith(`${id}/messages/`) && file.path.endsWith('.json')));
  const specs = sorted.map((catalog) => catalog.source);
  return [emitManifest({ identity: pkg, specs, catalogIds, withMessages }), emitCommonJsMarker()];
}

/**
 * `dist/esm/**` and `dist/cjs/**`: the `.js` and `.d.ts` of every `.ts` file of `sources`
 * (others are skipped), each compiled on its own, so a file's output depends on its text alone.
 *
 * @param remember keep the compiled files for later calls in this process (see `compileFilesAsync`).
 */
export async function compileSources(sources: readonly GeneratedFile[], remember = true): Promise<GeneratedFile[]> {
  const files = sources.filter(isTypeScript);
  const compiled = await compileFilesAsync(files, remember);
  return files.flatMap((file, index) => {
    const { esm, cjs, dts } = compiled[index]!;
    const stem = file.path.slice(0, -'.ts'.length);
    return [
      { path: `${ESM_DIR}/${stem}.js`, content: esm },
      { path: `${ESM_DIR}/${stem}.d.ts`, content: dts },
      { path: `${CJS_DIR}/${stem}.js`, content: cjs },
      { path: `${CJS_DIR}/${stem}.d.ts`, content: dts },
    ];
  });
}
