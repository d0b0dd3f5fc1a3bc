/**
 * Rule levels from the config file (`rules: { 'missing-message': 'error' }`) applied to a
 * catalog's diagnostics: `off` drops a rule's findings, `warn` and `error` set their severity.
 */

import type { Catalog, Diagnostic, Severity } from '../model.js';
import type { RuleLevel } from './define-config.js';

const SEVERITY: Record<Exclude<RuleLevel, 'off'>, Severity> = { warn: 'warning', error: 'error' };

/** The catalog with its diagnostics at the levels `rules` sets; the same object when no rule applies. */
export function applyRules(catalog: Catalog, rules: ReadonlyMap<string, RuleLevel>): Catalog {
  if (rules.size === 0 || !catalog.diagnostics.some((diagnostic) => rules.has(diagnostic.rule))) return catalog;
  const diagnostics = catalog.diagnostics.flatMap((diagnostic): Diagnostic[] => {
    const level = rules.get(diagnostic.rule);
    if (level === undefined) return [diagnostic];
    return level === 'off' ? [] : [{ ...diagnostic, severity: SEVERITY[level] }];
  });
  return { ...catalog, diagnostics };
}
