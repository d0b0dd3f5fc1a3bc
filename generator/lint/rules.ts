/**
 * The lint rules: ids, default levels, and the levels a run uses.
 */

import { UserError } from '../errors.js';

/** How a rule reports: not at all, as a warning, or as an error that fails the run. */
export type Level = 'off' | 'warn' | 'error';

/** Levels by rule id, e.g. `{ "stated-convention": "warn" }`; rules not named keep their default. */
export type RuleLevels = Readonly<Record<string, Level>>;

/** One lint rule. */
export interface RuleInfo {
  /** Stable id, e.g. `"stated-convention"`. */
  readonly id: string;
  /** Level when nothing overrides it. */
  readonly level: Level;
  /** What it reports, in one line (README and `errspec lint --help` list these). */
  readonly summary: string;
}

/** Every lint rule, in the order the README lists them. */
export const RULES: readonly RuleInfo[] = [
  { id: 'duplicate-code', level: 'warn', summary: 'a code listed again in a row that agrees with the first' },
  { id: 'conflicting-status', level: 'error', summary: 'a code listed again with a different HTTP status' },
  { id: 'conflicting-message', level: 'error', summary: 'a code listed again with a different message' },
  { id: 'missing-message', level: 'warn', summary: 'an entry with no message in any locale' },
  { id: 'status-prefix-mismatch', level: 'error', summary: "an HTTP status that contradicts the code's own prefix, as the document defines it" },
  { id: 'status-section-mismatch', level: 'warn', summary: 'an HTTP status that contradicts the status its section names' },
  { id: 'outside-section', level: 'warn', summary: 'an entry outside any error section' },
  { id: 'status-range', level: 'error', summary: 'an HTTP status outside 100-599' },
  { id: 'stated-convention', level: 'error', summary: 'a code that does not follow the format the document itself states' },
];

const LEVELS: readonly Level[] = ['off', 'warn', 'error'];

/** Every rule's level: defaults, then `overrides`; an unknown id or level is a usage error. */
export function resolveLevels(overrides: RuleLevels = {}): Record<string, Level> {
  const levels: Record<string, Level> = Object.fromEntries(RULES.map((rule) => [rule.id, rule.level]));
  for (const [id, level] of Object.entries(overrides)) {
    if (!Object.hasOwn(levels, id)) throw new UserError(`Unknown lint rule \`${id}\`, expected one of ${RULES.map((rule) => rule.id).join(', ')}`);
    if (!LEVELS.includes(level)) throw new UserError(`Unexpected level \`${String(level)}\` for rule \`${id}\`, expected off, warn or error`);
    levels[id] = level;
  }
  return levels;
}

/** `--rule stated-convention=warn` flags to levels. */
export function parseRuleFlags(flags: readonly string[]): Record<string, Level> {
  const levels: Record<string, Level> = {};
  for (const flag of flags) {
    const match = /^([a-z-]+)=(off|warn|error)$/.exec(flag);
    if (match === null) throw new UserError(`Unexpected --rule \`${flag}\`, expected <rule>=off|warn|error, e.g. stated-convention=warn`);
    levels[match[1]!] = match[2] as Level;
  }
  resolveLevels(levels);
  return levels;
}
