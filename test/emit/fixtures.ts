/**
 * Catalogs built by hand for the emit tests, named the way names.ts names them.
 */

import type { Catalog, CatalogOptions, Entry, Envelope, EnvelopeField, Locale, Messages } from '../../generator/model.js';
import { LOCALES } from '../../generator/model.js';
import { DEFAULT_OPTIONS } from '../../generator/extract/index.js';
import { NameRegistry, catalogNamesFor, classNameFor, memberNameFor } from '../../generator/names.js';
import { placeholdersByLocale } from '../../generator/extract/placeholders.js';

/** What a test says about an entry; everything else gets a plain default. */
export interface EntrySketch {
  readonly code: string;
  readonly messages?: Messages;
  readonly httpStatus?: number | null;
  readonly description?: string | null;
  readonly remedy?: string | null;
  readonly success?: boolean;
  readonly retryable?: boolean | null;
}

/** Catalog fields a test may set; the rest follow from the id and the entries. */
export interface CatalogSketch {
  readonly title?: string;
  readonly source?: string;
  /** Envelope fields as `[dotted path, role, type, required?]`; the default `{code, message}` without. */
  readonly envelope?: readonly (readonly [string, EnvelopeField['role'], EnvelopeField['type'], boolean?])[];
  readonly options?: Partial<CatalogOptions>;
}

/** An envelope from the spec's JSON example, from sketched fields. */
function envelopeOf(fields: NonNullable<CatalogSketch['envelope']>): Envelope {
  return {
    kind: 'envelope',
    origin: 'example',
    fields: fields.map(([path, role, type, required]) => ({
      kind: 'envelope-field',
      path: path.split('.'),
      role,
      type,
      required: required ?? (role === 'code' || role === 'message' || role === 'status'),
    })),
    example: null,
    line: 3,
  };
}

/**
 * A catalog with the given entries: names from names.ts, lines 10, 11, ..., locales and
 * default locale worked out from the messages as extract does.
 */
export function makeCatalog(id: string, sketches: readonly EntrySketch[], options: CatalogSketch = {}): Catalog {
  const names = catalogNamesFor(id);
  const members = new NameRegistry();
  const classes = new NameRegistry(Object.values(names));
  const entries = sketches.map((sketch, index): Entry => {
    const messages = sketch.messages ?? {};
    const name = members.claim(memberNameFor({ name: null, code: sketch.code, english: messages.en ?? null }));
    const httpStatus = sketch.httpStatus ?? null;
    return {
      kind: 'entry',
      code: sketch.code,
      name,
      className: classes.claim(classNameFor(name)),
      httpStatus,
      httpStatusSource: httpStatus === null ? null : 'column',
      messages,
      placeholders: placeholdersByLocale(messages),
      description: sketch.description ?? null,
      remedy: sketch.remedy ?? null,
      group: null,
      groupPath: [],
      success: sketch.success ?? false,
      retryable: sketch.retryable ?? null,
      extra: {},
      aliases: [],
      variants: [],
      line: 10 + index,
      column: 1,
    };
  });
  const count = (locale: Locale) => entries.filter((entry) => entry.messages[locale] !== undefined).length;
  const locales = LOCALES.filter((locale) => count(locale) > 0);
  const defaultLocale = locales.reduce<Locale>((best, locale) => (count(locale) > count(best) ? locale : best), locales[0] ?? 'en');
  return {
    kind: 'catalog',
    id,
    title: options.title ?? `Errors of ${id}`,
    source: options.source ?? `specs/${id}.md`,
    locales,
    defaultLocale,
    names,
    entries,
    rows: { seen: entries.length, entries: entries.length, variants: 0, skipped: [] },
    envelope:
      options.envelope === undefined
        ? {
            kind: 'envelope',
            origin: 'default',
            fields: [
              { kind: 'envelope-field', path: ['code'], role: 'code', type: 'string', required: true },
              { kind: 'envelope-field', path: ['message'], role: 'message', type: 'string', required: true },
            ],
            example: null,
            line: null,
          }
        : envelopeOf(options.envelope),
    options: { ...DEFAULT_OPTIONS, ...options.options },
    diagnostics: [],
  };
}

/** A small ordinary catalog in two locales, with a remedy, a success code and a code with no status. */
export const petCore = makeCatalog(
  'pet-core',
  [
    { code: 'A0400', httpStatus: 400, messages: { en: 'Invalid request', 'zh-CN': '请求格式或参数非法' }, description: '请求格式或参数非法' },
    { code: 'A0401', httpStatus: 400, messages: { en: 'Validation failed', 'zh-CN': '参数校验失败' }, description: 'Field-level checks failed' },
    { code: 'A0402', httpStatus: 401, messages: { 'zh-CN': '令牌过期' }, remedy: '1.检查appKey\n2.检查权限' },
    { code: 'B0001', messages: { en: 'System error' } },
    { code: 'C0000', httpStatus: 200, messages: { en: 'success' }, success: true },
    { code: 'C0001' },
  ],
  { title: '错误码文档' },
);

