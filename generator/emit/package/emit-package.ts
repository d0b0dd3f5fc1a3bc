/**
 * The generated code as an installable npm package: `package.json` and the runtime, next to the
 * catalogs' files in the output folder.
 */

import type { CatalogHead } from '../../model.js';
import { byId } from '../root-index.js';
import { emitRuntime } from '../runtime-files.js';
import type { EmitContext, GeneratedFile } from '../types.js';
import { packageNameProblem, isSemver, type PackageIdentity } from '../../config/package-identity.js';
import { DIST_DIR, emitManifest } from './manifest.js';

/** `package.json`, a subpath per catalog (and its JSON files), and the runtime they share; `pkg` was checked by the caller. */
export function emitPackage(catalogs: readonly CatalogHead[], pkg: PackageIdentity, context: EmitContext): GeneratedFile[] {
  const nameProblem = packageNameProblem(pkg.name);
  if (nameProblem !== null) throw new Error(`errspec bug: package name ${JSON.stringify(pkg.name)} reached the emitter: ${nameProblem}`);
  if (!isSemver(pkg.version)) throw new Error(`errspec bug: package version ${JSON.stringify(pkg.version)} reached the emitter`);
  const sorted = [...catalogs].sort(byId);
  const withMessages = sorted.filter((catalog) => catalog.locales.length > 0).map((catalog) => catalog.id);
  const ids = sorted.map((catalog) => catalog.id);
  const manifest = emitManifest({ identity: pkg, specs: sorted.map((catalog) => catalog.source), catalogIds: ids, withMessages, withContracts: context.openapi ? ids : [] });
  return [manifest, ...emitRuntime(context, DIST_DIR)];
}
