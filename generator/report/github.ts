/**
 * The github reporter: one workflow command per diagnostic, which GitHub Actions shows as an
 * annotation on the spec line (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 * `error` -> `::error`, `warning` -> `::warning`, `info` -> `::notice` (only with --verbose).
 */

import type { Diagnostic } from '../model.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** The annotations, one line each, ending with a newline; `''` when there are none. */
export function formatGithub(diagnostics: readonly Diagnostic[], options: { readonly verbose: boolean }): string {
  const lines = diagnostics
    .filter((diagnostic) => options.verbose || diagnostic.severity !== 'info')
    .map(
      (d) =>
        `::${COMMAND[d.severity]} file=${escapeProperty(d.source)},line=${d.line},col=${d.column},title=${escapeProperty(d.rule)}::${escapeData(d.message)}`,
    );
  return lines.map((line) => `${line}\n`).join('');
}

/**
 * `--check` under the github reporter: one `stale-output` error per file that differs or would be removed.
 *
 * @param regenerate the command that regenerates the output, e.g. `npm run errors:generate`.
 */
export function formatStaleAnnotations(out: string, differing: readonly string[], stale: readonly string[], regenerate: string): string {
  const line = (file: string, what: string): string =>
    `::error file=${escapeProperty(`${out}/${file}`)},title=stale-output::${escapeData(`${out}/${file} ${what}; run \`${regenerate}\` and commit`)}\n`;
  return [...differing.map((file) => line(file, 'differs from the specs')), ...stale.map((file) => line(file, 'is stale and would be removed'))].join('');
}

/** Message text: `%`, CR and LF are escaped, as the runner's own toolkit (`@actions/core`) does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also `:` and `,`, which would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
