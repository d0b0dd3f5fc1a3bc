/**
 * errspec's programmatic API, the package's main entry (`import { generate } from 'errspec'`).
 * Re-exports only; `test/api/exports.test.ts` pins the list.
 */

export { generate } from './api/generate.js';
export { readCatalogs } from './api/read-catalogs.js';
export { defineConfig } from './config/define-config.js';
export { UserError } from './errors.js';
export type { GeneratedFile, GenerateOptions, GenerateResult, ReadCatalogsOptions, ReadCatalogsResult, RunOptions } from './api/types.js';
export type { CatalogConfig, CodeOptions, EnvelopeConfig, ErrspecConfig, RuleLevel } from './config/define-config.js';
export type { Catalog, Diagnostic, Entry, Severity } from './model.js';
