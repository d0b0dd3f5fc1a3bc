/**
 * The cache folder: one JSON file per cached result, `<slot>-<key>.json`. A slot is what the
 * result is for (one spec of one output folder, or the output's shared files); saving a result
 * removes the slot's older ones, so the folder holds one result per spec, not one per edit.
 *
 * Every file starts with the SHA-256 of the rest: a truncated, corrupt or hand-edited file is
 * a miss, as is one whose key differs. Nothing here throws: a cache that cannot be read or
 * written is only slower. `save` holds a result until `flush`, which writes and names the results
 * after a run succeeded; `discard` forgets them after one failed, so that a failed run (errors in
 * a spec, an output folder that cannot be written) leaves no trace.
 */

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_FORMAT } from './key.js';

/** Where the cache lives for a project: `node_modules/.cache/errspec/`, the folder tools conventionally share. */
export function cacheDir(projectRoot: string): string {
  return path.join(projectRoot, 'node_modules', '.cache', 'errspec');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The rest of a result's file name after `<slot>-`: a key, as `hashParts` makes them, and `.json`. */
const RESULT = /^[0-9a-f]{64}\.json$/;

/** Finished results (`<slot>-<key>.json`) by slot; one pass, so that saving many slots stays linear. */
function resultsBySlot(names: readonly string[]): Map<string, string[]> {
  const bySlot = new Map<string, string[]>();
  for (const name of names) {
    const dash = name.indexOf('-');
    if (dash <= 0 || !RESULT.test(name.slice(dash + 1))) continue;
    const slot = name.slice(0, dash);
    const names = bySlot.get(slot);
    if (names === undefined) bySlot.set(slot, [name]);
    else names.push(name);
  }
  return bySlot;
}

/** A folder of cached results. */
export class CacheStore {
  /** The folder's finished results by slot, read once, at the first save: what each slot held before this run. */
  private bySlot: Map<string, string[]> | null = null;
  /** Results saved but not flushed. */
  private readonly pending: { slot: string; key: string; value: unknown }[] = [];

  constructor(private readonly dir: string) {}

  /**
   * The value saved under `slot` and `key`, if any and intact; `isValue` checks its shape.
   */
  load<T>(slot: string, key: string, isValue: (value: unknown) => value is T): T | null {
    return this.read(this.file(slot, key), key, isValue);
  }

  /** Whether a result is saved under `slot` and `key` (not whether it is intact: `load` checks that). */
  has(slot: string, key: string): boolean {
    return existsSync(this.file(slot, key));
  }

  /** Save `value` under `slot` and `key` at the next `flush` (held in memory until then). */
  save(slot: string, key: string, value: unknown): void {
    this.pending.push({ slot, key, value });
  }

  /** Keep what `save` was given (written under a temporary name, then renamed), and drop each slot's other results. */
  flush(): void {
    for (const { slot, key, value } of this.pending.splice(0)) this.keep(slot, key, value);
  }

  /** Save `value` under `slot` and `key` now, as `flush` would (for what is recorded while a lock is held). */
  put(slot: string, key: string, value: unknown): void {
    this.keep(slot, key, value);
  }

  /** Forget what `save` was given. */
  discard(): void {
    this.pending.splice(0);
  }

  private keep(slot: string, key: string, value: unknown): void {
    try {
      renameSync(this.writeTemporary(slot, key, value)!, this.file(slot, key));
      this.bySlot ??= resultsBySlot(readdirSync(this.dir));
      // Only this slot's finished results: another process's temporary file (`….<pid>.tmp`) is not ours to remove.
      for (const name of this.bySlot.get(slot) ?? []) {
        if (name !== path.basename(this.file(slot, key))) rmSync(path.join(this.dir, name), { force: true });
      }
    } catch {
      // A read-only or full disk: the next run recomputes.
    }
  }

  private read<T>(file: string, key: string, isValue: (value: unknown) => value is T): T | null {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return null;
    }
    const newline = text.indexOf('\n');
    const body = text.slice(newline + 1);
    if (newline !== 64 || text.slice(0, 64) !== sha256(body)) return null;
    try {
      const parsed = JSON.parse(body) as { format?: unknown; key?: unknown; value?: unknown };
      return parsed.format === CACHE_FORMAT && parsed.key === key && isValue(parsed.value) ? parsed.value : null;
    } catch {
      return null;
    }
  }

  /** Write `value` to a temporary file beside its final one; `null` when it cannot be written. */
  private writeTemporary(slot: string, key: string, value: unknown): string | null {
    try {
      mkdirSync(this.dir, { recursive: true });
      const body = JSON.stringify({ format: CACHE_FORMAT, key, value });
      const temporary = `${this.file(slot, key)}.${process.pid}.tmp`;
      writeFileSync(temporary, `${sha256(body)}\n${body}`);
      return temporary;
    } catch {
      return null;
    }
  }

  private file(slot: string, key: string): string {
    return path.join(this.dir, `${slot}-${key}.json`);
  }
}
