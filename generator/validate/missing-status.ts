/**
 * Rule `missing-status`: entries whose HTTP status the spec gives nowhere, so that the catalog's
 * default is sent for them. One warning per catalog, listing the codes, at the first of them:
 * a doc that states no status at all is one finding, not one per row.
 */

import type { Reporter } from '../diagnostics.js';
import type { Candidate } from '../extract/index.js';

/** Codes named in the message before the rest are counted. */
const LISTED = 10;

/** Warn once about every entry without a status (success codes are HTTP 200 and are not listed). */
export function missingStatus(candidates: readonly Candidate[], reporter: Reporter): void {
  const missing = candidates.filter((candidate) => candidate.httpStatus === null && !candidate.success);
  if (missing.length === 0) return;
  const named = missing.slice(0, LISTED).map((candidate) => `\`${candidate.code}\``).join(', ');
  const more = missing.length > LISTED ? ` and ${(missing.length - LISTED).toLocaleString('en')} more` : '';
  const which = missing.length === candidates.length ? `all ${missing.length.toLocaleString('en')}` : `${missing.length.toLocaleString('en')} of ${candidates.length.toLocaleString('en')}`;
  reporter.report(
    'warning',
    'missing-status',
    `Unexpected entries without an HTTP status: ${which} (${named}${more}), expected a status column, a status heading (\`### 404 Not Found\`) or a sentence (\`returned with HTTP 404\`); they are sent with the catalog's default status (\`defaultHttpStatus\`)`,
    missing[0]!.at,
  );
}
