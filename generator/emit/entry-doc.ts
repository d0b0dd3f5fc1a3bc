/**
 * The documentation of one error code, as an editor hover shows it on the enum member
 * and on the error class.
 */

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
 * The JSDoc description of an entry: its messages (labelled by locale when there are
 * several), its description when it says something the messages do not, HTTP status (or
 * the default the errors take), whether it may be retried when the spec says, remedy with its
 * line breaks, and the spec line; on one line when every part is one line and they fit in `ONE_LINE`.
 *
 * @param entry the entry documented.
 * @param catalog the entry's catalog, for the spec path and the default HTTP status.
 * @param repoPrefix the project's folder in its repository, for the docs link.
 * @returns escaped text for `docs` or `writeJsDoc`.
 */
export function entryDoc(entry: Entry, catalog: Catalog, repoPrefix: string): string {
  const messages = LOCALES.flatMap((locale) => {
    const message = entry.messages[locale];
    return message === undefined ? [] : [{ locale, message }];
  });
  const paragraphs =
    messages.length === 1
      ? messages.map(({ message }) => message)
      : messages.map(({ locale, message }) => `${locale}: ${message}`);
  if (entry.description !== null && !messages.some(({ message }) => message === entry.description)) {
    paragraphs.push(entry.description);
  }
  if (entry.success) paragraphs.push('The spec documents this code as a success');
  if (entry.httpStatus !== null) {
    const origin = entry.httpStatusSource === null ? '' : STATUS_ORIGIN[entry.httpStatusSource];
    paragraphs.push(`HTTP status: ${entry.httpStatus}${origin}`);
  } else {
    paragraphs.push(`HTTP status: none in the spec; errors take the default, ${catalog.options.defaultHttpStatus}`);
  }
  if (entry.retryable !== null) paragraphs.push(`Retryable: ${entry.retryable ? 'yes' : 'no'}, as the spec says`);
  if (entry.remedy !== null) paragraphs.push(`Remedy:${/[\n\r\u2028\u2029]/.test(entry.remedy) ? '\n' : ' '}${entry.remedy}`);
  paragraphs.push(`Spec: ${catalog.source}:${entry.line}`);
  const docs = docsLink(catalog, entry, repoPrefix);
  if (docs !== null) paragraphs.push(`Docs: ${docs}`);
  // Short paragraphs of one line each say as much on one line, parted by ` · `.
  const line = jsDocText([paragraphs.join(' · ')]);
  return line.includes('\n') || line.length > ONE_LINE ? jsDocText(paragraphs) : line;
}
