/**
 * Rule `missing-status`: one warning per catalog for the entries whose status the spec gives nowhere.
 */

import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../generator/pipeline.js';

const rows = (count: number, status: string): string =>
  Array.from({ length: count }, (_, index) => `| E${index + 1} | ${index === 0 ? status : ''} | Failure number ${index + 1} |`).join('\n');

describe('missing-status', () => {
  it('warns once, at the first entry without a status, naming ten codes and counting the rest', () => {
    const catalog = catalogOf({ id: 'x', source: 'specs/x.md', text: `| Code | HTTP | Message |\n|---|---|---|\n${rows(13, '400')}\n` });
    const found = catalog.diagnostics.filter((diagnostic) => diagnostic.rule === 'missing-status');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', line: 4 });
    expect(found[0]!.message).toMatch(/^Unexpected entries without an HTTP status: 12 of 13 \(`E2`, `E3`, .*`E11` and 2 more\), expected a status column/);
  });

  it('says nothing when every entry has a status, from a column or from its section heading', () => {
    const column = catalogOf({ id: 'x', source: 'specs/x.md', text: '| Code | HTTP | Message |\n|---|---|---|\n| E1 | 400 | Bad |\n' });
    const heading = catalogOf({ id: 'y', source: 'specs/y.md', text: '## 404 Not Found\n\n| Code | Message |\n|---|---|\n| E1 | Gone away |\n| E2 | Not here |\n' });
    expect(column.diagnostics.map((diagnostic) => diagnostic.rule)).not.toContain('missing-status');
    expect(heading.entries.map((entry) => entry.httpStatus)).toEqual([404, 404]);
    expect(heading.diagnostics.map((diagnostic) => diagnostic.rule)).not.toContain('missing-status');
  });
});
