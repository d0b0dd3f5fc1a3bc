/**
 * The last step of `npm run build`: the CLI and the worker of its pool, each bundled by esbuild
 * into one file, over the modules tsc wrote in their place.
 *
 * Why: a run starts by loading errspec's own code, about 150 small ES modules, and Node resolves,
 * reads and links each on its own; that cost 80 ms of the 190 ms of a run with nothing to do
 * (10k entries), and 90 of the 140 ms of `errspec --version`. One file compiles lazily (V8 only
 * pre-parses what a run does not call) and halves it. Libraries stay outside the bundle
 * (`packages: 'external'`): they load from `node_modules` as before, and only when a run needs them
 * (remark only when a spec is parsed). tsc's per-module files stay in `dist/` for the library
 * entry points (`errspec`, `errspec/config`) and for the tests that import single stages.
 *
 * Both bundles sit where tsc put the files they replace, so every path computed from
 * `import.meta.url` (the package root, the runtime files, the worker) stays the same.
 */

import { build } from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The entry points bundled, relative to `generator/`. */
export const BUNDLED = ['cli.ts', 'pool/worker.ts'];

/** Bundle the entry points of the package in `root` into `root/dist/generator/`. */
export async function bundle(root: string): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: BUNDLED.map((entry) => path.join('generator', entry)),
    outbase: 'generator',
    outdir: path.join('dist', 'generator'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    allowOverwrite: true,
    // Deterministic, readable output: stack traces of a reported bug name errspec's own functions.
    minify: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await bundle(process.cwd());
