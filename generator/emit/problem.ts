/**
 * RFC 9457 problem details for every error of a catalog: `toProblem()` renders the error as
 * `application/problem+json`, `static fromProblem()` reads one back; and the docs link of each
 * code, from the `docs-url` option.
 */

import { StructureKind, VariableDeclarationKind, type MethodDeclarationStructure, type OptionalKind, type StatementStructures } from 'ts-morph';
import type { Catalog, Entry } from '../model.js';
import { derivedNames } from '../names.js';
import { DETAILS_TYPE } from './response-file.js';
import { stringLiteral } from './literals.js';

/** GitHub's anchor for a heading: lowercase, punctuation dropped, spaces to `-`. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * The link to the spec section an entry sits in, e.g.
 * `https://github.com/acme/api/blob/main/specs/pet-core.md#通用错误`, or `null` without `docs-url`.
 */
export function docsLink(catalog: Catalog, entry: Entry | null): string | null {
  const base = catalog.options.docsUrl;
  if (base === null) return null;
  const file = `${base}${encodeURI(catalog.source)}`;
  return entry === null || entry.group === null ? file : `${file}#${encodeURIComponent(headingAnchor(entry.group))}`;
}

/** The start of the problem `type` of a code: the `problem-type-base` option, else `urn:errspec:<id>:`. */
export function problemTypeBase(catalog: Catalog): string {
  return catalog.options.problemTypeBase ?? `urn:errspec:${encodeURIComponent(catalog.id)}:`;
}

/** The problem interface and the `problemTypeBase` constant. */
export function problemStatements(catalog: Catalog): StatementStructures[] {
  const { problem } = derivedNames(catalog.names);
  const properties = [
    { name: 'type', type: 'string', docs: ['URI of the problem type: the code\'s docs link, or the problem type base and the code.'] },
    { name: 'title', type: 'string', docs: ["The spec's message for the code, the same for every occurrence."] },
    { name: 'status', type: 'number', docs: ['The HTTP status.'] },
    { name: 'detail', type: 'string', docs: ["This occurrence's message, placeholders filled."] },
    { name: 'instance', type: 'string', docs: ['URI of this occurrence, when given to `toProblem`.'], hasQuestionToken: true },
    { name: 'code', type: 'string', docs: ['Extension member: the code, as the spec writes it.'] },
    { name: 'details', type: DETAILS_TYPE, docs: ['Extension member: the details, when the error has some.'], hasQuestionToken: true },
    ...(catalog.options.remedyInResponse
      ? [{ name: 'remedy', type: 'string', docs: ['Extension member: what to do about it, when the spec says.'], hasQuestionToken: true }]
      : []),
  ];
  return [
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: problem,
      docs: ['An error as RFC 9457 problem details (`application/problem+json`), the code as an extension member.'],
      properties: properties.map((property) => ({ ...property, isReadonly: true })),
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['The problem `type` of a code without a docs link is this and the code, percent-encoded.'],
      declarations: [{ name: 'problemTypeBase', type: 'string', initializer: stringLiteral(problemTypeBase(catalog)) }],
    },
  ];
}

/** `toProblem(instance?, locale?)`. */
export function toProblemMethod(catalog: Catalog): OptionalKind<MethodDeclarationStructure> {
  const { problem } = derivedNames(catalog.names);
  const docsType = catalog.options.docsUrl !== null && catalog.options.problemTypeBase === null;
  return {
    name: 'toProblem',
    docs: [
      [
        'This error as RFC 9457 problem details, for an `application/problem+json` response: `type`,',
        "`title` (the spec's message), `status`, `detail` (this error's message), `instance` when given,",
        'and the code (and details) as extension members.',
        '',
        '@param instance a URI for this occurrence, e.g. the request path.',
        "@param locale the locale of `title`; the default locale when omitted.",
      ].join('\n'),
    ],
    parameters: [
      { name: 'instance', type: 'string', hasQuestionToken: true },
      { name: 'locale', type: catalog.names.localeType, hasQuestionToken: true },
    ],
    returnType: problem,
    statements: [
      docsType
        ? "const docs: unknown = Reflect.get(this.constructor, 'docsUrl');"
        : '',
      `const type = ${docsType ? 'typeof docs === "string" ? docs : ' : ''}problemTypeBase + encodeURIComponent(this.code);`,
      'return {',
      '  type,',
      '  title: formatMessage(this.code, locale),',
      '  status: this.httpStatus,',
      '  detail: this.message,',
      '  ...(instance === undefined ? {} : { instance }),',
      '  code: this.code,',
      '  ...(this.details === undefined ? {} : { details: this.details }),',
      ...(catalog.options.remedyInResponse ? ['  ...(this.remedy === undefined ? {} : { remedy: this.remedy }),'] : []),
      '};',
    ].filter((line) => line !== ''),
  };
}

/** `static fromProblem(problem, httpStatus?)`: never throws. */
export function fromProblemMethod(catalog: Catalog): OptionalKind<MethodDeclarationStructure> {
  const { baseClass, factory } = catalog.names;
  const { responseFormatError } = derivedNames(catalog.names);
  return {
    name: 'fromProblem',
    isStatic: true,
    docs: [
      [
        'The error problem details stand for, as `toProblem` writes them: the class of the `code` member',
        '(a string or a number), `detail` as the message, `status` as the HTTP status, `details` kept.',
        `A \`${responseFormatError}\` when there is no code; never throws, no getter runs.`,
        '',
        '@param problem a parsed `application/problem+json` body; anything at all.',
        '@param httpStatus the HTTP status of the response, used when `status` is missing.',
      ].join('\n'),
    ],
    parameters: [
      { name: 'problem', type: 'unknown' },
      { name: 'httpStatus', type: 'number', hasQuestionToken: true },
    ],
    returnType: `${baseClass} | ${responseFormatError}`,
    statements: [
      'const read = (key: string): unknown => { const field = lookUpField(problem, [key]); return "value" in field ? field.value : undefined; };',
      'const status = read("status");',
      'const received = isHttpStatus(status) ? status : isHttpStatus(httpStatus) ? httpStatus : undefined;',
      'const code = read("code");',
      'if (typeof code !== "string" && typeof code !== "number") {',
      `  return new ${responseFormatError}(\`problem code is \${describeValue(code)}, expected a string or a number\`, problem, received);`,
      '}',
      'const detail = read("detail");',
      'const details = read("details");',
      `return ${factory}(String(code), {`,
      '  ...(typeof detail === "string" ? { message: detail } : {}),',
      '  ...(isRecord(details) ? { details } : {}),',
      '  ...(received === undefined ? {} : { httpStatus: received }),',
      '});',
    ],
  };
}
