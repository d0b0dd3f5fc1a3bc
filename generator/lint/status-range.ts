/**
 * Rule `status-range`: an HTTP status outside 100–599.
 */

import type { Rule } from './finding.js';

export const statusRange: Rule = ({ candidates }) =>
  candidates
    .filter(({ httpStatus }) => httpStatus !== null && (httpStatus < 100 || httpStatus > 599))
    .map((row) => ({
      rule: 'status-range',
      message: `Unexpected HTTP status ${row.httpStatus} for code \`${row.code}\`, expected 100 to 599; use a real HTTP status`,
      at: row.statusAt,
    }));
