/**
 * `i18n extract`: the new text of a translation file and its lock, with every missing code
 * added. Existing keys keep their order and text; new keys follow in spec order, with an empty
 * message for the translator and the source message in the lock.
 */

import type { Catalog } from '../model.js';
import { sourceMessage } from './analyse.js';
import type { LockEntry, TranslationFile } from './files.js';
import { shortHash } from './hash.js';

const EMPTY = shortHash('');

/** The files to write, and the codes added. */
export interface UpdatedFile {
  /** The translation file's new text. */
  readonly translation: string;
  /** The lock file's new text. */
  readonly lock: string;
  /** Codes added with an empty message, in spec order. */
  readonly added: readonly string[];
}

/**
 * The translation file of `catalog` in `file.locale` with every missing code added, and its lock.
 *
 * A lock entry records the current source message when the key is new, has no entry yet, is
 * still untranslated (`""`), or its translation changed since the entry was recorded (the
 * translator updated it). A key first translated after an extract left it empty keeps the
 * source that extract recorded (the one the translator saw). Otherwise the entry is kept, so
 * a stale translation stays stale until someone edits it.
 *
 * @param catalog the catalog as read from its spec.
 * @param file the translation file as it is; `ok` must be true (a broken file is never rewritten).
 * @returns `null` when there is neither a file nor anything missing.
 */
export function updateTranslationFile(catalog: Catalog, file: TranslationFile): UpdatedFile | null {
  const { locale } = file;
  const present = new Set(file.translations.map((translation) => translation.code));
  const added = catalog.entries.filter((entry) => entry.messages[locale] === undefined && !present.has(entry.code)).map((entry) => entry.code);
  if (!file.exists && added.length === 0) return null;
  const members = [...file.translations.map(({ code, text }) => ({ code, text })), ...added.map((code) => ({ code, text: '' }))];
  const byCode = new Map(catalog.entries.map((entry) => [entry.code, entry]));
  const lock = members.flatMap(({ code, text }): [string, LockEntry][] => {
    const entry = byCode.get(code);
    const recorded = file.lock.get(code);
    if (entry === undefined || entry.messages[locale] !== undefined) return recorded === undefined ? [] : [[code, recorded]];
    if (recorded !== undefined && text !== '') {
      if (recorded.translation === shortHash(text)) return [[code, recorded]];
      // Translated since an extract left it empty: it was made from the source that extract recorded.
      if (recorded.translation === EMPTY) return [[code, { ...recorded, translation: shortHash(text) }]];
    }
    const source = sourceMessage(entry, catalog);
    return [[code, { hash: shortHash(source), source, translation: shortHash(text) }]];
  });
  return {
    translation: jsonObject(members.map(({ code, text }) => [code, JSON.stringify(text)])),
    lock: jsonObject(
      lock.map(([code, entry]) => [code, `{ "hash": ${JSON.stringify(entry.hash)}, "source": ${JSON.stringify(entry.source)}, "translation": ${JSON.stringify(entry.translation)} }`]),
    ),
    added,
  };
}

/**
 * A JSON object written member by member, two-space indented, LF, final newline: a JavaScript
 * object would move integer-like codes such as `"4001001"` to the front.
 */
function jsonObject(members: readonly (readonly [string, string])[]): string {
  return members.length === 0 ? '{}\n' : `{\n${members.map(([key, value]) => `  ${JSON.stringify(key)}: ${value}`).join(',\n')}\n}\n`;
}
