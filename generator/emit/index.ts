/**
 * The emit stage: Catalog -> generated files.
 */

export { emitCatalog } from './emit-catalog.js';
export { emitIndex } from './root-index.js';
export type { EmitContext, GeneratedFile } from './types.js';
export { emitPackage } from './package/emit-package.js';
