/** The documentation of one error code, as an editor hover shows it on its enum member. */

import { LOCALES, type Catalog, type Entry, type StatusSource } from '../model.js';
import { jsDocText } from './literals.js';
import { docsLink } from './problem.js';

/** How the status line says where a status that is not from a status column came from. */
const STATUS_ORIGIN: Readonly<Record<StatusSource, string>> = {
  column: '',
  section: ', from its section of the spec',
  'code-prefix': ', inferred from the code',
  success: ', as a success code',
};

/** The longest documentation written on one line. */
const ONE_LINE = 160;

/**
 * An entry's escaped JSDoc description: its messages (by locale when several), a description that says
 * more, HTTP status (or the default), retryable when the spec says, remedy, spec line and docs link;
 * on one line when every part is one line and they fit in `ONE_LINE`.
 */
export function entryDoc(entry: Entry, catalog: Catalog, repoPrefix: string): string {
  const messages = LOCALES.flatMap((locale) => {
    const message = entry.messages[locale];
    return message === undefined ? [] : [{ locale, message }];
  });
  const paragraphs = messages.map(({ locale, message }) => (messages.length === 1 ? message : `${locale}: ${message}`));
  if (entry.description !== null && !messages.some(({ message }) => message === entry.description)) paragraphs.push(entry.description);
  if (entry.success) paragraphs.push('The spec documents this code as a success');
  const origin = entry.httpStatusSource === null ? '' : STATUS_ORIGIN[entry.httpStatusSource];
  paragraphs.push(entry.httpStatus === null ? `HTTP status: none in the spec; errors take the default, ${catalog.options.defaultHttpStatus}` : `HTTP status: ${entry.httpStatus}${origin}`);
  if (entry.retryable !== null) paragraphs.push(`Retryable: ${entry.retryable ? 'yes' : 'no'}, as the spec says`);
  if (entry.remedy !== null) paragraphs.push(`Remedy:${/[\n\r\u2028\u2029]/.test(entry.remedy) ? '\n' : ' '}${entry.remedy}`);
  paragraphs.push(`Spec: ${catalog.source}:${entry.line}`);
  const docs = docsLink(catalog, entry, repoPrefix);
  if (docs !== null) paragraphs.push(`Docs: ${docs}`);
  // Short paragraphs of one line each say as much on one line, parted by ` · `.
  const line = jsDocText([paragraphs.join(' · ')]);
  return line.includes('\n') || line.length > ONE_LINE ? jsDocText(paragraphs) : line;
}
