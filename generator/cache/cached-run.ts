/**
 * A run through the cache: each spec's catalog and emitted files (sources and their compiled
 * package files) are looked up by a hash of the spec and of what else they depend on; only
 * the specs that changed are parsed and emitted, and remark and ts-morph are loaded only then.
 */

import type { Catalog, CatalogOptions } from '../model.js';
import type { SpecFile } from '../read/index.js';
import type { OutputFile } from '../write/index.js';
import type { PackageIdentity } from '../emit/package/identity.js';
import { timed } from '../timings/index.js';
import { hashParts, toolIdentity } from './key.js';
import { isIntact, stampOf, type Stamp } from './stamp.js';
import type { CacheStore } from './store.js';

/** The stages a cached run calls on a miss; the pipeline provides them. */
export interface Stages {
  /** Read a spec into its catalog (parse, extract, validate). */
  readonly catalogOf: (spec: SpecFile) => Catalog;
  /** Read specs into their catalogs, in order, as `catalogOf` does (e.g. on several threads); by default one by one with `catalogOf`. */
  readonly catalogsOf?: (specs: readonly SpecFile[]) => Promise<Catalog[]>;
  /**
   * Merge translation files into the catalogs, every run (they are not cached); a catalog it
   * leaves alone must be returned as the same object.
   */
  readonly translate?: (catalogs: readonly Catalog[]) => Catalog[];
  /** A catalog's emitted sources and the package files compiled from them. */
  readonly emitCatalog: (catalog: Catalog) => Promise<CatalogFiles>;
  /**
   * The files shared by all catalogs (root index, package.json, ...), given every catalog's
   * sources. They must depend only on each catalog's id, source, namespace and source paths
   * and on the package identity: the cache keys them on those alone, so that editing one
   * spec's entries does not re-emit them (nor load ts-morph for them).
   */
  readonly emitShared: (catalogs: readonly Catalog[], sources: readonly OutputFile[]) => Promise<OutputFile[]>;
}

/** What one catalog adds to the output. */
export interface CatalogFiles {
  readonly sources: readonly OutputFile[];
  readonly compiled: readonly OutputFile[];
}

/** What a run depends on besides the specs. */
export interface RunInputs {
  readonly defaults: CatalogOptions;
  /** Anything else that shapes catalogs, as JSON data, e.g. the config file's per-catalog settings and rule levels. */
  readonly settings?: unknown;
  readonly pkg: PackageIdentity;
  /** The output folder, absolute: results are kept per output folder. */
  readonly out: string;
  /** Identity of errspec itself, e.g. from `toolIdentity()` (the default). */
  readonly tool?: string;
}

/** What a cached run gives. */
export interface CachedRunResult {
  readonly catalogs: Catalog[];
  /**
   * The output files; `null` when a catalog has errors, or, with `intactOutput`, when the
   * output folder is exactly as the last run with these inputs wrote it.
   */
  readonly files: OutputFile[] | null;
  /** With `intactOutput`: how many files that untouched output folder holds; else 0. */
  readonly intact: number;
  /**
   * Save the results of this run to the cache, once it succeeded; with `paths`, also record
   * the output folder as just written from these inputs (after writing `files`, not after a check).
   */
  readonly remember: (paths: readonly string[] | null) => void;
}

/**
 * The catalogs of `specs`, and the output files: byte for byte what the pipeline gives
 * without a cache.
 *
 * @param intactOutput skip loading the files when the output folder has not changed since
 *   the last run with the same inputs wrote it (for writing; a check compares every byte).
 */
