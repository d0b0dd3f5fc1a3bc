/**
 * The scale part of `npm run bench`: synthetic catalogs of 1k, 10k and 100k entries over 10,
 * 100 and 1,000 spec files (scripts/synth.ts), each figure from a separate process:
 *
 * - baseline: read the specs and parse them with remark-parse + remark-gfm, nothing else;
 * - cold: `errspec generate` with no cache and no output folder, its worker pool as it decides;
 * - cold, one thread: the same with `ERRSPEC_WORKERS=0`, to show what the pool gives;
 * - no-op: the same run again, nothing changed;
 * - edit: one spec's text changed, then a run;
 * - peak RSS of the cold run, and its time per stage (`ERRSPEC_TIMINGS=1`).
 *
 * Times are wall-clock milliseconds including Node's start-up, each the fastest of three rounds
 * (one at 100k entries), and also given as ratios to the baseline, which varies with the machine
 * as errspec does.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { synthSpecs } from './synth.js';

/** One size to measure. */
export interface Size {
  readonly entries: number;
  readonly files: number;
  /** Measure only the baseline and the front half (parse to validate), not a generate: for sizes too slow to generate in the bench's time. */
  readonly frontOnly?: boolean;
}

/** Figures of one size. */
export interface ScaleResult {
  readonly entries: number;
  readonly files: number;
  readonly baselineMs: number;
  /** read + parse + recover + extract + validate, no emit (a separate process). */
  readonly frontMs: number;
  readonly coldMs: number | null;
  /** The cold run without workers (`ERRSPEC_WORKERS=0`). */
  readonly coldOneThreadMs: number | null;
  readonly noopMs: number | null;
  readonly editMs: number | null;
  readonly peakRssMiB: number | null;
  /** Milliseconds per stage of the cold run. */
  readonly stages: Record<string, number> | null;
  readonly noopStages: Record<string, number> | null;
  readonly editStages: Record<string, number> | null;
}

interface Timed {
  readonly ms: number;
  readonly stderr: string;
  readonly stdout: string;
}

function run(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Timed {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`bench: ${args.join(' ')} exited ${result.status}:\n${result.stderr.slice(-2000)}`);
  return { ms, stderr: result.stderr, stdout: result.stdout };
}

/** The `errspec-timings` line of a run. */
function timings(stderr: string): { stages: Record<string, number>; maxRssKiB: number } {
  const line = stderr.split('\n').find((text) => text.startsWith('errspec-timings '));
  if (line === undefined) throw new Error(`bench: no errspec-timings line in:\n${stderr.slice(-2000)}`);
  return JSON.parse(line.slice('errspec-timings '.length)) as { stages: Record<string, number>; maxRssKiB: number };
}

