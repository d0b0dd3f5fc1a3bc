/**
 * The config file: `errspec.config.json` and `.ts` (typed by `defineConfig` from
 * `errspec/config`), what each option does to the output, flags over config, front matter over
 * both, and unknown keys reported with their position.
 */

import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, CLI_TIMEOUT, PET_SPEC, ROOT, SHOP_SPEC, ensureBuilt, errspecAsync, lines, project, removeProjects, writeSummary } from '../cli/helpers.js';
import { seedProject } from '../helpers/seed-project.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT);
afterAll(removeProjects);

const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');

/** Link the package under test as `node_modules/errspec`, so `import ... from 'errspec/config'` resolves as for a user. */
function linkErrspec(dir: string): void {
  symlinkSync(ROOT, path.join(dir, 'node_modules', 'errspec'), 'dir');
}

describe.concurrent('errspec.config.json', { timeout: CLI_TIMEOUT }, () => {
  it('sets specs (a glob), out, package, defaults, per-catalog prefix and status, and rule levels', async () => {
    const dir = seedProject({
      'errspec.config.json': JSON.stringify({
        specs: ['specs/*-*.md'],
        out: 'lib/errors',
        package: { name: '@acme/errors', version: '2.0.0' },
        defaults: { enumStyle: 'const' },
        catalogs: { 'pet-core': { prefix: 'Pet', defaultHttpStatus: 503, enumStyle: 'enum' } },
        rules: { 'table-truncated': 'off', 'missing-status': 'off' },
      }, null, 2),
    });
    const run = await errspecAsync(dir, 'generate');
    expect(run.status, run.stderr).toBe(0);
    // `specs/*-*.md` leaves out xlink and secondme; the table-truncated and missing-status warnings are off.
    expect(writeSummary(run)).toMatchObject({ specs: 3, warnings: 0, out: 'lib/errors' });
    expect(run.stderr).not.toContain('table-truncated');
    expect(run.stderr).not.toContain('missing-status');
    expect(existsSync(path.join(dir, 'lib/errors/xlink'))).toBe(false);
    expect(JSON.parse(read(dir, 'lib/errors/package.json'))).toMatchObject({ name: '@acme/errors', version: '2.0.0' });
    const pet = read(dir, 'lib/errors/pet-core/index.ts');
    expect(pet).toContain('export enum PetErrorCode {');
    expect(read(dir, 'lib/errors/index.ts')).toMatch(/\bpet\b/);
    expect(read(dir, 'lib/errors/oauth-iot/index.ts')).toMatch(/export const OauthIotErrorCode = \{/);
    // Codes pet-core gives no status fall back to the catalog's 503.
    expect(read(dir, 'lib/errors/pet-core/index.ts')).toContain('503');
  });

  it('flags win over the config; front matter wins over both', async () => {
    const dir = project({
      'specs/pet.md': PET_SPEC,
      'specs/shop.md': `---\nerrspec:\n  prefix: Store\n  default-locale: en\n---\n${SHOP_SPEC}`,
      'errspec.config.json': JSON.stringify({
        out: 'from-config',
        defaults: { enumStyle: 'const' },
        catalogs: { shop: { prefix: 'Market', defaultLocale: 'zh-CN' }, pet: { envelope: { code: 'error.code', message: 'error.msg', codeType: 'string' } } },
      }),
    });
    const run = await errspecAsync(dir, 'generate', '--out', 'from-flag', '--enum-style', 'enum');
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'from-config'))).toBe(false);
    expect(read(dir, 'from-flag/pet/index.ts')).toContain('export enum PetErrorCode {');
    expect(read(dir, 'from-flag/shop/index.ts')).toContain('export enum StoreErrorCode {');
    expect(read(dir, 'from-flag/shop/index.ts')).toMatch(/defaultLocale: StoreLocale = "en"/);
    const response = read(dir, 'from-flag/pet/index.ts');
    expect(response).toContain('as the errspec config declares for specs/pet.md');
    expect(response).toMatch(/readonly error: \{/);
    expect(response).toMatch(/readonly msg\??: string/);
  });

  it('reports every unknown key and bad value at its line and column, exit 2, nothing written', async () => {
    const config = [
      '{',
      '  "specs": "specs",',
      '  "outt": "x",',
      '  "catalogs": {',
      '    "pet-core": { "prefix": "Pet", "prefx": "P", "defaultHttpStatus": 700 }',
      '  },',
      '  "rules": { "table-truncated": "loud" }',
      '}',
    ].join('\n');
    const dir = seedProject({ 'errspec.config.json': config });
    const run = await errspecAsync(dir, 'generate');
    expect(run.status, run.stderr).toBe(2);
    expect(lines(run.stderr)).toEqual([
      'errspec: Invalid config (4 problems):',
      'errspec.config.json:3:3  error  Unexpected key `outt` (did you mean `out`?), expected one of specs, out, package, defaults, catalogs, rules, reporter, i18n, openapi, regenerate  config',
      'errspec.config.json:5:36  error  Unexpected key `catalogs.pet-core.prefx` (did you mean `prefix`?), expected one of enumStyle, defaultHttpStatus, problemTypeBase, docsUrl, remedyInResponse, prefix, defaultLocale, envelope  config',
      'errspec.config.json:5:50  error  Unexpected `700` for `catalogs.pet-core.defaultHttpStatus`, expected an HTTP status from 100 to 599  config',
      'errspec.config.json:7:14  error  Unexpected `"loud"` for `rules.table-truncated`, expected `off` or `warn` or `error`  config',
    ]);
    expect(existsSync(path.join(dir, 'generated'))).toBe(false);
  });

  it('resolves its paths and the default specs/ and generated/ against its own folder, from any working folder', async () => {
    const dir = project({
      'packages/api/errspec.config.json': JSON.stringify({ package: { name: 'api-errors', version: '1.0.0' } }),
      'packages/api/specs/pet.errors.md': PET_SPEC,
      'packages/web/errspec.config.json': JSON.stringify({ specs: 'errors/*.errors.md', out: 'src/generated' }),
      'packages/web/errors/shop.errors.md': SHOP_SPEC,
      'packages/web/package.json': JSON.stringify({ name: 'web', scripts: { errors: 'errspec generate --config errspec.config.json' } }),
    });
    const api = await errspecAsync(dir, 'generate', '--config', 'packages/api/errspec.config.json');
    expect(api.status, api.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'packages/api/generated/pet/index.ts'))).toBe(true);
    const web = await errspecAsync(path.join(dir, 'packages/web/errors'), 'generate', '--config', '../errspec.config.json');
    expect(web.status, web.stderr).toBe(0);
    // Specs are named from the output folder's parent; the command is the script of the package the output is in.
    expect(read(dir, 'packages/web/src/generated/shop/index.ts').split('\n')[0]).toBe(
      '// Generated by errspec from ../errors/shop.errors.md. Do not edit: change the spec, then run `npm run errors`.',
    );
    expect(read(dir, 'packages/api/generated/pet/index.ts').split('\n')[0]).toBe(
      '// Generated by errspec from specs/pet.errors.md. Do not edit: change the spec, then run `npx errspec generate`.',
    );
    // The config's regenerate wins; a multi-line one is refused.
    writeFileSync(path.join(dir, 'packages/api/errspec.config.json'), JSON.stringify({ regenerate: 'make errors' }));
    expect((await errspecAsync(path.join(dir, 'packages/api'), 'generate')).status).toBe(0);
    expect(read(dir, 'packages/api/generated/pet/index.ts').split('\n')[0]).toBe(
      '// Generated by errspec from specs/pet.errors.md. Do not edit: change the spec, then run `make errors`.',
    );
    writeFileSync(path.join(dir, 'packages/api/errspec.config.json'), JSON.stringify({ regenerate: 'make\nerrors' }));
    const bad = await errspecAsync(path.join(dir, 'packages/api'), 'generate');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Unexpected `"make\\nerrors"` for `regenerate`, expected a one-line command such as `make errors`');
    expect(existsSync(path.join(dir, 'generated'))).toBe(false);
  });

  it('reports JSON that does not parse at its position', async () => {
    const dir = seedProject({ 'errspec.config.json': '{\n  "out": "x",\n}\n' });
    const run = await errspecAsync(dir, 'generate');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^errspec: errspec\.config\.json:3:1: Unexpected text in config, expected JSON/);
  });

  it('sets the message options: problem type base and docs link for all, the remedy in one catalog\'s response', async () => {
    const dir = seedProject({
      'errspec.config.json': JSON.stringify({
        defaults: { problemTypeBase: 'https://errors.acme.dev/', docsUrl: 'https://git.acme.dev/api/blob/main/' },
        catalogs: { 'pet-core': { remedyInResponse: true } },
      }),
    });
    const run = await errspecAsync(dir, 'generate');
    expect(run.status, run.stderr).toBe(0);
    for (const id of ['pet-core', 'xlink']) {
      const errors = read(dir, `generated/${id}/index.ts`);
      expect(errors).toContain('"https://errors.acme.dev/"');
      expect(errors).toContain(`https://git.acme.dev/api/blob/main/specs/${id}.md#`);
    }
    // The remedy goes beside the code: at the top of pet-core's flat body.
    expect(read(dir, 'generated/pet-core/index.ts')).toMatch(/export interface ErrorResponse \{\n(  .*\n)*  readonly remedy\?: string;\n\}/);
    expect(read(dir, 'generated/xlink/index.ts')).not.toContain('readonly remedy?: string;');
  });

  it('rejects a docs URL that is not http(s) or a URN, and a remedy switch that is not a boolean', async () => {
    const dir = seedProject({ 'errspec.config.json': '{ "defaults": { "docsUrl": "ftp://x/" }, "catalogs": { "xlink": { "remedyInResponse": "yes" } } }' });
    const run = await errspecAsync(dir, 'generate');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^errspec\.config\.json:1:\d+  error  Unexpected `"ftp:\/\/x\/"` for `defaults\.docsUrl`, expected an absolute http\(s\) URL or a URN  config$/m);
    expect(run.stderr).toMatch(/Unexpected `"yes"` for `catalogs\.xlink\.remedyInResponse`, expected `true` or `false`/);
  });

  it('reads translation files from its i18n folder', async () => {
    const dir = seedProject({
      'errspec.config.json': '{ "i18n": "translations" }',
      'translations/oauth-iot.en.json': '{ "NOT_FOUND": "Service not found" }',
    });
    const run = await errspecAsync(dir, 'generate');
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(read(dir, 'generated/oauth-iot/messages/en.json'))).toMatchObject({ NOT_FOUND: 'Service not found' });
  });

  it('gives i18n its specs and translation folder', async () => {
    const dir = project({
      'errspec.config.json': '{ "specs": "docs/*.errors.md", "i18n": "translations" }',
      'docs/pet.errors.md': PET_SPEC,
      'translations/pet.en.json': '{ "A0400": "Bad request" }',
    });
    const run = await errspecAsync(dir, 'i18n', 'status', '--json');
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).locales).toMatchObject([{ catalog: 'pet', locale: 'en', file: 'translations/pet.en.json', translated: 1, missing: 1, codes: { translated: ['A0400'], missing: ['A0500'] } }]);
  });

  it('sets the levels of lint rules; --rule wins', async () => {
    const dir = seedProject({ 'errspec.config.json': '{ "rules": { "stated-convention": "warn" } }' });
    const warned = await errspecAsync(dir, 'lint');
    expect(warned.status, warned.stderr).toBe(0);
    expect(warned.stdout).toMatch(/^specs\/secondme\.md:125:1  warning  Unexpected code `internal\.error`.+  stated-convention$/m);
    const failed = await errspecAsync(dir, 'lint', '--rule', 'stated-convention=error');
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/^specs\/secondme\.md:125:1  error  /m);
  });

  it('makes a rule an error: the run fails', async () => {
    const dir = seedProject({ 'errspec.config.json': '{ "rules": { "table-truncated": "error" } }' });
    const run = await errspecAsync(dir, 'generate');
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/^specs\/oauth-iot\.md:58:1  error  .+  table-truncated$/m);
    expect(existsSync(path.join(dir, 'generated'))).toBe(false);
  });

  it('applies to inspect too: catalog prefix and rule levels', async () => {
    const dir = seedProject({ 'errspec.config.json': '{ "catalogs": { "oauth-iot": { "prefix": "OAuth" } }, "rules": { "table-truncated": "error" } }' });
    const run = await errspecAsync(dir, 'inspect', 'specs/oauth-iot.md', '--json');
    expect(run.status).toBe(1);
    const [catalog] = (JSON.parse(run.stdout) as { catalogs: { names: { enumName: string }; diagnostics: { rule: string; severity: string }[] }[] }).catalogs;
    expect(catalog!.names.enumName).toBe('OAuthErrorCode');
    expect(catalog!.diagnostics).toContainEqual(expect.objectContaining({ rule: 'table-truncated', severity: 'error' }));
  });

  it('a prefix that gives two catalogs one namespace is a usage error', async () => {
    const dir = seedProject({ 'errspec.config.json': '{ "catalogs": { "pet-core": { "prefix": "Xlink" } } }' });
    const run = await errspecAsync(dir, 'generate');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('errspec: Specs `specs/pet-core.md` and `specs/xlink.md` both make the namespace `xlink`; give one another prefix\n');
    expect(existsSync(path.join(dir, 'generated'))).toBe(false);
  });

  it('--check and --watch together are a usage error', async () => {
    const run = await errspecAsync(seedProject(), 'generate', '--check', '--watch');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('errspec: Unexpected --check with --watch, expected one of them\n');
  });

  it('refuses two config files, and a --config that does not exist', async () => {
    const dir = seedProject({ 'errspec.config.json': '{}', 'errspec.config.mjs': 'export default {};\n' });
    const both = await errspecAsync(dir, 'generate');
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('Unexpected config files `errspec.config.mjs` and `errspec.config.json`, expected one');
    const missing = await errspecAsync(dir, 'generate', '--config', 'nope.json');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('errspec: Cannot read config `nope.json`: no such file\n');
  });
});

