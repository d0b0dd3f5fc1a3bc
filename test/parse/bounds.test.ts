/**
 * Odd and huge input: each case once crashed errspec with a stack trace or took time that grew
 * with the square of the input. Crashes are pinned by their result; time by the ratio of two
 * sizes (CPU time, best of two; measured again when past the bound), with a bound far above
 * linear (4x for 4x the input) and far below quadratic (16x), so a loaded machine does not make
 * them flaky.
 */

import { describe, expect, it } from 'vitest';
import { Reporter } from '../../generator/diagnostics.js';
import { extract } from '../../generator/extract/index.js';
import { readJsonObject } from '../../generator/i18n/json-file.js';
import type { Catalog, Diagnostic } from '../../generator/model.js';
import { parse, type Block, type Cell } from '../../generator/parse/index.js';
import { catalogOf } from '../../generator/pipeline.js';
import { formatHuman } from '../../generator/report/human.js';
import { cleanInline } from '../../generator/text.js';

const read = (text: string): Catalog => catalogOf({ id: 'spec', source: 'spec.md', text });

const LINEAR = 9;

/** CPU milliseconds of `run`, best of two. */
function cpu(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 2; round++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/**
 * How much longer `run(4n)` takes than `run(n)`: about 4 when linear, 16 when quadratic. A ratio
 * past the bound is measured again, up to three times in all, and the least is kept: a garbage
 * collection or a busy core can land in one large run (12x was seen under a full `npm test`), but
 * a quadratic cost shows in every one.
 */
function growth(run: (n: number) => unknown, n: number): number {
  run(n); // warm up: load remark, compile the regexes
  let least = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && least >= LINEAR; attempt++) {
    const small = cpu(() => run(n));
    const large = cpu(() => run(4 * n));
    least = Math.min(least, large / Math.max(small, 1));
  }
  return least;
}


describe('odd text that once crashed', () => {
  it('reads a numeric reference that names no character as U+FFFD, in a cell and in a line', () => {
    const catalog = read('# Errors\n\n| Code | Message |\n| --- | --- |\n| E1 | bad &#x110000; and &#1114112; |\n\nline &#x110000; here\n');
    expect(catalog.entries[0]!.messages.en).toBe('bad \ufffd and \ufffd');
    expect(cleanInline('a &#x110000; b &#xD800; c &#0; d &#x1F600;')).toBe('a \ufffd b \ufffd c \ufffd d \u{1F600}');
  });

  it('reads 10,000 nested block quotes on one line, the markers past 100 as text, with a warning', () => {
    const reporter = new Reporter('spec.md');
    const blocks = parse(`# Q\n\n${'>'.repeat(10_000)} deep\n`, reporter);
    expect(blocks.length).toBeGreaterThan(0);
    expect(reporter.list()).toContainEqual(expect.objectContaining({ rule: 'nesting-ignored', severity: 'warning', line: 3, column: 101 }));
  });

  it('reads 4,000 list markers on one line', () => {
    const reporter = new Reporter('spec.md');
    parse(`# L\n\n${'- '.repeat(4_000)}x\n`, reporter);
    expect(reporter.list().map((diagnostic) => diagnostic.rule)).toContain('nesting-ignored');
  });

  it('keeps a table of a few levels of nesting as it is, without a warning', () => {
    const reporter = new Reporter('spec.md');
    parse('> - > 1. text\n', reporter);
    expect(reporter.list()).toEqual([]);
  });

  it('extracts a table of 200,000 rows (more than a call can take as arguments)', () => {
    const cell = (text: string, line: number, column: number): Cell => ({ text, line, column });
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ line: i + 3, column: 1, cells: [cell(`E${i}`, i + 3, 3), cell('400', i + 3, 10), cell(`message ${i}`, i + 3, 16)] }));
    const table: Block = {
      type: 'table',
      origin: 'gfm',
      header: [cell('Code', 1, 3), cell('HTTP', 1, 10), cell('Message', 1, 16)],
      hints: null,
      rows,
      note: null,
      unreadable: [],
      line: 1,
      column: 1,
      endLine: 200_002,
    };
    const extraction = extract([table], 'Big', new Reporter('spec.md'));
    expect(extraction.candidates).toHaveLength(200_000);
  });
});

describe('time that grows with the input, not its square', () => {
  it('parses a spec of many sections with quotes and lists (remark read it whole: quadratic)', () => {
    const spec = (n: number): string =>
      `# T\n\n${Array.from({ length: n }, (_, i) => `## Error ${i}\n\n> note ${i}\n> - quoted bullet\n\n1. step one\n   - nested\n2. step two\n\n`).join('')}`;
    expect(growth((n) => parse(spec(n)), 250)).toBeLessThan(LINEAR);
  });

  it('reads a table of many rows (what inspect and generate parse first)', () => {
    const spec = (n: number): string => `# T\n\n| Code | HTTP | Message |\n| --- | --- | --- |\n${Array.from({ length: n }, (_, i) => `| E${i} | 400 | message ${i} |\n`).join('')}`;
    expect(growth((n) => read(spec(n)), 1_500)).toBeLessThan(LINEAR);
  });

  it('reads a line with a long run of spaces inside it', () => {
    const spec = (n: number): string => `# T\n\n| Code | Message |\n| --- | --- |\n| E1 | a${' '.repeat(n)}b |\n\nprose ${' '.repeat(n)}x\n`;
    expect(growth((n) => parse(spec(n)), 20_000)).toBeLessThan(LINEAR);
  });

  it('reads a translation file of many keys, with positions', () => {
    const file = (n: number): string => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`E${i}`, `message ${i}`])), null, 2);
    expect(growth((n) => readJsonObject(file(n)), 2_500)).toBeLessThan(LINEAR);
  });

  it('formats many diagnostics of one spec for people', () => {
    const diagnostics = (n: number): Diagnostic[] =>
      Array.from({ length: n }, (_, i) => ({ kind: 'diagnostic', severity: 'warning', rule: 'empty-cell', message: `Unexpected empty cell ${i}`, source: 'spec.md', line: i + 1, column: 1 }));
    expect(growth((n) => formatHuman(diagnostics(n), { colour: false, verbose: false }), 20_000)).toBeLessThan(LINEAR);
  });
});
