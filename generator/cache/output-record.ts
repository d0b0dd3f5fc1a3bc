/**
 * The record of the output folder: for each catalog, the key of everything its files were made
 * from, its summary and the stamps of its files; the same for the files around the catalogs
 * (root index, runtime, `package.json`, manifest). It is written only while the output lock is
 * held, right after the folder was written, so it always describes files that were on disk as
 * recorded: a file that still has its stamp holds what its key gives, whichever run wrote it.
 */

import type { Catalog, CatalogSummary } from '../model.js';
import { hashParts } from './key.js';
import { isIntact, isStampRows, stampFiles, type StampRow } from './stamp.js';
import type { CacheStore } from './store.js';

/** One catalog's part of the record. */
export interface RecordedCatalog {
  /** The spec, relative to the project root, e.g. `"specs/pet-core.md"`. */
  readonly source: string;
  /** The output key its files were made from (see `outputKeys`). */
  readonly key: string;
  readonly summary: CatalogSummary;
  /** Stamps of its files, as written. */
  readonly files: readonly StampRow[];
}

/** What the last run that wrote the output folder wrote. */
export interface OutputRecord {
  readonly catalogs: readonly RecordedCatalog[];
  /** The files around the catalogs: their key (see `sharedKey`) and stamps. */
  readonly shared: { readonly key: string; readonly files: readonly StampRow[] };
}

/** The record of no run: nothing is up to date. */
export const NO_RECORD: OutputRecord = { catalogs: [], shared: { key: '', files: [] } };

/** The summary of a catalog. */
export function summaryOf(catalog: Catalog): CatalogSummary {
  const { id, source, locales, diagnostics } = catalog;
  return { kind: 'catalog-summary', id, source, names: { namespace: catalog.names.namespace }, locales, entryCount: catalog.entries.length, diagnostics };
}

/** The record's place in the store: one per output folder. */
function slotOf(out: string): { slot: string; key: string } {
  return { slot: hashParts(['output', out]).slice(0, 16), key: hashParts(['output-record']) };
}

/** The record of the output folder `out` (absolute), or `NO_RECORD`. */
export function loadRecord(store: CacheStore, out: string): OutputRecord {
  const { slot, key } = slotOf(out);
  return store.load(slot, key, isRecord) ?? NO_RECORD;
}

/** Replace the record of `out` now; only while holding the output lock, after the folder was written. */
export function saveRecord(store: CacheStore, out: string, record: OutputRecord): void {
  const { slot, key } = slotOf(out);
  store.put(slot, key, record);
}

/**
 * The sources whose catalog files are up to date in `out`: recorded under the same key, and
 * every file still as recorded.
 */
export function upToDate(record: OutputRecord, keys: ReadonlyMap<string, string>, out: string): Map<string, RecordedCatalog> {
  return new Map(record.catalogs.filter((recorded) => keys.get(recorded.source) === recorded.key && isIntact(out, recorded.files)).map((recorded) => [recorded.source, recorded]));
}

/** Whether the files around the catalogs are up to date in `out` for `key`. */
export function sharedUpToDate(record: OutputRecord, key: string, out: string): boolean {
  return record.shared.key === key && record.shared.files.length > 0 && isIntact(out, record.shared.files);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSummary(value: unknown): value is CatalogSummary {
  return isObject(value) && value.kind === 'catalog-summary' && typeof value.id === 'string' && typeof value.source === 'string' &&
    isObject(value.names) && typeof value.names.namespace === 'string' && Array.isArray(value.locales) && typeof value.entryCount === 'number' &&
    Array.isArray(value.diagnostics) && value.diagnostics.every((d) => isObject(d) && typeof d.severity === 'string');
}

/** The shape of a record, as far as a run relies on it; the store's hash vouches for the rest. */
function isRecord(value: unknown): value is OutputRecord {
  return isObject(value) && Array.isArray(value.catalogs) && isObject(value.shared) && typeof value.shared.key === 'string' && isStampRows(value.shared.files) &&
    value.catalogs.every((c) => isObject(c) && typeof c.source === 'string' && typeof c.key === 'string' && isSummary(c.summary) && isStampRows(c.files));
}

/** One catalog's files as a run left them, to record. */
export interface WrittenCatalog {
  readonly source: string;
  readonly key: string;
  readonly summary: CatalogSummary;
  /** Its files' paths in the output folder. */
  readonly paths: readonly string[];
}

/**
 * The record of what a run just wrote to `out`, its files stamped now; `null` when one of them
 * is not there to stamp (then the old record stays: it vouches only for files that still match it).
 *
 * @param written the SHA-256 of what was just written to each path (see `stampFiles`), e.g. the manifest's.
 */
export function recordOf(
  out: string,
  catalogs: readonly WrittenCatalog[],
  shared: { readonly key: string; readonly paths: readonly string[] },
  written: ReadonlyMap<string, string | null> = new Map(),
): OutputRecord | null {
  const stampedAt = Date.now();
  const recorded: RecordedCatalog[] = [];
  for (const { source, key, summary, paths } of catalogs) {
    const files = stampFiles(out, paths, stampedAt, written);
    if (files === null) return null;
    recorded.push({ source, key, summary, files });
  }
  const sharedFiles = stampFiles(out, shared.paths, stampedAt, written);
  return sharedFiles === null ? null : { catalogs: recorded, shared: { key: shared.key, files: sharedFiles } };
}
