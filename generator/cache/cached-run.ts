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
import { isIntact, isStamp, stampOf, type Stamp } from './stamp.js';
import type { CacheStore } from './store.js';

/** The stages a cached run calls on a miss; the pipeline provides them. */
export interface Stages {
  /** Read a spec into its catalog (parse, extract, validate). */
  readonly catalogOf: (spec: SpecFile) => Catalog;
  /** Told which specs missed the cache, before they are read (e.g. to get the emit stage ready). */
  readonly reading?: (specs: readonly SpecFile[]) => void;
  /**
   * Merge translation files into the catalogs, every run (they are not cached); a catalog it
   * leaves alone must be returned as the same object.
   */
  readonly translate?: (catalogs: readonly Catalog[]) => Catalog[];
  /** A catalog's emitted sources and the package files compiled from them. */
  readonly emitCatalog: (catalog: Catalog) => Promise<CatalogFiles>;
  /**
   * The files shared by all catalogs (root index, package.json, ...), given the paths of every
   * catalog's sources. They must depend only on each catalog's id, source, namespace and source paths
   * and on the package identity: the cache keys them on those alone, so that editing one
   * spec's entries does not re-emit them (nor load ts-morph for them).
   */
  readonly emitShared: (catalogs: readonly Catalog[], sources: readonly string[]) => Promise<OutputFile[]>;
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
  /** How many characters of output files to keep in memory until they are written, e.g. 0 to read every one again; by default `HELD_CHARACTERS`. */
  readonly held?: number;
}

/** What a cached run gives. */
export interface CachedRunResult {
  readonly catalogs: Catalog[];
  /**
   * The output files; `null` when a catalog has errors, or, with `intactOutput`, when the
   * output folder is exactly as the last run with these inputs wrote it. Those beyond the
   * run's memory budget (`held`) are read again from the cache, one catalog at a time, as they
   * are iterated (again on each iteration).
   */
  readonly files: Iterable<OutputFile> | null;
  /**
   * With `intactOutput`: the paths of output files not in `files` because they are on disk
   * exactly as an earlier run with the same inputs wrote them (their catalog's stamp matches).
   */
  readonly kept: readonly string[];
  /** Every output path, those of `files` and `kept`. */
  readonly paths: readonly string[];
  /** With `intactOutput`: how many files that untouched output folder holds; else 0. */
  readonly intact: number;
  /**
   * Save the results of this run to the cache, once it succeeded; with `paths`, also record
   * the output folder as just written from these inputs (after writing `files`, not after a check).
   */
  readonly remember: (paths: readonly string[] | null) => void;
  /** Forget the results of this run, which failed. */
  readonly forget: () => void;
}

/**
 * How many characters of output files a run keeps in memory from emitting (or loading) them to
 * writing them; those beyond are read again from the cache when written. About as much as the
 * output of 10,000 entries, whose writing it spares that second read.
 */
const HELD_CHARACTERS = 64 * 1024 * 1024;

/**
 * Catalogs at most between the start of their emit and the end of their compile: enough for the
 * native compiler's batches to fill while the next catalogs are emitted, few enough that a run of
 * 1,000 specs does not hold them all.
 */
const IN_FLIGHT = 64;

/** `items` mapped by `fn`, in order, with at most `limit` calls unresolved at a time. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** One catalog's part of the output. */
interface Part {
  /** Paths of its sources and of its compiled files. */
  readonly sources: readonly string[];
  readonly paths: readonly string[];
  /** Its files, read again on each call; `null` when they are kept as they are on disk. */
  readonly files: (() => CatalogFiles) | null;
  /** Its stamp as the cache holds it, `null` when none. */
  readonly stamp: Stamp | null;
}

