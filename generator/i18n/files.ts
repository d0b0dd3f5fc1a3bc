/**
 * Finding and reading translation files: `<folder>/<catalog-id>.<locale>.json`, a flat
 * `{ "<code>": "<message>" }`, and the lock file beside it, `<catalog-id>.<locale>.lock.json`,
 * which records what each translation was made from.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { append } from '../append.js';
import { Reporter } from '../diagnostics.js';
import { UserError } from '../errors.js';
import { LOCALE_PATTERN, type Catalog, type Diagnostic, type Locale, type Point } from '../model.js';
import { readJsonObject, type JsonMember } from './json-file.js';

/** Where translation files are: one folder for every spec, or `null` for an `i18n/` folder beside each spec. */
export interface TranslationOptions {
  /** Folder spec sources are relative to (the project root), absolute, e.g. `"/repo"`. */
  readonly base: string;
  /** Folder of every translation file, absolute; `null` for `<spec folder>/i18n`. */
  readonly dir: string | null;
}

/** One translated message, in file order. */
export interface Translation {
  /** The code, e.g. `"A0400"`. */
  readonly code: string;
  /** The translated message; `""` when nobody has translated it yet. */
  readonly text: string;
  /** Position of the key in the translation file. */
  readonly at: Point;
}

/** What the lock file says about one code's translation. */
export interface LockEntry {
  /** `shortHash` of the source message the translation was made from, e.g. `"1a2b3c4d"`. */
  readonly hash: string;
  /** That source message, for translators and reviewers, e.g. `"请求格式或参数非法"`. */
  readonly source: string;
  /** `shortHash` of the translation when this entry was recorded, so a later edit is noticed. */
  readonly translation: string;
}

/** A translation file and its lock, read; a file that does not exist reads as empty. */
export interface TranslationFile {
  /** The locale from the file name, e.g. `"en"`. */
  readonly locale: Locale;
  /** Absolute path of the translation file. */
  readonly path: string;
  /** The path relative to the project root, `/` separators, e.g. `"specs/i18n/oauth-iot.en.json"`. */
  readonly source: string;
  /** Absolute path of the lock file. */
  readonly lockPath: string;
  /** False when there is no translation file yet. */
  readonly exists: boolean;
  /** The translations, in file order. */
  readonly translations: readonly Translation[];
  /** The lock entries by code. */
  readonly lock: ReadonlyMap<string, LockEntry>;
  /** False when the file or its lock is broken (an error diagnostic says where): nothing of it is used. */
  readonly ok: boolean;
}

/** The folder of a catalog's translation files. */
export function translationFolder(catalog: Pick<Catalog, 'source'>, options: TranslationOptions): string {
  return options.dir ?? path.resolve(options.base, path.dirname(catalog.source), 'i18n');
}

/** The translation file of `catalog` in `locale`, whether or not it exists. */
export function translationPath(catalog: Catalog, locale: Locale, options: TranslationOptions): string {
  return path.join(translationFolder(catalog, options), `${catalog.id}.${locale}.json`);
}

/** The lock file beside a translation file. */
export function lockPathOf(file: string): string {
  return file.replace(/\.json$/, '.lock.json');
}

/**
 * The locales `catalog` has translation files for, in name order; misnamed files that can only
 * be meant for it (`oauth-iot.EN.json`) are reported.
 *
 * @param ids every catalog id, so that `a.b.en.json` belongs to catalog `a.b`, not `a`.
 */
