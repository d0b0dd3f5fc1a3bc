/**
 * errspec as a team installs it: `npm pack` of errspec itself, then in an empty repository with
 * the network blocked (`npm init -y`, then) `npm i -D <tarball>`, `npx errspec init`, `npx errspec generate`, and the
 * generated package imported by name. One pack and one install, shared by every assertion.
 * errspec's dependencies come from the local npm cache through test/helpers/offline-registry.ts.
 */

import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt } from '../cli/helpers.js';
import { startOfflineRegistry, type OfflineRegistry } from '../helpers/offline-registry.js';

const exec = promisify(execFile);

let temp: string;
let repo: string;
let registry: OfflineRegistry;
let packed: { filename: string; size: number; unpackedSize: number; files: { path: string }[] };
const outputs: Record<string, string> = {};

/** The environment of the user's shell, without what `npm test` adds (npm_* variables, this repository's .bin), and no network. */
function environment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  const own = path.join(ROOT, 'node_modules', '.bin');
  return {
    ...env,
    PATH: (env.PATH ?? '').split(path.delimiter).filter((entry) => !entry.startsWith(own)).join(path.delimiter),
    npm_config_registry: registry.url,
    // Anything but the local registry goes to a closed port: the network is blocked, not only unused.
    npm_config_proxy: 'http://127.0.0.1:9',
    npm_config_https_proxy: 'http://127.0.0.1:9',
    npm_config_noproxy: '127.0.0.1',
    http_proxy: 'http://127.0.0.1:9',
    https_proxy: 'http://127.0.0.1:9',
    no_proxy: '127.0.0.1',
    npm_config_cache: path.join(temp, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    CI: '1',
  };
}

