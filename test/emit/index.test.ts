/**
 * The public surface of the emit stage.
 */

import { expect, it } from 'vitest';

it('exports emitCatalog, emitIndex and emitPackage, and nothing else at run time', async () => {
  expect(Object.keys(await import('../../generator/emit/index.js')).sort()).toEqual(['emitCatalog', 'emitIndex', 'emitPackage']);
});