/** Messages that try to break out of strings, comments and script elements. */
export const HOSTILE_MESSAGES = [
  'closes */ the comment /* and opens one',
  'double " single \' back ` quotes',
  'template ${process.exit(1)} and `${`',
  'back\\slash \\u0041 \\n not an escape',
  'line one\nline two\r\nline three\rline four',
  'separators \u2028 and \u2029 inside',
  '</script><script>alert(1)</script><!-- -->',
  'lone \ud800 high and \udc00 low surrogates',
  'nul \u0000 and bell \u0007 and del \u007f',
  '@param injected\n@deprecated also injected\n  @see {@link evil}',
  'bidi \u202e reversed \u2066 isolate \u200b zero-width \ufeff bom',
  '*/ export const pwned = true; /*',
  '" + process.exit(1) + "',
  '\u{1f600} astral and 中文 survive',
];

/** Codes that are special to objects, numbers, or look like numbers. */
export const HOSTILE_CODES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '4001001', '-1', 'valueOf'];

/** A catalog whose codes and texts are hostile, with entries lacking a status or messages. */
export const hostile = makeCatalog(
  'hostile',
  [
    ...HOSTILE_CODES.map((code, index) => ({
      code,
      httpStatus: index % 2 === 0 ? 400 + index : null,
      messages: { en: HOSTILE_MESSAGES[index] ?? code },
    })),
    ...HOSTILE_MESSAGES.slice(HOSTILE_CODES.length).map((message, index) => ({
      code: `H${index}`,
      httpStatus: 500,
      messages: { 'zh-CN': message },
      description: `description ${message}`,
      remedy: `remedy */ ${message}`,
    })),
    { code: 'quote"code\\with`odd${chars}\u2028' },
    { code: 'no-message', httpStatus: 404 },
  ],
  { title: 'Title */ with\n@tag and </script>', source: 'specs/host*/ile\nexport const x = 1;\u2028.md' },
);

/** A catalog with no entries at all, whose codes would go as numbers in a body without a message. */
export const empty = makeCatalog('empty', [], {
  envelope: [
    ['error.code', 'code', 'number'],
    ['error.uri', 'other', 'string'],
  ],
});

/**
 * Envelope keys a spec could hold that are special to objects or to code: the code under
 * `__proto__`, keys that need quoting or would end a comment, a required status named like an
 * Object member, details inside an optional object, and fields nobody fills, two of them
 * optional and named like Object members (which TypeScript cannot type).
 */
export const wire = makeCatalog(
  'wire',
  [
    { code: 'W1', httpStatus: 400, messages: { en: 'Bad wire', 'zh-CN': '坏线' } },
    { code: 'W2', httpStatus: 503, messages: { en: 'Busy' }, retryable: false },
    { code: '__proto__', messages: { en: 'Proto */ code' } },
  ],
  {
    envelope: [
      ['__proto__', 'code', 'string'],
      ['err.*/ "x', 'message', 'string'],
      ['err.valueOf', 'status', 'number'],
      ['err.constructor', 'other', 'boolean'],
      ['meta.details', 'details', 'object'],
      ['toString', 'other', 'array'],
      ['a-b', 'other', 'null'],
    ],
    options: { defaultHttpStatus: 502 },
  },
);

/** Codes sent as JSON numbers, statuses from 429 to none, retryable said both ways. */
export const numeric = makeCatalog(
  'numeric',
  [
    { code: '401', httpStatus: 401, messages: { en: 'Unauthorized' } },
    { code: '429', httpStatus: 429, messages: { en: 'Slow down' } },
    { code: '503', httpStatus: 503, messages: { en: 'Unavailable, do not retry' }, retryable: false },
    { code: '404', httpStatus: 404, messages: { en: 'Not found, retry' }, retryable: true },
    { code: '-7', messages: { en: 'No status' } },
  ],
  {
    envelope: [
      ['result.code', 'code', 'number'],
      ['result.message', 'message', 'string'],
      ['status', 'status', 'number'],
    ],
  },
);

/** Messages with placeholders in every syntax errspec reads, in both locales. */
export const params = makeCatalog('params', [
  { code: 'P1', httpStatus: 400, messages: { en: 'Miss required parameter (%s), see doc', 'zh-CN': '缺失必选参数 (%s)' } },
  { code: 'P2', httpStatus: 400, messages: { en: '{field} is required', 'zh-CN': '{field} 必填' }, remedy: 'Send the field' },
  { code: 'P3', httpStatus: 429, messages: { en: 'Retry in %d seconds for {{name}}', 'zh-CN': '{{name}} 请 %d 秒后重试' } },
  { code: 'P4', httpStatus: 404, messages: { en: '${kind} %1$s not found, 100% sure, {not json}' } },
  { code: 'P5', httpStatus: 400, messages: { en: 'Plain {"a": 1} and {} and 100% and %% done' }, remedy: '检查参数' },
], { options: { docsUrl: 'https://github.com/acme/api/blob/main/', remedyInResponse: true } });
