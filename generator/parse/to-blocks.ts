/**
 * mdast to blocks: headings, GFM tables and code blocks map one to one; everything GFM
 * read as prose (paragraphs, lists, HTML) goes to recovery as raw source lines, so that
 * tables pasted without their pipes are found there.
 */

import type { Code, Root, RootContent, Table } from 'mdast';
import type { Block, Cell, TableBlock } from './blocks.js';
import { nodeText } from './node-text.js';
import { tableDepth } from './recover/html-span.js';
import { recoverRegion } from './recover/region.js';
import type { SourceLine } from './recover/rows.js';
import { append } from '../append.js';

/** Node types whose source text recovery reads line by line. */
const PROSE = new Set(['paragraph', 'list', 'html', 'blockquote', 'definition', 'footnoteDefinition', 'thematicBreak']);

/** Blocks of a document, in source order. `text` is the exact text `tree` was parsed from. */
export function toBlocks(tree: Root, text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let region: { from: number; to: number } | null = null;
  // Lines of block quotes in the region: their `>` markers are blanked, so a table quoted whole reads as one.
  const quoted = new Set<number>();
  const flush = (): void => {
    if (region === null) return;
    const source: SourceLine[] = [];
    for (let line = region.from; line <= region.to; line++) {
      const text = lines[line - 1] ?? '';
      source.push({ text: quoted.has(line) ? text.replace(/^(?:[ \t]*>[ \t]?)+/, (markers) => ' '.repeat(markers.length)) : text, line });
    }
    // Rows after a note under a table may go on with it: the table just above, in the same section.
    const last = blocks[blocks.length - 1];
    append(blocks, recoverRegion(source, last?.type === 'table' && last.header !== null ? last : null));
    region = null;
    quoted.clear();
  };
  // An HTML table with a blank line inside is split into several nodes (of any type: an indented
  // line after the blank is a code block): while a `<table` is open, the region takes them all.
  let openTables = 0;
  const lastClose = text.toLowerCase().lastIndexOf('</table');
  for (const node of tree.children) {
    const start = node.position?.start.line ?? 1;
    const end = node.position?.end.line ?? start;
    // A heading never sits inside a table: a `<table` left open does not swallow the sections after it.
    const inTable = region !== null && openTables > 0 && node.type !== 'heading' && (node.position?.start.offset ?? 0) < lastClose;
    if (PROSE.has(node.type) || inTable) {
      region = region === null ? { from: start, to: end } : { from: region.from, to: end };
      if (node.type === 'blockquote') for (let line = start; line <= end; line++) quoted.add(line);
      openTables = Math.max(0, openTables + tableDepth(text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0)));
      continue;
    }
    openTables = 0;
    flush();
    const drawn = node.type === 'code' ? fencedTable(node, lines) : null;
    if (drawn !== null) {
      append(blocks, drawn);
      continue;
    }
    const block = mapNode(node);
    if (block !== null) blocks.push(block);
  }
  flush();
  return blocks;
}

/** Fences that hold text, not code: a table pasted as a terminal showed it. */
const TEXT_FENCE = /^(?:text|txt|plain|plaintext|ascii|table)$/i;

/**
 * The blocks of a text fence that holds a table (```` ```text ```` around `+----+` or `| a | b |` lines),
 * read as the lines they are; `null` for any other code block, which stays code.
 */
function fencedTable(node: Code, lines: readonly string[]): Block[] | null {
  if ((node.lang !== null && node.lang !== undefined && !TEXT_FENCE.test(node.lang)) || !/^\s*[+|]/.test(node.value)) return null;
  const start = node.position?.start.line ?? 1;
  // A fenced block's text starts on the line after its fence; an indented block's on its first line.
  const first = /^\s*(?:```|~~~)/.test(lines[start - 1] ?? '') ? start + 1 : start;
  const source: SourceLine[] = node.value.split('\n').map((_, index) => ({ text: lines[first + index - 1] ?? '', line: first + index }));
  const blocks = recoverRegion(source);
  return blocks.some((block) => block.type === 'table' && block.rows.length > 0) ? blocks : null;
}

function mapNode(node: RootContent): Block | null {
  const line = node.position?.start.line ?? 1;
  const column = node.position?.start.column ?? 1;
  switch (node.type) {
    case 'heading':
      return { type: 'heading', depth: node.depth, text: nodeText(node).trim(), line, column };
    case 'table':
      return gfmTable(node);
    case 'code':
      return { type: 'code', lang: node.lang ?? null, value: node.value, line, column };
    case 'yaml':
      return { type: 'front-matter', value: node.value, line, column };
    default:
      return null;
  }
}

function gfmTable(node: Table): TableBlock {
  const [head, ...body] = node.children.map((row) => ({
    cells: row.children.map(
      (cell): Cell => ({
        text: nodeText(cell).trim(),
        // A cell's own position starts at its pipe; point at its text, where the author looks.
        line: cell.children[0]?.position?.start.line ?? cell.position?.start.line ?? 1,
        column: cell.children[0]?.position?.start.column ?? cell.position?.start.column ?? 1,
      }),
    ),
    line: row.position?.start.line ?? 1,
    column: row.position?.start.column ?? 1,
  }));
  return {
    type: 'table',
    origin: 'gfm',
    header: head?.cells ?? [],
    hints: null,
    // A container's fence (`:::`) on the line after a table's last row reads as a row of it.
    rows: body.filter((row) => !(/^:{3,}/.test(row.cells[0]?.text ?? '') && row.cells.slice(1).every((cell) => cell.text === ''))),
    note: null,
    unreadable: [],
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
    endLine: node.position?.end.line ?? node.position?.start.line ?? 1,
  };
}
