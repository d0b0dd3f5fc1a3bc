/**
 * The json reporter: one JSON document on stdout with every diagnostic (info included) and a
 * summary, for tools: `{"diagnostics":[...],"summary":{...}}`.
 */

import { countBySeverity } from '../diagnostics.js';
import type { Diagnostic } from '../model.js';

/** What a run did, beside its diagnostics; fields depend on the command. */
export type Summary = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/** The JSON document, with a final newline. */
export function formatJson(diagnostics: readonly Diagnostic[], summary: Summary): string {
  const counts = countBySeverity(diagnostics);
  const list = diagnostics.map(({ source, line, column, severity, rule, message }) => ({ source, line, column, severity, rule, message }));
  return `${JSON.stringify({ diagnostics: list, summary: { ...summary, errors: counts.error, warnings: counts.warning, infos: counts.info } }, null, 2)}\n`;
}
