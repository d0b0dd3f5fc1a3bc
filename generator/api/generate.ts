/**
 * `generate()`: `errspec generate` as a function. It resolves options as the CLI does and runs
 * the same pipeline; it prints nothing and never exits the process: usage problems (a bad
 * config, an unreadable spec) are thrown as `UserError`, problems in specs are returned.
 */

import path from 'node:path';
import { resolveRun } from '../config/index.js';
import { generate as runPipeline } from '../pipeline.js';
import type { GenerateOptions, GenerateResult } from './types.js';

/**
 * Generate the TypeScript of the specs the configuration names, or with `check` compare it with
 * the output folder.
 *
 * @param options `cwd`, `config` and `check`; all optional.
 * @returns what was written or found, with every catalog and diagnostic.
 * @throws UserError for a usage problem: a bad config, an unreadable spec, an unwritable output folder.
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const { context } = await resolveRun(cwd, options.config, {});
  const out = path.resolve(cwd, context.out);
  const outcome = await runPipeline(context, options.check === true);
  const catalogs = outcome.catalogs;
  const diagnostics = catalogs.flatMap((catalog) => catalog.diagnostics);
  const base = { out, catalogs, diagnostics };
  if (outcome.kind === 'errors') return { ...base, ok: false, files: [], written: [], removed: [], differing: [] };
  const listed = outcome.files.map(({ path: file, content }) => ({ path: file, content })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (outcome.kind === 'checked') {
    const { differing, stale } = outcome.result;
    return { ...base, ok: differing.length + stale.length === 0, files: listed, written: [], removed: stale, differing };
  }
  return { ...base, ok: true, files: listed, written: outcome.result.written, removed: outcome.result.removed, differing: [] };
}
