/**
 * What `--check` shows of a stale output: a unified diff per differing source file, cut to
 * a readable size, so a CI log says what changed. Files under `dist/` are compiled from the
 * sources beside them, so they are only named. The line diff is jsdiff's (`diff` package,
 * Myers' algorithm, well kept and typed).
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diff } from '../lazy.js';

/** One differing file: its path in the output folder, and its content now and as generated. */
export interface FileChange {
  readonly path: string;
  /** Content on disk, or `null` when the file is missing. */
  readonly before: string | null;
  readonly after: string;
}

/** Limits of the printed diff. */
export interface DiffLimits {
  /** Diff lines shown per file, e.g. 40. */
  readonly perFile: number;
  /** Diff lines shown in all, e.g. 400. */
  readonly total: number;
}

/** Default limits: enough for a spec edit, short enough for a CI log. */
export const DIFF_LIMITS: DiffLimits = { perFile: 40, total: 400 };

/** The diff text of `changes` (under `out/`), ending with a newline; `''` for no changes. */
export function formatCheckDiff(changes: readonly FileChange[], out: string, limits: DiffLimits = DIFF_LIMITS): string {
  const parts: string[] = [];
  let budget = limits.total;
  const compiled: string[] = [];
  for (const change of changes) {
    if (change.path.startsWith('dist/')) {
      compiled.push(change.path);
      continue;
    }
    const name = `${out}/${change.path}`;
    const patch = diff().structuredPatch(change.before === null ? '/dev/null' : `a/${name}`, `b/${name}`, change.before ?? '', change.after, '', '', { context: 3 });
    const body = patch.hunks.flatMap((hunk) => [
      `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`,
      ...hunk.lines,
    ]);
    const room = Math.max(0, Math.min(limits.perFile, budget));
    const shown = body.slice(0, room);
    budget -= shown.length;
    const header = [`--- ${patch.oldFileName}`, `+++ ${patch.newFileName}`];
    const cut = body.length - shown.length;
    parts.push([...header, ...shown, ...(cut > 0 ? [`... ${cut} more diff ${cut === 1 ? 'line' : 'lines'} of ${name} not shown`] : [])].join('\n'));
  }
  if (compiled.length > 0) {
    parts.push(`${compiled.length} compiled ${compiled.length === 1 ? 'file' : 'files'} under ${out}/dist/ differ too (built from the sources above; not shown)`);
  }
  return parts.length === 0 ? '' : `${parts.join('\n')}\n`;
}

/** The changes behind `differing` paths of a check: what is on disk under `outDir`, and what would be written. */
export function readChanges(outDir: string, files: readonly { readonly path: string; readonly content: string }[], differing: readonly string[]): FileChange[] {
  const generated = new Map(files.map((file) => [file.path, file.content]));
  return differing.flatMap((file) => {
    const after = generated.get(file);
    if (after === undefined) return [];
    let before: string | null;
    try {
      before = readFileSync(path.join(outDir, file), 'utf8');
    } catch {
      before = null;
    }
    return [{ path: file, before, after }];
  });
}
