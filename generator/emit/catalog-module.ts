/**
 * One catalog as one module, `<id>/index`, in its three forms side by side: TypeScript, ES module
 * JavaScript and declarations, written from the same model by the same functions (as protobuf-es's
 * plugins write `generateTs`, `generateJs` and `generateDts`). The module is data (the catalog's
 * tables, as `CatalogData` for the runtime) and thin declarations over the runtime
 * (`errspec-runtime`): the codes, one class per code, the factory, guards and lookups. No compiler
 * runs: each form is written as it is.
 */

import type { Catalog, Entry } from '../model.js';
import { derivedNames } from '../names.js';
import { entryDoc } from './entry-doc.js';
import { isField, isRequired, shapeOf, type Shape, type ShapedNode } from './envelope-shape.js';
import { catalogHeader } from './header.js';
import { jsDocLines } from './jsdoc.js';
import { jsDocText, numberLiteral, objectKey, propertyName, stringLiteral } from './literals.js';
import { entryParameters, interpolationMessage, remedyLocale } from './messages.js';
import { docsLink, problemType, problemTypeBase } from './problem.js';
import type { EmitContext, GeneratedFile } from './types.js';

/** The three forms of one piece of the module. */
interface Piece {
  readonly ts: string;
  readonly js: string;
  readonly dts: string;
}

/** File name of the runtime beside the catalogs' folders, without extension. */
export const RUNTIME_MODULE = 'errspec-runtime';

/** A JSDoc block for text already escaped by `jsDocText`, with `indent`. */
function escapedDoc(text: string, indent = ''): string {
  return jsDocLines(text).map((line) => `${indent}${line}\n`).join('');
}

/** A JSDoc block for `text`, which may hold spec text (a title, a path): escaped here. */
function doc(text: string, indent = ''): string {
  return escapedDoc(jsDocText([text]), indent);
}

/** `{ key: value, ... }` over `rows`, one per line, or `{}` with none. */
function objectLiteral(rows: readonly (readonly [string, string])[], indent: string): string {
  if (rows.length === 0) return '{}';
  return `{\n${rows.map(([key, value]) => `${indent}  ${objectKey(key)}: ${value},\n`).join('')}${indent}}`;
}

/** The code type reference of an entry: its enum member, or its literal for `as const` codes. */
function codeType(catalog: Catalog, entry: Entry): string {
  return catalog.options.enumStyle === 'enum' ? `${catalog.names.enumName}.${entry.name}` : stringLiteral(entry.code);
}

/** The HTTP status an entry's errors have. */
function statusOf(catalog: Catalog, entry: Entry): number {
  return entry.httpStatus ?? catalog.options.defaultHttpStatus;
}

/** The codes: an enum, or an `as const` object and its union type. */
function codes(catalog: Catalog, context: EmitContext): Piece {
  const { enumName } = catalog.names;
  const head = doc(`The error codes of ${catalog.title} (${catalog.source}).`);
  const docs = catalog.entries.map((entry) => escapedDoc(entryDoc(entry, catalog, context.repoPrefix), '  '));
  const members = catalog.entries.map((entry, index) => `${docs[index]}  ${entry.name}: ${stringLiteral(entry.code)},\n`).join('');
  const object = `export const ${enumName} = {\n${members}};\nObject.freeze(${enumName});\n`;
  const union = `${doc(`A code of ${catalog.source}.`)}export type ${enumName} = (typeof ${enumName})[keyof typeof ${enumName}];\n`;
  if (catalog.options.enumStyle === 'const') {
    const typed = `export const ${enumName} = {\n${members}} as const;\nObject.freeze(${enumName});\n`;
    const declared = `export declare const ${enumName}: {\n${catalog.entries.map((entry, index) => `${docs[index]}  readonly ${entry.name}: ${stringLiteral(entry.code)};\n`).join('')}};\n`;
    return { ts: head + typed + union, js: head + object, dts: head + declared + union };
  }
  const enumMembers = catalog.entries.map((entry, index) => `${docs[index]}  ${entry.name} = ${stringLiteral(entry.code)},\n`).join('');
  // A string enum has no reverse mapping: at run time it is this frozen object.
  return { ts: `${head}export enum ${enumName} {\n${enumMembers}}\n`, js: head + object, dts: `${head}export declare enum ${enumName} {\n${enumMembers}}\n` };
}

