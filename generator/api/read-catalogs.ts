/**
 * `readCatalogs()`: what `errspec inspect --json` prints, as data: each spec's catalog under the
 * configuration's defaults, per-catalog settings and rule levels. Reads, never writes.
 */

import path from 'node:path';
import { defaultsOf, loadSettings, specsOf } from '../config/index.js';
import { catalogFor } from '../pipeline.js';
import { listSpecs, readSpecs } from '../read/index.js';
import type { ReadCatalogsOptions, ReadCatalogsResult } from './types.js';

/**
 * Read and extract the specs `options.specs` (else the configuration's) names.
 *
 * @param options `cwd`, `config` and `specs`; all optional.
 * @returns the catalogs in path order and all their diagnostics.
 * @throws UserError for a usage problem: a bad config, a missing or unreadable spec.
 */
export async function readCatalogs(options: ReadCatalogsOptions = {}): Promise<ReadCatalogsResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const { settings } = await loadSettings(cwd, options.config);
  const given = options.specs === undefined ? undefined : typeof options.specs === 'string' ? [options.specs] : options.specs;
  const specs = readSpecs(listSpecs(specsOf({ specs: given }, settings), cwd), cwd);
  const defaults = defaultsOf({}, settings);
  const catalogs = specs.map((spec) => catalogFor(spec, { defaults, catalogs: settings.catalogs, rules: settings.rules }));
  return { catalogs, diagnostics: catalogs.flatMap((catalog) => catalog.diagnostics) };
}
