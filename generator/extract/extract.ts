/**
 * Blocks to candidate entries: sections give groups, tables give rows, the first JSON
 * example gives the envelope.
 */

import type { Reporter } from '../diagnostics.js';
import type { SkippedRow } from '../model.js';
import type { Block } from '../parse/index.js';
import type { Candidate, Extraction } from './candidate.js';
import { readExample } from './envelope.js';
import { NO_FRONT_MATTER, readFrontMatter } from './front-matter.js';
import { Sections } from './sections.js';
import { readTable } from './table.js';
import { append } from '../append.js';

/**
 * The document states that codes start with their HTTP status:
 * "code的组成格式是{HTTP返回状态码}+{错误编号}", "{HTTP status}{sequence}".
 */
export const STATUS_PREFIX_CONVENTION = /\{[^{}]*(?:http|状态)[^{}]*\}\s*\+?\s*\{/i;

/** Read candidates from a spec's blocks. `fallbackTitle` is used when the document has none. */
export function extract(blocks: readonly Block[], fallbackTitle: string, reporter: Reporter): Extraction {
  const statusPrefix = blocks.some(
    (block) => (block.type === 'heading' || block.type === 'text' || block.type === 'label') && STATUS_PREFIX_CONVENTION.test(block.text),
  );
  const sections = new Sections();
  const candidates: Candidate[] = [];
  const skipped: SkippedRow[] = [];
  let frontMatter = NO_FRONT_MATTER;
  // The sentence just before a table, which may say what it lists ("List of retry hints:").
  let intro: string | null = null;
  for (const block of blocks) {
    if (block.type === 'heading') sections.heading(block);
    else if (block.type === 'label') sections.label(block);
    else sections.other();
    if (block.type === 'text') sections.text(block.text);
    if (block.type === 'front-matter') frontMatter = readFrontMatter(block, reporter);
    if (block.type !== 'table') {
      intro = block.type === 'text' ? block.text : null;
      continue;
    }
    const result = readTable(block, { groupPath: sections.path(), sectionStatus: sections.status(), statusPrefix, intro }, reporter);
    intro = null;
    if (result === null) continue;
    append(candidates, result.candidates);
    append(skipped, result.skipped);
  }
  const title = frontMatter.title ?? titleOf(blocks) ?? fallbackTitle;
  return { title, candidates, skipped, example: readExample(blocks), frontMatter };
}

function titleOf(blocks: readonly Block[]): string | null {
  const headings = blocks.filter((block) => block.type === 'heading');
  const top = headings.find((heading) => heading.depth === 1) ?? headings[0];
  if (top !== undefined) return top.text;
  const first = blocks.find((block) => block.type === 'label' || block.type === 'text');
  return first !== undefined && 'text' in first ? first.text.split('\n')[0]! : null;
}
