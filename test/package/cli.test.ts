/**
 * The package files through the built CLI: `--package-name` and `--package-version`, their
 * defaults from the working folder's package.json, `--check` and stale removal covering them.
 */

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PET_SPEC, SHOP_SPEC, ensureBuilt, errspecAsync, expectUsageError, listFiles, project, removeProjects, writeSummary } from '../cli/helpers.js';

beforeAll(ensureBuilt, 90_000);
afterAll(removeProjects);

/** name and version of the package.json `generate` wrote in `dir`'s generated/. */
function identityIn(dir: string): { name: string; version: string } {
  const { name, version } = JSON.parse(readFileSync(path.join(dir, 'generated', 'package.json'), 'utf8')) as { name: string; version: string };
  return { name, version };
}

describe.concurrent('--package-name and --package-version', { timeout: 30_000 }, () => {
  it('default without a package.json in the working folder: errors@0.0.0', async () => {
    const dir = project({ 'specs/pet.md': PET_SPEC });
    const run = await errspecAsync(dir, 'generate');
    expect(run.status, run.stderr).toBe(0);
    expect(identityIn(dir)).toEqual({ name: 'errors', version: '0.0.0' });
  });

  it("default from the working folder's package.json: its name + -errors, its version", async () => {
    const dir = project({ 'specs/pet.md': PET_SPEC, 'package.json': '{ "name": "@acme/api", "version": "2.3.4" }\n' });
    const run = await errspecAsync(dir, 'generate');
    expect(run.status, run.stderr).toBe(0);
    expect(identityIn(dir)).toEqual({ name: '@acme/api-errors', version: '2.3.4' });
  });

  it('the options win, and with both given a broken package.json is not read', async () => {
    const dir = project({ 'specs/pet.md': PET_SPEC, 'package.json': '{ not json' });
    const run = await errspecAsync(dir, 'generate', '--package-name', '@acme/errors', '--package-version', '1.0.0-rc.1+build.5');
    expect(run.status, run.stderr).toBe(0);
    expect(identityIn(dir)).toEqual({ name: '@acme/errors', version: '1.0.0-rc.1+build.5' });
  });

  it.each([
    [['--package-name', 'Acme Errors'], 'Unexpected package name `Acme Errors` (--package-name): not lowercase'],
    [['--package-name', 'http'], 'Unexpected package name `http` (--package-name): the name of a Node.js core module'],
    [['--package-name', ''], 'Unexpected package name `` (--package-name): empty'],
    [['--package-version', 'v1.2'], 'Unexpected package version `v1.2` (--package-version), expected a semantic version'],
  ])('%j: usage error, exit 2, nothing written', async (args, message) => {
    const dir = project({ 'specs/pet.md': PET_SPEC });
    expectUsageError(await errspecAsync(dir, 'generate', ...args), message);
    expect(listFiles(dir)).toEqual(['specs/pet.md']);
  });

  it.each([
    ['{ "name": "Acme", "version": "1.0.0" }', 'Unexpected package name `Acme-errors` (drawn from the package.json beside the output folder; set it with --package-name)'],
    ['{ "name": "acme", "version": "latest" }', 'Unexpected package version `latest` (drawn from the package.json beside the output folder; set it with --package-version)'],
    ['{ not json', 'Unexpected text in the package.json beside the output folder, expected JSON'],
  ])('a default that is not valid (%s): usage error naming where it came from', async (manifest, message) => {
    const dir = project({ 'specs/pet.md': PET_SPEC, 'package.json': manifest });
    expectUsageError(await errspecAsync(dir, 'generate'), message);
    expect(listFiles(dir)).toEqual(['package.json', 'specs/pet.md']);
  });
});

describe.concurrent('--check and stale removal cover the package', { timeout: 30_000 }, () => {
  it('--check lists a changed build file and a package.json of another version; exit 1, nothing written', async () => {
    const dir = project({ 'specs/pet.md': PET_SPEC });
    expect((await errspecAsync(dir, 'generate')).status).toBe(0);
    expect((await errspecAsync(dir, 'generate', '--check')).status).toBe(0);

    const file = path.join(dir, 'generated/dist/pet/index.js');
    writeFileSync(file, `${readFileSync(file, 'utf8')}// edited by hand\n`);
    const edited = await errspecAsync(dir, 'generate', '--check');
    expect(edited.status).toBe(1);
    expect(edited.stderr).toContain('generated/dist/pet/index.js  differs from the specs');

    const bumped = await errspecAsync(dir, 'generate', '--check', '--package-version', '0.0.1');
    expect(bumped.status).toBe(1);
    expect(bumped.stderr).toContain('generated/package.json  differs from the specs');
    expect(readFileSync(file, 'utf8')).toMatch(/\/\/ edited by hand\n$/);
  });

  it("removes a deleted spec's builds and drops its subpath from package.json", async () => {
    const dir = project({ 'specs/pet.md': PET_SPEC, 'specs/shop.md': SHOP_SPEC });
    const out = path.join(dir, 'generated');
    expect((await errspecAsync(dir, 'generate')).status).toBe(0);
    const shopBuilds = listFiles(out).filter((file) => /^dist\/shop\//.test(file));
    expect(shopBuilds.length).toBeGreaterThan(0);

    rmSync(path.join(dir, 'specs/shop.md'));
    const run = await errspecAsync(dir, 'generate');
    expect(run.status, run.stderr).toBe(0);
    const shopSources = 1 + 2 + 2; // its index.ts, two message JSON files, openapi.json and schema.json
    expect(writeSummary(run).removed).toBe(shopBuilds.length + shopSources);
    expect(listFiles(out).filter((file) => file.includes('shop'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(out, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; files: string[] };
    expect(Object.keys(manifest.exports)).toEqual(['.', './pet', './pet/messages/*.json', './pet/openapi.json', './pet/schema.json', './package.json']);
    expect(manifest.files).toEqual(['dist', 'pet/messages', 'pet/openapi.json', 'pet/schema.json']);
  });
});
