/**
 * Rule `stated-convention`: a code that does not follow the format the document itself states
 * (`A/B/C + 4 位数字`, `{module}.{resource}.{reason}`, `{HTTP返回状态码}+{错误编号}`). A code
 * passes when it follows any format the document states. Success codes (`0`, `200 OK`) are not
 * error codes and are not checked.
 */

import type { Finding, Rule } from './finding.js';

export const statedConvention: Rule = ({ kept, conventions }) => {
  if (conventions.length === 0) return [];
  const findings: Finding[] = [];
  for (const row of kept) {
    if (row.success || conventions.some((convention) => convention.pattern.test(row.code))) continue;
    const expected = conventions.map((convention) => `${convention.description} as stated at line ${convention.at.line}`).join(', or ');
    const why = conventions.length === 1 ? conventions[0]!.explain(row.code) : null;
    findings.push({
      rule: 'stated-convention',
      message: `Unexpected code \`${row.code}\`${why === null ? '' : ` (${why})`}, expected ${expected}; rename the code or correct the statement`,
      at: row.codeAt,
    });
  }
  return findings;
};