export async function cachedRun(
  specs: readonly SpecFile[],
  inputs: RunInputs,
  store: CacheStore,
  stages: Stages,
  intactOutput = false,
): Promise<CachedRunResult> {
  const tool = inputs.tool ?? toolIdentity();
  const options = JSON.stringify([inputs.defaults, inputs.settings ?? null]);
  // A spec's catalog and its files are kept apart, so a run with nothing to do reads only the catalogs.
  const looked = specs.map((spec) => {
    const key = hashParts([tool, options, spec.id, spec.source, spec.text]);
    const modelSlot = hashParts(['catalog', inputs.out, spec.source]).slice(0, 16);
    const filesSlot = hashParts(['files', inputs.out, spec.source]).slice(0, 16);
    const hit = timed('cache', () => store.load(modelSlot, key, (value): value is Catalog => isCatalog(value, spec)));
    return { spec, key, modelSlot, filesSlot, hit };
  });
  // The specs that missed are read together, on more than one thread when there are many.
  const missed = looked.filter((unit) => unit.hit === null);
  const fresh = await (stages.catalogsOf?.(missed.map((unit) => unit.spec)) ?? missed.map((unit) => stages.catalogOf(unit.spec)));
  const freshBySpec = new Map(missed.map((unit, index) => [unit.spec, fresh[index]!]));
  const units = looked.map(({ spec, key, modelSlot, filesSlot, hit }) => {
    const catalog = hit ?? freshBySpec.get(spec)!;
    if (hit === null) timed('cache', () => store.save(modelSlot, key, catalog));
    return { key, filesSlot, catalog };
  });
  const read = units.map((unit) => unit.catalog);
  const catalogs = stages.translate?.(read) ?? read;
  // A catalog that translations changed is keyed by what they made of it as well.
  const keys = units.map((unit, index) => (catalogs[index] === unit.catalog ? unit.key : hashParts([unit.key, JSON.stringify(catalogs[index])])));
  const nothing = { catalogs, files: null, intact: 0, remember: () => undefined };
  // Nothing of a run with errors is kept: it recomputes, and leaves no trace.
  if (catalogs.some(hasErrors)) return nothing;
  const runKey = hashParts([tool, JSON.stringify(inputs.pkg), ...keys]);
  const runSlot = hashParts(['output', inputs.out]).slice(0, 16);
  const remember = (paths: readonly string[] | null): void => {
    const stamp = paths === null ? null : stampOf(inputs.out, paths);
    if (stamp !== null) store.save(runSlot, runKey, stamp);
    timed('cache', () => store.flush());
  };
  if (intactOutput) {
    const stamp = timed('cache', () => store.load(runSlot, runKey, (value): value is Stamp => isIntact(inputs.out, value)));
    if (stamp !== null) return { ...nothing, intact: stamp.length, remember };
  }
  // All at once, so that the catalogs a run emits are compiled together (emit/package/native.ts).
  const perCatalog = await Promise.all(
    units.map(async (unit, index): Promise<CatalogFiles> => {
      const key = keys[index]!;
      const hit = timed('cache', () => store.load(unit.filesSlot, key, isCatalogFiles));
      if (hit !== null) return hit;
      const files = await stages.emitCatalog(catalogs[index]!);
      timed('cache', () => store.save(unit.filesSlot, key, files));
      return files;
    }),
  );
  const sources = perCatalog.flatMap((files) => files.sources);
  const sharedKey = hashParts([
    tool,
    JSON.stringify(inputs.pkg),
    ...catalogs.map((catalog, index) =>
      JSON.stringify([catalog.id, catalog.source, catalog.names.namespace, perCatalog[index]!.sources.map((file) => file.path)]),
    ),
  ]);
  const sharedSlot = hashParts(['shared', inputs.out]).slice(0, 16);
  let shared = timed('cache', () => store.load(sharedSlot, sharedKey, isFileList));
  if (shared === null) {
    shared = await stages.emitShared(catalogs, sources);
    timed('cache', () => store.save(sharedSlot, sharedKey, shared));
  }
  return { catalogs, files: [...sources, ...perCatalog.flatMap((files) => files.compiled), ...shared], intact: 0, remember };
}

function hasErrors(catalog: Catalog): boolean {
  return catalog.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFileList(value: unknown): value is OutputFile[] {
  return Array.isArray(value) && value.every((file) => isObject(file) && typeof file.path === 'string' && typeof file.content === 'string');
}

/** The shape of a cached catalog, as far as the run relies on it; the store's hash vouches for the rest. */
function isCatalog(value: unknown, spec: SpecFile): value is Catalog {
  return isObject(value) && value.id === spec.id && value.source === spec.source && Array.isArray(value.entries) &&
    Array.isArray(value.diagnostics) && value.diagnostics.every((d) => isObject(d) && typeof d.severity === 'string') &&
    isObject(value.names) && typeof value.names.namespace === 'string' && isObject(value.rows);
}

function isCatalogFiles(value: unknown): value is CatalogFiles {
  return isObject(value) && isFileList(value.sources) && isFileList(value.compiled);
}
