/**
 * The pipeline: read -> parse -> extract -> validate -> emit -> write. It calls the stages
 * in order and holds no logic of its own.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  CacheStore, cacheDir, cachedCatalogs, loadRecord, outputKeys, recordOf, saveRecord, sharedKey, sharedUpToDate, summaryOf, uncachedSpecs, upToDate, type RecordedCatalog,
} from './cache/index.js';
import { Reporter } from './diagnostics.js';
import type { PackageIdentity } from './config/package-identity.js';
import { applyRules } from './config/rules.js';
import { DEFAULT_REGENERATE } from './config/regenerate-command.js';
import type { RuleLevel } from './config/define-config.js';
import { NO_PROGRESS, type Progress } from './report/progress.js';
import { DEFAULT_OPTIONS, NO_OVERRIDES, assertDistinctNamespaces, buildCatalog, extract, type CatalogOverrides } from './extract/index.js';
import { applyTranslations, readTranslations, updateTranslationFile, type CatalogTranslations, type TranslationOptions } from './i18n/index.js';
import type { Catalog, CatalogOptions, CatalogSummary, Locale } from './model.js';
import { parse } from './parse/index.js';
import { poolSize, readInWorkers } from './pool/index.js';
import { emitCatalog, emitIndex, emitPackage } from './emit/index.js';
import { SUMMARY_PAGE, assertPreviewFolder, previewFiles, type ReadSpec } from './preview/index.js';
import { listSpecs, readSpecs, type SpecFile } from './read/index.js';
import { timed, timingsEnabled } from './timings/index.js';
import { validate } from './validate/index.js';
import { MANIFEST, checkOutput, readManifest, touchOutputLock, withOutputLock, writeFileAtomic, writeOutput, type CheckResult, type OutputFile, type WriteResult } from './write/index.js';

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
  /** Folder of every translation file, e.g. `"translations"`; `null` for an `i18n/` folder beside each spec. */
  readonly i18n: string | null;
  /** Settings of single catalogs from the config file, by catalog id. */
  readonly catalogs: ReadonlyMap<string, CatalogSettings>;
  /** Levels of rules from the config file, by rule id, e.g. `missing-message` -> `error`. */
  readonly rules: ReadonlyMap<string, RuleLevel>;
  /** Whether each catalog gets `openapi.json` and `schema.json`, e.g. `true` (the default; `openapi: false` in the config). */
  readonly openapi: boolean;
  /** The command that regenerates the output in this project, for headers and messages, e.g. `"npm run errors:generate"`. */
  readonly regenerate: string;
}

/** What the config file sets for one catalog: options over `Context.defaults`, and overrides. */
export interface CatalogSettings {
  readonly options: Partial<CatalogOptions>;
  readonly overrides: CatalogOverrides;
}

/** The catalog of one spec file. */
export function catalogOf(spec: SpecFile, defaults: CatalogOptions = DEFAULT_OPTIONS, overrides: CatalogOverrides = NO_OVERRIDES): Catalog {
  const reporter = new Reporter(spec.source);
  const blocks = timed('recover', () => parse(spec.text, reporter));
  const extraction = timed('extract', () => extract(blocks, spec.id, reporter));
  return timed('validate', () => {
    const { kept, skipped } = validate(extraction, reporter);
    return buildCatalog({ id: spec.id, source: spec.source, extraction, kept, skipped, defaults, overrides }, reporter);
  });
}

/** The catalog of one spec under the run's settings: the config file's options for it and its rule levels. */
export function catalogFor(spec: SpecFile, context: Pick<Context, 'defaults' | 'catalogs' | 'rules'>): Catalog {
  const settings = context.catalogs.get(spec.id);
  const catalog = catalogOf(spec, { ...context.defaults, ...settings?.options }, settings?.overrides);
  return applyRules(catalog, context.rules);
}

/** The specs `context` names, read, in path order; `source` paths are relative to the project root. */
export function readContextSpecs(context: Context): SpecFile[] {
  return readSpecs(listSpecs(context.specs, context.cwd), projectRoot(context.cwd, context.out));
}

/**
 * Catalogs of every spec named by `specs` (resolved against `cwd`), in path order. Their
 * `source` paths are relative to `base`.
 */
