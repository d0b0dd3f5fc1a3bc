/**
 * Opt-in stage timings for `npm run bench` (`ERRSPEC_TIMINGS=1`): milliseconds spent in each
 * stage of a run, exclusive of the stages nested in it (time `parse` spends in remark is
 * counted once, under `markdown`). Off by default, when `timed` only calls its function.
 */

/** Stage names, in pipeline order. */
export type Stage = 'read' | 'cache' | 'markdown' | 'recover' | 'extract' | 'validate' | 'emit' | 'compile' | 'write';

const totals = new Map<Stage, number>();
let enabled = false;
/** Time of nested stages, per level of nesting, to subtract from the enclosing one. */
const nested: number[] = [];

/** Start recording; `cli.ts` calls it when `ERRSPEC_TIMINGS=1`. */
export function enableTimings(): void {
  enabled = true;
}

/** Whether timings are being recorded: a worker of the pool records its own then, and sends them back. */
export function timingsEnabled(): boolean {
  return enabled;
}

/** Run `fn`, adding its time (less its nested stages') to `stage` when timings are on. */
export function timed<T>(stage: Stage, fn: () => T): T {
  if (!enabled) return fn();
  nested.push(0);
  const started = performance.now();
  try {
    return fn();
  } finally {
    const elapsed = performance.now() - started;
    const inner = nested.pop()!;
    totals.set(stage, (totals.get(stage) ?? 0) + elapsed - inner);
    if (nested.length > 0) nested[nested.length - 1]! += elapsed;
  }
}

/** `timed` for a promise-returning stage; stages must not run concurrently. */
export async function timedAsync<T>(stage: Stage, fn: () => Promise<T>): Promise<T> {
  if (!enabled) return fn();
  nested.push(0);
  const started = performance.now();
  try {
    return await fn();
  } finally {
    const elapsed = performance.now() - started;
    const inner = nested.pop()!;
    totals.set(stage, (totals.get(stage) ?? 0) + elapsed - inner);
    if (nested.length > 0) nested[nested.length - 1]! += elapsed;
  }
}

/**
 * Add the wall time of work done beside the stages, e.g. by another process while the run goes
 * on: it is not nested in the stage running meanwhile, and stages' times then add up to more
 * than the run's.
 */
export function addTime(stage: Stage, ms: number): void {
  if (enabled) totals.set(stage, (totals.get(stage) ?? 0) + ms);
}

const counts = new Map<string, number>();

/** Count `n` of something a run did, e.g. files the native compiler compiled; recorded only when timings are on. */
export function count(what: string, n = 1): void {
  if (enabled) counts.set(what, (counts.get(what) ?? 0) + n);
}

/** What `count` counted so far, e.g. `{ "catalogs": 100 }`. */
export function stageCounts(): Record<string, number> {
  return Object.fromEntries(counts);
}

/** Milliseconds per stage so far, rounded to 0.1 ms, e.g. `{ "read": 3.2, "markdown": 410.5 }`. */
export function stageTimings(): Record<string, number> {
  return Object.fromEntries([...totals].map(([stage, ms]) => [stage, Math.round(ms * 10) / 10]));
}
