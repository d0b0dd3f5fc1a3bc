/**
 * Specs and their catalogs to the files of the preview: `index.html` and one page per spec.
 */

import type { Catalog } from '../model.js';
import type { OutputFile } from '../write/index.js';
import { classifyLines } from './lines.js';
import { specPage, specView } from './page.js';
import { summaryPage } from './summary.js';

/** A spec's text and what errspec read from it. */
export interface ReadSpec {
  /** The spec text the catalog was read from: LF line endings, no BOM. */
  readonly text: string;
  readonly catalog: Catalog;
}

/** The summary page's path in the output folder. */
export const SUMMARY_PAGE = 'index.html';

/** A spec's page in the output folder, e.g. `specs/pet-core.html` (a folder of its own, so a spec called `index` cannot clash). */
export function specPagePath(id: string): string {
  return `specs/${id}.html`;
}

/** Every file of the preview, summary first. */
export function previewFiles(specs: readonly ReadSpec[]): OutputFile[] {
  const views = specs.map(({ text, catalog }) => specView(catalog, classifyLines(text, catalog)));
  return [
    { path: SUMMARY_PAGE, content: summaryPage(views, specPagePath) },
    ...views.map((view) => ({ path: specPagePath(view.catalog.id), content: specPage(view) })),
  ];
}