export function loadCatalogs(specs: readonly string[], cwd: string, defaults: CatalogOptions = DEFAULT_OPTIONS, base = cwd): Catalog[] {
  return timed('read', () => readSpecs(listSpecs(specs, cwd), base)).map((spec) => catalogOf(spec, defaults));
}

/**
 * Generated files for the catalogs: each catalog's module (TypeScript, JavaScript, declarations)
 * and message files, the root index, and, with `pkg`, the package around them.
 *
 * @param pkg name and version of the package; without it, the catalogs and the root index alone
 *   (for callers that only type-check or run the TypeScript). `generate` always passes it.
 * @param repoPrefix the project's folder in its repository, for docs links (see `repoPrefixOf`).
 * @param openapi whether each catalog gets its OpenAPI and JSON Schema contracts, as `generate` does by default.
 * @param regenerate the command headers name (see `regenerateCommand`).
 */
export function emitFiles(catalogs: readonly Catalog[], pkg?: PackageIdentity, repoPrefix = '', openapi = true, regenerate = DEFAULT_REGENERATE): OutputFile[] {
  const context = { generator: 'errspec', repoPrefix, openapi, regenerate };
  const files = timed('emit', () => [...catalogs.flatMap((catalog) => emitCatalog(catalog, context)), ...emitIndex(catalogs, context)]);
  return pkg === undefined ? files : [...files, ...emitPackage(catalogs, pkg, context)];
}

/** The folder generated files name their specs from, and whose package.json names the package: the output folder's parent. */
export function projectRoot(cwd: string, out: string): string {
  return path.dirname(path.resolve(cwd, out));
}

/**
 * The project root's folder in its git repository, `/`-terminated (`"packages/api/"`), or `""` when
 * it is the repository's root or in none: docs links name a spec by its path in the repository.
 */
export function repoPrefixOf(root: string): string {
  for (let folder = root; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, '.git'))) {
      const relative = path.relative(folder, root).split(path.sep).join('/');
      return relative === '' ? '' : `${relative}/`;
    }
    if (path.dirname(folder) === folder) return '';
  }
}

/** Outcome of `generate`: what it did, with the summary of every catalog. */
export type GenerateOutcome =
  | { readonly kind: 'errors'; readonly catalogs: readonly CatalogSummary[] }
  | { readonly kind: 'written'; readonly catalogs: readonly CatalogSummary[]; readonly result: WriteResult }
  | { readonly kind: 'checked'; readonly catalogs: readonly CatalogSummary[]; readonly result: CheckResult; readonly files: readonly OutputFile[] };

function hasErrors(catalog: CatalogSummary | Catalog): boolean {
  return catalog.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}

/**
 * Generate (or, with `check`, compare) the output for every spec; `--watch` runs this too. Nothing
 * is written when a spec has errors.
 *
 * The output's record (see `cache/output-record.ts`) says which catalogs' files are up to date:
 * those are neither parsed, emitted nor read back. The others are parsed (or taken from the
 * catalog cache) before the output lock is taken, so a long parse does not block another run;
 * under the lock the record is read again, and what it no longer vouches for (another run wrote
 * in between) is emitted too, so the folder ends as this run's output, recorded before the lock
 * is released. `--check` compares every file.
 *
 * Specs to parse are read in a pool of worker threads when there are enough of them (see
 * `pool/pool.ts`); the output is the same bytes either way.
 *
 * @param workers how many workers read the specs, whatever their size (0: this thread only), e.g.
 *   from `ERRSPEC_WORKERS`; `null` (the default) decides by the size of what is to be read.
 */
