/**
 * `<id>/status.ts`: the HTTP status and retryability of each code as the spec gives them,
 * the default status, and the lookups that fill in what the spec leaves out.
 */

import { StructureKind, VariableDeclarationKind, type CodeBlockWriter } from 'ts-morph';
import type { Catalog, Entry } from '../model.js';
import { catalogHeader } from './header.js';
import { jsDocText, numberLiteral } from './literals.js';
import { derivedNames } from '../names.js';
import { frozenMapSlot, type FrozenMap } from './map-slot.js';
import { inline, slotted, type Slot } from './slots.js';
import type { EmitContext, TypeScriptFile } from './types.js';

/**
 * A frozen map from code to what the spec says, keyed by enum member (computed keys, so a
 * code such as `__proto__` is an own property, never the prototype); a slot when there are
 * entries (slots.ts).
 */
function codeMap(slots: Slot[], catalog: Catalog, doc: string, name: string, type: string, value: (entry: Entry) => string): (writer: CodeBlockWriter) => void {
  const { enumName } = catalog.names;
  const map: FrozenMap = {
    doc,
    name,
    type: `Readonly<Record<${enumName}, ${type}>>`,
    imports: [enumName],
    properties: (ref) =>
      catalog.entries.map((entry) => ({ key: `[${ref(enumName)}.${entry.name}]`, value: value(entry) })),
  };
  return catalog.entries.length === 0 ? inline(frozenMapSlot(map)) : slotted(slots, frozenMapSlot(map));
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
  const slots: Slot[] = [];
  return {
    path: `${catalog.id}/status.ts`,
    structure: {
      leadingTrivia: catalogHeader(catalog, context),
      statements: [
        { kind: StructureKind.ImportDeclaration, moduleSpecifier: './codes.js', namedImports: [enumName] },
        codeMap(slots, catalog, jsDocText([`HTTP status of each code in ${catalog.source}; \`null\` where the spec gives none.`]), statusMap, 'number | null', (entry) =>
          entry.httpStatus === null ? 'null' : numberLiteral(entry.httpStatus),
        ),
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
        codeMap(
          slots,
          catalog,
          jsDocText([`Whether a client may retry each code, as the retryable column of ${catalog.source} says; \`null\` where it says nothing.`]),
          retryableMap,
          'boolean | null',
          (entry) => (entry.retryable === null ? 'null' : String(entry.retryable)),
        ),
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
    slots,
  };
}
