/**
 * The public surface of the preview.
 */

import { expect, it } from 'vitest';

it('exports the report, the line states and the escaping, and nothing else at run time', async () => {
  expect(Object.keys(await import('../../generator/preview/index.js')).sort()).toEqual([
    'SUMMARY_PAGE', 'assertPreviewFolder', 'classifyLines', 'countsOf', 'escapeHtml', 'previewFiles', 'specPagePath', 'visibleHtml',
  ]);
});
