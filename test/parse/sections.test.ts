/**
 * One heading per code where the heading also holds another identifier: `NAME (N)`.
 */

import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../generator/pipeline.js';

const spec = [
  '# Codes',
  '',
  '## WIDGET_OK (0)',
  '',
  'Nothing went wrong.',
  '',
  '## WIDGET_JAMMED (1)',
  '',
  'The widget is stuck.',
  '',
  'Open the lid and clear it.',
  '',
  '## Retired code (2)',
  '',
  'No longer used.',
  '',
].join('\n');

describe('named code headings', () => {
  it('takes the name as the code, the first paragraph as the message, later ones as description; skips headings without a code', () => {
    const catalog = catalogOf({ id: 'spec', source: 'spec.md', text: spec });
    expect(catalog.entries.map((entry) => [entry.code, entry.messages.en, entry.description, entry.line])).toEqual([
      ['WIDGET_OK', 'Nothing went wrong.', null, 3],
      ['WIDGET_JAMMED', 'The widget is stuck.', 'Open the lid and clear it.', 7],
    ]);
  });
});
