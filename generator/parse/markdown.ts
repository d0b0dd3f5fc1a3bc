/**
 * Markdown to mdast with unified, remark-parse, remark-gfm (tables) and remark-frontmatter
 * (so a YAML header is read as such, not as a paragraph and a thematic break).
 *
 * remark is loaded on the first parse, not on import: a run whose specs all come from the
 * cache never needs it. It is loaded with `require` (Node 20.19+ loads ES modules that way)
 * so that parsing stays synchronous.
 */

import { createRequire } from 'node:module';
import type { Root, RootContent } from 'mdast';
import type remarkFrontmatterType from 'remark-frontmatter';
import type remarkGfmType from 'remark-gfm';
import type remarkParseType from 'remark-parse';
import type { Processor } from 'unified';
import type { unified as unifiedType } from 'unified';
import { timed } from '../timings/index.js';
import { CHUNK_LINES, chunks, definitions, type Chunk } from './chunks.js';

let processor: Processor<Root> | undefined;

function load(): Processor<Root> {
  const require = createRequire(import.meta.url);
  const { unified } = require('unified') as { unified: typeof unifiedType };
  const remarkParse = (require('remark-parse') as { default: typeof remarkParseType }).default;
  const remarkFrontmatter = (require('remark-frontmatter') as { default: typeof remarkFrontmatterType }).default;
  const remarkGfm = (require('remark-gfm') as { default: typeof remarkGfmType }).default;
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze() as unknown as Processor<Root>;
}

/**
 * Parse Markdown text (LF line endings) into an mdast tree with positions. A long text is read
 * in pieces of about `chunkLines` lines (`chunks.ts`) so that the time stays linear in its length.
 */
export function parseMarkdown(text: string, chunkLines = CHUNK_LINES): Root {
  return timed('markdown', () => {
    const parser = (processor ??= load());
    const pieces = chunks(text, chunkLines);
    if (pieces.length === 1) return parser.parse(text);
    const defs = definitions(text);
    const children: RootContent[] = [];
    for (const [index, piece] of pieces.entries()) {
      const nodes = readPiece(parser, piece, defs, index === pieces.length - 1);
      if (piece.table !== undefined) {
        // The rows after a cut inside a table join it; anything else means the cut was not one.
        const [head, ...rest] = nodes;
        const previous = children[children.length - 1];
        if (head?.type !== 'table' || previous?.type !== 'table' || head.position?.start.line !== piece.line - 2 || previous.position?.end.line !== piece.line - 1) {
          return parser.parse(text);
        }
        for (const row of head.children.slice(1)) previous.children.push(row);
        previous.position = { start: previous.position.start, end: head.position.end };
        for (const node of rest) children.push(node);
        continue;
      }
      for (const node of nodes) children.push(node);
    }
    const end = children[children.length - 1]?.position?.end;
    const start = { line: 1, column: 1, offset: 0 };
    return { type: 'root', children, position: { start, end: end ?? { ...start } } };
  });
}

/**
 * The top-level nodes of one piece, positioned in the whole document: `defs` are read beside it
 * (after it, or before the last piece, which may end in an open fence) and left out; a piece
 * inside a table is read after the table's header and delimiter, its first node that table.
 */
function readPiece(parser: Processor<Root>, piece: Chunk, defs: string, last: boolean): RootContent[] {
  const before = defs !== '' && last ? `${defs}\n\n` : '';
  const prefix = piece.table === undefined ? '' : `${piece.table.header}\n${piece.table.delimiter}\n`;
  const after = defs !== '' && !last ? `\n\n${defs}` : '';
  const beforeLines = before === '' ? 0 : before.split('\n').length - 1;
  const prefixLines = piece.table === undefined ? 0 : 2;
  const lastLine = beforeLines + prefixLines + piece.text.split('\n').length;
  const own = parser.parse(`${before}${prefix}${piece.text}${after}`).children.filter((node) => {
    const line = node.position?.start.line ?? 1;
    return line > beforeLines && line <= lastLine;
  });
  return shift(own, piece.line - 1 - beforeLines - prefixLines, piece.offset - before.length - prefix.length);
}

/** Nodes with every position moved by `lines` lines and `offset` characters (columns stay: pieces start at a line). */
function shift(nodes: RootContent[], lines: number, offset: number): RootContent[] {
  if (lines === 0 && offset === 0) return nodes;
  type Point = { line: number; offset?: number };
  const stack: { position?: { start: Point; end: Point }; children?: unknown[] }[] = [...nodes];
  // A point object shared by two nodes moves once.
  const moved = new Set<Point>();
  const move = (point: Point): void => {
    if (moved.has(point)) return;
    moved.add(point);
    point.line += lines;
    if (point.offset !== undefined) point.offset += offset;
  };
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position !== undefined) {
      move(node.position.start);
      move(node.position.end);
    }
    if (node.children !== undefined) for (const child of node.children) stack.push(child as (typeof stack)[number]);
  }
  return nodes;
}
