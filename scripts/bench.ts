/**
 * `npm run bench`: how fast errspec is, measured, not asserted.
 *
 * - seeds: a cold `errspec generate` of the five reference specs, as a separate process
 *   (start-up included), several runs, with the time of `node -e 0` as the floor;
 * - adversarial: lines built to make a backtracking regex blow up (runs of `*`, `_`, `|`,
 *   `{`, glued codes, unclosed tags), at 200 kB and 800 kB (under the 1 MB line limit); linear code takes about 4x as long
 *   for 4x the input, quadratic code about 16x;
 * - scale: synthetic specs of 1k, 10k and 100k entries (bench-scale.ts): baseline (remark
 *   alone), cold, no-op and one-file-edit runs, peak RSS and time per stage, each run its own
 *   process. `--full` also generates the 100k size (about ten minutes on 2 cores);
 *   `--scale-only` prints only these and leaves results.json alone; `--entries=N` one size.
 *
 * Prints a table and writes `bench/results.json`.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogOf } from '../generator/pipeline.js';
import { measure, scaleTable, type ScaleResult, type Size } from './bench-scale.js';

/** Adversarial spec bodies of about `size` characters each. */
export function adversarial(size: number): Record<string, string> {
  const fill = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return {
    'emphasis openers *a': `# E\n\n${fill('*a ')}\n`,
    'underscores _a_': `# E\n\n${fill('_a')}\n`,
    'bold never closed **': `# E\n\n**${fill('a **b ')}\n`,
    'pipes |': `${fill('|')}\n`,
    'glued code-like': `错误码HTTP 状态码说明\n${fill('a.b1')}\n`,
    'code line a-a-a': `${fill('a-')} - x\n${fill('b-')} - y\n`,
    'braces {': `${fill('{')}\n`,
    'unclosed <table': `<table>${fill('<tr><td>1')}\n`,
    'backslash escapes': `# E\n\n${fill('\\*')}\n`,
    'entities &amp': `# E\n\n${fill('&amp')}\n`,
    'html tags <a': `# E\n\n${fill('<a ')}\n`,
    'spaces then text': `错误码 错误信息 描述\n1 ${fill('a ')}\n`,
  };
}

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Milliseconds to extract each adversarial body at `size`. */
export function adversarialTimes(size: number): Record<string, number> {
  return Object.fromEntries(
    Object.entries(adversarial(size)).map(([name, text]) => [name, time(() => catalogOf({ id: 'bench', source: 'bench.md', text }))]),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time of a cold `generate` of the seeds into a fresh folder, and of `node -e 0`. */
function seeds(root: string, runs: number): { generate: number; node: number } {
  const work = mkdtempSync(path.join(os.tmpdir(), 'errspec-bench-'));
  try {
    const cli = path.join(root, 'dist/generator/cli.js');
    const generate: number[] = [];
    const node: number[] = [];
    for (let i = 0; i < runs; i++) {
      const out = path.join(work, `out-${i}`);
      generate.push(time(() => spawnSync(process.execPath, [cli, 'generate', '--specs', path.join(root, 'specs'), '--out', out, '--package-name', 'bench', '--package-version', '0.0.0'])));
      node.push(time(() => spawnSync(process.execPath, ['-e', '0'])));
    }
    return { generate: median(generate), node: median(node) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The sizes of the scale bench. 100k entries are generated only with `--full` (cold generation
 * of 100k entries takes longer than the bench's five minutes on 2 cores); by default they get
 * the baseline and the parse-to-validate half, which shows whether reading scales linearly.
 */
function sizes(full: boolean): Size[] {
  return [
    { entries: 1_000, files: 10 },
    { entries: 10_000, files: 100 },
    { entries: 100_000, files: 1_000, frontOnly: !full },
  ];
}

function main(): void {
  const root = process.cwd();
  const started = performance.now();
  // `--scale-only`: only the synthetic sizes, printed, results.json untouched; `--entries=100000`: one size.
  const only = process.argv.includes('--scale-only');
  const entries = process.argv.find((arg) => arg.startsWith('--entries='))?.slice('--entries='.length);
  const scale: ScaleResult[] = [];
  for (const size of sizes(process.argv.includes('--full')).filter((candidate) => entries === undefined || String(candidate.entries) === entries)) {
    process.stderr.write(`bench: ${size.entries.toLocaleString('en')} entries over ${size.files} files...\n`);
    scale.push(measure(root, size));
  }
  if (only) {
    process.stdout.write(`${scaleTable(scale)}\n`);
    return;
  }
  const cold = seeds(root, 5);
  const small = adversarialTimes(200_000);
  const large = adversarialTimes(800_000);
  const rows = Object.keys(large).map((name) => ({ name, small: small[name]!, large: large[name]!, ratio: large[name]! / Math.max(small[name]!, 0.5) }));
  const lines = [
    `seeds, cold generate (5 specs, 235 entries, separate process): ${cold.generate.toFixed(0)} ms (node start-up alone: ${cold.node.toFixed(0)} ms)`,
    '',
    `${'adversarial line'.padEnd(24)}${'200 kB ms'.padStart(11)}${'800 kB ms'.padStart(10)}${'ratio'.padStart(8)}`,
    ...rows.map((row) => `${row.name.padEnd(24)}${row.small.toFixed(0).padStart(11)}${row.large.toFixed(0).padStart(10)}${row.ratio.toFixed(1).padStart(8)}`),
    '',
    '(linear: a ratio near 4; quadratic: near 16)',
    '',
    scaleTable(scale),
    '',
    `load average when done: ${os.loadavg().map((load) => load.toFixed(1)).join(' ')} on ${os.cpus().length} cores; bench took ${((performance.now() - started) / 1000).toFixed(0)} s`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(
    path.join(root, 'bench', 'results.json'),
    `${JSON.stringify({ machine: { cpus: os.cpus().length, node: process.version, loadAverage: os.loadavg() }, seeds: cold, adversarial: rows, scale }, null, 2)}\n`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