export async function generate(context: Context, check: boolean, progress: Progress = NO_PROGRESS, workers: number | null = null): Promise<GenerateOutcome> {
  // Sources are named from the project (the output folder's parent), not from wherever errspec
  // runs, so the generated bytes do not depend on the working directory.
  const root = projectRoot(context.cwd, context.out);
  const out = path.resolve(context.cwd, context.out);
  const specs = timed('read', () => readContextSpecs(context));
  const store = new CacheStore(cacheDir(root));
  // The config file's per-catalog settings and rule levels shape catalogs too, so they are part of the key.
  const inputs = {
    defaults: context.defaults,
    settings: { catalogs: [...context.catalogs], rules: [...context.rules] },
    out,
    translations: translationOptions(context),
    repoPrefix: repoPrefixOf(root),
    openapi: context.openapi,
    regenerate: context.regenerate,
  };
  const ids = specs.map((spec) => spec.id);
  // What the workers read, by source.
  const pooled = new Map<string, Catalog>();
  const read = async (some: readonly SpecFile[]): Promise<Catalog[]> => {
    const missing = timed('cache', () => uncachedSpecs(some, inputs, store));
    const size = poolSize(missing, workers);
    if (size > 0) {
      const job = { defaults: context.defaults, catalogs: context.catalogs, rules: context.rules, timings: timingsEnabled() };
      const catalogs = await readInWorkers(missing, job, size, (spec) => catalogFor(spec, context));
      missing.forEach((spec, index) => pooled.set(spec.source, catalogs[index]!));
    }
    const catalogs = cachedCatalogs(some, inputs, store, (spec) => pooled.get(spec.source) ?? catalogFor(spec, context));
    return applyTranslations(catalogs, inputs.translations, ids);
  };
  if (check) {
    const catalogs = await read(specs);
    assertDistinctNamespaces(catalogs);
    if (catalogs.some(hasErrors)) return { kind: 'errors', catalogs: catalogs.map(summaryOf) };
    progress.stage('comparing');
    const files = emitFiles(catalogs, context.package, inputs.repoPrefix, context.openapi, context.regenerate);
    const result = timed('write', () => checkOutput(out, files));
    timed('cache', () => store.flush());
    return { kind: 'checked', catalogs: catalogs.map(summaryOf), result, files };
  }
  const keys = timed('cache', () => outputKeys(specs, inputs));
  const hoped = timed('cache', () => upToDate(loadRecord(store, out), keys, out));
  const parsed = new Map((await read(specs.filter((spec) => !hoped.has(spec.source)))).map((catalog) => [catalog.source, catalog]));
  // Each spec's summary: its catalog's when it was read, else the record's.
  const summaries = (record: ReadonlyMap<string, RecordedCatalog>): CatalogSummary[] =>
    specs.map((spec) => {
      const catalog = parsed.get(spec.source);
      return catalog === undefined ? record.get(spec.source)!.summary : summaryOf(catalog);
    });
  // Nothing of a run with errors is kept: it recomputes, and leaves no trace.
  if ([...parsed.values()].some(hasErrors)) {
    store.discard();
    return { kind: 'errors', catalogs: summaries(hoped) };
  }
  progress.stage('writing');
  return withOutputLock(out, async () => {
    const record = timed('cache', () => loadRecord(store, out));
    const current = timed('cache', () => upToDate(record, keys, out));
    // Catalogs another run's output replaced since: read now (from the cache, as a rule).
    for (const catalog of await read(specs.filter((spec) => hoped.has(spec.source) && !current.has(spec.source)))) parsed.set(catalog.source, catalog);
    const catalogs = summaries(current);
    assertDistinctNamespaces(catalogs);
    const shared = sharedKey(catalogs, context.package, inputs);
    const sharedKept = timed('cache', () => sharedUpToDate(record, shared, out));
    if (parsed.size === 0 && sharedKept && record.catalogs.length === specs.length) {
      const unchanged = record.catalogs.reduce((sum, recorded) => sum + recorded.files.length, record.shared.files.length);
      return { kind: 'written', catalogs, result: { written: [], removed: [], orphaned: [], unchanged } };
    }
    progress.stage('emitting');
    // Each catalog's paths, and those of the files around them, as this run leaves them.
    const paths = new Map([...current].map(([source, recorded]) => [source, recorded.files.map((row) => row[0])]));
    const sharedPaths = sharedKept ? record.shared.files.map((row) => row[0]).filter((file) => file !== MANIFEST) : [];
    const emitContext = { generator: 'errspec', repoPrefix: inputs.repoPrefix, openapi: context.openapi, regenerate: context.regenerate };
    function* files(): Generator<OutputFile> {
      for (const catalog of parsed.values()) {
        const made = timed('emit', () => emitCatalog(catalog, emitContext));
        paths.set(catalog.source, made.map((file) => file.path));
        // A long emit keeps the lock fresh for runs that cannot check this process (another container).
        touchOutputLock(out);
        yield* made;
      }
      if (sharedKept) return;
      const around = timed('emit', () => [...emitIndex(catalogs, emitContext), ...emitPackage(catalogs, context.package, emitContext)]);
      sharedPaths.push(...around.map((file) => file.path));
      yield* around;
    }
    const kept = [...[...current.values()].flatMap((recorded) => recorded.files.map((row) => row[0])), ...sharedPaths];
    const result = timed('write', () => writeOutput(out, files(), kept));
    timed('cache', () => {
      store.flush();
      const made = specs.map((spec, index) => ({ source: spec.source, key: keys.get(spec.source)!, summary: catalogs[index]!, paths: paths.get(spec.source)! }));
      const next = recordOf(out, made, { key: shared, paths: [...sharedPaths, MANIFEST] }, readManifest(out) ?? undefined);
      if (next !== null) saveRecord(store, out, next);
    });
    return { kind: 'written', catalogs, result };
  });
}

