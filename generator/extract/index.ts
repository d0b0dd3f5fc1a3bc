/**
 * The extract stage: blocks to candidate entries, and candidates to a catalog.
 */

export type { Candidate, Extraction } from './candidate.js';
export { classifyHeader, type Role } from './columns.js';
export { DEFAULT_OPTIONS, NO_OVERRIDES, buildCatalog, type CatalogInput, type CatalogOverrides } from './catalog.js';
export type { EnvelopeOverride } from './front-matter.js';
export { STATUS_PREFIX_CONVENTION, extract } from './extract.js';
export { assertDistinctNamespaces } from './namespaces.js';
