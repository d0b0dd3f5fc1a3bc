/**
 * The output lock: one run at a time writes an output folder.
 *
 * The lock is a file inside the output folder (`.errspec-lock`), so that it is on the folder's
 * own disk whatever the folder is (a mount point, a link). It records who holds it precisely
 * enough to tell a live holder from a dead one: a pid alone is not enough, as the pid of a
 * killed run comes back (pid 1 in every container, or an unrelated process). So it also records
 * the holder's start time, pid namespace and boot, and the holder touches the file every second.
 * A lock is stale when its holder is verifiably gone, or, when it cannot be verified (another
 * container, another machine, an older errspec), when nobody has touched it for 10 s.
 */

import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, rmdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError, fileErrorReason } from '../errors.js';
import { alive, assertNotFile } from './disk.js';

/** The lock's file name inside the output folder. */
export const LOCK = '.errspec-lock';

/** A lock not touched for this long, whose holder cannot be checked, is stale. */
export const STALE_AFTER_MS = 10_000;
/** How often a holder touches its lock. */
const HEARTBEAT_MS = 1_000;
/** How long a run waits for a live holder before giving up. */
const WAIT_MS = 30_000;

/** Who holds a lock, as recorded in it. */
export interface LockHolder {
  /** Process id in the holder's pid namespace, e.g. `4242`. */
  readonly pid: number;
  /** Start time of that process in clock ticks since boot (`/proc/<pid>/stat`), `null` where there is no `/proc`. */
  readonly start: string | null;
  /** The holder's pid namespace, e.g. `pid:[4026531836]`, `null` where unknown. */
  readonly pidns: string | null;
  /** The kernel's boot id, `null` where unknown. */
  readonly boot: string | null;
  /** The holder's host name, for messages. */
  readonly host: string;
  /** A random token, so a holder recognises its own lock. */
  readonly token: string;
}

/** Locks this process holds, by absolute output folder: a run that holds one may write under it again. */
const held = new Map<string, { readonly token: string; readonly touch: () => void }>();

/**
 * Run `fn` holding the lock of `outDir` (created if missing; removed again afterwards when the
 * run left it empty). Re-entrant: a caller holding the lock may call it again, e.g. the pipeline
 * around the cache's decision and `writeOutput` inside it. `fn` may be async: the lock is
 * released when its promise settles, and is touched every second meanwhile.
 */
export function withOutputLock<T>(outDir: string, fn: () => T): T {
  const folder = path.resolve(outDir);
  if (held.has(folder)) return fn();
  assertNotFile(outDir);
  let created: string | undefined;
  try {
    created = mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new UserError(`Cannot write to \`${outDir}\`: ${fileErrorReason(error)}`);
  }
  let release: () => void;
  try {
    release = acquire(folder, outDir);
  } catch (error) {
    if (created !== undefined) removeCreated(folder, created);
    throw error;
  }
  const finish = (): void => {
    release();
    if (created !== undefined) removeCreated(folder, created);
  };
  let result: T;
  try {
    result = fn();
  } catch (error) {
    finish();
    throw error;
  }
  if (result instanceof Promise) return result.finally(finish) as T;
  finish();
  return result;
}

/** Touch the lock of `outDir` if this process holds it, at most once a second: for long synchronous work under the lock. */
export function touchOutputLock(outDir: string): void {
  held.get(path.resolve(outDir))?.touch();
}

/** Take the lock file in `folder`, waiting for a live holder; returns its release. */
function acquire(folder: string, shown: string): () => void {
  const file = path.join(folder, LOCK);
  const me = identity();
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      try {
        writeFileSync(fd, `${JSON.stringify(me)}\n`);
      } finally {
        closeSync(fd);
      }
      return hold(folder, file, me.token);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new UserError(`Cannot write to \`${shown}\`: ${fileErrorReason(error)}`);
    }
    const holder = readHolder(file);
    if (holder === 'gone') continue;
    if (isStale(holder, me)) {
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      const who = holder.record === null ? 'another errspec run' : `another errspec run (pid ${holder.record.pid} on ${holder.record.host})`;
      throw new UserError(`Cannot write to \`${shown}\`: ${who} holds its lock \`${LOCK}\`; remove that file if no errspec run is going on`);
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
}

