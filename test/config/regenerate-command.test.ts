/**
 * The command a generated header names: the project's own npm script that runs
 * `errspec generate`, found in the nearest package.json inside the repository.
 */

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { regenerateCommand } from '../../generator/config/index.js';
import { ROOT, project } from '../cli/helpers.js';

const manifest = (scripts: Record<string, string>): string => JSON.stringify({ name: 'x', scripts });

describe('regenerateCommand', () => {
  it.each([
    [{ 'errors:generate': 'errspec generate' }, 'npm run errors:generate'],
    [{ check: 'errspec generate --check', build: 'tsc && errspec generate --out lib/errors' }, 'npm run build'],
    [{ gen: 'npx errspec generate' }, 'npm run gen'],
    [{ watch: 'errspec generate --watch', lint: 'errspec lint' }, 'npx errspec generate'],
    [{}, 'npx errspec generate'],
  ])('scripts %j -> %s', (scripts, command) => {
    expect(regenerateCommand(project({ 'package.json': manifest(scripts) }))).toBe(command);
  });

  it('looks up to the package the output folder is in, but not out of the git repository', () => {
    const dir = project({ 'package.json': manifest({ errors: 'errspec generate' }), 'repo/.git/HEAD': '', 'repo/src/x': '' });
    expect(regenerateCommand(path.join(dir, 'src'))).toBe('npm run errors');
    expect(regenerateCommand(path.join(dir, 'repo', 'src'))).toBe('npx errspec generate');
  });

  it("errspec's own repository: its script runs this CLI by path", () => {
    expect(regenerateCommand(ROOT)).toBe('npm run generate');
  });
});
