/**
 * The extract stage: blocks to candidate entries, and candidates to a catalog.
 */

export type { Candidate, Extraction } from './candidate.js';
export { classifyHeader, type Role } from './columns.js';
export { DEFAULT_OPTIONS, buildCatalog, type CatalogInput } from './catalog.js';
export { STATUS_PREFIX_CONVENTION, extract } from './extract.js';