/** The envelope as the runtime reads it: each typed field with the role the generated code gives it. */
function envelopeData(shape: Shape): string {
  const rows: string[] = [];
  const walk = (members: readonly ShapedNode[]): void => {
    for (const node of members) {
      if (!isField(node)) walk(node.children);
      else {
        const path = `[${node.field.path.map(stringLiteral).join(', ')}]`;
        rows.push(`    { path: ${path}, role: ${stringLiteral(node.role)}, type: ${stringLiteral(node.field.type)}, required: ${node.required} },\n`);
      }
    }
  };
  walk(shape.members);
  return rows.length === 0 ? '[]' : `[\n${rows.join('')}  ]`;
}

/** Messages or remedies by locale, then code. */
function localeTable(catalog: Catalog, text: (entry: Entry, locale: string) => string | null): string {
  const rows = [...new Set([...catalog.locales, catalog.defaultLocale])].flatMap((locale): [string, string][] => {
    const cells = catalog.entries.flatMap((entry): [string, string][] => {
      const value = text(entry, locale);
      return value === null ? [] : [[entry.code, stringLiteral(value)]];
    });
    return cells.length === 0 ? [] : [[locale, objectLiteral(cells, '    ')]];
  });
  return objectLiteral(rows, '  ');
}

/** The remedy of an entry in `locale`: under the locale of its text, else the default. */
function remedyIn(catalog: Catalog, entry: Entry, locale: string): string | null {
  return entry.remedy !== null && remedyLocale(entry.remedy, catalog.locales, catalog.defaultLocale) === locale ? entry.remedy : null;
}

/** The problem `type` of each code. */
function problemTypes(catalog: Catalog, context: EmitContext): string {
  return objectLiteral(catalog.entries.map((entry) => [entry.code, stringLiteral(problemType(catalog, entry, context.repoPrefix))]), '  ');
}

/** The locales a message falls back to, in order: `en`, then the default, then the others. */
function fallbackLocales(catalog: Catalog): string[] {
  return [...new Set([...catalog.locales.filter((locale) => locale === 'en'), catalog.defaultLocale, ...catalog.locales])];
}

/** `const catalog`: every fact of the spec the runtime needs. */
function data(catalog: Catalog, shape: Shape, context: EmitContext): Piece {
  const field = (name: string, value: string): string => `  ${name}: ${value},\n`;
  const variants = objectLiteral(
    catalog.entries.filter((entry) => entry.variants.length > 0).map((entry) => [entry.code, `[${entry.variants.map((variant) => objectLiteral(Object.entries(variant.messages).map(([locale, text]) => [locale, stringLiteral(text)]), '    ')).join(', ')}]`]),
    '  ',
  );
  const statuses = objectLiteral(catalog.entries.map((entry) => [entry.code, entry.httpStatus === null ? 'null' : numberLiteral(entry.httpStatus)]), '  ');
  const retryable = objectLiteral(catalog.entries.map((entry) => [entry.code, String(entry.retryable)]), '  ');
  const body = [
    field('id', stringLiteral(catalog.id)),
    field('source', stringLiteral(catalog.source)),
    field('defaultLocale', stringLiteral(catalog.defaultLocale)),
    field('locales', `[${fallbackLocales(catalog).map(stringLiteral).join(', ')}]`),
    field('messages', localeTable(catalog, (entry, locale) => interpolationMessage(entry, locale) ?? null)),
    field('remedies', localeTable(catalog, (entry, locale) => remedyIn(catalog, entry, locale))),
    field('variants', variants),
    field('httpStatus', statuses),
    field('retryable', retryable),
    field('defaultHttpStatus', numberLiteral(catalog.options.defaultHttpStatus)),
    field('envelope', envelopeData(shape)),
    field('problemTypes', problemTypes(catalog, context)),
    field('problemTypeBase', stringLiteral(problemTypeBase(catalog))),
    field('remedyInResponse', String(catalog.options.remedyInResponse)),
  ].join('');
  return { ts: `const catalog: CatalogData = {\n${body}};\n`, js: `const catalog = {\n${body}};\n`, dts: '' };
}

