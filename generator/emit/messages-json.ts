/**
 * `<id>/messages/<locale>.json`: flat i18next-style resources, one file per locale.
 */

import type { Catalog } from '../model.js';
import { stringLiteral } from './literals.js';
import type { GeneratedFile } from './types.js';
import { interpolationMessage } from './messages.js';

/**
 * One file per locale: `{ "<code>": "<message>" }` in spec order (written key by key: an object would
 * move codes such as `"4001001"` first), placeholders as `{{name}}`, so `i18next.t` gives what `formatMessage` does.
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
