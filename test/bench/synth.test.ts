/**
 * The bench's synthetic specs are what they claim: deterministic, and every entry they write
 * is extracted, with no warnings (a correctness test of the 1k size, not a timed one).
 */

import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../generator/pipeline.js';
import { synthSpecs } from '../../scripts/synth.js';

describe('synthetic specs', () => {
  it('are the same bytes for the same seed, and differ for another', () => {
    expect(synthSpecs(1, 200, 3)).toEqual(synthSpecs(1, 200, 3));
    expect(synthSpecs(2, 200, 3)[0]!.text).not.toEqual(synthSpecs(1, 200, 3)[0]!.text);
  });

  it('mix GFM tables, rows without a delimiter row, glued rows, multi-line cells, zh and en', () => {
    const text = synthSpecs(1, 1_000, 10).map((file) => file.text).join('\n');
    expect(text).toMatch(/^\| --- \| --- \|/m);
    expect(text).toMatch(/^\| code \| status \| message \|\n\| [a-z]/m);
    expect(text).toMatch(/^[a-z0-9]+\.[a-z0-9]+\.[a-z_]+\d+[1-5]\d\d[\u4e00-\u9fff]/m);
    expect(text).toMatch(/<br>2\. /);
    expect(text).toMatch(/^2\. [A-Z].* \|$/m);
  });

  it('1,000 entries over 10 files: every entry is extracted, with no warnings or errors', { timeout: 60_000 }, () => {
    const files = synthSpecs(1, 1_000, 10);
    expect(files.reduce((sum, file) => sum + file.entries, 0)).toBe(1_000);
    for (const file of files) {
      const catalog = catalogOf({ id: file.name.replace(/\.md$/, ''), source: `specs/${file.name}`, text: file.text });
      expect(catalog.entries, file.name).toHaveLength(file.entries);
      expect(catalog.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info'), file.name).toEqual([]);
      expect(catalog.entries.every((entry) => entry.httpStatus !== null && Object.keys(entry.messages).length > 0), file.name).toBe(true);
    }
  });
});
