/**
 * The human reporter, after vfile-reporter: diagnostics grouped under their file, each line
 * `path:line:column  severity  message  rule` (the full path, so terminals and editors make it a
 * link), coloured by severity when colour is on.
 */

import type { Diagnostic } from '../model.js';
import { styles } from './colour.js';

/** The report text (ends with a newline), or `''` when there is nothing to show. */
export function formatHuman(diagnostics: readonly Diagnostic[], options: { readonly colour: boolean; readonly verbose: boolean }): string {
  const style = styles(options.colour);
  const shown = diagnostics.filter((diagnostic) => options.verbose || diagnostic.severity !== 'info');
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of shown) groups.set(diagnostic.source, [...(groups.get(diagnostic.source) ?? []), diagnostic]);
  const severity = { error: style.red('error'), warning: style.yellow('warning'), info: style.blue('info') };
  const blocks = [...groups].map(([source, list]) =>
    [
      style.underline(source),
      ...list.map((d) => `${d.source}:${d.line}:${d.column}  ${severity[d.severity]}  ${oneLine(d.message)}  ${style.dim(d.rule)}`),
    ].join('\n'),
  );
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n\n`;
}

function oneLine(text: string): string {
  return text.replace(/\r?\n/g, ' ');
}