/** What each field of the response says in an editor hover; fixed text, since the keys come from the spec. */
const FIELD_DOCS: Readonly<Record<string, string>> = {
  code: 'The error code.',
  message: "The message: the spec's message for the code in the locale asked for, else the error's own message.",
  status: 'The HTTP status of the error.',
  details: 'Extra context, e.g. the offending field; present only when the error has details.',
  other: 'A field the spec documents: set it with the `fields` option; `fromResponse` keeps it in `fields`.',
};

/** The TypeScript type of an `other` envelope field, by its JSON type. */
const OTHER_TYPES: Readonly<Record<string, string>> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  null: 'null',
  object: 'Readonly<Record<string, unknown>>',
  array: 'readonly unknown[]',
};

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

/** `ErrorResponse`, member by member, and the options type of the envelope's other fields. */
function types(catalog: Catalog, shape: Shape): Piece {
  const { names } = catalog;
  const derived = derivedNames(names);
  // Numeric wire codes are the union of the listed numbers, as precise as the enum is for strings.
  const codeTypeName =
    catalog.entries.length === 0 ? (shape.numericCode ? 'number' : 'string') : shape.numericCode ? catalog.entries.map((entry) => numberLiteral(Number(entry.code))).join(' | ') : names.enumName;
  const others: string[] = [];
  // With `remedy-in-response`, the remedy goes beside the code, inside a nested envelope too.
  const codeParent = JSON.stringify(shape.code.path.slice(0, -1));
  const remedy = (path: readonly string[], indent: string): string =>
    catalog.options.remedyInResponse && JSON.stringify(path) === codeParent ? `${doc("The spec's remedy for the code, when it gives one.", indent)}${indent}readonly remedy?: string;\n` : '';
  const members = (nodes: readonly ShapedNode[], indent: string, path: readonly string[]): string =>
    nodes
      .map((node) => {
        const name = `${indent}readonly ${propertyName(node.key)}${isRequired(node) ? '' : '?'}: `;
        if (!isField(node)) return `${doc('An object of the response, holding the fields below.', indent)}${name}{\n${members(node.children, `${indent}  `, [...path, node.key])}${indent}};\n`;
        const type = { code: codeTypeName, message: 'string', status: 'number', details: 'Readonly<Record<string, unknown>>', other: OTHER_TYPES[node.field.type] ?? 'unknown' }[node.role];
        if (node.role === 'other') others.push(`  readonly ${propertyName(node.field.path.join('.'))}?: ${type};\n`);
        return `${doc(FIELD_DOCS[node.role] ?? '', indent)}${name}${type};\n`;
      })
      .join('') + remedy(path, indent);
  const leftOut = shape.untyped.length === 0 ? '' : ` Left out: ${shape.untyped.map((field) => JSON.stringify(field.path.join('.'))).join(', ')}, optional and named like a member every object has (such as \`constructor\`), which TypeScript cannot type as optional.`;
  const response = `${doc(`The error response body of ${catalog.title}: ${sketch(shape.members)}, ${origin(catalog)}. \`toResponse()\` gives one, \`${names.baseClass}.fromResponse\` reads one back.${leftOut}`)}export interface ErrorResponse {\n${members(shape.members, '  ', [])}}\n`;
  const locale = `${doc('A locale the catalog has messages in.')}export type ${names.localeType} = ${catalog.locales.length === 0 ? 'string' : catalog.locales.map(stringLiteral).join(' | ')};\n`;
  // A type literal, not an interface, so that it is assignable to the runtime's record of fields.
  const fields = `${doc('The envelope fields besides code, message, status and details, by dotted path, as errors take and keep them.')}export type ${names.baseClass}Fields = {\n${others.join('')}};\n`;
  const paramRows = catalog.entries
    .map((entry) => [entry, entryParameters(entry)] as const)
    .filter(([, parameters]) => parameters.length > 0)
    .map(([entry, parameters]) => {
      const members = parameters.map(({ name, type }) => `${doc(`The value of \`{{${name}}}\` in the message.`, '    ')}    readonly ${propertyName(name)}: ${type};\n`);
      return `${doc(`The placeholders of the message of ${entry.code}.`, '  ')}  ${stringLiteral(entry.code)}: {\n${members.join('')}  };\n`;
    })
    .join('');
  const paramTypes = [
    `${doc('The placeholders of each code whose message has some.')}export interface ${derived.messageParams} {\n${paramRows}}\n`,
    `${doc('What `formatMessage` takes after the locale: the params of a code whose message has placeholders, none for another listed code.')}export type ${derived.messageArgs}<C extends string> = C extends keyof ${derived.messageParams} ? [params: ${derived.messageParams}[C]] : C extends keyof ${derived.classByCode} ? [] : [params?: MessageParams];\n`,
    `${doc('What the constructors and the factory take.')}export interface ${names.optionsType} extends Omit<ErrorOptions, "locale" | "fields" | "params"> {\n  /** Locale of the spec's message and remedy. */\n  readonly locale?: ${names.localeType};\n  /** The envelope's other documented fields, sent by \`toResponse()\`. */\n  readonly fields?: ${names.baseClass}Fields;\n}\n`,
    `${doc('The options a code\'s constructor and the factory take: `params` required where its message has placeholders.')}export type ${derived.errorArgs}<C extends string> = C extends keyof ${derived.messageParams} ? [options: ${names.optionsType} & { readonly params: ${derived.messageParams}[C] }] : [options?: ${names.optionsType} & { readonly params?: undefined }];\n`,
    `${doc('RFC 9457 problem details of this catalog\'s errors.')}export interface ${derived.problem} extends Problem {}\n`,
  ].join('');
  const text = [response, locale, fields, paramTypes].join('');
  return { ts: text, js: '', dts: text };
}

/** The base class, the unknown class and the response-format error. */
function baseClasses(catalog: Catalog): Piece {
  const { names } = catalog;
  const derived = derivedNames(names);
  const base = names.baseClass;
  const head = `${doc(`An error of ${catalog.title} (${catalog.source}). Catch it for any of them, listed code or not.`)}`;
  const format = `${doc('The error for a body that is not the documented response.')}export class ${derived.responseFormatError} extends ResponseFormatError`;
  const ts = `${head}export abstract class ${base} extends ErrspecError {
  /** @param code the code, kept as given. */
  protected constructor(code: string, options?: ErrorOptions, httpStatus?: number) {
    super(catalog, code, options, httpStatus);
  }

  /** The error response the spec documents for this error, the message in \`locale\` when given. */
  override toResponse(locale?: ${names.localeType}): ErrorResponse {
    return super.toResponse(locale) as ErrorResponse;
  }

  /** The error response, so that \`JSON.stringify(error)\` sends what the spec documents. */
  override toJSON(): ErrorResponse {
    return this.toResponse();
  }

  /** This error as RFC 9457 problem details. */
  override toProblem(instance?: string, locale?: ${names.localeType}): ${derived.problem} {
    return super.toProblem(instance, locale);
  }

  /** The error a response body stands for; never throws. */
  static fromResponse(body: unknown, httpStatus?: number): ${base} | ${derived.responseFormatError} {
    return readResponse(catalog, received, (reason, value, status) => new ${derived.responseFormatError}(reason, value, status), body, httpStatus);
  }

  /** The error RFC 9457 problem details stand for; never throws. */
  static fromProblem(problem: unknown, httpStatus?: number): ${base} | ${derived.responseFormatError} {
    return readProblem(received, (reason, value, status) => new ${derived.responseFormatError}(reason, value, status), problem, httpStatus);
  }
}

