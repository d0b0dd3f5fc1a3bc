/**
 * The preview: specs and catalogs -> a static HTML report of how errspec read each spec.
 */

export { SUMMARY_PAGE, previewFiles, specPagePath, type ReadSpec } from './preview.js';
export { classifyLines, countsOf, type LineState, type LineView, type SpecCounts } from './lines.js';
export { escapeHtml, visibleHtml } from './escape.js';
export { assertPreviewFolder } from './folder.js';
