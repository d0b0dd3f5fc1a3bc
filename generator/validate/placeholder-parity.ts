/**
 * Rule `placeholder-parity`: the messages of one code in two locales take different
 * parameters, so that formatting one of them would drop or miss a value.
 */

import type { Reporter } from '../diagnostics.js';
import type { Candidate } from '../extract/index.js';
import { parametersOf, placeholdersOf } from '../extract/placeholders.js';
import { LOCALES, type Point } from '../model.js';

/** `name:type` of each parameter, sorted, for comparison and for the message. */
function signature(message: string): string[] {
  return parametersOf(placeholdersOf(message))
    .map(({ name, type }) => `${name}:${type}`)
    .sort();
}

/** `{a}, %d` for the message, or `none`. */
function listed(message: string): string {
  const tokens = placeholdersOf(message).map((placeholder) => `\`${placeholder.token}\``);
  return tokens.length === 0 ? 'none' : tokens.join(', ');
}

/**
 * Warn about each entry whose messages in two locales differ in placeholder names or types,
 * at the second locale's cell, naming the first's position.
 */
export function placeholderParity(candidates: readonly Candidate[], reporter: Reporter): void {
  for (const candidate of candidates) {
    const present = LOCALES.filter((locale) => candidate.messages[locale] !== undefined);
    const [first, ...others] = present;
    if (first === undefined) continue;
    const firstMessage = candidate.messages[first]!;
    const at = (locale: typeof first): Point => candidate.messageAt?.[locale] ?? candidate.at;
    for (const locale of others) {
      const message = candidate.messages[locale]!;
      if (signature(message).join() === signature(firstMessage).join()) continue;
      const there = at(first);
      reporter.report(
        'warning',
        'placeholder-parity',
        `Unexpected placeholders ${listed(message)} in the ${locale} message of \`${candidate.code}\`, expected the same as the ${first} message at ${there.line}:${there.column} (${listed(firstMessage)})`,
        at(locale),
      );
    }
  }
}