${doc(`An error whose code ${catalog.source} does not list; it keeps the code.`)}export class ${names.unknownClass} extends ${base} {
  override readonly name = ${stringLiteral(names.unknownClass)};

  /** @param httpStatus the status, else the response's, else the catalog's default. */
  constructor(code: string, options?: ${names.optionsType} & { readonly params?: MessageParams }, httpStatus?: number) {
    super(code, options, httpStatus);
  }
}

${format} {
  override readonly name = ${stringLiteral(derived.responseFormatError)};

  /** @param reason what is wrong with \`body\`. */
  constructor(reason: string, body: unknown, httpStatus?: number) {
    super(catalog.source, reason, body, httpStatus);
  }
}
`;
  const js = `${head}export class ${base} extends ErrspecError {
  constructor(code, options, httpStatus) {
    super(catalog, code, options, httpStatus);
  }

  static fromResponse(body, httpStatus) {
    return readResponse(catalog, received, (reason, value, status) => new ${derived.responseFormatError}(reason, value, status), body, httpStatus);
  }

  static fromProblem(problem, httpStatus) {
    return readProblem(received, (reason, value, status) => new ${derived.responseFormatError}(reason, value, status), problem, httpStatus);
  }
}

export class ${names.unknownClass} extends ${base} {
  name = ${stringLiteral(names.unknownClass)};
}

