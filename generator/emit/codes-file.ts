/**
 * `<id>/codes.ts`: the string enum of a catalog's codes.
 */

import type { Catalog } from '../model.js';
import { entryDoc } from './entry-doc.js';
import { catalogHeader } from './header.js';
import { jsDocText, stringLiteral } from './literals.js';
import { writeJsDoc } from './print.js';
import type { EmitContext, TypeScriptFile } from './types.js';

/**
 * The enum of codes: member `entry.name` = `entry.code`, in spec order, each documented
 * from the spec.
 *
 * @param catalog the catalog; its `names.enumName` names the enum.
 * @param context names the generator in the header.
 */
export function emitCodes(catalog: Catalog, context: EmitContext): TypeScriptFile {
  const { enumName } = catalog.names;
  const doc = jsDocText([`Error codes of ${catalog.title}.`, `Spec: ${catalog.source}`]);
  return {
    path: `${catalog.id}/codes.ts`,
    structure: {
      leadingTrivia: catalogHeader(catalog, context),
      // One writer for the whole enum: catalogs of 10,000 codes print in a fraction of the
      // time ts-morph takes for member structures.
      statements: [
        (writer) => {
          writeJsDoc(writer, doc);
          writer.write(`export enum ${enumName} `);
          if (catalog.entries.length === 0) {
            writer.write('{}');
            return;
          }
          writer.block(() => {
            catalog.entries.forEach((entry, index) => {
              if (index > 0) writer.blankLine();
              writeJsDoc(writer, entryDoc(entry, catalog));
              writer.writeLine(`${entry.name} = ${stringLiteral(entry.code)},`);
            });
          });
        },
      ],
    },
  };
}