/** Register the lock as held, start its heartbeat, and return its release. */
function hold(folder: string, file: string, token: string): () => void {
  let last = Date.now();
  const touch = (): void => {
    const now = Date.now();
    if (now - last < HEARTBEAT_MS) return;
    last = now;
    try {
      utimesSync(file, now / 1000, now / 1000);
    } catch {
      // Removed by someone who judged it stale: nothing to keep alive.
    }
  };
  held.set(folder, { token, touch });
  const timer = setInterval(touch, HEARTBEAT_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    held.delete(folder);
    // Only our own lock: a run that took over a lock it judged stale keeps its own.
    const holder = readHolder(file);
    if (holder !== 'gone' && holder.record?.token === token) rmSync(file, { force: true });
  };
}

/** What a lock file holds: its record (`null` when it is not one, e.g. half written or an older errspec's bare pid) and mtime. */
type ReadHolder = 'gone' | { readonly record: LockHolder | null; readonly legacyPid: number | null; readonly mtimeMs: number };

function readHolder(file: string): ReadHolder {
  let text: string;
  let mtimeMs: number;
  try {
    text = readFileSync(file, 'utf8');
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    return 'gone';
  }
  try {
    const record = JSON.parse(text) as Partial<LockHolder>;
    if (typeof record === 'object' && record !== null && Number.isInteger(record.pid) && typeof record.token === 'string') {
      return { record: record as LockHolder, legacyPid: null, mtimeMs };
    }
  } catch {
    // Not JSON: an older errspec wrote its bare pid.
  }
  const legacy = Number(text.trim());
  return { record: null, legacyPid: Number.isInteger(legacy) && legacy > 0 ? legacy : null, mtimeMs };
}

/** Whether the lock's holder is gone: verifiably when it ran beside us, else by its silence. */
function isStale(holder: Exclude<ReadHolder, 'gone'>, me: LockHolder): boolean {
  const silent = Date.now() - holder.mtimeMs > STALE_AFTER_MS;
  const { record } = holder;
  if (record === null) {
    // Half written (a holder writes its record right after creating the file), or an older errspec's bare pid.
    if (holder.legacyPid === null) return Date.now() - holder.mtimeMs > 2_000;
    return !alive(holder.legacyPid) || silent;
  }
  const beside = record.start !== null && me.start !== null && record.boot === me.boot && record.pidns === me.pidns;
  if (!beside) return silent;
  // The same pid and start time as this process would be our own lock, and we do not hold it.
  if (record.pid === process.pid) return true;
  const start = startOf(record.pid);
  return start === null || start !== record.start;
}

/** This process, as a lock records it. */
function identity(): LockHolder {
  return {
    pid: process.pid,
    start: startOf(process.pid),
    pidns: readOrNull(() => readlinkSync('/proc/self/ns/pid')),
    boot: readOrNull(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()),
    host: os.hostname(),
    token: randomBytes(8).toString('hex'),
  };
}

/** Start time of process `pid` (field 22 of `/proc/<pid>/stat`), or `null` when it does not exist or there is no `/proc`. */
function startOf(pid: number): string | null {
  const stat = readOrNull(() => readFileSync(`/proc/${pid}/stat`, 'utf8'));
  if (stat === null) return null;
  // The command name (field 2) is in parentheses and may hold spaces: count fields after its end.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

function readOrNull(read: () => string): string | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/** Remove the folders `mkdir` made for the lock (from `created` down to `folder`) when they hold nothing. */
function removeCreated(folder: string, created: string): void {
  for (let current = folder; ; current = path.dirname(current)) {
    try {
      if (readdirSync(current).length > 0) return;
      rmdirSync(current);
    } catch {
      return;
    }
    if (current === created || path.dirname(current) === current) return;
  }
}
