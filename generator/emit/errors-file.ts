/**
 * `<id>/errors.ts`: the error classes of a catalog, the guard, and the factory; the base
 * class speaks the spec's error response (wire-format.ts).
 */

import {
  Scope,
  StructureKind,
  type CodeBlockWriter,
  type FunctionDeclarationOverloadStructure,
  type ImportDeclarationStructure,
  type OptionalKind,
  type StatementStructures,
} from 'ts-morph';
import type { Catalog } from '../model.js';
import { catalogHeader } from './header.js';
import { jsDocText, stringLiteral } from './literals.js';
import { classByCodeName, derivedNames } from '../names.js';
import { writeJsDoc } from './print.js';
import { DETAILS_TYPE } from './response-file.js';
import type { EmitContext, TypeScriptFile } from './types.js';
import { fromProblemMethod, problemStatements, toProblemMethod } from './problem.js';
import { BRAND_STATEMENT, declareBrand, declareGuard, writeHasInstance } from './guards.js';
import { MESSAGE_VALUES } from './message-params.js';
import { fromResponseMethod, toJsonMethod, toResponseMethod, wireFormatStatements } from './wire-format.js';
import { classByCodeSlot, entryClassesSlot, entryGuardsSlot, registerSlot } from './entry-slots.js';
import { inline, slotted, type Slot } from './slots.js';

/** The interface of the options every constructor and the factory take. */
function declareOptions(catalog: Catalog): StatementStructures {
  const { optionsType, localeType } = catalog.names;
  return {
    kind: StructureKind.Interface,
    isExported: true,
    name: optionsType,
    docs: ['Options of every error constructor and of the factory.'],
    properties: [
      { name: 'message', type: 'string', docs: ["Message to use instead of the spec's message for the code."] },
      { name: 'locale', type: localeType, docs: ["Locale of the spec's message when `message` is not given; by default the default locale."] },
      { name: 'details', type: DETAILS_TYPE, docs: ['Extra context for whoever handles the error, e.g. the offending field.'] },
      { name: 'cause', type: 'unknown', docs: ['The error that led to this one, kept as the standard `cause`.'] },
      {
        name: 'httpStatus',
        type: 'number',
        docs: [
          `HTTP status to use instead of the spec's for the code (or \`${derivedNames(catalog.names).defaultHttpStatus}\`), e.g. that of the response the error came in.`,
        ],
      },
    ].map((property) => ({ ...property, isReadonly: true, hasQuestionToken: true })),
  };
}

/** The abstract base class: code, status, retryability, details, the message lookup and the wire format live here. */
function declareBaseClass(catalog: Catalog): StatementStructures {
  const { baseClass, unknownClass, optionsType, statusLookup } = catalog.names;
  const { defaultHttpStatus, retryableLookup } = derivedNames(catalog.names);
  return {
    kind: StructureKind.Class,
    isExported: true,
    isAbstract: true,
    name: baseClass,
    extends: 'Error',
    docs: [
      jsDocText([
        `Base class of the errors of ${catalog.title} (${catalog.source}).`,
        'Catch it to handle any of them, listed code or not. `toResponse()` gives the error response the spec documents, and `fromResponse(body)` turns one back into an error.',
      ]),
    ],
    properties: [
      { name: 'code', type: 'string', docs: [`The code: a code of the spec, or any string for an \`${unknownClass}\`.`] },
      {
        name: 'httpStatus',
        type: 'number',
        docs: [
          jsDocText([
            `HTTP status: the \`httpStatus\` option when given, else the spec's status for the code, else \`${defaultHttpStatus}\` (${catalog.options.defaultHttpStatus}) for a code the spec gives no status or does not list.`,
          ]),
        ],
      },
      {
        name: 'retryable',
        type: 'boolean',
        docs: ["Whether a client may retry: the spec's retryable column for the code when it says, else true for HTTP 429 and 5xx."],
      },
      { name: 'details', type: `${DETAILS_TYPE} | undefined`, docs: ['Extra context given to the constructor.'] },
      {
        name: 'remedy',
        type: 'string | undefined',
        docs: ["What to do about it: the spec's remedy for the code, in the error's locale when the spec has it there; `undefined` when the spec gives none."],
      },
    ].map((property) => ({ ...property, isReadonly: true })),
    ctors: [
      {
        scope: Scope.Protected,
        docs: ['@param code the code, kept as given.\n@param options message, locale, message parameters, details, cause and HTTP status.'],
        parameters: [
          { name: 'code', type: 'string' },
          { name: 'options', type: `${optionsType} & MessageParamsOption`, initializer: '{}' },
        ],
        statements: [
          'const { message, locale, details, cause, httpStatus, params } = options;',
          '// Pass `cause` only when there is one, so that `"cause" in error` tells whether there is.',
          'super(message ?? formatMessage(code, locale, params), cause !== undefined ? { cause } : undefined);',
          'this.code = code;',
          `this.httpStatus = httpStatus ?? ${statusLookup}(code) ?? ${defaultHttpStatus};`,
          `this.retryable = ${retryableLookup}(code, this.httpStatus);`,
          'this.details = details;',
          `this.remedy = ${derivedNames(catalog.names).remedyLookup}(code, locale);`,
          BRAND_STATEMENT,
        ],
      },
    ],
    methods: [
      toResponseMethod(catalog),
      toJsonMethod(),
      fromResponseMethod(catalog),
      toProblemMethod(catalog),
      fromProblemMethod(catalog),
    ],
  };
}

