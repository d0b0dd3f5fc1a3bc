/**
 * Lint one spec: the pipeline's own diagnostics, plus every lint rule at its level.
 */

import type { Diagnostic, Severity } from '../model.js';
import type { SpecFile } from '../read/index.js';
import { duplicates } from './duplicates.js';
import type { Rule } from './finding.js';
import { lintInput, type LintInput } from './input.js';
import { missingMessage } from './missing-message.js';
import { outsideSection } from './outside-section.js';
import { resolveLevels, type RuleLevels } from './rules.js';
import { statedConvention } from './stated-convention.js';
import { statusPrefix } from './status-prefix.js';
import { statusRange } from './status-range.js';
import { statusSection } from './status-section.js';

const CHECKS: readonly Rule[] = [duplicates, missingMessage, statusPrefix, statusSection, outsideSection, statusRange, statedConvention];

/**
 * Pipeline diagnostics that lint rules report in their own words and at their own level: a
 * lint rule replaces each (`duplicate-merged` and the pipeline's `duplicate-code`, a different
 * message, are lint's `duplicate-code` and `conflicting-message`).
 */
const REPLACED = new Set(['duplicate-code', 'duplicate-merged', 'conflicting-status', 'missing-message', 'status-range', 'status-section-mismatch']);

/** Diagnostics of one spec, in source order: the pipeline's (other than the replaced ones) and the lint rules' at their levels. */
export function lint(spec: SpecFile, levels: RuleLevels = {}): Diagnostic[] {
  return lintFindings(lintInput(spec), levels);
}

/** Diagnostics of an already read spec. */
export function lintFindings(input: LintInput, levels: RuleLevels = {}): Diagnostic[] {
  const resolved = resolveLevels(levels);
  const source = input.catalog.source;
  const own = CHECKS.flatMap((check) => check(input)).flatMap((finding): Diagnostic[] => {
    const level = resolved[finding.rule];
    if (level === undefined) throw new Error(`lint rule \`${finding.rule}\` is not in RULES`);
    if (level === 'off') return [];
    const severity: Severity = level === 'warn' ? 'warning' : 'error';
    return [{ kind: 'diagnostic', severity, rule: finding.rule, message: finding.message, source, line: finding.at.line, column: finding.at.column }];
  });
  const kept = input.catalog.diagnostics.filter((diagnostic) => !REPLACED.has(diagnostic.rule));
  return [...kept, ...own]
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort((a, b) => a.diagnostic.line - b.diagnostic.line || a.diagnostic.column - b.diagnostic.column || a.index - b.index)
    .map(({ diagnostic }) => diagnostic);
}
