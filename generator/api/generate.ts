/**
 * `generate()`: `errspec generate` as a function. It resolves options as the CLI does and runs
 * the same pipeline; it prints nothing and never exits the process: usage problems (a bad
 * config, an unreadable spec) are thrown as `UserError`, problems in specs are returned.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveRun } from '../config/index.js';
import { generate as runPipeline } from '../pipeline.js';
import { MANIFEST, readManifest } from '../write/index.js';
import type { GeneratedFile, GenerateOptions, GenerateResult } from './types.js';

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
  if (outcome.kind === 'checked') {
    const { differing, stale } = outcome.result;
    const listed = sorted(outcome.files.filter((file) => file.path !== MANIFEST).map(({ path: file, content }) => ({ path: file, content })));
    return { ...base, ok: differing.length + stale.length === 0, files: listed, written: [], removed: stale, differing };
  }
  return { ...base, ok: true, files: writtenFiles(out), written: outcome.result.written, removed: outcome.result.removed, differing: [] };
}

/**
 * The files of the output folder errspec wrote, read back: a run emits only what changed, so
 * the whole output is what its manifest lists.
 */
function writtenFiles(out: string): GeneratedFile[] {
  const manifest = readManifest(out) ?? new Map<string, string | null>();
  return sorted([...manifest.keys()].map((file) => ({ path: file, content: readFileSync(path.join(out, file), 'utf8') })));
}

function sorted(files: GeneratedFile[]): GeneratedFile[] {
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
