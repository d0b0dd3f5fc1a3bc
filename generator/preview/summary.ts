/**
 * The summary page: per spec its counts and a link to its page, and the totals.
 */

import { head } from './assets.js';
import { escapeHtml, visibleHtml } from './escape.js';
import type { SpecCounts } from './lines.js';
import { COUNT_LABELS, type SpecView } from './page.js';

/**
 * The HTML of `index.html`.
 *
 * @param views the specs, in the order the pipeline read them.
 * @param pageOf the path of a spec's page relative to `index.html`, e.g. `specs/pet-core.html`.
 */
export function summaryPage(views: readonly SpecView[], pageOf: (id: string) => string): string {
  const total = Object.fromEntries(
    COUNT_LABELS.map(([key]) => [key, views.reduce((sum, view) => sum + view.counts[key], 0)]),
  ) as unknown as SpecCounts;
  const numbers = (counts: SpecCounts): string => COUNT_LABELS.map(([key]) => `<td class="n" data-count="${key}">${counts[key]}</td>`).join('');
  const rows = views.map(
    ({ catalog, counts }) =>
      `<tr data-spec="${escapeHtml(catalog.id)}"><td><a href="${escapeHtml(pageOf(catalog.id))}">${escapeHtml(catalog.source)}</a></td>` +
      `<td>${visibleHtml(catalog.title)}</td>${numbers(counts)}</tr>`,
  );
  return [
    head('errspec preview', false),
    '<body>',
    '<header>',
    '<h1>errspec preview</h1>',
    `<div>How errspec read ${views.length === 1 ? '1 spec' : `${views.length} specs`}: open one to see each line of it beside the entries it became.</div>`,
    '</header>',
    '<table class="summary">',
    `<thead><tr><th>Spec</th><th>Title</th>${COUNT_LABELS.map(([, label]) => `<th>${label}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    `<tfoot><tr data-spec=""><th>Total</th><th></th>${numbers(total)}</tr></tfoot>`,
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
