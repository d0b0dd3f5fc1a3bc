/**
 * One catalog as one module, `<id>/index`, written side by side as TypeScript, JavaScript and
 * declarations by the same functions (as protobuf-es's `generateTs`, `generateJs`, `generateDts`):
 * the catalog's tables as data bound to the runtime (`bindCatalog`), and what the runtime cannot
 * know: the codes, the envelope's and params' types, a thin class per code, the typed exports.
 * No compiler runs. The JavaScript carries no docs: editors read the other two.
 */

import type { Catalog, Entry } from '../model.js';
import { DEFAULT_HTTP_STATUS } from '../runtime/errspec-runtime.js';
import { derivedNames } from '../names.js';
import { entryDoc } from './entry-doc.js';
import { isField, isRequired, shapeOf, type Shape, type ShapedNode } from './envelope-shape.js';
import { catalogHeader } from './header.js';
import { literalText, type JsonMap, type JsonObject, type JsonValue } from './json-text.js';
import { jsDocText, numberLiteral, objectKey, propertyName, stringLiteral } from './literals.js';
import { entryParameters, interpolationMessage, remedyLocale } from './messages.js';
import { docsLink, problemType, problemTypeBase } from './problem.js';
import type { EmitContext, GeneratedFile } from './types.js';
import { statusOf } from './wire-body.js';

/** The three forms of one piece of the module. */
interface Piece {
  readonly ts: string;
  readonly js: string;
  readonly dts: string;
}

/** File name of the runtime beside the catalogs' folders, without extension. */
export const RUNTIME_MODULE = 'errspec-runtime';

/** A JSDoc block for text already escaped by `jsDocText`, as ts-morph lays out `docs`: `/** text *\/`, or ` * ` before each line. */
function escapedDoc(text: string, indent = ''): string {
  if (text === '') return '';
  const lines = text.split('\n');
  if (lines.length === 1) return `${indent}/** ${text} */\n`;
  return ['/**', ...lines.map((line) => (line === '' ? ' *' : ` * ${line}`)), ' */'].map((line) => `${indent}${line}\n`).join('');
}

/** A JSDoc block for `text`, which may hold spec text (a title, a path): escaped here. */
function doc(text: string, indent = ''): string {
  return escapedDoc(jsDocText([text]), indent);
}

/** The code type reference of an entry: its enum member, or its literal for `as const` codes. */
function codeType(catalog: Catalog, entry: Entry): string {
  return catalog.options.enumStyle === 'enum' ? `${catalog.names.enumName}.${entry.name}` : stringLiteral(entry.code);
}

