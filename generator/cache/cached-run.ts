/**
 * The catalogs of a run through the cache: each spec's catalog is looked up by a hash of the spec
 * and of what else shapes it; only the specs that changed are parsed, and remark is loaded only
 * then. Only catalogs are kept: emitting them again takes milliseconds, and the write stage
 * writes only the files whose bytes changed.
 */

import type { Catalog, CatalogOptions } from '../model.js';
import type { SpecFile } from '../read/index.js';
import { timed } from '../timings/index.js';
import { hashParts, toolIdentity } from './key.js';
import type { CacheStore } from './store.js';

/** What the catalogs depend on besides the specs. */
export interface RunInputs {
  readonly defaults: CatalogOptions;
  /** Anything else that shapes catalogs, as JSON data, e.g. the config file's per-catalog settings and rule levels. */
  readonly settings?: unknown;
  /** The output folder, absolute: the specs' sources are named from its parent, so results are kept per output folder. */
  readonly out: string;
  /** Identity of errspec itself, e.g. from `toolIdentity()` (the default). */
  readonly tool?: string;
}

/**
 * The catalog of each spec, in order: from `store` when it holds one for the same spec text and
 * inputs, else from `catalogOf`, saved to `store` at its next `flush` (the caller flushes after a
 * run that succeeded, and discards after one that failed).
 */
export function cachedCatalogs(specs: readonly SpecFile[], inputs: RunInputs, store: CacheStore, catalogOf: (spec: SpecFile) => Catalog): Catalog[] {
  return specs.map((spec) => {
    const key = catalogKey(spec, inputs);
    const slot = slotOf(spec, inputs);
    const hit = timed('cache', () => store.load(slot, key, (value): value is Catalog => isCatalog(value, spec)));
    if (hit !== null) return hit;
    const catalog = catalogOf(spec);
    store.save(slot, key, catalog);
    return catalog;
  });
}

/**
 * The specs whose catalog `store` holds no result for: those a run reads (in workers, when they
 * are many). A result that is there but broken is read again by `cachedCatalogs` itself.
 */
export function uncachedSpecs(specs: readonly SpecFile[], inputs: RunInputs, store: CacheStore): SpecFile[] {
  return specs.filter((spec) => !store.has(slotOf(spec, inputs), catalogKey(spec, inputs)));
}

/** Where a spec's catalog is kept: one slot per spec of an output folder. */
function slotOf(spec: SpecFile, inputs: RunInputs): string {
  return hashParts(['catalog', inputs.out, spec.source]).slice(0, 16);
}

/** The key of a spec's catalog: a hash of errspec's identity, the inputs and the spec. */
export function catalogKey(spec: SpecFile, inputs: RunInputs): string {
  return hashParts([inputs.tool ?? toolIdentity(), JSON.stringify([inputs.defaults, inputs.settings ?? null]), spec.id, spec.source, spec.text]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The shape of a cached catalog, as far as the run relies on it; the store's hash vouches for the rest. */
function isCatalog(value: unknown, spec: SpecFile): value is Catalog {
  return isObject(value) && value.id === spec.id && value.source === spec.source && Array.isArray(value.entries) &&
    Array.isArray(value.diagnostics) && value.diagnostics.every((d) => isObject(d) && typeof d.severity === 'string') &&
    isObject(value.names) && typeof value.names.namespace === 'string' && isObject(value.rows);
}
