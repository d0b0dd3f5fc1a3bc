/**
 * The runtime (generator/runtime/errspec-runtime.ts) as files of the generated package: its
 * TypeScript beside the catalogs' sources, its JavaScript and declarations (built with errspec by
 * `npm run build`) in `dist/`. Copied once per package, whatever the number of catalogs.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { regenerate } from './header.js';
import { lineCommentText } from './literals.js';
import { RUNTIME_MODULE } from './catalog-module.js';
import type { EmitContext, GeneratedFile } from './types.js';

/** errspec's own folder: this file is [dist/]generator/emit/runtime-files.(js|ts). */
const PACKAGE_ROOT = ((): string => {
  const parent = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  return path.basename(parent) === 'dist' ? path.dirname(parent) : parent;
})();

let texts: { readonly ts: string; readonly js: string; readonly dts: string } | undefined;

/** `errspec-runtime.ts`, `<dist>/errspec-runtime.js` and `.d.ts`; throws when errspec was not built (`npm run build`). */
export function emitRuntime(context: EmitContext, dist: string): GeneratedFile[] {
  texts ??= {
    ts: readFileSync(path.join(PACKAGE_ROOT, 'generator', 'runtime', `${RUNTIME_MODULE}.ts`), 'utf8'),
    js: readFileSync(path.join(PACKAGE_ROOT, 'dist', 'runtime', `${RUNTIME_MODULE}.js`), 'utf8'),
    dts: readFileSync(path.join(PACKAGE_ROOT, 'dist', 'runtime', `${RUNTIME_MODULE}.d.ts`), 'utf8'),
  };
  const header = `// Copied by ${lineCommentText(context.generator)} from its runtime. Do not edit: ${regenerate(context)}\n\n`;
  return [
    { path: `${RUNTIME_MODULE}.ts`, content: header + texts.ts },
    { path: `${dist}/${RUNTIME_MODULE}.js`, content: header + texts.js },
    { path: `${dist}/${RUNTIME_MODULE}.d.ts`, content: header + texts.dts },
  ];
}
