/**
 * One heading per code, the message in the paragraphs below it:
 *
 *     ### INVALID_TOKEN
 *     The token is invalid.
 *     HTTP status: 401
 *
 * A run of at least two such headings at one depth becomes a table.
 */

import type { Block, Cell, HeadingBlock, Row, TableBlock } from '../blocks.js';
import { STATUS_LINE } from './definitions.js';
import { isCodeLike } from './rows.js';

/** A heading that names a code and, in parentheses, another identifier of it: `NAME_OF_CODE (12)`. */
const NAMED = /^(\S+)\s*[(（]\s*([^()（）\s]+)\s*[)）]$/;

/** The code a heading names (`INVALID_TOKEN`, `` `E1001` ``, `NAME (12)`), or `null`. */
function headingCode(block: Block): string | null {
  if (block.type !== 'heading') return null;
  const code = block.text.trim();
  if (isCodeLike(code)) return code;
  const named = NAMED.exec(code);
  // The name is the code: it is unique where numbers often repeat across families of codes.
  return named !== null && isCodeLike(named[1]!) && isCodeLike(named[2]!) ? named[1]! : null;
}

/** `blocks` with every run of code headings (and the prose under them) turned into one table. */
export function recoverCodeHeadings(blocks: readonly Block[]): Block[] {
  const result: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const run: { heading: HeadingBlock; code: string; body: Block[] }[] = [];
    let j = i;
    while (j < blocks.length) {
      const heading = blocks[j]!;
      const code = headingCode(heading);
      if (code === null || heading.type !== 'heading' || (run[0] !== undefined && heading.depth !== run[0].heading.depth)) break;
      let k = j + 1;
      const body: Block[] = [];
      while (k < blocks.length && (blocks[k]!.type === 'text' || blocks[k]!.type === 'label')) body.push(blocks[k++]!);
      run.push({ heading, code, body });
      j = k;
    }
    if (run.length >= 2 && run.every((item) => item.body.length > 0)) {
      result.push(toTable(run));
      i = j;
    } else {
      result.push(blocks[i]!);
      i++;
    }
  }
  return result;
}

function toTable(run: readonly { heading: HeadingBlock; code: string; body: Block[] }[]): TableBlock {
  const rows: Row[] = run.map(({ heading, code, body }) => {
    const texts = body.flatMap((block) => ('text' in block && block.type !== 'heading' ? [{ text: block.text, line: block.line, column: block.column }] : []));
    const status = texts.flatMap((text) => text.text.split('\n')).map((line) => STATUS_LINE.exec(line)).find((match) => match !== null);
    const prose = texts
      .map((text) => ({ ...text, text: text.text.split('\n').filter((line) => line.trim() !== '' && !STATUS_LINE.test(line)).join('\n') }))
      .filter((text) => text.text !== '');
    // The first paragraph is the message; later ones describe the cause or the fix.
    const first = prose[0];
    const rest = prose.slice(1);
    const cells: Cell[] = [
      { text: code, line: heading.line, column: heading.column },
      { text: status?.[1] ?? '', line: first?.line ?? heading.line, column: 1 },
      { text: first?.text ?? '', line: first?.line ?? heading.line, column: first?.column ?? 1 },
      { text: rest.map((text) => text.text).join('\n'), line: rest[0]?.line ?? heading.line, column: rest[0]?.column ?? 1 },
    ];
    return { cells, line: heading.line, column: heading.column };
  });
  const first = run[0]!.heading;
  return {
    type: 'table',
    origin: 'headings',
    header: null,
    hints: ['code', 'status', 'text', 'text'],
    rows,
    note: `one heading per code, its message below; read ${rows.length} entries`,
    unreadable: [],
    line: first.line,
    column: first.column,
    // The last heading's body ends where its last block starts: good enough, fmt does not rewrite headings.
    endLine: Math.max(run[run.length - 1]!.heading.line, ...run[run.length - 1]!.body.map((block) => block.line)),
  };
}