export function translatedLocales(catalog: Catalog, ids: readonly string[], options: TranslationOptions): { locales: Locale[]; diagnostics: Diagnostic[] } {
  const folder = translationFolder(catalog, options);
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { locales: [], diagnostics: [] };
    throw new UserError(`Cannot read translation folder \`${folder}\`: ${code ?? String(error)}`);
  }
  const locales: Locale[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of names.sort()) {
    if (!name.startsWith(`${catalog.id}.`) || !name.endsWith('.json') || name.endsWith('.lock.json')) continue;
    if (ids.some((other) => other.length > catalog.id.length && name.startsWith(`${other}.`))) continue;
    const locale = name.slice(catalog.id.length + 1, -'.json'.length);
    if (LOCALE_PATTERN.test(locale)) {
      locales.push(locale);
    } else {
      const reporter = new Reporter(relative(options.base, path.join(folder, name)));
      reporter.report('warning', 'i18n-file-name', `Unexpected locale \`${locale}\` in a translation file name, expected a BCP 47 tag such as \`en\`, \`ja\` or \`zh-TW\`; the file is not read`, { line: 1, column: 1 });
      append(diagnostics, reporter.list());
    }
  }
  return { locales, diagnostics };
}

/** Read the translation file of `catalog` in `locale` and its lock; problems become diagnostics. */
export function readTranslationFile(catalog: Catalog, locale: Locale, options: TranslationOptions): { file: TranslationFile; diagnostics: Diagnostic[] } {
  const file = translationPath(catalog, locale, options);
  const lockPath = lockPathOf(file);
  const source = relative(options.base, file);
  const reporter = new Reporter(source);
  const lockReporter = new Reporter(relative(options.base, lockPath));
  const members = readMembers(file, reporter);
  const lockMembers = members === null ? [] : readMembers(lockPath, lockReporter);
  const translations: Translation[] = [];
  for (const member of members ?? []) {
    if (typeof member.value === 'string') translations.push({ code: member.key, text: member.value, at: member.at });
    else reporter.report('error', 'i18n-json', `Unexpected ${jsonType(member.value)} for \`${member.key}\`, expected the translated message as a string`, member.valueAt);
  }
  const lock = new Map<string, LockEntry>();
  for (const member of lockMembers ?? []) {
    const entry = lockEntry(member.value);
    if (entry === null) {
      lockReporter.report('warning', 'i18n-lock', `Unexpected lock entry for \`${member.key}\`, expected \`{ "hash": "<8 hex>", "source": "...", "translation": "<8 hex>" }\`; it is ignored`, member.valueAt);
    } else {
      lock.set(member.key, entry);
    }
  }
  const diagnostics = [...reporter.list(), ...lockReporter.list()];
  const ok = members !== null && lockMembers !== null && !diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return {
    file: { locale, path: file, source, lockPath, exists: members !== null && existsSync(file), translations, lock, ok },
    diagnostics,
  };
}

/** Members of the JSON object in `file`, `[]` when it does not exist, `null` when it is broken (reported). */
function readMembers(file: string, reporter: Reporter): readonly JsonMember[] | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    throw new UserError(`Cannot read translation file \`${file}\`: ${code ?? String(error)}`);
  }
  const text = decodeUtf8(bytes);
  if (text === null) {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, 64).includes(0);
    reporter.report('error', 'i18n-json', `Unexpected ${utf16 ? 'UTF-16' : 'text that is not UTF-8'}, expected a UTF-8 JSON file (save it as UTF-8)`, { line: 1, column: 1 });
    return null;
  }
  const object = readJsonObject(text);
  if (object.kind === 'problem') {
    reporter.report('error', 'i18n-json', object.problem.message, object.problem.at);
    return null;
  }
  return object.members;
}

/** The text of UTF-8 bytes (a BOM is kept for the JSON reader), `null` when they are not UTF-8 or hold NUL (UTF-16). */
function decodeUtf8(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function lockEntry(value: unknown): LockEntry | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { hash, source, translation } = value as Record<string, unknown>;
  const hex = /^[0-9a-f]{8}$/;
  if (typeof hash !== 'string' || !hex.test(hash) || typeof source !== 'string' || typeof translation !== 'string' || !hex.test(translation)) return null;
  return { hash, source, translation };
}

function jsonType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function relative(base: string, file: string): string {
  return path.relative(base, file).split(path.sep).join('/');
}