${format} {
  name = ${stringLiteral(derived.responseFormatError)};

  constructor(reason, body, httpStatus) {
    super(catalog.source, reason, body, httpStatus);
  }
}
`;
  const dts = `${head}export declare abstract class ${base} extends ErrspecError {
  protected constructor(code: string, options?: ErrorOptions, httpStatus?: number);
  toResponse(locale?: ${names.localeType}): ErrorResponse;
  toJSON(): ErrorResponse;
  toProblem(instance?: string, locale?: ${names.localeType}): ${derived.problem};
  /** The error a response body stands for; never throws. */
  static fromResponse(body: unknown, httpStatus?: number): ${base} | ${derived.responseFormatError};
  /** The error RFC 9457 problem details stand for; never throws. */
  static fromProblem(problem: unknown, httpStatus?: number): ${base} | ${derived.responseFormatError};
}

${doc(`An error whose code ${catalog.source} does not list; it keeps the code.`)}export declare class ${names.unknownClass} extends ${base} {
  readonly name: ${stringLiteral(names.unknownClass)};
  constructor(code: string, options?: ${names.optionsType} & { readonly params?: MessageParams }, httpStatus?: number);
}

${doc('The error for a body that is not the documented response.')}export declare class ${derived.responseFormatError} extends ResponseFormatError {
  readonly name: ${stringLiteral(derived.responseFormatError)};
  constructor(reason: string, body: unknown, httpStatus?: number);
}
`;
  return { ts, js, dts };
}

/** The JSDoc of an entry's class: its documentation, and the spec's other listings of the code. */
function classDoc(catalog: Catalog, entry: Entry, context: EmitContext): string {
  const also = entry.variants.map((variant, index) => {
    const message = Object.values(variant.messages)[0] ?? '(no message)';
    const status = variant.httpStatus === null ? '' : `, HTTP ${variant.httpStatus}`;
    return `${index + 1}. ${message}${status} (${catalog.source}:${variant.line}; \`formatMessage(code, { variant: ${index + 1} })\`)`;
  });
  const variants = also.length === 0 ? '' : `\n\n${jsDocText([`Also documented as:\n${also.join('\n')}`])}`;
  return entryDoc(entry, catalog, context.repoPrefix) + variants;
}

