/**
 * The human reporter, after vfile-reporter: diagnostics grouped by file, each line
 * `path:line:column  severity  message  rule` (the full path, so terminals and editors make it a
 * link). With colour (a terminal), each group also gets its file as an underlined heading and a
 * blank line after it, and severities are coloured; without, the output stays one diagnostic
 * per line, which is what logs and `grep` want (and what the README promises).
 */

import type { Diagnostic } from '../model.js';
import { styles } from './colour.js';

/** The report text (ends with a newline), or `''` when there is nothing to show. */
export function formatHuman(diagnostics: readonly Diagnostic[], options: { readonly colour: boolean; readonly verbose: boolean }): string {
  const style = styles(options.colour);
  const shown = diagnostics.filter((diagnostic) => options.verbose || diagnostic.severity !== 'info');
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of shown) {
    const group = groups.get(diagnostic.source);
    if (group === undefined) groups.set(diagnostic.source, [diagnostic]);
    else group.push(diagnostic);
  }
  const severity = { error: style.red('error'), warning: style.yellow('warning'), info: style.blue('info') };
  const line = (d: Diagnostic): string => `${d.source}:${d.line}:${d.column}  ${severity[d.severity]}  ${oneLine(d.message)}  ${style.dim(d.rule)}\n`;
  return [...groups]
    .map(([source, list]) => (options.colour ? `${style.underline(source)}\n${list.map(line).join('')}\n` : list.map(line).join('')))
    .join('');
}

function oneLine(text: string): string {
  return text.replace(/\r?\n/g, ' ');
}
