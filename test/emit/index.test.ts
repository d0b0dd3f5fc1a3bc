/**
 * The public surface of the emit stage.
 */

import { expect, it } from 'vitest';

it('exports emitCatalog, emitIndex and emitPackage (and its two halves, for the cache), and nothing else at run time', async () => {
  expect(Object.keys(await import('../../generator/emit/index.js')).sort()).toEqual([
    'compileSources',
    'emitCatalog',
    'emitIndex',
    'emitPackage',
    'emitPackageManifest',
  ]);
});
