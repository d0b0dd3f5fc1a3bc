/**
 * `i18n status` output: a table for people, JSON for tools.
 */

import type { LocaleStatus } from './analyse.js';

const HEADER = ['catalog', 'locale', 'translated', 'missing', 'stale', 'orphaned', 'file'] as const;

/** One row per catalog and locale; numbers right-aligned, columns padded to their widest cell. */
export function statusTable(statuses: readonly LocaleStatus[]): string {
  const rows = statuses.map((status) => [
    status.catalog,
    status.locale,
    String(status.translated.length),
    String(status.missing.length),
    String(status.stale.length),
    String(status.orphaned.length),
    status.file,
  ]);
  const widths = HEADER.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const numeric = (column: number): boolean => column >= 2 && column <= 5;
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : numeric(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ');
  return `${[HEADER, ...rows].map(line).join('\n')}\n`;
}

/** The statuses as JSON: counts, and the codes in each state. */
export function statusJson(statuses: readonly LocaleStatus[]): string {
  const locales = statuses.map((status) => ({
    catalog: status.catalog,
    locale: status.locale,
    file: status.file,
    translated: status.translated.length,
    missing: status.missing.length,
    stale: status.stale.length,
    orphaned: status.orphaned.length,
    shadowed: status.shadowed.length,
    codes: { translated: status.translated, missing: status.missing, stale: status.stale, orphaned: status.orphaned, shadowed: status.shadowed },
  }));
  return `${JSON.stringify({ locales }, null, 2)}\n`;
}