/** The codes: an enum, or an `as const` object and its union type; each member documented from the spec. */
function codes(catalog: Catalog, context: EmitContext): Piece {
  const { enumName } = catalog.names;
  const head = doc(`The error codes of ${catalog.title} (${catalog.source}).`);
  const members = (form: (entry: Entry) => string, docs: boolean): string =>
    catalog.entries.map((entry) => `${docs ? escapedDoc(entryDoc(entry, catalog, context.repoPrefix), '  ') : ''}  ${form(entry)}\n`).join('');
  // A string enum has no reverse mapping: at run time it is this frozen object.
  const js = `export const ${enumName} = {\n${members((entry) => `${entry.name}: ${stringLiteral(entry.code)},`, false)}};\nObject.freeze(${enumName});\n`;
  if (catalog.options.enumStyle === 'enum') {
    const enumMembers = members((entry) => `${entry.name} = ${stringLiteral(entry.code)},`, true);
    return { ts: `${head}export enum ${enumName} {\n${enumMembers}}\n`, js, dts: `${head}export declare enum ${enumName} {\n${enumMembers}}\n` };
  }
  const union = `${doc(`A code of ${catalog.source}.`)}export type ${enumName} = (typeof ${enumName})[keyof typeof ${enumName}];\n`;
  const typed = `export const ${enumName} = {\n${members((entry) => `${entry.name}: ${stringLiteral(entry.code)},`, true)}} as const;\nObject.freeze(${enumName});\n`;
  const declared = `export declare const ${enumName}: {\n${members((entry) => `readonly ${entry.name}: ${stringLiteral(entry.code)};`, true)}};\n`;
  return { ts: head + typed + union, js, dts: head + declared + union };
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

/** `ErrorResponse`, member by member, and the type of the envelope's other fields. */
function responseTypes(catalog: Catalog, shape: Shape): string {
  const { names } = catalog;
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
  // A type literal, not an interface, so that it is assignable to the runtime's record of fields.
  const fields = `${doc('The envelope fields besides code, message, status and details, by dotted path, as errors take and keep them.')}export type ${names.baseClass}Fields = {${others.length === 0 ? '' : `\n${others.join('')}`}};\n`;
  return response + fields;
}

/** The locales, the params, the options, and `Types`, which binds the runtime's generics to these declarations. */
function types(catalog: Catalog, shape: Shape): Piece {
  const { names } = catalog;
  const derived = derivedNames(names);
  const paramRows = catalog.entries
    .map((entry) => [entry, entryParameters(entry)] as const)
    .filter(([, parameters]) => parameters.length > 0)
    .map(([entry, parameters]) => {
      const members = parameters.map(({ name, type }) => `${doc(`The value of \`{{${name}}}\` in the message.`, '    ')}    readonly ${propertyName(name)}: ${type};\n`);
      return `${doc(`The placeholders of the message of ${entry.code}.`, '  ')}  ${stringLiteral(entry.code)}: {\n${members.join('')}  };\n`;
    })
    .join('');
  const bound: [string, string][] = [
    ['code', catalog.entries.length === 0 ? 'string' : names.enumName],
    ['locale', names.localeType],
    ['response', 'ErrorResponse'],
    ['params', derived.messageParams],
    ['byCode', derived.classByCode],
    ['options', names.optionsType],
    ['error', names.baseClass],
    ['formatError', derived.responseFormatError],
  ];
  const text = [
    responseTypes(catalog, shape),
    `${doc('A locale the catalog has messages in.')}export type ${names.localeType} = ${catalog.locales.length === 0 ? 'string' : catalog.locales.map(stringLiteral).join(' | ')};\n`,
    `${doc('The placeholders of each code whose message has some.')}export interface ${derived.messageParams} {${paramRows === '' ? '' : `\n${paramRows}`}}\n`,
    `${doc('What `formatMessage` takes after the locale: the params of a code whose message has placeholders, none for another listed code.')}export type ${derived.messageArgs}<C extends string> = MessageArgs<Types, C>;\n`,
    `${doc('What the constructors and the factory take: a locale of the catalog, the envelope\'s other fields.')}export interface ${names.optionsType} extends CatalogOptions<${names.localeType}, ${names.baseClass}Fields> {}\n`,
    `${doc("The options a code's constructor and the factory take: `params` required where its message has placeholders.")}export type ${derived.errorArgs}<C extends string> = ErrorArgs<Types, C>;\n`,
    `${doc("RFC 9457 problem details of this catalog's errors.")}export interface ${derived.problem} extends Problem {}\n`,
    `/** This module's declarations, as the runtime's generic functions take them. */\ninterface Types {\n${bound.map(([key, type]) => `  readonly ${key}: ${type};\n`).join('')}}\n`,
  ].join('');
  return { ts: text, js: '', dts: text };
}

/** Messages or remedies by locale, then code. */
function localeTable(catalog: Catalog, text: (entry: Entry, locale: string) => string | null | undefined): JsonValue {
  const rows = [...new Set([...catalog.locales, catalog.defaultLocale])].flatMap((locale): [string, JsonValue][] => {
    const cells = catalog.entries.flatMap((entry): [string, JsonValue][] => {
      const value = text(entry, locale);
      return value === null || value === undefined ? [] : [[entry.code, value]];
    });
    return cells.length === 0 ? [] : [[locale, new Map(cells)]];
  });
  return new Map(rows);
}

/** A table by code, in spec order. */
function byCode(catalog: Catalog, value: (entry: Entry) => JsonValue, entries: readonly Entry[] = catalog.entries): JsonValue {
  return new Map(entries.map((entry) => [entry.code, value(entry)]));
}

/** `const runtime`: the runtime bound to every fact of the spec it needs. */
function data(catalog: Catalog, shape: Shape, context: EmitContext): Piece {
  const base = problemTypeBase(catalog);
  // The runtime makes the type of a code without one of its own: the base and the code.
  const ownTypes = catalog.entries.filter((entry) => problemType(catalog, entry, context.repoPrefix) !== base + encodeURIComponent(entry.code));
  const envelope: JsonValue[] = [];
  const walk = (members: readonly ShapedNode[]): void => {
    for (const node of members) {
      // The runtime reads an absent type as a string.
      if (isField(node)) envelope.push({ path: node.field.path, role: node.role, type: node.field.type === 'string' ? undefined : node.field.type });
      else walk(node.children);
    }
  };
  walk(shape.members);
  const variants = catalog.entries.filter((entry) => entry.variants.length > 0);
  const said = catalog.entries.filter((entry) => entry.retryable !== null);
  const remedies = localeTable(catalog, (entry, locale) => (entry.remedy !== null && remedyLocale(entry.remedy, catalog.locales, catalog.defaultLocale) === locale ? entry.remedy : null));
  // Tables with no rows, a false flag and defaults are left out: the runtime reads them as empty, false and its defaults.
  const value: JsonObject = {
    id: catalog.id,
    source: catalog.source,
    defaultLocale: catalog.defaultLocale,
    // The order the fallback chain tries: `en`, then the default, then the others.
    locales: [...new Set([...catalog.locales.filter((locale) => locale === 'en'), catalog.defaultLocale, ...catalog.locales])],
    messages: localeTable(catalog, (entry, locale) => interpolationMessage(entry, locale)),
    remedies: (remedies as JsonMap).size === 0 ? undefined : remedies,
    variants: variants.length === 0 ? undefined : byCode(catalog, (entry) => entry.variants.map((variant) => new Map(Object.entries(variant.messages))), variants),
    httpStatus: byCode(catalog, (entry) => entry.httpStatus),
    retryable: said.length === 0 ? undefined : byCode(catalog, (entry) => entry.retryable, said),
    defaultHttpStatus: catalog.options.defaultHttpStatus === DEFAULT_HTTP_STATUS ? undefined : catalog.options.defaultHttpStatus,
    envelope,
    problemTypes: ownTypes.length === 0 ? undefined : byCode(catalog, (entry) => problemType(catalog, entry, context.repoPrefix), ownTypes),
    problemTypeBase: catalog.options.problemTypeBase ?? undefined,
    remedyInResponse: catalog.options.remedyInResponse || undefined,
  };
  const literal = literalText(value);
  return {
    ts: `const runtime: BoundCatalog<Types> = bindCatalog(${literal});\n`,
    js: `const runtime = bindCatalog(${literal});\n`,
    dts: 'declare const runtime: BoundCatalog<Types>;\n',
  };
}

/** A class declaration (`class X extends Y`) in the three forms, `members` as `[ts, js, dts]` lines; JavaScript has no abstract classes. */
function classPiece(head: string, declaration: string, members: readonly (readonly [string, string, string])[], abstract = false): Piece {
  const text = (form: 0 | 1 | 2, prefix: string): string => {
    const lines = members.map((member) => member[form]).filter((line) => line !== '');
    // No members, or one that fits beside the declaration in 120 columns: one line.
    const line = `${prefix}class ${declaration} {${lines.length === 0 ? '' : ` ${lines[0]} `}}\n`;
    return lines.length <= 1 && line.length <= 121 ? line : `${prefix}class ${declaration} {\n${lines.map((member) => `  ${member}\n`).join('')}}\n`;
  };
  const kind = abstract ? 'abstract ' : '';
  return { ts: head + text(0, `export ${kind}`), js: text(1, 'export '), dts: head + text(2, `export declare ${kind}`) };
}

/** The `name` of a class's errors, a literal. */
function nameMember(name: string): readonly [string, string, string] {
  return [`override readonly name = ${stringLiteral(name)};`, `name = ${stringLiteral(name)};`, `readonly name: ${stringLiteral(name)};`];
}

/** The base class, the unknown class and the response-format error, over the runtime's. */
function baseClasses(catalog: Catalog): Piece {
  const { names } = catalog;
  const { responseFormatError } = derivedNames(names);
  const pieces = [
    classPiece(doc(`An error of ${catalog.title} (${catalog.source}). Catch it for any of them, listed code or not.`), `${names.baseClass} extends runtime.Base`, [], true),
    classPiece(doc(`An error whose code ${catalog.source} does not list; it keeps the code.`), `${names.unknownClass} extends ${names.baseClass}`, [nameMember(names.unknownClass)]),
    classPiece(doc('The error for a body that is not the documented response.'), `${responseFormatError} extends runtime.FormatError`, [nameMember(responseFormatError)]),
  ];
  return { ts: pieces.map((piece) => piece.ts).join(''), js: pieces.map((piece) => piece.js).join(''), dts: pieces.map((piece) => piece.dts).join('') };
}

/** The JSDoc of an entry's class, a line (its code's member has the whole documentation), and the spec's other listings of the code. */
function classDoc(catalog: Catalog, entry: Entry): string {
  const message = Object.values(entry.messages)[0] ?? entry.code;
  const also = entry.variants.map((variant, index) => {
    const text = Object.values(variant.messages)[0] ?? '(no message)';
    const status = variant.httpStatus === null ? '' : `, HTTP ${variant.httpStatus}`;
    return `${index + 1}. ${text}${status} (${catalog.source}:${variant.line}; \`formatMessage(code, { variant: ${index + 1} })\`)`;
  });
  return jsDocText([`${entry.code}: ${message} · HTTP ${statusOf(catalog, entry)} · Spec: ${catalog.source}:${entry.line}`, ...(also.length === 0 ? [] : [`Also documented as:\n${also.join('\n')}`])]);
}

/** One class per code, over the base's `of` (statics, literal types, checked params); the TypeScript's base is a typed const, for `isolatedDeclarations`. */
function entryClass(catalog: Catalog, entry: Entry, context: EmitContext): Piece {
  const { names } = catalog;
  const code = `${names.enumName}.${entry.name}`;
  const status = entry.httpStatus === null ? 'null' : numberLiteral(entry.httpStatus);
  const of = (value: string): string => `${names.baseClass}.of(${value}, ${status})`;
  const base = `${entry.className}Base`;
  const typed = `const ${base}: EntryClass<Types, ${codeType(catalog, entry)}, ${entry.httpStatus === null ? 'number' : status}> =`;
  const docs = docsLink(catalog, entry, context.repoPrefix);
  const members = [
    ...(docs === null ? [] : [[`static readonly docsUrl = ${stringLiteral(docs)};`, `static docsUrl = ${stringLiteral(docs)};`, `static readonly docsUrl: ${stringLiteral(docs)};`] as const]),
    nameMember(entry.className),
  ];
  const head = escapedDoc(classDoc(catalog, entry));
  return {
    ts: `${typed}${typed.length + of(code).length < 120 ? ' ' : '\n  '}${of(code)};\n${classPiece(head, `${entry.className} extends ${base}`, members).ts}`,
    // The JavaScript gives the code as a string.
    js: classPiece('', `${entry.className} extends ${of(stringLiteral(entry.code))}`, members).js,
    dts: classPiece(head, `${entry.className} extends ${of(code)}`, members).dts,
  };
}

/** An exported binding: `[doc, name, type, value]`. */
type Binding = readonly [doc: string, name: string, type: string, value: string];

/** Bindings in the three forms, each with its one-line doc. */
function bindingsPiece(bindings: readonly Binding[]): Piece {
  const docs = bindings.map((binding) => doc(binding[0]));
  const form = (write: (binding: Binding) => string, documented: boolean): string => bindings.map((binding, index) => `${documented ? docs[index] : ''}${write(binding)}\n`).join('');
  return {
    ts: form(([, name, type, value]) => `export const ${name}: ${type} = ${value};`, true),
    js: form(([, name, , value]) => `export const ${name} = ${value};`, false),
    dts: form(([, name, type]) => `export declare const ${name}: ${type};`, true),
  };
}

/** The classes by code and their registration, the factory, guards, lookups and tables. */
function functions(catalog: Catalog): Piece[] {
  const { names } = catalog;
  const derived = derivedNames(names);
  const rows = catalog.entries.map((entry) => `${objectKey(entry.code)}: ${entry.className}`);
  const classes = rows.length === 0 ? '{}' : rows.length === 1 ? `{ ${rows[0]} }` : `{\n${rows.map((row) => `  ${row},\n`).join('')}}`;
  const register = `runtime.register(${names.baseClass}, ${names.unknownClass}, ${derived.responseFormatError}, ${classes});\n`;
  const byCodeType = `${doc('The class of each code, for the typed factory.')}export interface ${derived.classByCode} {${catalog.entries.length === 0 ? '' : `\n${catalog.entries.map((entry) => `  ${stringLiteral(entry.code)}: ${entry.className};\n`).join('')}`}}\n`;
  const bound = (member: string): string => `BoundCatalog<Types>[${stringLiteral(member)}]`;
  const bindings: Binding[] = [
    [`The error of a code: its class for a listed code (a literal code gives that class, and its params are checked), \`${names.unknownClass}\` for any other.`, names.factory, bound('create'), 'runtime.create'],
    [`Whether \`value\` is an error of ${catalog.source}, made by any copy of this package.`, names.guard, bound('isError'), 'runtime.isError'],
    ["The message of `code` in `locale` (else the default locale, else any), params filled; `{ variant: n }` gives the spec's n-th other listing of the code.", 'formatMessage', bound('formatMessage'), 'runtime.formatMessage'],
    ['The remedy of `code` in `locale`, else in another; `undefined` when the spec gives none.', derived.remedyLookup, bound('formatRemedy'), 'runtime.formatRemedy'],
    ["The spec's HTTP status of `code`: `null` when it gives none, `undefined` for a code it does not list.", names.statusLookup, bound('httpStatusOf'), 'runtime.httpStatusOf'],
    ["Whether a client may retry `code`: the spec's retryable column, else true for HTTP 429 and 5xx.", derived.retryableLookup, bound('isRetryable'), 'runtime.isRetryable'],
    ...catalog.entries.map((entry): Binding => [`Whether \`value\` is a \`${entry.className}\`, of any copy of this package.`, `is${entry.className}`, `(value: unknown) => value is ${entry.className}`, `guard(${entry.className})`]),
    ['The locale messages fall back to.', 'defaultLocale', names.localeType, stringLiteral(catalog.defaultLocale)],
    ['The messages by locale and code, placeholders as `{{name}}`.', names.messages, bound('messages'), 'runtime.messages'],
    ["The spec's remedies by locale and code.", derived.remedies, bound('remedies'), 'runtime.remedies'],
    ["The spec's HTTP status by code, `null` where it gives none.", names.statusMap, bound('httpStatus'), 'runtime.httpStatus'],
    ["The spec's retryable column by code, `null` where it does not say.", derived.retryableMap, bound('retryable'), 'runtime.retryable'],
    ['The HTTP status of codes the spec gives none for, or does not list.', derived.defaultHttpStatus, 'number', numberLiteral(catalog.options.defaultHttpStatus)],
  ];
  const reexport = `${doc('True for HTTP 429 and 5xx, the statuses a client may retry when the spec does not say.')}export { isRetryableHttpStatus } from "../${RUNTIME_MODULE}.js";\n`;
  const exported = bindingsPiece(bindings);
  return [
    { ts: byCodeType + register, js: register, dts: byCodeType },
    { ts: exported.ts + reexport, js: exported.js + reexport, dts: exported.dts + reexport },
  ];
}

/** The imports from the runtime; `guard` and `EntryClass` only where there are codes. */
function imports(catalog: Catalog): Piece {
  const some = catalog.entries.length > 0;
  const values = some ? ['bindCatalog', 'guard'] : ['bindCatalog'];
  const types = ['BoundCatalog', 'CatalogOptions', ...(some ? ['EntryClass'] : []), 'ErrorArgs', 'MessageArgs', 'Problem'];
  const from = `from "../${RUNTIME_MODULE}.js";\n`;
  return {
    ts: `import { ${[...values, ...types.map((name) => `type ${name}`)].join(', ')} } ${from}`,
    js: `import { ${values.join(', ')} } ${from}`,
    dts: `import type { ${types.filter((name) => name !== 'EntryClass').join(', ')} } ${from}`,
  };
}

/** `<id>/index.ts`, `<dist>/<id>/index.js` and `<dist>/<id>/index.d.ts` of a validated catalog. */
export function emitCatalogModule(catalog: Catalog, context: EmitContext, dist: string): GeneratedFile[] {
  const shape = shapeOf(catalog);
  const pieces = [
    imports(catalog),
    codes(catalog, context),
    types(catalog, shape),
    data(catalog, shape, context),
    baseClasses(catalog),
    ...catalog.entries.map((entry) => entryClass(catalog, entry, context)),
    ...functions(catalog),
  ];
  const header = catalogHeader(catalog, context);
  const join = (form: keyof Piece): string => header + pieces.map((piece) => piece[form]).filter((text) => text !== '').join('\n');
  return [
    { path: `${catalog.id}/index.ts`, content: join('ts') },
    { path: `${dist}/${catalog.id}/index.js`, content: join('js') },
    { path: `${dist}/${catalog.id}/index.d.ts`, content: join('dts') },
  ];
}
