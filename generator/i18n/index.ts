/**
 * Translations: files that give a catalog's messages in locales its spec does not have.
 */

export { analyseLocale, sourceMessage, type LocaleAnalysis, type LocaleStatus } from './analyse.js';
export { lockPathOf, readTranslationFile, translationFolder, translationPath, type LockEntry, type Translation, type TranslationFile, type TranslationOptions } from './files.js';
export { shortHash } from './hash.js';
export { applyTranslations, readTranslations, type CatalogTranslations } from './merge.js';
export { updateTranslationFile, type UpdatedFile } from './update-file.js';
export { statusJson, statusTable } from './status-table.js';
