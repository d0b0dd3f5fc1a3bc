/**
 * errspec's own folder, found from the running code, whichever form runs: the sources
 * (`generator/…/*.ts`, under the tests), tsc's modules (`dist/generator/…/*.js`) or the bundles
 * over them (`dist/generator/cli.js`, see scripts/bundle.ts), in a checkout or in `node_modules`.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The running code's folder: the bundle's, or this module's. */
const HERE = path.dirname(fileURLToPath(import.meta.url));

let root: string | undefined;

/** errspec's own folder: the nearest one up from the running code that holds a package.json. */
export function packageRoot(): string {
  root ??= ((): string => {
    for (let folder = HERE; ; folder = path.dirname(folder)) {
      if (existsSync(path.join(folder, 'package.json'))) return folder;
      if (path.dirname(folder) === folder) throw new Error(`errspec bug: no package.json above ${HERE}`);
    }
  })();
  return root;
}

/** Whether the running code is the built one (under `dist/`) rather than the sources. */
export function runsBuilt(): boolean {
  return HERE.startsWith(`${path.join(packageRoot(), 'dist')}${path.sep}`);
}