/** The concrete class for codes the spec does not list, such as those of a newer server. */
function declareUnknownClass(catalog: Catalog): StatementStructures {
  const { baseClass, unknownClass, optionsType } = catalog.names;
  return {
    kind: StructureKind.Class,
    isExported: true,
    name: unknownClass,
    extends: baseClass,
    docs: [`An error whose code the spec does not list, e.g. one from a newer server; \`code\` keeps it as given.`],
    properties: [{ name: 'name', hasOverrideKeyword: true, isReadonly: true, initializer: stringLiteral(unknownClass) }],
    ctors: [
      {
        docs: ['@param code the code, kept as given.\n@param options message, locale, details, cause and HTTP status.'],
        parameters: [
          { name: 'code', type: 'string' },
          { name: 'options', type: optionsType, hasQuestionToken: true },
        ],
        statements: ['super(code, options);'],
      },
    ],
  };
}

/**
 * The Map from code to class the factory looks codes up in, filled one call per code: a
 * single `new Map([...])` of thousands of pairs is a union of thousands of tuple types,
 * which TypeScript takes minutes to reduce, then gives up on.
 */
function writeErrorClasses(writer: CodeBlockWriter, catalog: Catalog): void {
  const { enumName } = catalog.names;
  writeJsDoc(writer, 'The class of each listed code; a Map, not an object, so that codes such as "__proto__" are plain keys.');
  writer.writeLine('const errorClasses = new Map<string, KnownErrorClass>();');
  if (catalog.entries.length === 0) return;
  writer.blankLine();
  writeJsDoc(writer, 'Record the class of a code; a call per code keeps type-checking fast for thousands of codes.');
  writer.write(`function register(code: ${enumName}, errorClass: KnownErrorClass): void `).block(() => {
    writer.writeLine('errorClasses.set(code, errorClass);');
  });
}

/** The options argument of the factory for a code: required with the values of its placeholders. */
function declareErrorArgs(catalog: Catalog): StatementStructures {
  const { enumName, optionsType } = catalog.names;
  const { errorArgs, messageParams } = derivedNames(catalog.names);
  return {
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: errorArgs,
    typeParameters: [{ name: 'C', constraint: 'string' }],
    docs: [
      'What the factory takes after the code: options with the values of the message\'s placeholders for a code that has some, optional options for another listed code, options with any values for any other string.',
    ],
    type: `C extends keyof ${messageParams} ? [options: ${optionsType} & { readonly params: ${messageParams}[C] }] : C extends ${enumName} ? [options?: ${optionsType}] : [options?: ${optionsType} & { readonly params?: ${MESSAGE_VALUES} }]`,
  };
}

