/**
 * Rule `outside-section`: an entry that no error section holds. A section is an error section
 * when its title speaks of errors or codes; the document's own title counts only for entries
 * no other section holds (it holds everything), and a document without any error section has nothing to be outside of.
 */

import type { Rule } from './finding.js';

/** Titles of error sections: "错误码", "通用错误", "Error codes", "HTTP 返回状态码为400的错误说明", "异常". */
const ERROR_SECTION = /错误|错误码|异常|失败|状态码|返回码|error|code|status|exception|fault|failure/i;

export const outsideSection: Rule = ({ kept, blocks, catalog }) => {
  const sections = blocks.flatMap((block) => ((block.type === 'heading' || block.type === 'label') && block.text !== catalog.title ? [block.text] : []));
  if (!sections.some((title) => ERROR_SECTION.test(title))) return [];
  return kept
    .filter((row) => {
      // The title holds an entry only when no other section does.
      const own = row.groupPath.filter((title) => title !== catalog.title);
      return !(own.length === 0 ? row.groupPath : own).some((title) => ERROR_SECTION.test(title));
    })
    .map((row) => ({
      rule: 'outside-section',
      message:
        row.group === null
          ? `Unexpected entry \`${row.code}\` before any section, expected it under an error section; move it, or put a heading above it`
          : `Unexpected entry \`${row.code}\` in section "${row.group}", expected it under an error section; move it, or name the section after its errors`,
      at: row.at,
    }));
};
