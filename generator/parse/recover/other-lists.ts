/**
 * Lists that name other things than errors. A list of `NAME: text` lines under a heading such as
 * `## Configuration`, `## Parameters` or `## 环境变量` names settings or fields, though its names look
 * like codes (`LOG_LEVEL`, `room_id`): it stays prose. Only lists read from their shape alone
 * (code lines, definitions) are judged so; records that label their code (`Error Number: 7001`),
 * tables with a header and headings saying error or code are left alone.
 */

import type { Block, TableBlock } from '../blocks.js';

/** Heading words of sections that list settings, fields, steps or releases. */
const OTHER_THINGS =
  /\b(?:configuration|config|options?|settings?|parameters?|params|arguments?|flags?|environment(?:\s+variables?)?|variables?|fields?|properties|attributes|features?|glossary|terms|terminology|changelog|changes|release\s+notes|install(?:ation)?|requirements|prerequisites|faq|usage|examples?)\b|参数|配置|字段|属性|选项|环境变量|术语|更新日志|版本说明|安装/i;

/** Heading words that say the section lists errors after all (`## Parameter errors`). */
const ERROR_WORDS = /error|code|fault|exception|failure|status|错误|码|异常|失败/i;

/** Origins of tables read from the shape of their lines, without a header or a code label. */
const SHAPED: ReadonlySet<TableBlock['origin']> = new Set(['list', 'lines', 'definitions']);

/** True when a heading titles a section of settings, fields, steps or releases, not of errors. */
export function namesOtherThings(heading: string): boolean {
  return OTHER_THINGS.test(heading) && !ERROR_WORDS.test(heading);
}

/**
 * `blocks` with every shaped list in a section of other things turned back into prose; a section's
 * subsections are of other things too (`## Changelog` > `### 2.3.0`) unless their heading says errors.
 */
export function dropOtherLists(blocks: readonly Block[]): Block[] {
  const open: { depth: number; other: boolean }[] = [];
  return blocks.map((block) => {
    if (block.type === 'heading') {
      while ((open[open.length - 1]?.depth ?? 0) >= block.depth) open.pop();
      const inherited = open[open.length - 1]?.other === true && !ERROR_WORDS.test(block.text);
      open.push({ depth: block.depth, other: namesOtherThings(block.text) || inherited });
    }
    if (block.type !== 'table' || open[open.length - 1]?.other !== true || !SHAPED.has(block.origin)) return block;
    const text = block.rows.map((row) => row.cells.map((cell) => cell.text).filter((cell) => cell !== '').join(' ')).join('\n');
    return { type: 'text', text, line: block.line, column: block.column };
  });
}