/** What the `i18n` commands need of a run's options. */
export type TranslationContext = Pick<Context, 'cwd' | 'specs' | 'out' | 'defaults' | 'i18n'>;

/** Where the run's translation files are. */
function translationOptions(context: TranslationContext): TranslationOptions {
  return { base: projectRoot(context.cwd, context.out), dir: context.i18n === null ? null : path.resolve(context.cwd, context.i18n) };
}

/**
 * Every catalog with its translation files compared with the spec (`i18n status`).
 *
 * @param locales locales to report even for catalogs without a file in them.
 */
export function translationStatus(context: TranslationContext, locales: readonly Locale[]): CatalogTranslations[] {
  const catalogs = loadCatalogs(context.specs, context.cwd, context.defaults, projectRoot(context.cwd, context.out));
  return readTranslations(catalogs, translationOptions(context), locales);
}

/** Outcome of `i18n extract`: the comparison it started from, and the files it wrote (absolute), unless something was broken. */
export interface ExtractOutcome {
  readonly translations: readonly CatalogTranslations[];
  /** False when a spec or translation file has errors: then nothing is written. */
  readonly ok: boolean;
  /** Files written, with the codes each translation file gained. */
  readonly written: readonly { readonly file: string; readonly added: readonly string[] }[];
}

/** Add every missing code of every catalog to its translation file in `locale` (`i18n extract`). */
export function extractTranslations(context: TranslationContext, locale: Locale): ExtractOutcome {
  const translations = translationStatus(context, [locale]);
  const broken = translations.some(({ catalog, diagnostics }) => [...catalog.diagnostics, ...diagnostics].some((diagnostic) => diagnostic.severity === 'error'));
  if (broken) return { translations, ok: false, written: [] };
  const written = translations.flatMap(({ catalog, files }) => {
    const file = files.find((candidate) => candidate.locale === locale)!;
    const update = updateTranslationFile(catalog, file);
    if (update === null) return [];
    const changed = [writeFileAtomic(file.path, update.translation) ? file.path : null, writeFileAtomic(file.lockPath, update.lock) ? file.lockPath : null];
    return changed.flatMap((changedFile) => (changedFile === null ? [] : [{ file: changedFile, added: changedFile === file.path ? update.added : [] }]));
  });
  return { translations, ok: true, written };
}

/** Each spec's text with its catalog, in path order, `source` relative to `base`: for views that show the text beside what errspec read. */
export function loadSpecs(specs: readonly string[], cwd: string, defaults: CatalogOptions = DEFAULT_OPTIONS, base = cwd): ReadSpec[] {
  return readSpecs(listSpecs(specs, cwd), base).map((spec) => ({ text: spec.text, catalog: catalogOf(spec, defaults) }));
}

/** Outcome of `preview`: the catalogs, what was written, and the summary page's absolute path. */
export interface PreviewOutcome {
  readonly catalogs: readonly Catalog[];
  readonly result: WriteResult;
  readonly summary: string;
}

/** Write the HTML preview of `specs` to `out` (both resolved against `cwd`), all at once; written even when a spec has errors, to show them. */
export function preview(specs: readonly string[], cwd: string, out: string): PreviewOutcome {
  const folder = path.resolve(cwd, out);
  assertPreviewFolder(folder, out);
  const read = loadSpecs(specs, cwd, DEFAULT_OPTIONS, projectRoot(cwd, out));
  return { catalogs: read.map((spec) => spec.catalog), result: writeOutput(folder, previewFiles(read)), summary: path.join(folder, SUMMARY_PAGE) };
}
