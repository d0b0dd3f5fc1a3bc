/**
 * The parse stage: spec text to blocks (mdast via remark, plus recovery of broken tables).
 */

export type { Block, Cell, CodeBlock, FrontMatterBlock, HeadingBlock, LabelBlock, Row, TableBlock, TableOrigin, TextBlock } from './blocks.js';
export { parse } from './parse.js';
