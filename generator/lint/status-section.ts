/**
 * Rule `status-section-mismatch`: an HTTP status that contradicts the status its section names
 * ("HTTP 返回状态码为400的错误说明"). Extraction already finds these, where it knows the section;
 * lint takes them from the catalog.
 */

import type { Rule } from './finding.js';

export const statusSection: Rule = ({ catalog }) =>
  catalog.diagnostics
    .filter((diagnostic) => diagnostic.rule === 'status-section-mismatch')
    .map((diagnostic) => ({ rule: diagnostic.rule, message: diagnostic.message, at: { line: diagnostic.line, column: diagnostic.column } }));
