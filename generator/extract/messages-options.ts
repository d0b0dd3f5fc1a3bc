/**
 * The front matter options of issue 9 under `errspec:`: `problem-type-base`, `docs-url`
 * (absolute http(s) URLs) and `remedy-in-response` (a boolean).
 */

import type { Reporter } from '../diagnostics.js';
import type { CatalogOptions, Point } from '../model.js';

/** What the front matter sets of these options; an option it does not set is absent. */
export type MessagesOptions = Partial<Pick<CatalogOptions, 'problemTypeBase' | 'docsUrl' | 'remedyInResponse'>>;

/** The keys, as written under `errspec:`. */
export const MESSAGES_OPTIONS: readonly string[] = ['problem-type-base', 'docs-url', 'remedy-in-response'];

/** True for an absolute URL or URN a generated link can start with. */
export function isBaseUri(text: string): boolean {
  return /^(?:https?:\/\/[^\s"'<>`\\]+|urn:[A-Za-z0-9][^\s"'<>`\\]*)$/.test(text);
}

/**
 * Read one option into `into`; a bad value is reported and left out.
 *
 * @param key one of `MESSAGES_OPTIONS`.
 * @param scalar the value when it is a YAML scalar, else `undefined` (the caller holds the yaml library, loaded lazily).
 * @param into the options read so far.
 * @param at the key's position.
 */
export function readMessagesOption(
  key: string,
  scalar: unknown,
  into: Partial<Record<keyof MessagesOptions, unknown>>,
  at: Point,
  reporter: Reporter,
): void {
  if (key === 'remedy-in-response') {
    if (typeof scalar === 'boolean') into.remedyInResponse = scalar;
    else reporter.report('warning', 'front-matter', `Unexpected \`remedy-in-response: ${String(scalar)}\`, expected \`true\` or \`false\``, at);
    return;
  }
  const text = typeof scalar === 'string' ? scalar.trim() : '';
  if (isBaseUri(text)) into[key === 'docs-url' ? 'docsUrl' : 'problemTypeBase'] = text;
  else reporter.report('warning', 'front-matter', `Unexpected \`${key}: ${String(scalar)}\`, expected an absolute http(s) URL or a URN`, at);
}