/** One class per code. */
function entryClass(catalog: Catalog, entry: Entry, context: EmitContext): Piece {
  const { names } = catalog;
  const derived = derivedNames(names);
  const code = codeType(catalog, entry);
  const value = catalog.options.enumStyle === 'enum' ? code : `${names.enumName}.${entry.name}`;
  // A literal type where the spec gives a status; where it gives none, errors take the response's, so any number.
  const status = entry.httpStatus === null ? 'number' : numberLiteral(entry.httpStatus);
  const statusValue = numberLiteral(statusOf(catalog, entry));
  const head = escapedDoc(classDoc(catalog, entry, context));
  const hasParams = entryParameters(entry).length > 0;
  const options = `...[options]: ${derived.errorArgs}<${code}>`;
  const docs = docsLink(catalog, entry, context.repoPrefix);
  const docsTs = docs === null ? '' : `  static readonly docsUrl = ${stringLiteral(docs)};\n`;
  const docsJs = docs === null ? '' : `  static docsUrl = ${stringLiteral(docs)};\n`;
  const docsDts = docs === null ? '' : `  static readonly docsUrl: ${stringLiteral(docs)};\n`;
  return {
    ts: `${head}export class ${entry.className} extends ${names.baseClass} {
  static readonly code: ${code} = ${value};
  static readonly httpStatus: ${status} = ${statusValue};
${docsTs}  declare readonly code: ${code};
  declare readonly httpStatus: ${status};
  override readonly name = ${stringLiteral(entry.className)};

  constructor(${hasParams ? options : `options?: ${names.optionsType}`}) {
    super(${value}, options);
  }
}
`,
    js: `export class ${entry.className} extends ${names.baseClass} {
  static code = ${stringLiteral(entry.code)};
  static httpStatus = ${statusValue};
${docsJs}  name = ${stringLiteral(entry.className)};

  constructor(options) {
    super(${stringLiteral(entry.code)}, options);
  }
}
`,
    dts: `${head}export declare class ${entry.className} extends ${names.baseClass} {
  static readonly code: ${code};
  static readonly httpStatus: ${status};
${docsDts}  readonly code: ${code};
  readonly httpStatus: ${status};
  readonly name: ${stringLiteral(entry.className)};
  constructor(${hasParams ? options : `options?: ${names.optionsType}`});
}
`,
  };
}

/** The classes by code, the factory, guards and lookups. */
function functions(catalog: Catalog): Piece {
  const { names } = catalog;
  const derived = derivedNames(names);
  const base = names.baseClass;
  const rows = catalog.entries.map((entry) => [entry.code, entry.className] as const);
  const classMap = `const classes = ${objectLiteral(rows, '')};\n`;
  const byCode = `${doc('The class of each code, for the typed factory.')}export interface ${derived.classByCode} {\n${rows.map(([code, className]) => `  ${stringLiteral(code)}: ${className};\n`).join('')}}\n`;
  const registered = `registerClasses(catalog, { base: ${base}, unknown: ${names.unknownClass}, classes });\n`;
  const anyOptions = `${names.optionsType} & { readonly params?: MessageParams }`;
  const signatures = [
    `${doc(`The error of a code: its class for a listed code (a literal code gives that class, and its params are checked), \`${names.unknownClass}\` for any other.`)}`,
    `export function ${names.factory}<C extends string>(code: C, ...options: C extends keyof ${derived.classByCode} ? ${derived.errorArgs}<C> : [options?: ${anyOptions}]): C extends keyof ${derived.classByCode} ? ${derived.classByCode}[C] : ${base};\n`,
  ].join('');
  const factoryTs = `${signatures}export function ${names.factory}(code: string, ...options: [options?: unknown]): ${base} {
  return make(code, options[0] as ${anyOptions} | undefined);
}

function make(code: string, options?: ${anyOptions}): ${base} {
  const type = Object.hasOwn(classes, code) ? (classes as unknown as Record<string, new (options?: ${anyOptions}) => ${base}>)[code] : undefined;
  return type === undefined ? new ${names.unknownClass}(code, options) : new type(options);
}
`;
  const factoryJs = `export function ${names.factory}(code, options) {
  return make(code, options);
}

