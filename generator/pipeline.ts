/**
 * The pipeline: read -> parse -> extract -> validate -> emit -> write. It calls the stages
 * in order and holds no logic of its own.
 */

import path from 'node:path';
import { Reporter } from './diagnostics.js';
import type { PackageIdentity } from './emit/package/identity.js';
import { DEFAULT_OPTIONS, buildCatalog, extract } from './extract/index.js';
import type { Catalog, CatalogOptions } from './model.js';
import { parse } from './parse/index.js';
import { listSpecs, readSpecs, type SpecFile } from './read/index.js';
import { validate } from './validate/index.js';
import { checkOutput, writeOutput, type CheckResult, type OutputFile, type WriteResult } from './write/index.js';

/** Resolved options of a run; every field is set. */
export interface Context {
  /** Folder paths are resolved against, e.g. `process.cwd()`. */
  readonly cwd: string;
  /** Spec files or folders, e.g. `["specs"]`. */
  readonly specs: readonly string[];
  /** Output folder, e.g. `"generated"`. */
  readonly out: string;
  /** Name and version of the npm package written around the output, e.g. `{ name: "errspec-errors", version: "0.1.0" }`. */
  readonly package: PackageIdentity;
  /** Options of catalogs whose spec does not set them in front matter. */
  readonly defaults: CatalogOptions;
}

/** The catalog of one spec file. */
export function catalogOf(spec: SpecFile, defaults: CatalogOptions = DEFAULT_OPTIONS): Catalog {
  const reporter = new Reporter(spec.source);
  const extraction = extract(parse(spec.text, reporter), spec.id, reporter);
  const { kept, skipped } = validate(extraction, reporter);
  return buildCatalog({ id: spec.id, source: spec.source, extraction, kept, skipped, defaults }, reporter);
}

/** Catalogs of every spec named by `specs`, in path order. */
export function loadCatalogs(specs: readonly string[], cwd: string, defaults: CatalogOptions = DEFAULT_OPTIONS): Catalog[] {
  return readSpecs(listSpecs(specs, cwd), cwd).map((spec) => catalogOf(spec, defaults));
}

/**
 * Generated files for the catalogs: the TypeScript sources, then the npm package built from them.
 * ts-morph is loaded only here, when something must be emitted.
 *
 * @param pkg name and version of the package; without it, the sources alone (for callers that
 *   only type-check or run them, where compiling the package would be wasted time). `generate`
 *   always passes it.
 */
export async function emitFiles(catalogs: readonly Catalog[], pkg?: PackageIdentity): Promise<OutputFile[]> {
  const { emitCatalog, emitIndex, emitPackage } = await import('./emit/index.js');
  const context = { generator: 'errspec' };
  const sources = [...catalogs.flatMap((catalog) => emitCatalog(catalog, context)), emitIndex(catalogs, context)];
  return pkg === undefined ? sources : [...sources, ...emitPackage(sources, catalogs, pkg)];
}

/** Outcome of `generate`. */
export type GenerateOutcome =
  | { readonly kind: 'errors'; readonly catalogs: readonly Catalog[] }
  | { readonly kind: 'written'; readonly catalogs: readonly Catalog[]; readonly result: WriteResult }
  | { readonly kind: 'checked'; readonly catalogs: readonly Catalog[]; readonly result: CheckResult };

/** Generate (or, with `check`, compare) the output for every spec. Nothing is written when a spec has errors. */
export async function generate(context: Context, check: boolean): Promise<GenerateOutcome> {
  const catalogs = loadCatalogs(context.specs, context.cwd, context.defaults);
  if (catalogs.some((catalog) => catalog.diagnostics.some((diagnostic) => diagnostic.severity === 'error'))) {
    return { kind: 'errors', catalogs };
  }
  const files = await emitFiles(catalogs, context.package);
  const out = path.resolve(context.cwd, context.out);
  return check
    ? { kind: 'checked', catalogs, result: checkOutput(out, files) }
    : { kind: 'written', catalogs, result: writeOutput(out, files) };
}
