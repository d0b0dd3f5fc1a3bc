/**
 * The layout of a JSDoc comment, as ts-morph lays out `docs`: one line as `/** text *\/`, more
 * as a block with ` * ` before each line (` *` alone for an empty one).
 */

/**
 * The lines of the comment for `text`, without indentation; none for empty text.
 *
 * @param text a description from `jsDocText`, or fixed text of the generator; never raw spec text.
 */
export function jsDocLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.length === 1) return [`/** ${text} */`];
  return ['/**', ...lines.map((line) => (line === '' ? ' *' : ` * ${line}`)), ' */'];
}