function make(code, options) {
  const type = Object.hasOwn(classes, code) ? classes[code] : undefined;
  return type === undefined ? new ${names.unknownClass}(code, options) : new type(options);
}
`;
  const receivedTs = `function received(code: string, options: ReceivedOptions): ${base} {\n  return make(code, options as ${anyOptions});\n}\n`;
  const receivedJs = `function received(code, options) {\n  return make(code, options);\n}\n`;
  const guardDoc = doc(`Whether \`value\` is an error of ${catalog.source}, made by any copy of this package.`);
  const fmtDoc = doc('The message of `code` in `locale` (else the default locale, else any), params filled; `{ variant: n }` gives the spec\'s n-th other listing of the code.');
  const lookups: [string, string, string, string][] = [
    [
      guardDoc,
      `export function ${names.guard}(value: unknown): value is ${base} {\n  return isCatalogError(catalog, value);\n}\n`,
      `export function ${names.guard}(value) {\n  return isCatalogError(catalog, value);\n}\n`,
      `export declare function ${names.guard}(value: unknown): value is ${base};\n`,
    ],
    [
      fmtDoc,
      `export function formatMessage<C extends string>(code: C, locale?: ${names.localeType} | { readonly locale?: ${names.localeType}; readonly variant?: number }, ...params: ${derived.messageArgs}<C>): string {\n  const options = typeof locale === "object" ? locale : { locale };\n  return format(catalog, code, { ...options, params: params[0] });\n}\n`,
      `export function formatMessage(code, locale, params) {\n  const options = typeof locale === "object" ? locale : { locale };\n  return format(catalog, code, { ...options, params });\n}\n`,
      `export declare function formatMessage<C extends string>(code: C, locale?: ${names.localeType} | { readonly locale?: ${names.localeType}; readonly variant?: number }, ...params: ${derived.messageArgs}<C>): string;\n`,
    ],
    [
      doc('The remedy of `code` in `locale`, else in another; `undefined` when the spec gives none.'),
      `export function ${derived.remedyLookup}(code: string, locale?: ${names.localeType}): string | undefined {\n  return formatRemedy(catalog, code, locale);\n}\n`,
      `export function ${derived.remedyLookup}(code, locale) {\n  return formatRemedy(catalog, code, locale);\n}\n`,
      `export declare function ${derived.remedyLookup}(code: string, locale?: ${names.localeType}): string | undefined;\n`,
    ],
    [
      doc('The spec\'s HTTP status of `code`: `null` when it gives none, `undefined` for a code it does not list.'),
      `export function ${names.statusLookup}(code: string): number | null | undefined {\n  return httpStatusOf(catalog, code);\n}\n`,
      `export function ${names.statusLookup}(code) {\n  return httpStatusOf(catalog, code);\n}\n`,
      `export declare function ${names.statusLookup}(code: string): number | null | undefined;\n`,
    ],
    [
      doc('Whether a client may retry `code`: the spec\'s retryable column, else true for HTTP 429 and 5xx.'),
      `export function ${derived.retryableLookup}(code: string, httpStatus?: number): boolean {\n  return isRetryable(catalog, code, httpStatus);\n}\n`,
      `export function ${derived.retryableLookup}(code, httpStatus) {\n  return isRetryable(catalog, code, httpStatus);\n}\n`,
      `export declare function ${derived.retryableLookup}(code: string, httpStatus?: number): boolean;\n`,
    ],
  ];
  const guards = catalog.entries.map((entry): [string, string, string, string] => [
    `/** Whether \`value\` is a \`${entry.className}\`, of any copy of this package. */\n`,
    `export function is${entry.className}(value: unknown): value is ${entry.className} {\n  return value instanceof ${entry.className};\n}\n`,
    `export function is${entry.className}(value) {\n  return value instanceof ${entry.className};\n}\n`,
    `export declare function is${entry.className}(value: unknown): value is ${entry.className};\n`,
  ]);
  const localeTableType = `Readonly<Record<${names.localeType}, Readonly<Record<string, string>>>>`;
  const codeUnion = catalog.entries.length === 0 ? 'string' : names.enumName;
  const tables: [doc: string, name: string, type: string, value: string, cast: string][] = [
    ['The locale messages fall back to.', 'defaultLocale', names.localeType, stringLiteral(catalog.defaultLocale), ''],
    ['The messages by locale and code, placeholders as `{{name}}`.', names.messages, localeTableType, 'catalog.messages', ` as ${localeTableType}`],
    ["The spec's remedies by locale and code.", derived.remedies, 'Readonly<Record<string, Readonly<Record<string, string>>>>', 'catalog.remedies', ''],
    ["The spec's HTTP status by code, `null` where it gives none.", names.statusMap, `Readonly<Record<${codeUnion}, number | null>>`, 'catalog.httpStatus', ` as Readonly<Record<${codeUnion}, number | null>>`],
    ["The spec's retryable column by code, `null` where it does not say.", derived.retryableMap, `Readonly<Record<${codeUnion}, boolean | null>>`, 'catalog.retryable', ` as Readonly<Record<${codeUnion}, boolean | null>>`],
    ['The HTTP status of codes the spec gives none for, or does not list.', derived.defaultHttpStatus, 'number', numberLiteral(catalog.options.defaultHttpStatus), ''],
  ];
  const reexport = `${doc('True for HTTP 429 and 5xx, the statuses a client may retry when the spec does not say.')}export { isRetryableHttpStatus } from "../${RUNTIME_MODULE}.js";\n`;
  const tablesTs = reexport + tables.map(([text, name, type, value, cast]) => `${doc(text)}export const ${name}: ${type} = ${value}${cast};\n`).join('');
  const tablesJs = reexport + tables.map(([, name, , value]) => `export const ${name} = ${value};\n`).join('');
  const tablesDts = reexport + tables.map(([text, name, type]) => `${doc(text)}export declare const ${name}: ${type};\n`).join('');
  return {
    ts: [classMap, byCode, registered, factoryTs, receivedTs, ...lookups.map(([d, ts]) => d + ts), ...guards.map(([d, ts]) => d + ts), tablesTs].join('\n'),
    js: [classMap, registered, factoryJs, receivedJs, ...lookups.map(([, , js]) => js), ...guards.map(([, , js]) => js), tablesJs].join('\n'),
    dts: [byCode, signatures, ...lookups.map(([d, , , dts]) => d + dts), ...guards.map(([d, , , dts]) => d + dts), tablesDts].join('\n'),
  };
}

