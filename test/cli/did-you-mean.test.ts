/**
 * What a new user types wrong: misspelt flags and commands get the nearest known one; a first
 * `generate` without a config or specs says to run init; inspect takes --verbose as generate
 * and lint do.
 */

import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { didYouMean } from '../../generator/did-you-mean.js';
import { BUILD_TIMEOUT, PET_SPEC, ensureBuilt, errspec, project, removeProjects } from './helpers.js';

describe('didYouMean', () => {
  it.each([
    ['prefx', ['enumStyle', 'prefix', 'envelope'], 'prefix'],
    ['pefrix', ['prefix'], 'prefix'],
    ['Prefix', ['prefix'], 'prefix'],
    ['outt', ['specs', 'out'], 'out'],
    ['verbos', ['verbose', 'version'], 'verbose'],
    ['xyz', ['out', 'specs'], null],
    ['colour', ['reporter', 'rules'], null],
    ['out', ['out'], null],
  ])('%s among %j -> %s', (word, candidates, expected) => {
    expect(didYouMean(word, candidates)).toBe(expected);
  });
});

describe('the CLI', { timeout: 60_000 }, () => {
  beforeAll(ensureBuilt, BUILD_TIMEOUT);
  afterAll(removeProjects);

  it.each([
    [['generate', '--ot', 'x'], "errspec: Unknown option '--ot', did you mean `--out`? (see errspec --help)\n"],
    [['lint', '--rul', 'x=off'], "errspec: Unknown option '--rul', did you mean `--rule`? (see errspec --help)\n"],
    [['genrate'], 'errspec: Unknown command `genrate`, did you mean `generate`? (see errspec --help)\n'],
    [['generate', '--zzz'], "errspec: Unknown option '--zzz' (see errspec --help)\n"],
  ])('errspec %j: exit 2 with the hint', (args, stderr) => {
    const run = errspec(project(), ...args);
    expect(run.stderr).toBe(stderr);
    expect(run.status).toBe(2);
  });

  it('generate in a folder with neither a config nor specs/ says how to start', () => {
    const run = errspec(project({ 'package.json': '{}' }), 'generate');
    expect(run.stderr).toBe('errspec: Missing specs: no errspec.config.* and no specs/ folder here, expected one of them (run `npx errspec init` to start one, or pass --specs <dir|file|glob>)\n');
    expect(run.status).toBe(2);
  });

  it('inspect --verbose adds each entry\'s other fields under it', () => {
    const dir = project({ 'specs/pet.md': PET_SPEC });
    const plain = errspec(dir, 'inspect', 'specs/pet.md');
    const verbose = errspec(dir, 'inspect', 'specs/pet.md', '--verbose');
    expect(verbose.status, verbose.stderr).toBe(0);
    expect(plain.stdout).not.toContain('message zh-CN');
    expect(verbose.stdout).toContain('     5  A0400  400  A0400  请求非法\n        status from: column\n        message zh-CN: 请求非法\n');
    expect(verbose.stderr).toBe(plain.stderr);
  });
});
