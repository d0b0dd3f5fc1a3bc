/**
 * Spec text to blocks.
 */

import type { Block } from './blocks.js';
import { parseMarkdown } from './markdown.js';
import { recoverCodeHeadings } from './recover/code-headings.js';
import { toBlocks } from './to-blocks.js';

/** Blocks of a spec. `text` must already have LF line endings and no BOM. */
export function parse(text: string): Block[] {
  return recoverCodeHeadings(toBlocks(parseMarkdown(text), text));
}
