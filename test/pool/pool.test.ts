/**
 * The worker pool: the same bytes whether the specs are read in workers or in one thread, and a
 * worker that fails is a clear error, never a hang or a half-written output.
 */

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../generator/extract/index.js';
import { MIN_POOL_BYTES, poolSize, readInWorkers, type ReadJob } from '../../generator/pool/index.js';
import type { SpecFile } from '../../generator/read/index.js';
import { catalogFor } from '../../generator/pipeline.js';
import { synthSpecs } from '../../scripts/synth.js';
import { ROOT, ensureBuilt, errspec, project, put, removeProjects } from '../cli/helpers.js';

beforeAll(() => ensureBuilt(), 120_000);
afterAll(removeProjects);

/** Every file under `dir`, relative path -> bytes, hidden ones (the manifest) included. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else files.set(path.relative(dir, file), readFileSync(file, 'latin1'));
    }
  };
  walk(dir);
  return files;
}

/** A project of synthetic specs (several shapes of table, zh and en), the same for every seed. */
function synthProject(extra: Record<string, string> = {}): string {
  const dir = project(extra);
  for (const file of synthSpecs(7, 600, 6)) put(dir, `specs/${file.name}`, file.text);
  return dir;
}

function generateWith(workers: string, dir: string): ReturnType<typeof errspec> {
  const run = errspecEnv(dir, { ERRSPEC_WORKERS: workers }, 'generate', '--package-name', 'pool-test', '--package-version', '1.0.0');
  return run;
}

