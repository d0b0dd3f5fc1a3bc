/**
 * `<id>/response.ts`: the error response body the spec documents, as an interface, and the
 * error `fromResponse` returns for a body that is not one.
 */

import { StructureKind, type CodeBlockWriter, type ImportDeclarationStructure, type StatementStructures } from 'ts-morph';
import type { Catalog, EnvelopeRole, WireType } from '../model.js';
import { dottedPath, isField, isRequired, shapeOf, type Shape, type ShapedNode } from './envelope-shape.js';
import { catalogHeader } from './header.js';
import { jsDocText, propertyName, stringLiteral } from './literals.js';
import { derivedNames } from '../names.js';
import { writeChain, writeJsDoc } from './print.js';
import type { EmitContext, TypeScriptFile } from './types.js';

/** The type of details, in the response and on the errors. */
export const DETAILS_TYPE = 'Readonly<Record<string, unknown>>';

/** The TypeScript type of a field nobody fills, by its JSON type. */
const OTHER_TYPES: Readonly<Record<WireType, string>> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  null: 'null',
  object: DETAILS_TYPE,
  array: 'readonly unknown[]',
};

/** What each field says in an editor hover; fixed text, since the keys come from the spec. */
const FIELD_DOCS: Readonly<Record<EnvelopeRole, string>> = {
  code: 'The error code.',
  message: "The message: the spec's message for the code in the locale asked for, else the error's own message.",
  status: 'The HTTP status of the error.',
  details: 'Extra context, e.g. the offending field; present only when the error has details.',
  other: 'A field the spec documents that the generated errors neither write nor read.',
};

/** The longest text a preview of a received body may have. */
const PREVIEW_LIMIT = 200;

/**
 * The type of the code field: the code union for string codes (plain `string` without codes,
 * since an enum without members is numeric), `number` for codes sent as JSON numbers.
 */
export function codeWireType(catalog: Catalog, shape: Shape): string {
  if (shape.numericCode) return 'number';
  return catalog.entries.length === 0 ? 'string' : catalog.names.enumName;
}

/** The body as a sketch for the doc comment, e.g. `{"error": {"code", "msg"}}`; `?` marks an optional member. */
function sketch(members: readonly ShapedNode[]): string {
  const parts = members.map((node) => {
    const key = `${JSON.stringify(node.key)}${isRequired(node) ? '' : '?'}`;
    return isField(node) ? key : `${key}: ${sketch(node.children)}`;
  });
  return `{${parts.join(', ')}}`;
}

/** Where the envelope comes from, for the doc comment. */
function origin(catalog: Catalog): string {
  const { envelope } = catalog;
  const line = envelope.line === null ? '' : ` at line ${envelope.line}`;
  if (envelope.origin === 'example') return `as the example${line} of ${catalog.source} shows`;
  if (envelope.origin === 'front-matter') return `as the front matter${line} of ${catalog.source} declares`;
  if (envelope.origin === 'config') return `as the errspec config declares for ${catalog.source}`;
  return `errspec's default, since ${catalog.source} shows none`;
}

/** The members of an object type, nested objects as type literals. */
function writeMembers(writer: CodeBlockWriter, catalog: Catalog, shape: Shape, members: readonly ShapedNode[]): void {
  for (const node of members) {
    const name = `readonly ${propertyName(node.key)}${isRequired(node) ? '' : '?'}: `;
    if (!isField(node)) {
      writeJsDoc(writer, 'An object of the response, holding the fields below.');
      writer.write(name).inlineBlock(() => writeMembers(writer, catalog, shape, node.children));
      writer.write(';').newLine();
      continue;
    }
    const type =
      node.role === 'code'
        ? codeWireType(catalog, shape)
        : node.role === 'message'
          ? 'string'
          : node.role === 'status'
            ? 'number'
            : node.role === 'details'
              ? DETAILS_TYPE
              : OTHER_TYPES[node.field.type];
    const doc = node.role === 'code' && shape.numericCode ? 'The error code, as a JSON number: `401` for code "401".' : FIELD_DOCS[node.role];
    writeJsDoc(writer, doc);
    writer.writeLine(`${name}${type};`);
  }
}

/** `export interface ErrorResponse`, matching the envelope member by member. */
function writeResponseInterface(writer: CodeBlockWriter, catalog: Catalog, shape: Shape): void {
  const { baseClass } = catalog.names;
  writeJsDoc(
    writer,
    jsDocText([
      `The error response body of ${catalog.title}: ${sketch(shape.members)}, ${origin(catalog)}.`,
      `\`toResponse()\` of a \`${baseClass}\` gives one; \`${baseClass}.fromResponse\` reads one back. An error whose code the spec does not list sends its code as given, which the code's type does not cover.`,
      shape.untyped.length === 0
        ? ''
        : `Left out: ${shape.untyped.map((field) => JSON.stringify(dottedPath(field))).join(', ')}, optional and named like a member every object has (such as \`constructor\`), which TypeScript cannot type as optional.`,
    ]),
  );
  writer.write('export interface ErrorResponse ').inlineBlock(() => writeMembers(writer, catalog, shape, shape.members));
}

