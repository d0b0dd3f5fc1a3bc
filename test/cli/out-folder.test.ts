/**
 * `--out` naming a folder errspec did not make (the project itself, `src`, a docs folder) is a
 * usage error naming what is there (exit 2), and the project is left byte for byte.
 */

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, CLI_TIMEOUT, PET_SPEC, contents, ensureBuilt, errspec, expectUsageError, project, removeProjects } from './helpers.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT);
afterAll(removeProjects);

/** A small project with hand-written code and docs beside its spec. */
function app(): string {
  return project({
    'package.json': '{ "name": "app", "version": "1.0.0" }\n',
    'specs/pet.md': PET_SPEC,
    'src/index.ts': 'export const handWritten = 1;\n',
    'docs/index.html': '<p>Hand-written page</p>\n',
  });
}

describe('errspec writes only into its own folders', { timeout: CLI_TIMEOUT }, () => {
  const cases: [string, string[], string][] = [
    ['--out \'\'', ['generate', '--out', ''], 'Unexpected empty --out, expected a folder for the output'],
    ['--out .', ['generate', '--out', '.'], 'it holds files errspec did not write (`docs`, `package.json`, `specs` and 1 more) and no errspec manifest'],
    ['--out src', ['generate', '--out', 'src'], 'it holds files errspec did not write (`index.ts`) and no errspec manifest'],
    ['preview --out docs', ['preview', '--out', 'docs'], 'it holds files errspec did not write (`index.html`) and no errspec manifest'],
    ['preview --out .', ['preview', '--out', '.'], 'it holds files errspec did not write'],
  ];
  for (const [name, args, message] of cases) {
    it(`${name}: exit 2 naming what is there, and the project is left as it was`, () => {
      const dir = app();
      const before = contents(dir);
      const run = errspec(dir, ...args);
      expectUsageError(run, message);
      expect(contents(dir)).toEqual(before);
      // Nothing beside the project either (the lock and journal of older errspec runs lived there).
      expect(readdirSync(path.dirname(dir)).filter((name) => name.startsWith(`.${path.basename(dir)}.`))).toEqual([]);
    });
  }
});
