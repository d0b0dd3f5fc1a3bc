/**
 * Markdown to mdast with unified, remark-parse, remark-gfm (tables) and remark-frontmatter
 * (so a YAML header is read as such, not as a paragraph and a thematic break).
 *
 * remark is loaded on the first parse, not on import: a run whose specs all come from the
 * cache never needs it. It is loaded with `require` (Node 20.19+ loads ES modules that way)
 * so that parsing stays synchronous.
 */

import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import type remarkFrontmatterType from 'remark-frontmatter';
import type remarkGfmType from 'remark-gfm';
import type remarkParseType from 'remark-parse';
import type { Processor } from 'unified';
import type { unified as unifiedType } from 'unified';
import { timed } from '../timings/index.js';

let processor: Processor<Root> | undefined;

function load(): Processor<Root> {
  const require = createRequire(import.meta.url);
  const { unified } = require('unified') as { unified: typeof unifiedType };
  const remarkParse = (require('remark-parse') as { default: typeof remarkParseType }).default;
  const remarkFrontmatter = (require('remark-frontmatter') as { default: typeof remarkFrontmatterType }).default;
  const remarkGfm = (require('remark-gfm') as { default: typeof remarkGfmType }).default;
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze() as unknown as Processor<Root>;
}

/** Parse Markdown text (LF line endings) into an mdast tree with positions. */
export function parseMarkdown(text: string): Root {
  return timed('markdown', () => {
    processor ??= load();
    return processor.parse(text);
  });
}