/** The imports from the runtime. */
function imports(): Piece {
  const values = 'ErrspecError, ResponseFormatError, formatMessage as format, formatRemedy, fromProblem as readProblem, fromResponse as readResponse, httpStatusOf, isCatalogError, isRetryable, registerClasses';
  const typeNames = 'CatalogData, ErrorOptions, MessageParams, Problem, ReceivedOptions';
  const from = `from "../${RUNTIME_MODULE}.js";\n`;
  return {
    ts: `import { ${values}, ${typeNames.split(', ').map((name) => `type ${name}`).join(', ')} } ${from}`,
    js: `import { ${values} } ${from}`,
    dts: `import { ErrspecError, ResponseFormatError, type ErrorOptions, type MessageParams, type Problem } ${from}`,
  };
}

/**
 * `<id>/index.ts`, `dist/<id>/index.js` and `dist/<id>/index.d.ts` of a catalog.
 *
 * @param catalog a validated catalog; its spec text is escaped, never trusted.
 * @param context names the generator in the headers.
 * @param dist the folder of the package's JavaScript and declarations, e.g. `"dist"`.
 */
export function emitCatalogModule(catalog: Catalog, context: EmitContext, dist: string): GeneratedFile[] {
  const shape = shapeOf(catalog);
  const pieces = [imports(), codes(catalog, context), types(catalog, shape), data(catalog, shape, context), baseClasses(catalog), ...catalog.entries.map((entry) => entryClass(catalog, entry, context)), functions(catalog)];
  const header = catalogHeader(catalog, context);
  const join = (form: keyof Piece): string => header + pieces.map((piece) => piece[form]).filter((text) => text !== '').join('\n');
  return [
    { path: `${catalog.id}/index.ts`, content: join('ts') },
    { path: `${dist}/${catalog.id}/index.js`, content: join('js') },
    { path: `${dist}/${catalog.id}/index.d.ts`, content: join('dts') },
  ];
}

