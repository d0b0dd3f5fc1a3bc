/**
 * `generate --watch` on a copy of the seeds: a saved edit regenerates and prints one line; a
 * broken save is reported and the last good output stays; the next good save recovers; an
 * editor's rename-over save is seen; a config edit reloads; SIGINT ends it with exit 0.
 * No timing is asserted: each step waits (generously) for its condition.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, CLI, ensureBuilt, removeProjects } from '../cli/helpers.js';
import { seedProject } from '../helpers/seed-project.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT);
afterAll(removeProjects);

const WAIT = 60_000;

/** A running `errspec generate --watch` and its stderr so far. */
interface Watcher {
  readonly child: ChildProcess;
  stderr(): string;
  exited: Promise<number | null>;
}

function startWatch(cwd: string, ...args: string[]): Watcher {
  const child = spawn(process.execPath, [CLI, 'generate', '--watch', ...args], { cwd });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stderr: () => stderr, exited };
}

/** Wait until `condition` holds, checking every 50 ms; fail after `WAIT` ms with `what`. */
async function until(what: string, condition: () => boolean): Promise<void> {
  const deadline = Date.now() + WAIT;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Status lines (`errspec: ...`) printed so far. */
const statusLines = (watcher: Watcher): string[] => watcher.stderr().split('\n').filter((line) => line.startsWith('errspec: '));

describe('generate --watch', { timeout: 5 * WAIT }, () => {
  it('regenerates the edited spec, survives a broken save, recovers, and stops on SIGINT', async () => {
    const dir = seedProject();
    const spec = path.join(dir, 'specs/pet-core.md');
    const en = path.join(dir, 'generated/pet-core/messages/en.json');
    const original = readFileSync(spec, 'utf8');
    const watcher = startWatch(dir);
    try {
      await until('the first run', () => statusLines(watcher).some((line) => line.startsWith('errspec: watching')));
      expect(statusLines(watcher)[0]).toMatch(/^errspec: 5 specs; \d+ files written, 0 removed in generated\/ \(\d+ ms\)$/);
      expect(JSON.parse(readFileSync(en, 'utf8')).A0400).toBe('Invalid request');

      // 1. An edit: only pet-core is read again; one line with its time.
      let seen = statusLines(watcher).length;
      writeFileSync(spec, original.replace('| Invalid request |', '| Request is not valid |'));
      await until('the regenerated output', () => statusLines(watcher).length > seen);
      expect(statusLines(watcher).slice(seen)).toEqual([expect.stringMatching(/^errspec: pet-core changed; \d+ files written, 0 removed in generated\/ \(\d+ ms\)$/)]);
      expect(JSON.parse(readFileSync(en, 'utf8')).A0400).toBe('Request is not valid');

      // 2. A broken save: the error with its position, and the last good output stays.
      seen = statusLines(watcher).length;
      const before = watcher.stderr().length;
      writeFileSync(spec, `${original.replace('| Invalid request |', '| Broken now |')}\n| 错误码 | HTTP状态 |\n| --- | --- |\n| A0400 | 503 |\n`);
      await until('the error report', () => statusLines(watcher).length > seen);
      expect(statusLines(watcher).slice(seen)).toEqual([
        expect.stringMatching(/^errspec: pet-core changed; errors in pet-core, kept the last good output in generated\/ \(\d+ ms\)$/),
      ]);
      expect(watcher.stderr().slice(before)).toMatch(/^specs\/pet-core\.md:\d+:\d+  error  .+  conflicting-status$/m);
      expect(JSON.parse(readFileSync(en, 'utf8')).A0400).toBe('Request is not valid');

      // 3. The fix, saved the way many editors save: a new file renamed over the spec.
      seen = statusLines(watcher).length;
      writeFileSync(`${spec}.tmp`, original.replace('| Invalid request |', '| Recovered |'));
      renameSync(`${spec}.tmp`, spec);
      await until('recovery', () => statusLines(watcher).length > seen);
      expect(statusLines(watcher).slice(seen)).toEqual([expect.stringMatching(/^errspec: pet-core changed; \d+ files written/)]);
      expect(JSON.parse(readFileSync(en, 'utf8')).A0400).toBe('Recovered');

      // 4. A config file edit reloads it and regenerates everything.
      seen = statusLines(watcher).length;
      writeFileSync(path.join(dir, 'errspec.config.json'), '{ "catalogs": { "pet-core": { "prefix": "Pet" } } }\n');
      await until('the config reload', () => statusLines(watcher).length > seen);
      expect(statusLines(watcher).at(-1)).toMatch(/^errspec: 5 specs; \d+ files written/);
      expect(readFileSync(path.join(dir, 'generated/pet-core/index.ts'), 'utf8')).toContain('export enum PetErrorCode {');
    } finally {
      watcher.child.kill('SIGINT');
    }
    expect(await watcher.exited).toBe(0);
    expect(statusLines(watcher).at(-1)).toBe('errspec: stopped watching');
  });
});