/** The factory: generic, so that a known code gives its own class and takes its own parameters. */
function declareFactory(catalog: Catalog): StatementStructures {
  const { baseClass, unknownClass, optionsType, factory } = catalog.names;
  const { errorArgs } = derivedNames(catalog.names);
  const doc = [
    `The error of a code: the spec's class for a listed code, \`${unknownClass}\` for any other. Never throws.`,
    '',
    '@param code a code of the spec, or any string, e.g. from a response body.',
    '@param options message, locale, message parameters (required when the message has placeholders), details, cause and HTTP status.',
  ].join('\n');
  const byString = [
    { name: 'code', type: 'string' },
    { name: 'options', type: `${optionsType} & MessageParamsOption`, hasQuestionToken: true },
  ];
  // An enum without members cannot index the (empty) class map, and has no member to pass.
  const overloads: OptionalKind<FunctionDeclarationOverloadStructure>[] =
    catalog.entries.length === 0
      ? []
      : [
          {
            docs: [doc],
            typeParameters: [{ name: 'C', constraint: 'string' }],
            parameters: [
              { name: 'code', type: 'C' },
              { name: 'options', isRestParameter: true, type: `${errorArgs}<C>` },
            ],
            returnType: `C extends keyof ${classByCodeName(catalog.names)} ? ${classByCodeName(catalog.names)}[C] : ${baseClass}`,
          },
        ];
  return {
    kind: StructureKind.Function,
    isExported: true,
    name: factory,
    docs: overloads.length === 0 ? [doc] : [],
    overloads,
    parameters: byString,
    returnType: baseClass,
    statements: [
      'const KnownError = errorClasses.get(code);',
      `return KnownError !== undefined ? new KnownError(options as never) : new ${unknownClass}(code, options);`,
    ],
  };
}

/**
 * The options interface, the abstract base class, one class per entry in spec order,
 * the class for unknown codes, the guard, the code -> class type map, the factory, and the
 * private functions `fromResponse` reads bodies with.
 *
 * @param catalog the catalog; its `names` name the declarations, entries' `className` the classes.
 * @param context names the generator in the header.
 */
export function emitErrors(catalog: Catalog, context: EmitContext): TypeScriptFile {
  const { enumName, localeType, baseClass, statusLookup } = catalog.names;
  const { responseFormatError, retryableLookup, defaultHttpStatus } = derivedNames(catalog.names);
  // Without entries nothing refers to the enum, and an unused import would not compile under noUnusedLocals.
  const importCodes: ImportDeclarationStructure[] =
    catalog.entries.length === 0
      ? []
      : [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: './codes.js', namedImports: [enumName] }];
  // The per-entry declarations are slots, written in every form (slots.ts); a catalog without entries has none.
  const slots: Slot[] = [];
  const perEntry = (make: () => Slot): ((writer: CodeBlockWriter) => void)[] => (catalog.entries.length === 0 ? [] : [slotted(slots, make())]);
  return {
    path: `${catalog.id}/errors.ts`,
    structure: {
      leadingTrivia: catalogHeader(catalog, context),
      statements: [
        ...importCodes,
        {
          kind: StructureKind.ImportDeclaration,
          moduleSpecifier: './messages.js',
          namedImports: [
            'formatMessage',
            derivedNames(catalog.names).remedyLookup,
            { name: localeType, isTypeOnly: true },
            ...(catalog.entries.length === 0 ? [] : [{ name: derivedNames(catalog.names).messageParams, isTypeOnly: true }]),
          ],
        },
        {
          kind: StructureKind.ImportDeclaration,
          moduleSpecifier: './response.js',
          namedImports: [responseFormatError, { name: 'ErrorResponse', isTypeOnly: true }],
        },
        {
          kind: StructureKind.ImportDeclaration,
          moduleSpecifier: './status.js',
          namedImports: [statusLookup, retryableLookup, defaultHttpStatus],
        },
        declareBrand(catalog),
        ...problemStatements(catalog),
        declareOptions(catalog),
        {
          kind: StructureKind.Interface,
          name: 'MessageParamsOption',
          docs: ['The option the base class and the factory take for any code; each class types its own.'],
          properties: [
            { name: 'params', type: MESSAGE_VALUES, isReadonly: true, hasQuestionToken: true, docs: ["Values of the message's placeholders, by name."] },
          ],
        },
        declareBaseClass(catalog),
        ...perEntry(() => entryClassesSlot(catalog)),
        declareUnknownClass(catalog),
        declareGuard(catalog),
        ...perEntry(() => entryGuardsSlot(catalog)),
        catalog.entries.length === 0 ? inline(classByCodeSlot(catalog)) : slotted(slots, classByCodeSlot(catalog)),
        {
          kind: StructureKind.TypeAlias,
          name: 'KnownErrorClass',
          // `never`: each class takes its own parameters; the factory's signature checks them.
          docs: ['The constructor of a listed code\'s class.'],
          type: `new (options: never) => ${baseClass}`,
        },
        (writer) => writeErrorClasses(writer, catalog),
        ...perEntry(() => registerSlot(catalog)),
        ...(catalog.entries.length === 0 ? [] : [declareErrorArgs(catalog)]),
        declareFactory(catalog),
        (writer) => writeHasInstance(writer, catalog),
        ...wireFormatStatements(catalog),
      ],
    },
    slots,
  };
}
