/**
 * Spec text to blocks.
 */

import { Reporter } from '../diagnostics.js';
import type { Block } from './blocks.js';
import { parseMarkdown } from './markdown.js';
import { recoverCodeHeadings } from './recover/code-headings.js';
import { toBlocks } from './to-blocks.js';

/** Lines longer than this are not read: no error-code document has one, and they are a sign of a generated or binary file. */
export const MAX_LINE_LENGTH = 1_000_000;

/**
 * Blocks of a spec. `text` must already have LF line endings and no BOM. An empty spec,
 * or one with a line longer than `MAX_LINE_LENGTH`, is reported as an error and gives no blocks.
 */
export function parse(text: string, reporter: Reporter = new Reporter('')): Block[] {
  if (text.trim() === '') {
    reporter.report('error', 'empty-spec', 'Unexpected empty spec, expected Markdown with an error-code table', { line: 1, column: 1 });
    return [];
  }
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const length = (end === -1 ? text.length : end) - start;
    if (length > MAX_LINE_LENGTH) {
      reporter.report(
        'error',
        'line-too-long',
        `Unexpected line of ${length.toLocaleString('en')} characters, expected at most ${MAX_LINE_LENGTH.toLocaleString('en')}; the spec is not read`,
        { line, column: 1 },
      );
      return [];
    }
    if (end === -1) break;
    start = end + 1;
  }
  return recoverCodeHeadings(toBlocks(parseMarkdown(text), text));
}
