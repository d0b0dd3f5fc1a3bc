/**
 * The ways a run goes faster change nothing it writes or says: an edited spec emitted on a
 * worker thread (generator/parallel/), and the package compiled by the native `tsc`
 * (emit/package/native.ts). The real CLI runs on 4,000 synthetic entries, once with both, once
 * with neither, then again after an edit.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { synthSpecs } from '../../scripts/synth.js';
import { CLI, CLI_TIMEOUT, ROOT, ensureBuilt, project } from '../cli/helpers.js';

beforeAll(ensureBuilt);

/** Every file under `dir`, by relative path. */
function tree(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) for (const [file, text] of tree(dir, relative)) files.set(file, text);
    else files.set(relative, readFileSync(path.join(dir, relative), 'utf8'));
  }
  return files;
}

it(
  'with the native compiler and, for an edit, a worker thread, the same files and diagnostics as with neither',
  () => {
    const specs = synthSpecs(7, 4000, 20);
    // Beside them a seed with a warning (oauth-iot's truncated table), read by whichever thread takes it.
    const files = {
      ...Object.fromEntries(specs.map((spec) => [`specs/${spec.name}`, spec.text])),
      'specs/oauth-iot.md': readFileSync(path.join(ROOT, 'specs', 'oauth-iot.md'), 'utf8'),
    };
    const runs = [{}, { ERRSPEC_WORKERS: '0', ERRSPEC_NATIVE_TSC: '0' }].map((env) => {
      const dir = project(files);
      const run = spawnSync(process.execPath, [CLI, 'generate', '--reporter', 'json'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ...env, ERRSPEC_TIMINGS: '1' },
        timeout: CLI_TIMEOUT * 2,
      });
      expect(run.status, run.stderr).toBe(0);
      return { dir, stdout: run.stdout, timings: run.stderr.split('\n').find((line) => line.startsWith('errspec-timings ')) };
    });
    const [fast, slow] = runs as [(typeof runs)[number], (typeof runs)[number]];
    expect(fast.stdout).toBe(slow.stdout);
    expect(fast.stdout).toContain('table-truncated');
    const [fastTree, slowTree] = [tree(path.join(fast.dir, 'generated')), tree(path.join(slow.dir, 'generated'))];
    expect(fastTree.size).toBeGreaterThan(200);
    expect([...fastTree.keys()]).toEqual([...slowTree.keys()]);
    for (const [file, text] of fastTree) expect(text, file).toBe(slowTree.get(file));
    // The fast run did use its helpers, and the slow one did not.
    const counts = (line: string | undefined) => (JSON.parse(line!.slice('errspec-timings '.length)) as { counts: Record<string, number> }).counts;
    expect(counts(fast.timings)['native-compiled-files']).toBe(21 * 6 + 1);
    expect(counts(slow.timings)).toEqual({});

    // An edit of one spec: the fast run emits it on a worker thread, to the same files.
    const edited = `specs/${specs.find((spec) => spec.text.includes('资源不存在'))!.name}`;
    const edits = [fast, slow].map(({ dir }, index) => {
      const file = path.join(dir, edited);
      writeFileSync(file, readFileSync(file, 'utf8').replace('资源不存在', '资源已不存在'));
      const run = spawnSync(process.execPath, [CLI, 'generate'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ...(index === 0 ? {} : { ERRSPEC_WORKERS: '0', ERRSPEC_NATIVE_TSC: '0' }), ERRSPEC_TIMINGS: '1' },
        timeout: CLI_TIMEOUT,
      });
      expect(run.status, run.stderr).toBe(0);
      return run.stderr.split('\n').find((line) => line.startsWith('errspec-timings '));
    });
    expect(counts(edits[0])['worker-emits']).toBe(1);
    expect(counts(edits[1])).toEqual({});
    const [fastEdited, slowEdited] = [tree(path.join(fast.dir, 'generated')), tree(path.join(slow.dir, 'generated'))];
    expect([...fastEdited.keys()]).toEqual([...slowEdited.keys()]);
    for (const [file, text] of fastEdited) expect(text, file).toBe(slowEdited.get(file));
    expect([...fastEdited].filter(([file, text]) => fastTree.get(file) !== text).length).toBeGreaterThan(0);
  },
  CLI_TIMEOUT * 4,
);
