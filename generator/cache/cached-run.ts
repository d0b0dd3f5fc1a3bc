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
import type { CacheStore } from './store.js';

/** The stages a cached run calls on a miss; the pipeline provides them. */
export interface Stages {
  /** Read a spec into its catalog (parse, extract, validate). */
  readonly catalogOf: (spec: SpecFile) => Catalog;
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
  readonly pkg: PackageIdentity;
  /** The output folder, absolute: results are kept per output folder. */
  readonly out: string;
  /** Identity of errspec itself, e.g. from `toolIdentity()` (the default). */
  readonly tool?: string;
}

/** A cached spec: its catalog, and its files unless the catalog has errors. */
interface SpecValue {
  readonly catalog: Catalog;
  readonly files: CatalogFiles | null;
}

/**
 * The catalogs of `specs`, and the output files, or `null` files when a catalog has errors.
 * Byte for byte what the pipeline gives without a cache.
 */
export async function cachedRun(
  specs: readonly SpecFile[],
  inputs: RunInputs,
  store: CacheStore,
  stages: Stages,
): Promise<{ catalogs: Catalog[]; files: OutputFile[] | null }> {
  const tool = inputs.tool ?? toolIdentity();
  const options = JSON.stringify(inputs.defaults);
  const units = specs.map((spec) => {
    const key = hashParts([tool, options, spec.id, spec.source, spec.text]);
    const slot = hashParts(['spec', inputs.out, spec.source]).slice(0, 16);
    const hit = timed('cache', () => store.load(slot, key, (value): value is SpecValue => isSpecValue(value, spec)));
    return { spec, key, slot, hit, catalog: hit?.catalog ?? stages.catalogOf(spec) };
  });
  const catalogs = units.map((unit) => unit.catalog);
  if (catalogs.some(hasErrors)) {
    for (const unit of units) if (unit.hit === null) timed('cache', () => store.save(unit.slot, unit.key, { catalog: unit.catalog, files: null }));
    return { catalogs, files: null };
  }
  const perCatalog: CatalogFiles[] = [];
  for (const unit of units) {
    let files = unit.hit?.files ?? null;
    if (files === null) {
      files = await stages.emitCatalog(unit.catalog);
      timed('cache', () => store.save(unit.slot, unit.key, { catalog: unit.catalog, files }));
    }
    perCatalog.push(files);
  }
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
  return { catalogs, files: [...sources, ...perCatalog.flatMap((files) => files.compiled), ...shared] };
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

/** The shape of a cached spec, as far as the run relies on it; the store's hash vouches for the rest. */
function isSpecValue(value: unknown, spec: SpecFile): value is SpecValue {
  if (!isObject(value) || !isObject(value.catalog)) return false;
  const { catalog, files } = value;
  const catalogOk = catalog.id === spec.id && catalog.source === spec.source && Array.isArray(catalog.entries) &&
    Array.isArray(catalog.diagnostics) && isObject(catalog.names) && isObject(catalog.rows);
  const filesOk = files === null || (isObject(files) && isFileList(files.sources) && isFileList(files.compiled));
  return catalogOk && filesOk && (files !== null || (catalog.diagnostics as { severity?: unknown }[]).some((d) => isObject(d) && d.severity === 'error'));
}
