/**
 * Two `generate` runs at once into one output folder (issue 19, item 1): whatever the delay
 * between them, the folder ends as one run's output, never a mix, and a later plain run of
 * either spec set leaves exactly its own output, which `--check` then accepts.
 */

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { synthSpecs } from '../../scripts/synth.js';
import { BUILD_TIMEOUT, contents, ensureBuilt, errspec, errspecAsync, project, put, removeProjects } from '../cli/helpers.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT);
afterAll(removeProjects);

/** Spec files under `folder`: the same file names (so the same catalogs and output paths) for each seed. */
function specs(folder: string, seed: number): Record<string, string> {
  return Object.fromEntries(synthSpecs(seed, 160, 4).map((file) => [`${folder}/${file.name}`, file.text]));
}

/** The output a run of `args` gives in a fresh project holding `files`. */
function fresh(files: Record<string, string>, ...args: string[]): Record<string, Buffer> {
  const dir = project(files);
  const run = errspec(dir, 'generate', ...args);
  expect(run.status, run.stderr).toBe(0);
  return contents(path.join(dir, 'generated'));
}

it('two runs at once end in one run\'s output, and a later run repairs it to its own', { timeout: 120_000 }, async () => {
  const x = specs('x', 1);
  const y = specs('y', 2);
  const editedFile = Object.keys(x)[1]!;
  // One message of one X spec changes, as in the report: the X run then has one catalog to emit.
  const edited = { ...x, [editedFile]: x[editedFile]!.replace(/(\n\| [^|\n]+ \| \d{3} \| )([^|\n]+) \|/, '$1$2 (edited) |') };
  expect(edited[editedFile]).not.toBe(x[editedFile]);
  const outputX = fresh(edited, '--specs', 'x');
  const outputY = fresh(y, '--specs', 'y');
  const dir = project({ ...x, ...y });
  for (const delay of [0, 80, 250]) {
    for (const [file, text] of Object.entries(x)) put(dir, file, text);
    // A warm cache of both spec sets, and X's output in place.
    expect(errspec(dir, 'generate', '--specs', 'y').status).toBe(0);
    expect(errspec(dir, 'generate', '--specs', 'x').status).toBe(0);
    writeFileSync(path.join(dir, editedFile), edited[editedFile]!);
    const runY = errspecAsync(dir, 'generate', '--specs', 'y');
    await new Promise((resolve) => setTimeout(resolve, delay));
    const runX = errspecAsync(dir, 'generate', '--specs', 'x');
    for (const run of await Promise.all([runY, runX])) expect(run.status, run.stderr).toBe(0);
    const after = contents(path.join(dir, 'generated'));
    const endedAs = [outputX, outputY].filter((output) => JSON.stringify(output) === JSON.stringify(after)).length;
    expect(endedAs, `after a delay of ${delay} ms the output is neither run's`).toBe(1);
    const repair = errspec(dir, 'generate', '--specs', 'x');
    expect(repair.status, repair.stderr).toBe(0);
    expect(contents(path.join(dir, 'generated')), `the plain run after a delay of ${delay} ms`).toEqual(outputX);
    const check = errspec(dir, 'generate', '--specs', 'x', '--check');
    expect(check.status, check.stderr).toBe(0);
  }
});
