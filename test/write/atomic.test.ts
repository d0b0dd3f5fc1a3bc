/**
 * All or nothing: a write killed at any moment leaves the output folder in place, and the next
 * run (which first finishes or drops the killed run's journal) sees the previous output or the
 * complete new one, never a mix; concurrent writes take turns.
 */

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settleJournal } from '../../generator/write/journal.js';
import { MANIFEST, withOutputLock, writeOutput, type OutputFile } from '../../generator/write/index.js';
import { contents, ensureBuilt, listFiles } from '../cli/helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'errspec-atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(() => ensureBuilt());

/** 600 files in 30 folders (enough for kills to land mid-write), each saying which generation it belongs to. */
function generation(tag: string): OutputFile[] {
  return Array.from({ length: 600 }, (_, i) => ({ path: `c${i % 30}/f${i}.ts`, content: `// ${tag} ${i}\n${'x'.repeat(200)}\n` }));
}

/** A script that writes `tag`'s generation into `out` with the built write stage. */
function writer(out: string, tag: string): string {
  const script = path.join(work, `write-${tag}.mjs`);
  writeFileSync(
    script,
    `import { writeOutput } from ${JSON.stringify(path.join(root, 'dist/generator/write/index.js'))};\n` +
      `const files = Array.from({ length: 600 }, (_, i) => ({ path: \`c\${i % 30}/f\${i}.ts\`, content: \`// ${tag} \${i}\\n\${'x'.repeat(200)}\\n\` }));\n` +
      `writeOutput(${JSON.stringify(out)}, files);\n`,
  );
  return script;
}

/** The generation tags found in `out`, and whether every file of that generation is there. */
function state(out: string): string {
  const files = contents(out);
  const tags = new Set(Object.entries(files).filter(([file]) => file.endsWith('.ts')).map(([, bytes]) => bytes.toString().split(' ')[1]));
  const count = Object.keys(files).filter((file) => file.endsWith('.ts')).length;
  return `${[...tags].join('+')}:${count}`;
}

describe('all or nothing', () => {
  it('a run killed at any moment never removes or replaces the output folder; the next run finishes or drops its journal, and takes its lock at once', async () => {
    // Kills from early (before any write) to late (after the last step), until both ends are seen.
    const outcomes: string[] = [];
    for (let trial = 0; trial < 18 && (new Set(outcomes).size < 2 || trial < 6); trial++) {
      const out = path.join(work, `kill-${trial}`);
      writeOutput(out, generation('old'));
      expect(state(out)).toBe('old:600');
      const inode = statSync(out).ino;
      const child = spawn(process.execPath, [writer(out, 'new')], { stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, 60 * 1.3 ** trial));
      child.kill('SIGKILL');
      await exited;
      // The folder is the same folder throughout: never missing, never swapped for another.
      expect(statSync(out).ino, `trial ${trial}`).toBe(inode);
      // What every run does first, under the lock: finish what the kill left. The killed run's lock is
      // taken at once, its holder being verifiably dead (not after a timeout).
      const started = Date.now();
      let waited = Infinity;
      withOutputLock(out, () => {
        waited = Date.now() - started;
        settleJournal(out, out);
      });
      expect(waited, `trial ${trial}`).toBeLessThan(2_000);
      const seen = state(out);
      outcomes.push(seen);
      expect(['old:600', 'new:600'], `trial ${trial}`).toContain(seen);
      expect(listFiles(out).filter((file) => file.startsWith('.errspec-') && file !== MANIFEST), `trial ${trial}`).toEqual([]);
      writeOutput(out, generation('old'));
      expect(state(out)).toBe('old:600');
    }
    // The trials must have hit the run at different stages, or this test proves nothing.
    expect(new Set(outcomes).size).toBeGreaterThan(1);
  }, 120_000);

  it('SIGINT during a write lets it finish whole or not start, then ends the process; leftovers go on the next run', async () => {
    for (const delay of [30, 90, 150, 300]) {
      const out = path.join(work, `interrupt-${delay}`);
      writeOutput(out, generation('old'));
      const child = spawn(process.execPath, [writer(out, 'new')], { stdio: 'ignore' });
      const ended = new Promise((resolve) => child.on('exit', (status, signal) => resolve(status ?? signal)));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGINT');
      expect([0, 'SIGINT']).toContain(await ended);
      expect(['old:600', 'new:600']).toContain(state(out));
      writeOutput(out, generation('next'));
      expect(state(out)).toBe('next:600');
      expect(listFiles(out).filter((file) => file.startsWith('.errspec-') && file !== MANIFEST)).toEqual([]);
    }
  }, 60_000);

  it('two runs at once take turns: the result is one complete generation, never a mix', async () => {
    const out = path.join(work, 'concurrent');
    writeOutput(out, generation('old'));
    const runs = ['a', 'b'].map((tag) => spawn(process.execPath, [writer(out, tag)], { stdio: 'ignore' }));
    const codes = await Promise.all(runs.map((run) => new Promise((resolve) => run.on('exit', resolve))));
    expect(codes).toEqual([0, 0]);
    expect(['a:600', 'b:600']).toContain(state(out));
    expect(listFiles(out).filter((file) => file.startsWith('.errspec-') && file !== MANIFEST)).toEqual([]);
  }, 30_000);
});

describe('the CLI keeps generated/ whole', () => {
  it('a spec with errors leaves the previous output byte for byte', () => {
    const project = mkdtempSync(path.join(work, 'cli-'));
    const cli = path.join(root, 'dist/generator/cli.js');
    writeFileSync(path.join(project, 'a.md'), '| 错误码 | HTTP 状态 | 说明 |\n| --- | --- | --- |\n| A1 | 400 | 坏 |\n');
    expect(spawnSync(process.execPath, [cli, 'generate', '--specs', 'a.md', '--out', 'out'], { cwd: project }).status).toBe(0);
    const before = contents(path.join(project, 'out'));
    writeFileSync(path.join(project, 'a.md'), '| 错误码 | HTTP 状态 | 说明 |\n| --- | --- | --- |\n| A1 | 400 | 坏 |\n| A1 | 500 | 冲突 |\n');
    const run = spawnSync(process.execPath, [cli, 'generate', '--specs', 'a.md', '--out', 'out'], { cwd: project, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('conflicting-status');
    expect(contents(path.join(project, 'out'))).toEqual(before);
    expect(readFileSync(path.join(project, 'out', 'index.ts'), 'utf8')).toContain('Generated by errspec');
  });
});
