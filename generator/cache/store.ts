/**
 * The cache folder: one JSON file per cached result, `<slot>-<key>.json`. A slot is what the
 * result is for (one spec of one output folder, or the output's shared files); saving a result
 * removes the slot's older ones, so the folder holds one result per spec, not one per edit.
 *
 * Every file starts with the SHA-256 of the rest: a truncated, corrupt or hand-edited file is
 * a miss, as is one whose key differs. Nothing here throws: a cache that cannot be read or
 * written is only slower. `save` holds a result until `flush`; `spill` writes it at once, under a
 * temporary name, so that the run need not hold it in memory. `flush` writes and names the
 * results after a run succeeded, and `discard` removes the spilled ones after one failed: a
 * failed run (errors in a spec, an output folder that cannot be written) leaves no trace.
 */

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { CACHE_FORMAT } from './key.js';

/** Where the cache lives for a project: `node_modules/.cache/errspec/`, the folder tools conventionally share. */
export function cacheDir(projectRoot: string): string {
  return path.join(projectRoot, 'node_modules', '.cache', 'errspec');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function changed(file: string): never {
  throw new UserError(`Cannot read \`${file}\` again: the cache folder changed during the run`);
}

/** A folder of cached results. */
export class CacheStore {
  private names: string[] | null = null;
  /** The first folder that saving created, if it did: removed again by `discard`. */
  private created: string | undefined;
  /** Results saved but not flushed: the temporary file, or the value itself when that could not be written. */
  private readonly pending: { slot: string; key: string; temporary: string | null; value: unknown }[] = [];

  constructor(private readonly dir: string) {}

  /**
   * The value saved under `slot` and `key`, if any and intact; `isValue` checks its shape.
   */
  load<T>(slot: string, key: string, isValue: (value: unknown) => value is T): T | null {
    return this.read(this.file(slot, key), key, isValue);
  }

  /** Save `value` under `slot` and `key` at the next `flush` (held in memory until then). */
  save(slot: string, key: string, value: unknown): void {
    this.pending.push({ slot, key, temporary: null, value });
  }

  /**
   * Save `value` under `slot` and `key` now, under a temporary name (kept only once `flush` is
   * called), for a caller that need not keep it in memory.
   *
   * @returns a function giving the value back, read again from the cache folder.
   */
  spill<T>(slot: string, key: string, value: T): () => T {
    const temporary = this.writeTemporary(slot, key, value);
    this.pending.push({ slot, key, temporary, value: temporary === null ? value : null });
    return temporary === null ? () => value : this.reader(temporary, this.file(slot, key), key);
  }

  /**
   * A function loading the value under `slot` and `key` again, for a caller that has loaded it
   * once and need not keep it; it throws a `UserError` if the value is gone meanwhile.
   */
  reloader<T>(slot: string, key: string, isValue: (value: unknown) => value is T): () => T {
    const file = this.file(slot, key);
    return () => this.read(file, key, isValue) ?? changed(file);
  }

  /** A function reading a spilled value back, before or after `flush`; made apart from `spill` so that it does not keep the value alive. */
  private reader<T>(temporary: string, file: string, key: string): () => T {
    const any = (read: unknown): read is T => read !== undefined;
    // This run wrote the temporary file moments ago: its hash need not be checked again.
    return () => this.read(temporary, key, any, false) ?? this.read(file, key, any) ?? changed(temporary);
  }

  /** Keep what `save` was given (rename each temporary file), and drop each slot's other results. */
  flush(): void {
    for (const { slot, key, temporary, value } of this.pending.splice(0)) {
      try {
        renameSync(temporary ?? this.writeTemporary(slot, key, value)!, this.file(slot, key));
        this.names ??= readdirSync(this.dir);
        for (const name of this.names) {
          if (name.startsWith(`${slot}-`) && name !== path.basename(this.file(slot, key))) rmSync(path.join(this.dir, name), { force: true });
        }
      } catch {
        // A read-only or full disk: the next run recomputes.
      }
    }
  }

  /** Forget what `save` was given: remove the temporary files. */
  discard(): void {
    for (const { temporary } of this.pending.splice(0)) {
      if (temporary !== null) rmSync(temporary, { force: true });
    }
    // Folders this run made, if nothing else went into them meanwhile.
    for (let folder = this.dir; this.created !== undefined; folder = path.dirname(folder)) {
      try {
        rmdirSync(folder);
      } catch {
        break;
      }
      if (folder === this.created) break;
    }
  }

  private read<T>(file: string, key: string, isValue: (value: unknown) => value is T, verify = true): T | null {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return null;
    }
    const newline = text.indexOf('\n');
    const body = text.slice(newline + 1);
    if (newline !== 64 || (verify && text.slice(0, 64) !== sha256(body))) return null;
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
      this.created ??= mkdirSync(this.dir, { recursive: true });
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
