/**
 * Collecting and printing diagnostics.
 */

import type { Diagnostic, Point, Severity } from './model.js';

/** Collects the diagnostics of one spec; every stage reports through it. */
export class Reporter {
  readonly #source: string;
  readonly #list: Diagnostic[] = [];

  /** @param source the spec path diagnostics point into, e.g. `specs/pet-core.md`. */
  constructor(source: string) {
    this.#source = source;
  }

  /** Report a diagnostic at `at`. */
  report(severity: Severity, rule: string, message: string, at: Point): void {
    this.#list.push({ kind: 'diagnostic', severity, rule, message, source: this.#source, line: at.line, column: at.column });
  }

  /** True when something of `severity` was reported. */
  has(severity: Severity): boolean {
    return this.#list.some((diagnostic) => diagnostic.severity === severity);
  }

  /** Everything reported, in source order (stable for equal positions). */
  list(): Diagnostic[] {
    return this.#list
      .map((diagnostic, index) => ({ diagnostic, index }))
      .sort((a, b) => a.diagnostic.line - b.diagnostic.line || a.diagnostic.column - b.diagnostic.column || a.index - b.index)
      .map(({ diagnostic }) => diagnostic);
  }
}

/** `specs/a.md:58:1  warning  Unexpected ...  table-truncated` */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { source, line, column, severity, message, rule } = diagnostic;
  return `${source}:${line}:${column}  ${severity}  ${message}  ${rule}`;
}

/** Counts by severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}
