/**
 * The parts of `<id>/errors.ts` that speak the spec's error response: `toResponse`, `toJSON`
 * and `fromResponse` on the base class, and the private functions that read a body without
 * trusting it.
 *
 * Keys of the envelope come from the spec: they reach code only as string literals
 * (`stringLiteral`) or object keys that make own properties (`objectKey`).
 */

import {
  StructureKind,
  type CodeBlockWriter,
  type MethodDeclarationStructure,
  type OptionalKind,
  type StatementStructures,
} from 'ts-morph';
import type { Catalog, EnvelopeField } from '../model.js';
import { dottedPath, isField, shapeOf, writtenRoles, type Shape, type ShapedNode } from './envelope-shape.js';
import { jsDocText, objectKey, stringLiteral } from './literals.js';
import { derivedNames } from '../names.js';
import { writeChain } from './print.js';
import { DETAILS_TYPE, codeWireType } from './response-file.js';

/** A path as an array literal, e.g. `["error", "code"]`. */
function pathLiteral(field: EnvelopeField): string {
  return `[${field.path.map(stringLiteral).join(', ')}]`;
}

/** The expression `toResponse` writes for a field it fills. */
function expressionOf(node: ShapedNode, catalog: Catalog, shape: Shape): string {
  if (!isField(node)) return '';
  if (node.role === 'code') {
    if (shape.numericCode) return 'wireCode(this.code)';
    return codeWireType(catalog, shape) === 'string' ? 'this.code' : `this.code as ${catalog.names.enumName}`;
  }
  if (node.role === 'message') return 'message';
  if (node.role === 'status') return 'this.httpStatus';
  return 'this.details';
}

/**
 * The members of an object literal for `members`: fields with code, message and status
 * always, the details field (and objects holding only it) only when there are details,
 * other fields never.
 *
 * @param withinDetails true inside an object already written only when there are details.
 */
function writeObjectMembers(writer: CodeBlockWriter, members: readonly ShapedNode[], catalog: Catalog, shape: Shape, withinDetails = false): void {
  for (const node of members) {
    const roles = writtenRoles(node);
    if (roles.size === 0) continue;
    const key = objectKey(node.key);
    const onlyWithDetails = !withinDetails && roles.size === 1 && roles.has('details');
    if (isField(node)) {
      const value = expressionOf(node, catalog, shape);
      const member = key === value ? key : `${key}: ${value}`;
      writer.writeLine(onlyWithDetails ? `...(this.details === undefined ? {} : { ${member} }),` : `${member},`);
    } else if (onlyWithDetails) {
      writer.write('...(this.details === undefined ? {} : ').inlineBlock(() => {
        writer.write(`${key}: `).inlineBlock(() => writeObjectMembers(writer, node.children, catalog, shape, true));
        writer.write(',').newLine();
      });
      writer.write('),').newLine();
    } else {
      writer.write(`${key}: `).inlineBlock(() => writeObjectMembers(writer, node.children, catalog, shape, withinDetails));
      writer.write(',').newLine();
    }
  }
}

