/**
 * `<id>/status.ts`: the HTTP status of each code and its lookup.
 */

import { StructureKind } from 'ts-morph';
import type { Catalog } from '../model.js';
import { catalogHeader } from './header.js';
import { jsDocText, numberLiteral } from './literals.js';
import { writeJsDoc } from './print.js';
import type { EmitContext, TypeScriptFile } from './types.js';

/**
 * The frozen code -> status map, keyed by enum member (computed keys, so a code such as
 * `__proto__` is an own property, never the prototype), and `getXHttpStatus(code)`.
 *
 * @param catalog the catalog; `names.statusMap` and `names.statusLookup` name the exports.
 * @param context names the generator in the header.
 */
export function emitStatus(catalog: Catalog, context: EmitContext): TypeScriptFile {
  const { enumName, statusMap, statusLookup } = catalog.names;
  return {
    path: `${catalog.id}/status.ts`,
    structure: {
      leadingTrivia: catalogHeader(catalog, context),
      statements: [
        { kind: StructureKind.ImportDeclaration, moduleSpecifier: './codes.js', namedImports: [enumName] },
        (writer) => {
          const doc = jsDocText([`HTTP status of each code in ${catalog.source}; \`null\` where the spec gives none.`]);
          writeJsDoc(writer, doc);
          writer.write(`export const ${statusMap}: Readonly<Record<${enumName}, number | null>> = Object.freeze(`);
          if (catalog.entries.length === 0) writer.write('{}');
          else
            writer.inlineBlock(() => {
              for (const entry of catalog.entries) {
                const status = entry.httpStatus === null ? 'null' : numberLiteral(entry.httpStatus);
                writer.writeLine(`[${enumName}.${entry.name}]: ${status},`);
              }
            });
          writer.write(');');
        },
        {
          kind: StructureKind.Function,
          isExported: true,
          name: statusLookup,
          docs: [
            'The HTTP status of any code: a number, `null` for a code the spec lists without a status,\n' +
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
      ],
    },
  };
}
