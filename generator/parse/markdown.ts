/**
 * Markdown to mdast with unified, remark-parse, remark-gfm (tables) and remark-frontmatter
 * (so a YAML header is read as such, not as a paragraph and a thematic break).
 */

import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze();

/** Parse Markdown text (LF line endings) into an mdast tree with positions. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
