/**
 * What errspec made of each line of a spec, from its catalog: the line of an entry read from a
 * GFM table, of an entry read by recovery (from text GFM did not see as a table), of a row that
 * was skipped, or outside every entry.
 */

import type { Catalog, Diagnostic, SkippedRow } from '../model.js';

/** How a line was read. */
export type LineState = 'entry' | 'recovered' | 'skipped' | 'outside';

/** One line of the spec and what sits on it. */
export interface LineView {
  /** Line number, 1-based, e.g. `33`. */
  readonly line: number;
  /** The line's text, without its line break. */
  readonly text: string;
  /** How it was read, e.g. `"recovered"`. */
  readonly state: LineState;
  /** Indexes into `catalog.entries` of the entries whose row starts here, e.g. `[4]`. */
  readonly entries: readonly number[];
  /** Rows skipped here, with why. */
  readonly skipped: readonly SkippedRow[];
  /** Diagnostics at this line, in the catalog's order. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Every line of `text` with its state. An entry is `recovered` when its row lies in a table
 * that recovery read: the catalog reports each such table with a `table-recovered` diagnostic
 * at its first line, and the table runs until the next table starts (the next recovered one,
 * or the delimiter row of a GFM table).
 *
 * @param text the spec text the catalog was read from (LF line endings, no BOM).
 */
export function classifyLines(text: string, catalog: Catalog): LineView[] {
  const lines = text.split('\n');
  // A final line break ends the last line; it does not start another.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  // A variant's row (its code listed again with another meaning) belongs to its entry.
  const entries = groupByLine(catalog.entries.flatMap((entry, index) => [entry, ...entry.variants].map(({ line }) => ({ line, index }))));
  const skipped = groupByLine(catalog.rows.skipped);
  const diagnostics = groupByLine(catalog.diagnostics);
  const recovered = recoveredLines(lines, catalog);
  return lines.map((lineText, i): LineView => {
    const line = i + 1;
    const here = entries.get(line) ?? [];
    const state: LineState = here.length > 0 ? (recovered(line) ? 'recovered' : 'entry') : skipped.has(line) ? 'skipped' : 'outside';
    return {
      line,
      text: lineText,
      state,
      entries: here.map((entry) => entry.index),
      skipped: skipped.get(line) ?? [],
      diagnostics: diagnostics.get(line) ?? [],
    };
  });
}

/** Counts of a catalog, as the summary page shows them. */
export interface SpecCounts {
  /** Entries of the catalog, e.g. `44`. */
  readonly entries: number;
  /** Tables read by recovery (`table-recovered` diagnostics), e.g. `13`. */
  readonly recoveredTables: number;
  /** Entries read from those tables, e.g. `44`. */
  readonly recoveredEntries: number;
  /** Rows that looked like entries and did not become one, e.g. `0`. */
  readonly skipped: number;
  /** Diagnostics by severity, e.g. `0`, `1`, `13`. */
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Counts of a catalog and its classified lines. */
export function countsOf(catalog: Catalog, lines: readonly LineView[]): SpecCounts {
  const severity = (level: Diagnostic['severity']): number => catalog.diagnostics.filter((diagnostic) => diagnostic.severity === level).length;
  return {
    entries: catalog.entries.length,
    recoveredTables: catalog.diagnostics.filter(isRecoveredTable).length,
    recoveredEntries: lines.reduce((sum, line) => sum + (line.state === 'recovered' ? line.entries.length : 0), 0),
    skipped: catalog.rows.skipped.length,
    errors: severity('error'),
    warnings: severity('warning'),
    infos: severity('info'),
  };
}

function isRecoveredTable(diagnostic: Diagnostic): boolean {
  return diagnostic.rule === 'table-recovered';
}

/** Items by their line. */
function groupByLine<T extends { readonly line: number }>(items: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const list = map.get(item.line);
    if (list === undefined) map.set(item.line, [item]);
    else list.push(item);
  }
  return map;
}

/** A predicate: does `line` lie in a table that recovery read? */
function recoveredLines(lines: readonly string[], catalog: Catalog): (line: number) => boolean {
  const starts = new Set(catalog.diagnostics.filter(isRecoveredTable).map((diagnostic) => diagnostic.line));
  if (starts.size === 0) return () => false;
  // inside[n] is true when line n + 1 lies after a recovered table's start and before the next table.
  // A table's rows follow its start directly, so nothing between them (a fence, say) can look like a table.
  const inside: boolean[] = [];
  let recovering = false;
  lines.forEach((text, i) => {
    if (starts.has(i + 1)) recovering = true;
    else if (i > 0 && isDelimiterRow(text) && lines[i - 1]!.trim() !== '') recovering = false;
    inside.push(recovering);
  });
  return (line) => inside[line - 1] === true;
}

/**
 * A GFM delimiter row (`| --- | :-: |`, `---|---`): cells of dashes with optional colons,
 * with at least one pipe. A lone `---` is a thematic break or a setext underline, not a table.
 */
function isDelimiterRow(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.includes('|') || !trimmed.includes('-')) return false;
  const cells = trimmed.replace(/^\|/, '').replace(/\|$/, '').split('|');
  return cells.every((cell) => /^\s*:?-+:?\s*$/.test(cell));
}