/**
 * The catalogs of `specs`, and the output files: byte for byte what the pipeline gives
 * without a cache.
 *
 * @param intactOutput skip loading the files when the output folder has not changed since
 *   the last run with the same inputs wrote it, or those of a catalog when its files have not
 *   (for writing; a check compares every byte).
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
    const stampSlot = hashParts(['stamp', inputs.out, spec.source]).slice(0, 16);
    const hit = timed('cache', () => store.load(modelSlot, key, (value): value is Catalog => isCatalog(value, spec)));
    return { spec, key, modelSlot, filesSlot, stampSlot, hit };
  });
  const missed = looked.filter((unit) => unit.hit === null).map((unit) => unit.spec);
  stages.reading?.(missed);
  const fresh = new Map(missed.map((spec) => [spec, stages.catalogOf(spec)]));
  const units = looked.map(({ spec, key, modelSlot, filesSlot, stampSlot, hit }) => {
    const catalog = hit ?? fresh.get(spec)!;
    if (hit === null) timed('cache', () => store.save(modelSlot, key, catalog));
    return { key, filesSlot, stampSlot, catalog };
  });
  const read = units.map((unit) => unit.catalog);
  const catalogs = stages.translate?.(read) ?? read;
  // A catalog that translations changed is keyed by what they made of it as well.
  const keys = units.map((unit, index) => (catalogs[index] === unit.catalog ? unit.key : hashParts([unit.key, JSON.stringify(catalogs[index])])));
  const forget = (): void => store.discard();
  const nothing = { catalogs, files: null, kept: [], paths: [], intact: 0, remember: () => undefined, forget };
  // Nothing of a run with errors is kept: it recomputes, and leaves no trace.
  if (catalogs.some(hasErrors)) {
    forget();
    return nothing;
  }
  const runKey = hashParts([tool, JSON.stringify(inputs.pkg), ...keys]);
  const runSlot = hashParts(['output', inputs.out]).slice(0, 16);
  if (intactOutput) {
    const stamp = timed('cache', () => store.load(runSlot, runKey, (value): value is Stamp => isIntact(inputs.out, value)));
    if (stamp !== null) {
      // Nothing to write: the run has succeeded already (a catalog read again is kept now).
      timed('cache', () => store.flush());
      return { ...nothing, intact: stamp.length };
    }
  }
  let held = 0;
  // Many at once, so that the catalogs a run emits are compiled together (emit/package/native.ts),
  // but not all: the catalogs between emit and compile hold their files, so memory stays bounded.
  const parts = await mapLimited(units, IN_FLIGHT, async (unit, index): Promise<Part> => {
    const key = keys[index]!;
    const record = timed('cache', () => store.load(unit.stampSlot, key, isCatalogStamp));
    if (intactOutput && record !== null && timed('cache', () => isIntact(inputs.out, record.stamp))) {
      return { sources: record.sources, paths: record.stamp.map((row) => row[0]), files: null, stamp: record.stamp };
    }
    const hit = timed('cache', () => store.load(unit.filesSlot, key, isCatalogFiles));
    const emitted = hit ?? (await stages.emitCatalog(catalogs[index]!));
    const paths = [...emitted.sources, ...emitted.compiled].map((file) => file.path);
    const sources = emitted.sources.map((file) => file.path);
    // Up to HELD_CHARACTERS of files stay in memory for the write; the rest go to the cache at
    // once (or are there) and are read again when written, so memory is bounded, not per run.
    held += [...emitted.sources, ...emitted.compiled].reduce((sum, file) => sum + file.content.length, 0);
    if (held <= (inputs.held ?? HELD_CHARACTERS)) {
      if (hit === null) timed('cache', () => store.save(unit.filesSlot, key, emitted));
      return { sources, paths, files: () => emitted, stamp: record?.stamp ?? null };
    }
    const reread = hit === null ? timed('cache', () => store.spill(unit.filesSlot, key, emitted)) : store.reloader(unit.filesSlot, key, isCatalogFiles);
    return { sources, paths, files: reread, stamp: record?.stamp ?? null };
  });
  const sharedKey = hashParts([
    tool,
    JSON.stringify(inputs.pkg),
    ...catalogs.map((catalog, index) => JSON.stringify([catalog.id, catalog.source, catalog.names.namespace, parts[index]!.sources])),
  ]);
  const sharedSlot = hashParts(['shared', inputs.out]).slice(0, 16);
  let shared = timed('cache', () => store.load(sharedSlot, sharedKey, isFileList));
  if (shared === null) {
    shared = await stages.emitShared(catalogs, parts.flatMap((part) => part.sources));
    const emitted = shared;
    timed('cache', () => store.save(sharedSlot, sharedKey, emitted));
  }
  const sharedFiles = shared;
  const files: Iterable<OutputFile> = {
    *[Symbol.iterator]() {
      for (const part of parts) {
        const load = part.files;
        const loaded = load === null ? null : timed('cache', load);
        if (loaded !== null) yield* [...loaded.sources, ...loaded.compiled];
      }
      yield* sharedFiles;
    },
  };
  const remember = (paths: readonly string[] | null): void => {
    const stamp = paths === null ? null : stampOf(inputs.out, paths);
    if (stamp !== null) {
      store.save(runSlot, runKey, stamp);
      const rows = new Map(stamp.map((row) => [row[0], row]));
      for (const [index, part] of parts.entries()) {
        const now = part.paths.map((file) => rows.get(file)!);
        if (JSON.stringify(now) !== JSON.stringify(part.stamp)) store.save(units[index]!.stampSlot, keys[index]!, { sources: part.sources, stamp: now });
      }
    }
    timed('cache', () => store.flush());
  };
  const kept = parts.flatMap((part) => (part.files === null ? part.paths : []));
  const paths = [...parts.flatMap((part) => part.paths), ...shared.map((file) => file.path)];
  return { catalogs, files, kept, paths, intact: 0, remember, forget };
}

/** What the cache keeps of a catalog's output as last written: its source paths, and the stamp of all its files. */
interface CatalogStamp {
  readonly sources: readonly string[];
  readonly stamp: Stamp;
}

function isCatalogStamp(value: unknown): value is CatalogStamp {
  return isObject(value) && Array.isArray(value.sources) && value.sources.every((file) => typeof file === 'string') && isStamp(value.stamp);
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