/** `toResponse(locale?)`: the documented body for this error. */
export function toResponseMethod(catalog: Catalog): OptionalKind<MethodDeclarationStructure> {
  const shape = shapeOf(catalog);
  const { localeType } = catalog.names;
  const hasMessage = shape.message !== undefined;
  // Without a message field the locale has no use, and an unused parameter would not compile.
  const locale = hasMessage ? 'locale' : '_locale';
  const written = [shape.numericCode ? 'the code as a JSON number' : 'the code'];
  if (hasMessage) written.push('the message');
  if (shape.status !== undefined) written.push('the HTTP status');
  if (shape.details !== undefined) written.push('the details when there are any');
  return {
    name: 'toResponse',
    docs: [
      [
        `The error response the spec documents for this error (see \`ErrorResponse\`): ${written.join(', ')}; ${catalog.options.remedyInResponse ? 'and the remedy as `remedy` when the spec gives one (the `remedy-in-response` option).' : 'no other field.'}`,
        '',
        hasMessage
          ? `@param ${locale} the locale of the spec's message; without one, this error's own message.`
          : `@param ${locale} unused: the response has no message field.`,
      ].join('\n'),
    ],
    parameters: [{ name: locale, type: localeType, hasQuestionToken: true }],
    // The `remedy-in-response` option adds the remedy as a top-level field.
    returnType: catalog.options.remedyInResponse ? 'ErrorResponse & { readonly remedy?: string }' : 'ErrorResponse',
    statements: [
      (writer) => {
        if (hasMessage) writer.writeLine('const message = locale === undefined ? this.message : formatMessage(this.code, locale);');
        if (catalog.options.remedyInResponse) {
          writer.write('const body: ErrorResponse = ').inlineBlock(() => writeObjectMembers(writer, shape.members, catalog, shape));
          writer.write(';').newLine();
          writer.writeLine('return this.remedy === undefined ? body : { ...body, remedy: this.remedy };');
          return;
        }
        writer.write('return ').inlineBlock(() => writeObjectMembers(writer, shape.members, catalog, shape));
        writer.write(';');
      },
    ],
  };
}

/** `toJSON()`: so that `JSON.stringify(error)` sends the documented body. */
export function toJsonMethod(): OptionalKind<MethodDeclarationStructure> {
  return {
    name: 'toJSON',
    docs: ['The error response, so that `JSON.stringify(error)` sends what the spec documents: `toResponse()`.'],
    returnType: 'ErrorResponse',
    statements: ['return this.toResponse();'],
  };
}

/** `static fromResponse(body, httpStatus?)`: the error a response body stands for; never throws. */
export function fromResponseMethod(catalog: Catalog): OptionalKind<MethodDeclarationStructure> {
  const shape = shapeOf(catalog);
  const { baseClass, unknownClass, factory, statusLookup } = catalog.names;
  const { responseFormatError, defaultHttpStatus } = derivedNames(catalog.names);
  const statusFrom = ['the spec\'s status for the code', 'else `httpStatus`'];
  if (shape.status !== undefined) statusFrom.push(`else the body's \`${dottedPath(shape.status)}\``);
  statusFrom.push(`else \`${defaultHttpStatus}\``);
  return {
    name: 'fromResponse',
    isStatic: true,
    docs: [
      // The status field's key comes from the spec: the description goes through jsDocText.
      jsDocText([
        [
          `The error a response body stands for: the spec's class for a listed code, \`${unknownClass}\` keeping`,
          'any other code; a code sent as a number or as a string is compared as the spec writes it.',
          "The message is the body's when it has one, else the spec's; " +
            (shape.details !== undefined ? "details are the body's." : 'the response has no details.'),
          `HTTP status: ${statusFrom.join(', ')}.`,
          `For a body that is not the documented response, a \`${responseFormatError}\` saying why.`,
          'Never throws, whatever `body` is: only own data properties are read, no getter runs.',
        ].join('\n'),
      ]) +
        '\n\n@param body a parsed response body, e.g. `await response.json()`; anything at all.' +
        '\n@param httpStatus the HTTP status of the response, e.g. `response.status`.',
    ],
    parameters: [
      { name: 'body', type: 'unknown' },
      { name: 'httpStatus', type: 'number', hasQuestionToken: true },
    ],
    returnType: `${baseClass} | ${responseFormatError}`,
    statements: [
      (writer) => {
        writer.writeLine('const status = isHttpStatus(httpStatus) ? httpStatus : undefined;');
        writeChain(writer, [
          [
            'try',
            () => {
              writer.writeLine('const fields = readResponse(body);');
              writer.writeLine(`if (typeof fields === "string") return new ${responseFormatError}(fields, body, status);`);
              const bodyStatus = shape.status !== undefined ? ' ?? fields.httpStatus' : '';
              writer.writeLine(`const received = ${statusLookup}(fields.code) ?? status${bodyStatus};`);
              writer.write(`return ${factory}(fields.code, `).inlineBlock(() => {
                if (shape.message !== undefined) writer.writeLine('...(fields.message === undefined ? {} : { message: fields.message }),');
                if (shape.details !== undefined) writer.writeLine('...(fields.details === undefined ? {} : { details: fields.details }),');
                writer.writeLine('...(received === undefined ? {} : { httpStatus: received }),');
              });
              writer.write(');').newLine();
            },
          ],
          [
            'catch',
            () => {
              writer.writeLine('// Only a hostile value gets here, such as a proxy whose traps throw.');
              writer.writeLine(`return new ${responseFormatError}("body could not be read: looking at it threw", body, status);`);
            },
          ],
        ]);
      },
    ],
  };
}