/** Run `command` in the repository; its stdout and stderr, or a failure showing both. */
async function run(command: string, args: string[], cwd = repo): Promise<{ stdout: string; stderr: string }> {
  try {
    return await exec(command, args, { cwd, env: environment(), encoding: 'utf8', timeout: 180_000, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed (missing from the npm cache: ${registry.missing.join(', ') || 'nothing'}):\n${stdout}\n${stderr}`);
  }
}

beforeAll(async () => {
  ensureBuilt();
  temp = mkdtempSync(path.join(os.tmpdir(), 'errspec-install-'));
  registry = await startOfflineRegistry(path.join(ROOT, 'package-lock.json'));
  // --ignore-scripts: `prepare` would build again; dist/ is fresh (ensureBuilt).
  const pack = await run('npm', ['pack', ROOT, '--ignore-scripts', '--json', '--pack-destination', temp], temp);
  packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0]!;
  repo = path.join(temp, 'team-repo');
  mkdirSync(repo);
  // A package.json of its own, as a team's repository has: without one npm would install into the
  // nearest folder above that has node_modules (a shared /tmp may have one).
  await run('npm', ['init', '-y']);
  outputs.install = (await run('npm', ['i', '-D', path.join(temp, packed.filename)])).stdout;
  const init = await run('npx', ['errspec', 'init']);
  outputs.init = init.stdout;
  outputs.generate = (await run('npx', ['errspec', 'generate'])).stderr;
  outputs.check = (await run('npm', ['run', 'errors:check'])).stderr;
  await run('npm', ['i', './generated']);
}, 300_000);

afterAll(async () => {
  await registry?.close();
  if (temp !== undefined) rmSync(temp, { recursive: true, force: true });
});

describe('the errspec tarball', () => {
  it('holds the built CLI and API, their public declarations, the runtime and its types, README, LICENSE and package.json; nothing else', () => {
    const files = packed.files.map((file) => file.path).sort();
    const others = files.filter((file) => !/^dist\/generator\/.+\.js$/.test(file));
    expect(others).toEqual([
      'LICENSE', 'README.md',
      'dist/generator/api/generate.d.ts', 'dist/generator/api/read-catalogs.d.ts', 'dist/generator/api/types.d.ts',
      'dist/generator/config/define-config.d.ts', 'dist/generator/errors.d.ts', 'dist/generator/index.d.ts', 'dist/generator/model.d.ts',
      'dist/runtime/errspec-runtime.d.ts', 'dist/runtime/errspec-runtime.js',
      'generator/runtime/errspec-runtime.ts', 'package.json',
    ]);
    expect(files).toContain('dist/generator/cli.js');
    expect(files.some((file) => /^(test|scripts|specs|generated|bench|docs)\/|^dist\/scripts\/|\.tgz$/.test(file))).toBe(false);
  });

  it('installs with the network blocked, and brings no TypeScript compiler', () => {
    expect(JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).devDependencies.errspec).toMatch(/^file:/);
    expect(existsSync(path.join(repo, 'node_modules', 'errspec', 'dist', 'generator', 'cli.js'))).toBe(true);
    expect(existsSync(path.join(repo, 'node_modules', 'typescript'))).toBe(false);
    expect(registry.missing).toEqual([]);
  });
});

describe('npx errspec init, then npx errspec generate, in the empty repository', () => {
  it('init says what it wrote: the config, the example spec, the npm scripts and the cache line', () => {
    expect(outputs.init).toMatch(/^errspec\.config\.ts\s+written$/m);
    expect(outputs.init).toMatch(/^specs\/example\.errors\.md\s+written$/m);
    expect(outputs.init).toMatch(/^package\.json\s+scripts errors:generate and errors:check added$/m);
    expect(outputs.init).toMatch(/^\.gitignore\s+line node_modules\/\.cache\/errspec\/ added/m);
    expect(JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).scripts).toMatchObject({
      'errors:generate': 'errspec generate',
      'errors:check': 'errspec generate --check',
    });
  });

  it('generate writes the catalog `example` (no `.errors` in its id), its header naming the repository\'s own script; the check script passes', () => {
    expect(outputs.generate).toMatch(/1 spec, 3 entries, 0 errors, 0 warnings; \d+ files written/);
    const source = readFileSync(path.join(repo, 'generated', 'example', 'index.ts'), 'utf8');
    expect(source.split('\n')[0]).toBe('// Generated by errspec from specs/example.errors.md. Do not edit: change the spec, then run `npm run errors:generate`.');
    expect(outputs.check).toMatch(/generated\/ is up to date/);
  });

  it('makes a package the repository imports by name, from an ES module and from CommonJS', async () => {
    const script = (load: string): string => `${load}
const error = example.createExampleError('EXAMPLE_NOT_FOUND', { params: { resource: 'Order 7' } });
console.log(JSON.stringify({ status: error.httpStatus, message: error.message, own: error instanceof example.ExampleNotFoundError, body: error.toResponse() }));`;
    const expected = { status: 404, message: 'Order 7 was not found', own: true, body: { code: 'EXAMPLE_NOT_FOUND', message: 'Order 7 was not found' } };
    const esm = await run(process.execPath, ['--input-type=module', '-e', script("import { example } from 'team-repo-errors';")]);
    expect(JSON.parse(esm.stdout)).toEqual(expected);
    const cjs = await run(process.execPath, ['--input-type=commonjs', '-e', script("const { example } = require('team-repo-errors');")]);
    expect(JSON.parse(cjs.stdout)).toEqual(expected);
  });

  it('an import and a require() of the package load one module in Node: one class, so instanceof holds across them by identity', async () => {
    const script = `import { example } from 'team-repo-errors';
import { createRequire } from 'node:module';
const required = createRequire(import.meta.url)('team-repo-errors').example;
const imported = new example.ExampleNotFoundError({ params: { resource: 'x' } });
console.log(JSON.stringify({ sameClass: required.ExampleNotFoundError === example.ExampleNotFoundError, across: imported instanceof required.ExampleError }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
    expect(JSON.parse(stdout)).toEqual({ sameClass: true, across: true });
  });
});

describe('the programmatic API from the installed package', () => {
  it("generate() and readCatalogs() run in the repository and return results; nothing exits the process", async () => {
    const script = `
import { generate, readCatalogs } from 'errspec';
const read = await readCatalogs();
const checked = await generate({ check: true });
const inline = await generate({ config: { specs: 'specs/**/*.errors.md', out: 'build/errors' } });
console.log(JSON.stringify({
  read: read.catalogs.map((catalog) => [catalog.id, catalog.entries.length]),
  checked: { ok: checked.ok, differing: checked.differing, files: checked.files.length > 0 },
  inline: { ok: inline.ok, out: inline.out, written: inline.written.includes('example/index.ts') },
}));
await generate({ config: { specs: 'nowhere' } }).catch((error) => console.log(error.name, error.message));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
    const [result, failure] = stdout.trim().split('\n');
    expect(JSON.parse(result!)).toEqual({
      read: [['example', 3]],
      checked: { ok: true, differing: [], files: true },
      inline: { ok: true, out: path.join(repo, 'build', 'errors'), written: true },
    });
    expect(failure).toBe("UserError Cannot read spec `nowhere`: no such file or directory (ENOENT)");
  });

  it("its declarations type-check a TypeScript caller under --strict, without skipLibCheck; the JSON subpath under nodenext with its attribute; the README's API examples", async () => {
    writeFileSync(path.join(repo, 'caller.mts'), `
import { generate, readCatalogs, type GenerateResult, type Catalog } from 'errspec';
import { defineConfig } from 'errspec/config';
import messages from 'team-repo-errors/example/messages/en.json' with { type: 'json' };
const message: string | undefined = messages.EXAMPLE_NOT_FOUND;
const result: GenerateResult = await generate({ cwd: '.', config: defineConfig({ specs: ['specs'] }), check: true });
const catalogs: readonly Catalog[] = (await readCatalogs({ specs: 'specs' })).catalogs;
// @ts-expect-error: check is a boolean
await generate({ check: 'yes' });
export { result, catalogs, message };
`);
    // The README's API examples, one per function, against the same declarations.
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const examples = [...readme.matchAll(/```ts\n(import \{ (?:generate|readCatalogs) \} from 'errspec';\n[\s\S]*?)```/g)].map((match) => match[1]!);
    expect(examples).toHaveLength(2);
    examples.forEach((example, index) => writeFileSync(path.join(repo, `readme-${index}.mts`), `${example}export {};\n`));
    const tsc = path.join(ROOT, 'node_modules', '.bin', 'tsc');
    await run(tsc, ['--ignoreConfig', '--noEmit', '--strict', '--types', 'node', '--typeRoots', path.join(ROOT, 'node_modules', '@types'), '--target', 'ES2022', '--lib', 'ES2022',
      '--module', 'nodenext', '--moduleResolution', 'nodenext', '--resolveJsonModule', 'caller.mts', 'readme-0.mts', 'readme-1.mts']);
  });
});