/** One round of one size, in a fresh temporary project. */
function measureOnce(root: string, size: Size, seed: number): ScaleResult {
  const work = mkdtempSync(path.join(os.tmpdir(), 'errspec-scale-'));
  try {
    const specs = path.join(work, 'specs');
    mkdirSync(specs);
    const files = synthSpecs(seed, size.entries, size.files);
    for (const file of files) writeFileSync(path.join(specs, file.name), file.text);
    const child = path.join(root, 'dist/scripts/bench-child.js');
    const baselineMs = run([child, 'baseline', specs], work).ms;
    const front = run([child, 'front', specs], work);
    const entries = (JSON.parse(front.stdout) as { entries: number }).entries;
    if (entries !== size.entries) throw new Error(`bench: extracted ${entries} of ${size.entries} synthetic entries`);
    const base = { entries: size.entries, files: size.files, baselineMs, frontMs: front.ms };
    if (size.frontOnly === true) return { ...base, coldMs: null, coldOneThreadMs: null, noopMs: null, editMs: null, peakRssMiB: null, stages: null, noopStages: null, editStages: null };
    const cli = [path.join(root, 'dist/generator/cli.js'), 'generate', '--package-name', 'bench-errors', '--package-version', '1.0.0'];
    const env = { ERRSPEC_TIMINGS: '1' };
    const oneThread = run(cli, work, { ...env, ERRSPEC_WORKERS: '0' });
    rmSync(path.join(work, 'generated'), { recursive: true, force: true });
    rmSync(path.join(work, 'node_modules'), { recursive: true, force: true });
    const cold = run(cli, work, env);
    const coldTimings = timings(cold.stderr);
    const noop = run(cli, work, env);
    if (!/ 0 files written/.test(noop.stderr)) throw new Error(`bench: the no-op run wrote files:\n${noop.stderr.slice(-500)}`);
    // Edit one spec: one message changes, as a writer fixing a typo would (an entry's, not a
    // header cell's, so that the output changes too).
    const edited = path.join(specs, files[Math.floor(files.length / 2)]!.name);
    const text = readFileSync(edited, 'utf8');
    const changed = text.replace(/(\n\| [^|\n]+ \| \d{3} \| )([^|\n]+) \|/, '$1$2 (edited) |');
    if (changed === text) throw new Error(`bench: found no entry row to edit in ${edited}`);
    writeFileSync(edited, changed);
    const edit = run(cli, work, env);
    if (/ 0 files written/.test(edit.stderr)) throw new Error(`bench: the one-file edit wrote no files:\n${edit.stderr.slice(-500)}`);
    return {
      ...base,
      coldMs: cold.ms,
      coldOneThreadMs: oneThread.ms,
      noopMs: noop.ms,
      editMs: edit.ms,
      peakRssMiB: coldTimings.maxRssKiB / 1024,
      stages: coldTimings.stages,
      noopStages: timings(noop.stderr).stages,
      editStages: timings(edit.stderr).stages,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Measure one size: the fastest of `rounds` rounds for each figure (each round in a fresh
 * project, every run its own process), so that a load spike from elsewhere on the machine
 * does not land on one side of a ratio only. Stages are those of the round with the fastest
 * cold run. One round for sizes of 100k entries and more.
 */
export function measure(root: string, size: Size, seed = 1, rounds = size.entries >= 100_000 ? 1 : 3): ScaleResult {
  const all = Array.from({ length: rounds }, () => measureOnce(root, size, seed));
  const fastest = (pick: (result: ScaleResult) => number | null): number | null => {
    const values = all.map(pick).filter((value): value is number => value !== null);
    return values.length === 0 ? null : Math.min(...values);
  };
  const coldest = all.reduce((best, result) => ((result.coldMs ?? 0) < (best.coldMs ?? 0) ? result : best));
  return {
    ...coldest,
    baselineMs: fastest((result) => result.baselineMs)!,
    frontMs: fastest((result) => result.frontMs)!,
    coldMs: fastest((result) => result.coldMs),
    coldOneThreadMs: fastest((result) => result.coldOneThreadMs),
    noopMs: fastest((result) => result.noopMs),
    editMs: fastest((result) => result.editMs),
    peakRssMiB: fastest((result) => result.peakRssMiB),
  };
}

const ms = (value: number | null): string => (value === null ? '-' : value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`);
const ratio = (value: number | null, base: number): string => (value === null ? '' : ` (${(value / base).toFixed(1)}x)`);

/** The results as a text table, times with their ratio to the baseline. */
export function scaleTable(results: readonly ScaleResult[]): string {
  const header = ['entries/files', 'baseline', 'parse..validate', 'cold generate', 'cold, 1 thread', 'no-op', 'one-file edit', 'peak RSS'];
  const rows = results.map((r) => [
    `${r.entries.toLocaleString('en')}/${r.files}`,
    ms(r.baselineMs),
    `${ms(r.frontMs)}${ratio(r.frontMs, r.baselineMs)}`,
    `${ms(r.coldMs)}${ratio(r.coldMs, r.baselineMs)}`,
    `${ms(r.coldOneThreadMs)}${ratio(r.coldOneThreadMs, r.baselineMs)}`,
    `${ms(r.noopMs)}${ratio(r.noopMs, r.baselineMs)}`,
    `${ms(r.editMs)}${ratio(r.editMs, r.baselineMs)}`,
    r.peakRssMiB === null ? '-' : `${r.peakRssMiB.toFixed(0)} MiB`,
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: readonly string[]): string => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  const stageNames = ['read', 'cache', 'markdown', 'recover', 'extract', 'validate', 'emit', 'write'];
  const stageLine = (label: string, stages: Record<string, number>): string =>
    `${label.padEnd(14)}${stageNames.filter((stage) => stages[stage] !== undefined).map((stage) => `${stage} ${ms(stages[stage]!)}`).join(', ')}`;
  const stageLines = results.flatMap((r) => {
    const size = r.entries.toLocaleString('en');
    return r.stages === null ? [] : [stageLine(`${size} cold:`, r.stages), stageLine(`${size} no-op:`, r.noopStages!), stageLine(`${size} edit:`, r.editStages!)];
  });
  return [
    line(header),
    ...rows.map(line),
    '',
    'time per stage (exclusive; markdown = remark, recover = errspec\'s parse around it):',
    ...stageLines,
  ].join('\n');
}
