/**
 * Rule `outside-section`: an entry that no error section holds. A section is an error section
 * when its title speaks of errors or codes; a document without any has nothing to be outside of.
 */

import type { Rule } from './finding.js';

/** Titles of error sections: "错误码", "通用错误", "Error codes", "HTTP 返回状态码为400的错误说明", "异常". */
const ERROR_SECTION = /错误|错误码|异常|失败|状态码|返回码|error|code|status|exception|fault|failure/i;

export const outsideSection: Rule = ({ kept, blocks }) => {
  const sections = blocks.filter((block) => block.type === 'heading' || block.type === 'label');
  if (!sections.some((block) => ERROR_SECTION.test(block.text))) return [];
  return kept
    .filter((row) => !row.groupPath.some((title) => ERROR_SECTION.test(title)))
    .map((row) => ({
      rule: 'outside-section',
      message:
        row.group === null
          ? `Unexpected entry \`${row.code}\` before any section, expected it under an error section; move it, or put a heading above it`
          : `Unexpected entry \`${row.code}\` in section "${row.group}", expected it under an error section; move it, or name the section after its errors`,
      at: row.at,
    }));
};
