/**
 * Typed message parameters: which codes take which values, as TypeScript types, shared by
 * `messages.ts` (formatMessage) and `errors.ts` (constructors and factory).
 */

import type { CodeBlockWriter } from 'ts-morph';
import { parametersOf, placeholdersOf } from '../extract/placeholders.js';
import type { Catalog, Entry } from '../model.js';
import { derivedNames } from '../names.js';
import { codeMember, codeMemberType } from './codes-file.js';
import { stringLiteral } from './literals.js';
import { writeJsDoc } from './print.js';

/** Values of placeholders when the code is not known statically. */
export const MESSAGE_VALUES = 'Readonly<Record<string, string | number>>';

/**
 * The parameters of an entry: the placeholders of all its messages (translations merged after
 * extraction included, so read from the text), each name once.
 */
export function entryParameters(entry: Entry): ReturnType<typeof parametersOf> {
  return parametersOf(Object.values(entry.messages).flatMap((message) => placeholdersOf(message)));
}

/** True when any entry's message has a placeholder. */
export function hasParameters(catalog: Catalog): boolean {
  return catalog.entries.some((entry) => entryParameters(entry).length > 0);
}

/** The type of an entry's parameters, e.g. `PetCoreMessageParams[PetCoreErrorCode.A0400]`. */
export function entryParamsType(catalog: Catalog, entry: Entry): string {
  return `${derivedNames(catalog.names).messageParams}[${codeMemberType(catalog, entry)}]`;
}

/**
 * `export interface <X>MessageParams { [Code.A]: { readonly field: string }; ... }`, only the
 * codes with placeholders; and `<X>MessageArgs<C>`, the rest arguments of `formatMessage`.
 */
export function writeMessageParams(writer: CodeBlockWriter, catalog: Catalog): void {
  const { messageParams, messageArgs } = derivedNames(catalog.names);
  const { enumName } = catalog.names;
  writeJsDoc(writer, 'The values each code\'s message takes, for the codes whose message has placeholders.');
  writer.write(`export interface ${messageParams} `);
  const withParams = catalog.entries.flatMap((entry) => {
    const parameters = entryParameters(entry);
    return parameters.length === 0 ? [] : [{ entry, parameters }];
  });
  if (withParams.length === 0) writer.write('{}');
  else
    writer.block(() => {
      for (const { entry, parameters } of withParams) {
        const members = parameters.map(({ name, type }) => `readonly ${stringLiteral(name)}: ${type}`).join('; ');
        writer.writeLine(`[${codeMember(catalog, entry)}]: { ${members} };`);
      }
    });
  writer.blankLine();
  writeJsDoc(
    writer,
    [
      'What `formatMessage` takes after the locale: the values of the code\'s placeholders when it has',
      'some, nothing for a listed code without, optional values for any other string.',
    ].join('\n'),
  );
  const listed = catalog.entries.length === 0 ? '' : ` : C extends ${enumName} ? []`;
  writer.writeLine(
    `export type ${messageArgs}<C extends string> = C extends keyof ${messageParams} ? [params: ${messageParams}[C]]${listed} : [params?: ${MESSAGE_VALUES}];`,
  );
}
