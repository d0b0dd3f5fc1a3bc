/**
 * The fmt command's work: messy tables rewritten as clean GFM tables, and the diff of it.
 */

export { unifiedDiff } from './diff.js';
export { format, type Formatted, type Kept, type Rewrite } from './fmt.js';
export { escapeCell, gfmRow, gfmTable } from './gfm-table.js';
export { modelView, sameModel, type EntryView } from './model-view.js';
