/**
 * `<id>/status.ts`: the HTTP status and retryability of each code as the spec gives them,
 * the default status, and the lookups that fill in what the spec leaves out.
 */

import { StructureKind, VariableDeclarationKind, type CodeBlockWriter } from 'ts-morph';
import type { Catalog, Entry } from '../model.js';
import { codeMember } from './codes-file.js';
import { catalogHeader } from './header.js';
import { jsDocText, numberLiteral } from './literals.js';
import { derivedNames } from '../names.js';
import { writeJsDoc } from './print.js';
import type { EmitContext, TypeScriptFile } from './types.js';

/**
 * A frozen map from code to what the spec says, keyed by enum member (computed keys, so a
 * code such as `__proto__` is an own property, never the prototype).
 */
function writeCodeMap(writer: CodeBlockWriter, catalog: Catalog, name: string, type: string, value: (entry: Entry) => string): void {
  writer.write(`export const ${name}: Readonly<Record<${catalog.names.enumName}, ${type}>> = Object.freeze(`);
  if (catalog.entries.length === 0) writer.write('{}');
  else
    writer.inlineBlock(() => {
      for (const entry of catalog.entries) writer.writeLine(`[${codeMember(catalog, entry)}]: ${value(entry)},`);
    });
  writer.write(');');
}

/**
 * The status map and `getXHttpStatus(code)` (spec truth: `null` where the spec gives none),
 * `xDefaultHttpStatus`, the retryable map (spec truth: `null` where it says nothing),
 * `isRetryableHttpStatus(status)` and `isXRetryable(code, httpStatus?)`.
 *
 * @param catalog the catalog; `names.statusMap` and `names.statusLookup` name the status
 *   exports, `derivedNames` the others.
 * @param context names the generator in the header.
 */
export function emitStatus(catalog: Catalog, context: EmitContext): TypeScriptFile {
  const { enumName, statusMap, statusLookup } = catalog.names;
  const { defaultHttpStatus, retryableMap, retryableLookup } = derivedNames(catalog.names);
  return {
    path: `${catalog.id}/status.ts`,
    structure: {
      leadingTrivia: catalogHeader(catalog, context),
      statements: [
        { kind: StructureKind.ImportDeclaration, moduleSpecifier: './codes.js', namedImports: [enumName] },
        (writer) => {
          writeJsDoc(writer, jsDocText([`HTTP status of each code in ${catalog.source}; \`null\` where the spec gives none.`]));
          writeCodeMap(writer, catalog, statusMap, 'number | null', (entry) =>
            entry.httpStatus === null ? 'null' : numberLiteral(entry.httpStatus),
          );
        },
        {
          kind: StructureKind.Function,
          isExported: true,
          name: statusLookup,
          docs: [
            'The HTTP status the spec gives a code: a number, `null` for a code the spec lists without a status,\n' +
              '`undefined` for a code the spec does not list.',
          ],
          parameters: [{ name: 'code', type: 'string' }],
          returnType: 'number | null | undefined',
          statements: [
            '// Own properties only: a code such as "toString" must not find Object.prototype\'s.',
            `const statuses: Readonly<Record<string, number | null>> = ${statusMap};`,
            'return Object.hasOwn(statuses, code) ? statuses[code] : undefined;',
          ],
        },
        {
          kind: StructureKind.VariableStatement,
          isExported: true,
          declarationKind: VariableDeclarationKind.Const,
          docs: [
            jsDocText([
              `HTTP status of an error whose code has none in ${catalog.source}, or which the spec does not list ` +
                "(when the response's status is not known).",
            ]),
          ],
          declarations: [{ name: defaultHttpStatus, type: 'number', initializer: numberLiteral(catalog.options.defaultHttpStatus) }],
        },
        (writer) => {
          writeJsDoc(
            writer,
            jsDocText([`Whether a client may retry each code, as the retryable column of ${catalog.source} says; \`null\` where it says nothing.`]),
          );
          writeCodeMap(writer, catalog, retryableMap, 'boolean | null', (entry) => (entry.retryable === null ? 'null' : String(entry.retryable)));
        },
        {
          kind: StructureKind.Function,
          isExported: true,
          name: 'isRetryableHttpStatus',
          docs: ['True for the statuses a client may retry on: 429 (too many requests) and 5xx (server errors).\n\n@param status an HTTP status.'],
          parameters: [{ name: 'status', type: 'number' }],
          returnType: 'boolean',
          statements: ['return status === 429 || (status >= 500 && status <= 599);'],
        },
        {
          kind: StructureKind.Function,
          isExported: true,
          name: retryableLookup,
          docs: [
            [
              "Whether a client may retry an error with this code: the spec's retryable column when it says, else",
              'true for HTTP 429 and 5xx.',
              '',
              '@param code a code of the spec, or any other string.',
              `@param httpStatus the error's HTTP status; by default the spec's for the code, else \`${defaultHttpStatus}\`.`,
            ].join('\n'),
          ],
          parameters: [
            { name: 'code', type: 'string' },
            { name: 'httpStatus', type: 'number', hasQuestionToken: true },
          ],
          returnType: 'boolean',
          statements: [
            `const retryable: Readonly<Record<string, boolean | null>> = ${retryableMap};`,
            'const said = Object.hasOwn(retryable, code) ? retryable[code] : undefined;',
            `return said ?? isRetryableHttpStatus(httpStatus ?? ${statusLookup}(code) ?? ${defaultHttpStatus});`,
          ],
        },
      ],
    },
  };
}