/** `preview(value)`: a bounded description of a received body that never throws. */
function declarePreview(): StatementStructures {
  return {
    kind: StructureKind.Function,
    name: 'preview',
    docs: [
      [
        'A short description of a received value, for messages: at most',
        `${PREVIEW_LIMIT} characters, whatever its size, and never a throw (no getter runs;`,
        'a value that throws when looked at is "an unreadable value").',
        '',
        '@param value anything.',
      ].join('\n'),
    ],
    parameters: [{ name: 'value', type: 'unknown' }],
    returnType: 'string',
    statements: [
      (writer) => {
        writer.writeLine('let text: string;');
        writeChain(writer, [
          [
            'try',
            () =>
              writeChain(writer, [
                [
                  'if (typeof value === "string")',
                  () =>
                    writer.writeLine(
                      'text = value.length <= 60 ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, 60))}… (${value.length} characters)`;',
                    ),
                ],
                ['else if (Array.isArray(value))', () => writer.writeLine('text = `an array of ${value.length} items`;')],
                [
                  'else if (typeof value === "object" && value !== null)',
                  () => {
                    writer.writeLine('// Keys only: reading values could run getters.');
                    writer.writeLine('const keys = Object.keys(value);');
                    writer.writeLine('const shown = keys.slice(0, 5).map((key) => JSON.stringify(key.length <= 30 ? key : `${key.slice(0, 30)}…`));');
                    writer.writeLine('if (keys.length > 5) shown.push(`… (${keys.length} keys)`);');
                    writer.writeLine('text = keys.length === 0 ? "an object without keys" : `an object with keys ${shown.join(", ")}`;');
                  },
                ],
                ['else if (typeof value === "function" || typeof value === "symbol")', () => writer.writeLine('text = `a ${typeof value}`;')],
                ['else', () => writer.writeLine('text = String(value);')],
              ]),
          ],
          ['catch', () => writer.writeLine('text = "an unreadable value";')],
        ]);
        writer.writeLine(`return text.length <= ${PREVIEW_LIMIT} ? text : \`\${text.slice(0, ${PREVIEW_LIMIT - 1})}…\`;`);
      },
    ],
  };
}

/** The error for a body that is not the envelope. */
function declareFormatError(catalog: Catalog): StatementStructures {
  const { baseClass } = catalog.names;
  const { responseFormatError } = derivedNames(catalog.names);
  return {
    kind: StructureKind.Class,
    isExported: true,
    name: responseFormatError,
    extends: 'Error',
    docs: [
      jsDocText([
        `What \`${baseClass}.fromResponse\` returns, never throws, for a body that is not the error response of ${catalog.source} (see \`ErrorResponse\`): not an object, without the code field, or with a code that is neither a string nor a number.`,
        'It keeps a short preview of the body, never the body itself, so that logging it cannot print a huge body.',
      ]),
    ],
    properties: [
      { name: 'name', hasOverrideKeyword: true, isReadonly: true, initializer: stringLiteral(responseFormatError) },
      { name: 'reason', isReadonly: true, type: 'string', docs: ['What is wrong with the body, e.g. `field code is a boolean, expected a string`.'] },
      {
        name: 'httpStatus',
        isReadonly: true,
        type: 'number | undefined',
        docs: ['HTTP status of the response the body came in, when the caller gave one.'],
      },
      {
        name: 'received',
        isReadonly: true,
        type: 'string',
        docs: [`A short description of the body, at most ${PREVIEW_LIMIT} characters, e.g. \`an object with keys "error"\`.`],
      },
    ],
    ctors: [
      {
        docs: [
          '@param reason what is wrong with the body.\n@param body the body received; only a short preview of it is kept.\n' +
            '@param httpStatus HTTP status of the response, if known.',
        ],
        parameters: [
          { name: 'reason', type: 'string' },
          { name: 'body', type: 'unknown' },
          { name: 'httpStatus', type: 'number', hasQuestionToken: true },
        ],
        statements: [
          'const received = preview(body);',
          `super(${stringLiteral(`Not an error response of ${catalog.source}: `)} + reason + "; received " + received);`,
          'this.reason = reason;',
          'this.httpStatus = httpStatus;',
          'this.received = received;',
        ],
      },
    ],
  };
}

/**
 * The response interface `ErrorResponse`, its format error `XResponseFormatError`, and the
 * private `preview` that error uses.
 *
 * @param catalog the catalog; its envelope shapes the interface.
 * @param context names the generator in the header.
 */
export function emitResponse(catalog: Catalog, context: EmitContext): TypeScriptFile {
  const shape = shapeOf(catalog);
  const importCodes: ImportDeclarationStructure[] =
    codeWireType(catalog, shape) === catalog.names.enumName
      ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: './codes.js', namedImports: [catalog.names.enumName], isTypeOnly: true }]
      : [];
  return {
    path: `${catalog.id}/response.ts`,
    structure: {
      leadingTrivia: catalogHeader(catalog, context),
      statements: [...importCodes, (writer) => writeResponseInterface(writer, catalog, shape), declarePreview(), declareFormatError(catalog)],
    },
  };
}
