/**
 * Leaks: runs of `generate` and `preview` killed at any moment leave nothing in the temporary
 * folder (an older errspec left `/tmp/errspec-tsc-*` per killed compile) and nothing beside the
 * project; what they leave in their own output folder the next run clears.
 */

import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, CLI, PET_SPEC, SHOP_SPEC, ensureBuilt, errspec, listFiles, project, removeProjects } from '../cli/helpers.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'errspec-leaks-'));
afterAll(() => {
  removeProjects();
  rmSync(tmp, { recursive: true, force: true });
});

/** Run the CLI in `dir` with its own empty TMPDIR, and SIGKILL it after `delay` ms; resolves once it is gone. */
function killed(dir: string, delay: number, ...args: string[]): Promise<void> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' });
  const gone = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  setTimeout(() => child.kill('SIGKILL'), delay);
  return gone;
}

describe('killed runs leak nothing', () => {
  it('generate and preview, killed from start to end: the temporary folder stays empty, nothing lands beside the project', async () => {
    const dir = project({ 'specs/pet.md': PET_SPEC, 'specs/shop.md': SHOP_SPEC.replace(/B0/g, 'C0') });
    const parent = path.dirname(dir);
    const beside = (): string[] => readdirSync(parent).filter((name) => name.startsWith(`.${path.basename(dir)}`));
    for (const delay of [50, 150, 300, 450, 600, 800, 1_100]) {
      await killed(dir, delay, 'generate');
      await killed(dir, delay, 'preview');
      expect(readdirSync(tmp), `after ${delay} ms`).toEqual([]);
      expect(beside(), `after ${delay} ms`).toEqual([]);
      // Nor in the project outside the output folders (an older errspec kept its lock and staging folders beside them).
      expect(readdirSync(dir).filter((name) => name.includes('errspec-') && name !== 'errspec-preview'), `after ${delay} ms`).toEqual([]);
    }
    // The next runs clear what the killed ones left in their own folders: a lock, a journal.
    expect(errspec(dir, 'generate').status).toBe(0);
    expect(errspec(dir, 'preview').status).toBe(0);
    for (const out of ['generated', 'errspec-preview']) {
      expect(listFiles(path.join(dir, out)).filter((file) => /^\.errspec-(lock|journal)/.test(file)), out).toEqual([]);
    }
    expect(readdirSync(tmp)).toEqual([]);
  }, 120_000);
});