describe.concurrent('errspec.config.ts', { timeout: CLI_TIMEOUT }, () => {
  const TS_CONFIG = [
    "import { defineConfig, type CatalogConfig } from 'errspec/config';",
    '',
    "const pet: CatalogConfig = { prefix: 'Pet' };",
    'export default defineConfig({',
    "  out: 'out',",
    "  catalogs: { 'pet-core': pet },",
    "  reporter: 'github',",
    '});',
    '',
  ].join('\n');

  it('is transpiled and loaded; its import of errspec/config resolves; no temporary file is left', async () => {
    const dir = seedProject({ 'errspec.config.ts': TS_CONFIG, 'package.json': '{ "name": "acme", "version": "1.0.0", "type": "module" }', 'node_modules/.keep': '' });
    linkErrspec(dir);
    const run = await errspecAsync(dir, 'generate');
    expect(run.status, run.stderr).toBe(0);
    expect(read(dir, 'out/pet-core/index.ts')).toContain('export enum PetErrorCode {');
    // The reporter from the config: annotations on stdout.
    expect(run.stdout).toMatch(/^::warning file=specs\/aliyun-living\.md,line=7,col=1,title=missing-status::Unexpected entries without an HTTP status/);
    expect(run.stdout).toMatch(/^::warning file=specs\/oauth-iot\.md,line=58,col=1,title=table-truncated::Unexpected end of table/m);
    expect(readdirNames(dir).filter((name) => name.startsWith('errspec.config.'))).toEqual(['errspec.config.ts']);
  });

  it('type-checks with defineConfig, and tsc rejects an unknown option', () => {
    const dir = project({
      'good.ts': TS_CONFIG,
      'bad.ts': "import { defineConfig } from 'errspec/config';\nexport default defineConfig({ catalogs: { x: { prefx: 'P' } } });\n",
      'package.json': '{ "type": "module" }',
      'node_modules/.keep': '',
    });
    linkErrspec(dir);
    const tsc = (file: string) => spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsc'),
      ['--ignoreConfig', '--strict', '--noEmit', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--types', '', file],
      { cwd: dir, encoding: 'utf8' });
    const good = tsc('good.ts');
    expect(good.stdout + good.stderr).toBe('');
    expect(good.status).toBe(0);
    const bad = tsc('bad.ts');
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toContain('prefx');
  });

  it('reports an unknown key with its key path, exit 2', async () => {
    const dir = seedProject({ 'errspec.config.ts': "export default { catalogs: { 'pet-core': { prefx: 'P' } } };\n" });
    const run = await errspecAsync(dir, 'generate');
    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toEqual([
      'errspec: Invalid config (1 problem):',
      'errspec.config.ts (at catalogs.pet-core.prefx)  error  Unexpected key `catalogs.pet-core.prefx` (did you mean `prefix`?), expected one of enumStyle, defaultHttpStatus, problemTypeBase, docsUrl, remedyInResponse, prefix, defaultLocale, envelope  config',
    ]);
  });

  it('a config that throws is a usage error, not a crash', async () => {
    const dir = seedProject({ 'errspec.config.ts': "throw new Error('boom');\nexport default {};\n" });
    const run = await errspecAsync(dir, 'generate');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('errspec: Cannot load config `errspec.config.ts`: boom\n');
  });
});

describe('the README config example', { timeout: CLI_TIMEOUT }, () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const example = /```ts\n\/\/ errspec\.config\.ts\n([\s\S]*?)```/.exec(readme)?.[1];

  it('type-checks and generates the seeds as it says', async () => {
    expect(example).toBeDefined();
    const dir = seedProject({ 'errspec.config.ts': example!, 'package.json': '{ "type": "module" }', 'node_modules/.keep': '' });
    linkErrspec(dir);
    const tsc = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsc'),
      ['--ignoreConfig', '--strict', '--noEmit', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--types', '', 'errspec.config.ts'],
      { cwd: dir, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    const run = await errspecAsync(dir, 'generate');
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(read(dir, 'generated/package.json'))).toMatchObject({ name: '@acme/errors', version: '1.4.0' });
    expect(read(dir, 'generated/pet-core/index.ts')).toContain('export enum PetErrorCode {');
    expect(read(dir, 'generated/xlink/index.ts')).toContain('as the errspec config declares for specs/xlink.md');
  });
});

function readdirNames(dir: string): string[] {
  return spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
}