/** `ResponseFields`: what `readResponse` gives `fromResponse`. */
function declareResponseFields(shape: Shape): StatementStructures {
  const properties = [{ name: 'code', type: 'string', docs: ['The code as the spec writes codes: a number sent as `401` is `"401"`.'] }];
  if (shape.message !== undefined) properties.push({ name: 'message', type: 'string | undefined', docs: ['The message, unless missing or not a string.'] });
  if (shape.details !== undefined) properties.push({ name: 'details', type: `${DETAILS_TYPE} | undefined`, docs: ['The details, unless missing or not an object.'] });
  if (shape.status !== undefined) properties.push({ name: 'httpStatus', type: 'number | undefined', docs: ['The HTTP status field, unless missing or not a status.'] });
  return {
    kind: StructureKind.Interface,
    name: 'ResponseFields',
    docs: ['The fields `fromResponse` reads from a body.'],
    properties: properties.map((property) => ({ ...property, isReadonly: true })),
  };
}

/** The fixed helpers: lookup result type, field lookup, value description, status and object tests. */
function declareHelpers(): StatementStructures[] {
  return [
    {
      kind: StructureKind.TypeAlias,
      name: 'FieldLookup',
      docs: ['A field of a body: its value, or why it cannot be read.'],
      type: '{ readonly value: unknown } | { readonly problem: string }',
    },
    {
      kind: StructureKind.Function,
      name: 'isRecord',
      docs: ['True for an object that is not an array (nor `null`).'],
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `value is ${DETAILS_TYPE}`,
      statements: ['return typeof value === "object" && value !== null && !Array.isArray(value);'],
    },
    {
      kind: StructureKind.Function,
      name: 'isHttpStatus',
      docs: ['True for an HTTP status: an integer from 100 to 599.'],
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: 'value is number',
      statements: ['return typeof value === "number" && Number.isInteger(value) && value >= 100 && value <= 599;'],
    },
    {
      kind: StructureKind.Function,
      name: 'describeValue',
      docs: ['How a reason names a value: `null`, `an array`, `a boolean`, `NaN`.'],
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: 'string',
      statements: [
        'if (value === null) return "null";',
        'if (Array.isArray(value)) return "an array";',
        'if (typeof value === "number" && !Number.isFinite(value)) return String(value);',
        'const type = typeof value;',
        'return type === "undefined" ? "undefined" : type === "object" ? "an object" : `a ${type}`;',
      ],
    },
    {
      kind: StructureKind.Function,
      name: 'lookUpField',
      docs: [
        [
          'The value at `path` in `body`, through own data properties of objects only: no getter runs',
          'and no prototype is looked at, so a `"__proto__"` key from `JSON.parse` is just a key.',
          '',
          '@param body anything.',
          '@param path keys from the body\'s root, e.g. `["error", "code"]`.',
        ].join('\n'),
      ],
      parameters: [
        { name: 'body', type: 'unknown' },
        { name: 'path', type: 'readonly string[]' },
      ],
      returnType: 'FieldLookup',
      statements: [
        (writer) => {
          writer.writeLine('let value = body;');
          writer.write('for (const [index, key] of path.entries()) ').block(() => {
            writer.write('if (!isRecord(value)) ').block(() => {
              writer.writeLine('const where = index === 0 ? "body" : `field ${path.slice(0, index).join(".")}`;');
              writer.writeLine('return { problem: `${where} is ${describeValue(value)}, expected an object` };');
            });
            writer.writeLine('const property = Object.getOwnPropertyDescriptor(value, key);');
            writer.writeLine('const name = path.slice(0, index + 1).join(".");');
            writer.writeLine('if (property === undefined) return { problem: `field ${name} is missing` };');
            writer.writeLine('if (!("value" in property)) return { problem: `field ${name} is an accessor, expected a data property` };');
            writer.writeLine('value = property.value;');
          });
          writer.writeLine('return { value };');
        },
      ],
    },
  ];
}

