/**
 * A long spec is read by remark in pieces (`generator/parse/chunks.ts`): the tree of the pieces
 * joined must be the tree of the whole, node for node and position for position.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { chunks } from '../../generator/parse/chunks.js';
import { parseMarkdown } from '../../generator/parse/markdown.js';

const whole = (text: string) => parseMarkdown(text, Number.POSITIVE_INFINITY).children;
const cut = (text: string) => parseMarkdown(text, 1).children;

/** Documents whose blank lines sit inside something a naive cut would break. */
const TRICKY: Record<string, string> = {
  'fenced code with blank lines and unindented lines': ['# A', '', '```md', 'first', '', '# not a heading', '', '| not | a table |', '```', '', 'after', ''].join('\n'),
  'tilde fence closed only by a longer fence of its kind': ['~~~~', '', '```', '', 'inside', '~~~', '', 'still inside', '~~~~~', '', 'out', ''].join('\n'),
  'fence never closed': ['intro', '', '```', '', 'open to the end', '', '[ref]: https://example.test/x', ''].join('\n'),
  'HTML comment over blank lines': ['<!--', '', '# hidden', '', '-->', '', '# shown', ''].join('\n'),
  'pre block over blank lines': ['<pre>', '', 'line one', '', 'line two', '</pre>', '', 'after', ''].join('\n'),
  'loose list and a paragraph after it': ['- one', '', '- two', '', '  continued', '', 'para', '', '1. first', '', '   more', '', 'end', ''].join('\n'),
  'block quote with blank lines': ['> quote', '>', '> more', '', 'text', '', '> again', ''].join('\n'),
  'reference links used before and after their definitions': [
    '| Code | Message |',
    '| --- | --- |',
    '| E1 | see [the guide][g] |',
    '',
    'Paragraph with [a link][late].',
    '',
    '[g]: https://example.test/guide',
    '',
    'More text.',
    '',
    '| Code | Message |',
    '| --- | --- |',
    '| E2 | see [the guide][g] and [late] |',
    '',
    '[late]: https://example.test/late "Title"',
    '',
  ].join('\n'),
  'front matter with blank lines': ['---', 'title: x', '', 'other: y', '---', '', '# Errors', '', 'text', ''].join('\n'),
  'a long table, with escaped pipes and code spans in its cells': [
    '# Codes',
    '',
    '| Code | Message \\| note |',
    '| :--- | ---: |',
    ...Array.from({ length: 12 }, (_, i) => `| E${i} | text \\| ${i} \`a|b\` **bold** |`),
    'a line without pipes the table takes as a row',
    '| E99 | after the lazy row |',
    '',
    'after the table',
    '',
  ].join('\n'),
  'a table right after a paragraph, and one in a list': [
    'A paragraph.',
    '| Code | Message |',
    '| --- | --- |',
    '| A1 | one |',
    '| A2 | two |',
    '',
    '- item',
    '',
    '  | Code | Message |',
    '  | --- | --- |',
    '  | B1 | one |',
    '  | B2 | two |',
    '',
    'end',
    '',
  ].join('\n'),
  'setext headings and thematic breaks': ['Title', '=====', '', 'Sub', '---', '', '***', '', 'text', ''].join('\n'),
};

describe('reading a spec in pieces', () => {
  for (const [name, text] of Object.entries(TRICKY)) {
    it(`gives the same tree as one read: ${name}`, () => {
      expect(chunks(text, 1).length).toBeGreaterThan(1);
      expect(cut(text)).toEqual(whole(text));
    });
  }

  it('never cuts inside a fence, an HTML block or front matter', () => {
    const lines = (text: string) => chunks(text, 1).map((piece) => piece.line);
    expect(lines(TRICKY['fenced code with blank lines and unindented lines']!)).toEqual([1, 3, 11]);
    expect(lines(TRICKY['HTML comment over blank lines']!)).toEqual([1, 7]);
    expect(lines(TRICKY['front matter with blank lines']!)).toEqual([1, 7, 9]);
  });

  it('cuts a long table between its rows, each piece after the header and delimiter', () => {
    const pieces = chunks(TRICKY['a long table, with escaped pipes and code spans in its cells']!, 4);
    const inside = pieces.filter((piece) => piece.table !== undefined);
    expect(inside.length).toBeGreaterThan(1);
    expect(inside[0]!.table).toEqual({ header: '| Code | Message \\| note |', delimiter: '| :--- | ---: |' });
    const [table] = cut(TRICKY['a long table, with escaped pipes and code spans in its cells']!).filter((node) => node.type === 'table');
    expect(table!.type === 'table' && table!.children).toHaveLength(15);
  });

  it('keeps a short spec in one piece', () => {
    expect(chunks('# A\n\ntext\n\nmore\n')).toHaveLength(1);
  });

  const corpus = path.resolve(__dirname, '../../../shared/corpus');
  const docs = [path.resolve(__dirname, '../../specs'), corpus]
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => path.join(dir, name)));
  it.skipIf(docs.length === 0)(`gives the same tree as one read for the ${docs.length} specs and corpus docs`, () => {
    // node's deep equality: vitest's would take seconds on trees this size.
    const differing = docs.filter((doc) => {
      const text = readFileSync(doc, 'utf8').replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
      return !isDeepStrictEqual(parseMarkdown(text, 20).children, whole(text));
    });
    expect(differing).toEqual([]);
  });
});
