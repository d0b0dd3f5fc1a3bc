/**
 * `<id>/messages/<locale>.json`: flat i18next-style resources, one file per locale.
 */

import type { Catalog } from '../model.js';
import { stringLiteral } from './literals.js';
import type { GeneratedFile } from './types.js';
import { interpolationMessage } from './messages.js';

/**
 * One JSON file per locale of the catalog: `{ "<code>": "<message>" }` for the entries
 * with a message in that locale, in spec order; placeholders in i18next's `{{name}}` form, so
 * that `i18next.t(code, params)` gives what `formatMessage(code, locale, params)` gives.
 *
 * The text is written key by key: a JavaScript object would move integer-like codes such
 * as `"4001001"` to the front.
 *
 * @param catalog the catalog; one file per entry of `locales`.
 */
export function emitMessagesJson(catalog: Catalog): GeneratedFile[] {
  return catalog.locales.map((locale) => {
    const members = catalog.entries.flatMap((entry) => {
      const message = interpolationMessage(entry, locale);
      // `stringLiteral` output is valid JSON as well as TypeScript.
      return message === undefined ? [] : [`  ${stringLiteral(entry.code)}: ${stringLiteral(message)}`];
    });
    const content = members.length === 0 ? '{}\n' : `{\n${members.join(',\n')}\n}\n`;
    return { path: `${catalog.id}/messages/${locale}.json`, content };
  });
}