/** `readResponse(body)`: the fields of a body, or the reason it is not the envelope. */
function declareReadResponse(shape: Shape): StatementStructures {
  const expected = shape.numericCode ? ', expected a number' : ', expected a string';
  const optional: [string, EnvelopeField | undefined, string][] = [
    ['message', shape.message, 'typeof message.value === "string"'],
    ['details', shape.details, 'isRecord(details.value)'],
    ['httpStatus', shape.status, 'isHttpStatus(httpStatus.value)'],
  ];
  const present = optional.filter((entry): entry is [string, EnvelopeField, string] => entry[1] !== undefined);
  return {
    kind: StructureKind.Function,
    name: 'readResponse',
    docs: [
      [
        'The fields of a body as `fromResponse` needs them: a code that is a string or a finite number',
        '(other fields are left out when missing or of another type).',
        '',
        '@param body anything.',
        '@returns the fields, or what is wrong with the body.',
      ].join('\n'),
    ],
    parameters: [{ name: 'body', type: 'unknown' }],
    returnType: 'ResponseFields | string',
    statements: [
      (writer) => {
        writer.writeLine(`const code = lookUpField(body, ${pathLiteral(shape.code)});`);
        writer.writeLine('if ("problem" in code) return code.problem;');
        writer.write('if (typeof code.value !== "string" && !(typeof code.value === "number" && Number.isFinite(code.value))) ').block(() => {
          writer.writeLine(
            `return ${stringLiteral(`field ${dottedPath(shape.code)} is `)} + describeValue(code.value) + ${stringLiteral(expected)};`,
          );
        });
        for (const [name, field] of present) writer.writeLine(`const ${name} = lookUpField(body, ${pathLiteral(field)});`);
        writer.write('return ').inlineBlock(() => {
          writer.writeLine('code: String(code.value),');
          for (const [name, , test] of present) writer.writeLine(`${name}: "value" in ${name} && ${test} ? ${name}.value : undefined,`);
        });
        writer.write(';');
      },
    ],
  };
}

/** `wireCode(code)`: a code as a JSON number, for envelopes that send codes as numbers. */
function declareWireCode(): StatementStructures {
  return {
    kind: StructureKind.Function,
    name: 'wireCode',
    docs: [
      [
        'A code as the response sends it, a JSON number: `"401"` gives `401`. A code that is not',
        "a number's text (an unknown code, e.g. `\"E1\"`) stays the string it is, so that no code is lost.",
        '',
        '@param code the code of an error.',
      ].join('\n'),
    ],
    parameters: [{ name: 'code', type: 'string' }],
    returnType: 'number',
    statements: [
      'const number = Number(code);',
      '// The cast covers the one case the type does not: an unknown code that is not a number.',
      'return String(number) === code ? number : (code as unknown as number);',
    ],
  };
}

/**
 * The private declarations of errors.ts that read bodies (and write numeric codes), in the
 * order they are used.
 *
 * @param catalog the catalog; its envelope decides which fields are read.
 */
export function wireFormatStatements(catalog: Catalog): StatementStructures[] {
  const shape = shapeOf(catalog);
  return [
    declareResponseFields(shape),
    ...declareHelpers(),
    declareReadResponse(shape),
    ...(shape.numericCode ? [declareWireCode()] : []),
  ];
}