function errspecEnv(cwd: string, env: Record<string, string>, ...args: string[]): ReturnType<typeof errspec> {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    return errspec(cwd, ...args);
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

describe('generate with the pool forced on and off', () => {
  it('writes the same bytes, file for file, with 0, 1, 2 and 3 workers beside the main thread', () => {
    const outputs = ['0', '1', '2', '3'].map((workers) => {
      const dir = synthProject();
      const run = generateWith(workers, dir);
      expect(run.stderr, `ERRSPEC_WORKERS=${workers}`).toMatch(/6 specs, 600 entries, 0 errors/);
      expect(run.status).toBe(0);
      return tree(path.join(dir, 'generated'));
    });
    expect(outputs[0]!.size).toBeGreaterThan(40);
    for (const output of outputs.slice(1)) {
      expect([...output.keys()].sort()).toEqual([...outputs[0]!.keys()].sort());
      for (const [file, bytes] of outputs[0]!) expect(output.get(file), file).toBe(bytes);
    }
  });

  it('reports the same diagnostics for a spec with errors, and writes nothing, either way', () => {
    const broken = '# Broken\n\n| 错误码 | HTTP 状态 | 说明 |\n| --- | --- | --- |\n| E1 | 400 | 一 |\n| E1 | 500 | 二 |\n';
    const runs = ['0', '2'].map((workers) => {
      const dir = synthProject({ 'specs/zz-broken.md': broken });
      const run = generateWith(workers, dir);
      expect(existsSync(path.join(dir, 'generated')), `ERRSPEC_WORKERS=${workers}`).toBe(false);
      return run;
    });
    expect(runs[0]!.status).toBe(1);
    expect(runs[1]!.status).toBe(1);
    const withoutTime = (text: string): string => text.replace(/\(\d+ ms\)/g, '');
    expect(withoutTime(runs[1]!.stderr)).toBe(withoutTime(runs[0]!.stderr));
    expect(runs[0]!.stderr).toMatch(/zz-broken\.md:6:\d+/);
  });

  it('refuses an ERRSPEC_WORKERS that is not a number of workers', () => {
    const run = generateWith('two', synthProject());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unexpected ERRSPEC_WORKERS=two, expected a number of worker threads from 0 to 64');
  });
});

describe('poolSize', () => {
  const spec = (source: string, bytes: number): SpecFile => ({ id: source, source, text: 'x'.repeat(bytes) });

  it('keeps small runs in this thread and gives big ones a worker per core, at most one per spec', () => {
    expect(poolSize([spec('a', MIN_POOL_BYTES)], 2)).toBe(1);
    expect(poolSize([spec('a', MIN_POOL_BYTES), spec('b', MIN_POOL_BYTES)], 1)).toBe(1);
    expect(poolSize([spec('a', 10), spec('b', 10)], 0)).toBe(0);
    expect(poolSize([spec('a', 10), spec('b', 10)], 8)).toBe(2);
    // Under the tests the sources run, and a worker would run another build: only a forced size pools.
    expect(poolSize([spec('a', MIN_POOL_BYTES), spec('b', MIN_POOL_BYTES)], null, 0, 2)).toBe(0);
  });
});

describe('poolSize of the built errspec', () => {
  it('gives a worker to each core the load average leaves free, beside this thread, up to 4, and none on 2 cores', async () => {
    const built = (await import(path.join(ROOT, 'dist/generator/pool/index.js'))) as { poolSize: typeof poolSize };
    const many = Array.from({ length: 100 }, (_, index): SpecFile => ({ id: `s${index}`, source: `s${index}`, text: 'x'.repeat(MIN_POOL_BYTES) }));
    const sizes = [[0.2, 2], [1, 2], [8, 2], [0, 3], [1, 3], [2.5, 3], [0, 8], [2, 8], [6.5, 8], [0, 1]].map(([load, cores]) => built.poolSize(many, null, load, cores));
    expect(sizes).toEqual([0, 0, 0, 2, 2, 0, 4, 4, 1, 0]);
    // Two specs: one worker at most, whatever the cores; small input: none.
    expect(built.poolSize(many.slice(0, 2), null, 0, 8)).toBe(1);
    expect(built.poolSize([{ ...many[0]!, text: 'x' }, { ...many[1]!, text: 'x' }], null, 0, 8)).toBe(0);
  });
});

describe('readInWorkers', () => {
  const job: ReadJob = { defaults: DEFAULT_OPTIONS, catalogs: new Map(), rules: new Map(), timings: false };
  const specs: SpecFile[] = ['a', 'b', 'c'].map((id) => ({
    id,
    source: `specs/${id}.md`,
    text: `# ${id}\n\n| 错误码 | HTTP 状态 | 说明 |\n| --- | --- | --- |\n| ${id.toUpperCase()}1 | 400 | 一 |\n`,
  }));

  it('gives each spec its catalog, in spec order, as this thread reads it', async () => {
    const catalogs = await readInWorkers(specs, job, 2, null);
    expect(catalogs.map((catalog) => catalog.source)).toEqual(['specs/a.md', 'specs/b.md', 'specs/c.md']);
    expect(catalogs.map((catalog) => catalog.entries.map((entry) => entry.code))).toEqual([['A1'], ['B1'], ['C1']]);
    expect(catalogs).toEqual(specs.map((spec) => catalogFor(spec, job)));
  });

  it('shares the specs between the workers and this thread, catalogs still in spec order', async () => {
    const here: string[] = [];
    const catalogs = await readInWorkers(specs, job, 1, (spec) => {
      here.push(spec.source);
      return catalogFor(spec, job);
    });
    // The worker is handed the first spec; this thread reads on while it starts.
    expect(here.length).toBeGreaterThan(0);
    expect(here).not.toContain('specs/a.md');
    expect(catalogs).toEqual(specs.map((spec) => catalogFor(spec, job)));
  });

  it('rejects with the error this thread threw on its share, and stops the workers', async () => {
    const script = path.join(project(), 'waits.mjs');
    writeFileSync(script, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => {});\n");
    const fails = (): never => {
      throw new Error('errspec bug: broken here');
    };
    await expect(readInWorkers(specs, job, 1, fails, script)).rejects.toThrow('errspec bug: broken here');
  });

  it('rejects with an errspec bug naming the spec when the work throws in a worker', async () => {
    const broken = { ...job, rules: null } as unknown as ReadJob;
    await expect(readInWorkers(specs.slice(0, 1), broken, 1, null)).rejects.toThrow(/^errspec bug: reading `specs\/a\.md` in a worker: /);
  });

  it('rejects, rather than waiting, when a worker dies, naming the spec it was reading', async () => {
    const script = path.join(project(), 'dies.mjs');
    writeFileSync(script, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    await expect(readInWorkers(specs, job, 2, null, script)).rejects.toThrow(/^errspec bug: a worker stopped \(exit code 3\) while reading `specs\/[ab]\.md`$/);
  });

  it('passes on a UserError a worker threw as a UserError', async () => {
    const script = path.join(project(), 'refuses.mjs');
    writeFileSync(
      script,
      "import { parentPort } from 'node:worker_threads';\n" +
        "parentPort.on('message', (task) => parentPort.postMessage({ kind: 'failed', index: task.index, error: { name: 'UserError', message: 'Cannot read it', stack: '' } }));\n",
    );
    const error = await readInWorkers(specs, job, 1, null, script).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('UserError');
    expect((error as Error).message).toBe('Cannot read it');
  });
});
