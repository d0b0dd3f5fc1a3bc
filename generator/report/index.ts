/**
 * Reporting: diagnostics as human text, JSON or GitHub annotations; the `--check` diff; the
 * progress line.
 */

export { formatCheckDiff, readChanges, DIFF_LIMITS, type DiffLimits, type FileChange } from './check-diff.js';
export { wantsColour } from './colour.js';
export { escapeData, escapeProperty, formatGithub, formatStaleAnnotations } from './github.js';
export { formatHuman } from './human.js';
export { formatJson, type Summary } from './json.js';
export { NO_PROGRESS, startProgress, type Progress, type ProgressStream } from './progress.js';
export { REPORTERS, type ReporterName } from './reporter-name.js';
