/**
 * The page of one spec: its lines on one side, each marked with how errspec read it and with
 * its diagnostics and skipped rows inline, and the extracted entries on the other.
 *
 * The markup stays flat for large specs: one element per line (its number and state label come
 * from CSS), one row per entry, no listener per element.
 */

import type { Catalog, Diagnostic, Entry, Locale } from '../model.js';
import { head, scriptElement } from './assets.js';
import { escapeHtml, visibleHtml } from './escape.js';
import { countsOf, type LineView, type SpecCounts } from './lines.js';

/** A spec as the preview shows it. */
export interface SpecView {
  readonly catalog: Catalog;
  readonly lines: readonly LineView[];
  readonly counts: SpecCounts;
}

/** Labels of the counts, in the order pages show them. */
export const COUNT_LABELS: readonly (readonly [keyof SpecCounts, string])[] = [
  ['entries', 'entries'],
  ['recoveredTables', 'recovered tables'],
  ['recoveredEntries', 'recovered entries'],
  ['skipped', 'skipped rows'],
  ['errors', 'errors'],
  ['warnings', 'warnings'],
  ['infos', 'info'],
];

/** The HTML of a spec's page. */
export function specPage(view: SpecView): string {
  const { catalog, lines, counts } = view;
  return [
    head(`${catalog.id}: ${catalog.title} · errspec preview`, true),
    '<body class="spec">',
    '<header>',
    '<nav><a href="../index.html">All specs</a></nav>',
    `<h1>${visibleHtml(catalog.title)}</h1>`,
    `<div><code>${escapeHtml(catalog.source)}</code> · catalog <code>${escapeHtml(catalog.id)}</code></div>`,
    `<ul class="counts">${COUNT_LABELS.map(([key, label]) => `<li data-count="${key}">${label} <b>${counts[key]}</b></li>`).join('')}</ul>`,
    '<div class="legend">Lines: <span class="s-entry">entry</span><span class="s-recovered">recovered (read from text GFM did not see as a table)</span>' +
      '<span class="s-skipped">skipped</span><span>outside</span> Click an entry to see its line, and a line to see its entry.</div>',
    '</header>',
    '<main>',
    `<section id="lines" aria-label="Lines of ${escapeHtml(catalog.source)}">`,
    ...lines.map((line) => lineHtml(line)),
    '</section>',
    '<section class="tbl" aria-label="Extracted entries">',
    entryTable(catalog, lines),
    '</section>',
    '</main>',
    scriptElement(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** One line, then its skipped rows and diagnostics. */
function lineHtml(view: LineView): string {
  const back = view.entries.length > 0 ? ` data-e="${view.entries[0]}"` : '';
  const parts = [`<div id="L${view.line}" class="l s-${view.state}" data-n="${view.line}"${back}>${visibleHtml(view.text)}</div>`];
  for (const row of view.skipped) parts.push(`<div class="d d-skip"><b>skipped</b>${visibleHtml(row.reason)}</div>`);
  for (const diagnostic of view.diagnostics) parts.push(diagnosticHtml(diagnostic));
  return parts.join('\n');
}

function diagnosticHtml(diagnostic: Diagnostic): string {
  return `<div class="d d-${diagnostic.severity}"><b>${diagnostic.severity}</b>${visibleHtml(diagnostic.message)}<code>${escapeHtml(diagnostic.rule)}</code></div>`;
}

/** The table of entries: line, code, name, HTTP status, messages per locale, description, remedy, group. */
function entryTable(catalog: Catalog, lines: readonly LineView[]): string {
  const locales: readonly Locale[] = catalog.locales;
  const described = catalog.entries.some((entry) => entry.description !== null);
  const headers = [
    'Line',
    'Code',
    'Name',
    'HTTP',
    ...locales.map((locale) => `Message (${locale})`),
    ...(described ? ['Description'] : []),
    'Remedy',
    'Group',
  ];
  const rows = catalog.entries.map((entry, index) => {
    const state = lines[entry.line - 1]?.state ?? 'entry';
    const cells = [
      String(entry.line),
      `<a href="#L${entry.line}">${visibleHtml(entry.code)}</a>`,
      escapeHtml(entry.name),
      statusHtml(entry),
      ...locales.map((locale) => optional(entry.messages[locale])),
      ...(described ? [optional(entry.description)] : []),
      optional(entry.remedy),
      optional(entry.group),
    ];
    const path = entry.groupPath.length > 1 ? ` title="${escapeHtml(entry.groupPath.join(' › '))}"` : '';
    return `<tr id="E${index}" class="s-${state}">${cells.map((cell, column) => `<td${column === cells.length - 1 ? path : ''}>${cell}</td>`).join('')}</tr>`;
  });
  return [
    // Columns of free text: one per locale, the description, the remedy; the style has a grid for each count.
    `<table id="entries" class="cols-${locales.length + Number(described) + 1}">`,
    `<thead><tr>${headers.map((header) => `<th>${header}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ].join('\n');
}

function statusHtml(entry: Entry): string {
  if (entry.httpStatus === null) return '';
  return entry.httpStatusSource === 'column' ? String(entry.httpStatus) : `${entry.httpStatus} <small>(${entry.httpStatusSource})</small>`;
}

function optional(text: string | null | undefined): string {
  return text === null || text === undefined ? '' : visibleHtml(text);
}

/** A spec's view: its classified lines and counts. */
export function specView(catalog: Catalog, lines: readonly LineView[]): SpecView {
  return { catalog, lines, counts: countsOf(catalog, lines) };
}
