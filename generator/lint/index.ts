/**
 * The lint command's checks: rules with ids and levels over one spec, including the code
 * format the document itself states.
 */

export { statedConventions, type Convention } from './convention.js';
export type { Finding, Rule } from './finding.js';
export { lintInput, type LintInput } from './input.js';
export { lint, lintFindings } from './lint.js';
export { RULES, parseRuleFlags, resolveLevels, type Level, type RuleInfo, type RuleLevels } from './rules.js';
