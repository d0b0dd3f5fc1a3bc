/**
 * Rule `missing-message`: an entry with no message in any locale.
 */

import type { Rule } from './finding.js';

export const missingMessage: Rule = ({ kept }) =>
  kept
    .filter((row) => Object.keys(row.messages).length === 0)
    .map((row) => ({
      rule: 'missing-message',
      message: `Unexpected empty message for code \`${row.code}\`, expected text in a message or description cell; write what the error means`,
      at: row.at,
    }));
