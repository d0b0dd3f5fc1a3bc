/**
 * The output lock: a lock whose holder is gone is taken at once even when its pid lives on (pid
 * 1 in a container, a pid reused by another process); a live holder is waited for; a holder
 * that cannot be checked (another container or machine) counts while it keeps touching the lock.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withOutputLock, writeOutput } from '../../generator/write/index.js';
import { ensureBuilt } from '../cli/helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'errspec-lock-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});
beforeAll(() => ensureBuilt());

const FILES = [{ path: 'index.ts', content: 'export {};\n' }];
const hasProc = existsSync('/proc/self/stat');
const me = hasProc
  ? { pidns: readlinkSync('/proc/self/ns/pid'), boot: readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() }
  : { pidns: null, boot: null };

let count = 0;
/** An output folder holding a lock file with `record` (JSON, or text as is), last touched `age` ms ago. */
function locked(record: object | string, age = 0): string {
  const out = path.join(work, `out-${count++}`);
  mkdirSync(out, { recursive: true });
  const file = path.join(out, '.errspec-lock');
  writeFileSync(file, typeof record === 'string' ? record : JSON.stringify({ host: 'box', token: 'abc', ...record }));
  const when = (Date.now() - age) / 1000;
  utimesSync(file, when, when);
  return out;
}

/** Milliseconds `writeOutput` took to get the lock and write. */
function timedWrite(out: string): number {
  const started = Date.now();
  writeOutput(out, FILES);
  return Date.now() - started;
}

function startOf(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
}

/** A live process that is not errspec. */
function sleeper(): ChildProcess {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  children.push(child);
  return child;
}

describe.skipIf(!hasProc)('stale locks, checked against the running system', () => {
  it('pid 1 with another start time (a killed run that was pid 1 in its container) is taken at once', () => {
    const out = locked({ pid: 1, start: '1', ...me });
    expect(timedWrite(out)).toBeLessThan(2_000);
    expect(readFileSync(path.join(out, 'index.ts'), 'utf8')).toBe('export {};\n');
    expect(existsSync(path.join(out, '.errspec-lock'))).toBe(false);
  });

  it('a live, unrelated process that got the pid of a killed run is not taken for it', () => {
    const other = sleeper();
    const out = locked({ pid: other.pid, start: '1', ...me });
    expect(timedWrite(out)).toBeLessThan(2_000);
  });

  it('this very process\'s pid, in a lock it does not hold (a restart that got the same pid), is taken at once', () => {
    const out = locked({ pid: process.pid, start: startOf(process.pid), ...me });
    expect(timedWrite(out)).toBeLessThan(2_000);
  });

  it('a live holder (pid and start time match) is waited for, and its lock taken once it is gone', async () => {
    const holder = sleeper();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const out = locked({ pid: holder.pid, start: startOf(holder.pid!), ...me });
    const script = path.join(work, 'wait.mjs');
    writeFileSync(script, `import { writeOutput } from ${JSON.stringify(path.join(root, 'dist/generator/write/index.js'))};\nwriteOutput(${JSON.stringify(out)}, ${JSON.stringify(FILES)});\n`);
    const waiter = spawn(process.execPath, [script], { stdio: 'ignore' });
    children.push(waiter);
    const done = new Promise<number | null>((resolve) => waiter.on('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(existsSync(path.join(out, 'index.ts'))).toBe(false);
    holder.kill('SIGKILL');
    expect(await done).toBe(0);
    expect(readFileSync(path.join(out, 'index.ts'), 'utf8')).toBe('export {};\n');
  }, 30_000);
});

describe('locks that cannot be checked', () => {
  it('a holder in another pid namespace counts while its lock is fresh, and is stale once silent for 10 s', () => {
    const elsewhere = { pid: 1, start: '1', pidns: 'pid:[1]', boot: 'elsewhere' };
    expect(timedWrite(locked(elsewhere, 11_000))).toBeLessThan(2_000);
    expect(timedWrite(locked(elsewhere, 8_500))).toBeGreaterThanOrEqual(1_000);
  }, 30_000);

  it('an older errspec\'s bare pid: a dead one is stale at once, a live one (pid 1) once silent for 10 s', () => {
    expect(timedWrite(locked('999999999'))).toBeLessThan(2_000);
    expect(timedWrite(locked('1', 11_000))).toBeLessThan(2_000);
    // A live pid, freshly touched: waited for (here until it falls silent).
    const started = Date.now();
    writeOutput(locked('1', 8_500), FILES);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  }, 30_000);

  it('an empty lock file (a holder killed as it took the lock) is stale after 2 s', () => {
    expect(timedWrite(locked('', 3_000))).toBeLessThan(2_000);
  });
});

describe('withOutputLock', () => {
  it('is re-entrant (writeOutput inside it), removes its lock afterwards, and the folder it made when nothing was written', async () => {
    const out = path.join(work, 'nested', 'generated');
    withOutputLock(out, () => {
      expect(existsSync(path.join(out, '.errspec-lock'))).toBe(true);
      writeOutput(out, FILES);
    });
    expect(existsSync(path.join(out, '.errspec-lock'))).toBe(false);
    expect(readFileSync(path.join(out, 'index.ts'), 'utf8')).toBe('export {};\n');

    const empty = path.join(work, 'never', 'generated');
    expect(() => withOutputLock(empty, () => { throw new Error('boom'); })).toThrow('boom');
    expect(existsSync(path.join(work, 'never'))).toBe(false);
  });

  it('holds the lock across an async function, touching it every second', async () => {
    const out = path.join(work, 'async');
    const file = path.join(out, '.errspec-lock');
    let touched = 0;
    await withOutputLock(out, async () => {
      const first = statSync(file).mtimeMs;
      await new Promise((resolve) => setTimeout(resolve, 2_300));
      touched = statSync(file).mtimeMs - first;
    });
    expect(touched).toBeGreaterThanOrEqual(1_000);
    expect(existsSync(file)).toBe(false);
  });
});
