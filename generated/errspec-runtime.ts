// Copied by errspec from its runtime. Do not edit: run `npm run generate`.

/**
 * The runtime of generated catalogs: all that takes nothing from a spec. A catalog is data
 * (`CatalogData`) and thin declarations over it; this file is copied into the generated package
 * once, as `.ts`, `.js` and `.d.ts`. It depends on nothing, runs no getter of an untrusted body,
 * and never throws on what a server sends.
 */

/**
 * Version of the brand contract: an error carries `Symbol.for("errspec.error:<spec>#<id>")` with
 * this number as its value, and a string `code`. Every version accepts any version's brand, so
 * errors made by two copies of a package (two versions installed, or two bundles) pass each
 * other's guards; a change that breaks this contract must pick a new symbol description.
 */
export const RUNTIME_VERSION = 1;

/** Values of a message's placeholders, by name. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A JSON type on the wire. */
export type WireType = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null';

/** One documented field of the error response body. */
export interface EnvelopeField {
  /** Keys from the body's root, e.g. `["error", "code"]`. */
  readonly path: readonly string[];
  /** What it carries. */
  readonly role: 'code' | 'message' | 'status' | 'details' | 'other';
  /** Its JSON type, `"string"` when absent; the code field's says whether codes go as strings or numbers. */
  readonly type?: WireType;
}

/** The status of a code the spec gives none for, unless the catalog says another. */
export const DEFAULT_HTTP_STATUS = 500;

/** Messages (or remedies) by locale, then by code. */
export type LocaleTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** What a generated catalog gives the runtime: the spec's facts, as data. */
export interface CatalogData {
  /** Catalog id, e.g. `"pet-core"`. */
  readonly id: string;
  /** Spec path, e.g. `"specs/pet-core.md"`: with the id, it names the brand. */
  readonly source: string;
  /** Locale messages fall back to, e.g. `"en"`. */
  readonly defaultLocale: string;
  /** Every locale, in the order the fallback chain tries them after the one asked for, e.g. `["en", "zh-CN"]`. */
  readonly locales: readonly string[];
  /** Message templates, placeholders as `{{name}}`. */
  readonly messages: LocaleTable;
  /** Remedies; none when absent. */
  readonly remedies?: LocaleTable;
  /** Other documented messages of a code, by code: variant `n` (1-based) is `[n - 1]`, by locale; none when absent. */
  readonly variants?: Readonly<Record<string, readonly Readonly<Record<string, string>>[]>>;
  /** The spec's HTTP status by code, `null` where it gives none. */
  readonly httpStatus: Readonly<Record<string, number | null>>;
  /** The spec's retryable column by code, for the codes where it says yes or no. */
  readonly retryable?: Readonly<Record<string, boolean>>;
  /** Status of a code the spec gives none for, or does not list; `DEFAULT_HTTP_STATUS` when absent. */
  readonly defaultHttpStatus?: number;
  /** The documented response body. */
  readonly envelope: readonly EnvelopeField[];
  /** RFC 9457 problem `type` of the codes whose type is not the problem type base and the code (docs links). */
  readonly problemTypes?: Readonly<Record<string, string>>;
  /** Start of the problem `type` of a code the spec does not list, the percent-encoded code follows; `urn:errspec:<id>:` when absent. */
  readonly problemTypeBase?: string;
  /** Whether `toResponse()` and `toProblem()` carry the remedy; `false` when absent. */
  readonly remedyInResponse?: boolean;
}

/** What every error constructor takes. */
export interface ErrorOptions {
  /** Message to use instead of the spec's. */
  readonly message?: string;
  /** Locale of the spec's message, and of the remedy; by default the catalog's default locale. */
  readonly locale?: string;
  /** Values of the message's placeholders; kept, so that every locale is formatted with them. */
  readonly params?: MessageParams;
  /** Extra context for whoever handles the error. */
  readonly details?: Readonly<Record<string, unknown>>;
  /** Documented envelope fields other than code, message, status and details, by dotted path, e.g. `{ request_id: "r-1" }`. */
  readonly fields?: Readonly<Record<string, unknown>>;
  /** The error that led to this one, kept as the standard `cause`. */
  readonly cause?: unknown;
}

/** What a catalog's constructors and factory take: its locales, and its envelope's other fields. */
export interface CatalogOptions<L extends string, F extends Readonly<Record<string, unknown>>> extends Omit<ErrorOptions, 'locale' | 'fields' | 'params'> {
  /** Locale of the spec's message and remedy. */
  readonly locale?: L;
  /** The envelope's other documented fields, sent by `toResponse()`. */
  readonly fields?: F;
}

/** What `fromResponse` and `fromProblem` keep of the response an error came in. */
export interface ReceivedResponse {
  /** The response's own HTTP status when given and valid, else the body's status field, e.g. `500`. */
  readonly status: number | undefined;
  /** The body exactly as given. */
  readonly body: unknown;
}

/** What `fromResponse` passes to a catalog's factory. */
export interface ReceivedOptions extends ErrorOptions {
  readonly received: ReceivedResponse;
}

/** Makes a catalog's error for a code: its class for a listed code, its unknown class for any other. */
export type ErrorFactory<E> = (code: string, options: ReceivedOptions) => E;

/** Makes a catalog's error for a body that is not its response. */
export type FormatErrorFactory<F> = (reason: string, body: unknown, httpStatus: number | undefined) => F;

/** RFC 9457 problem details as `toProblem` writes them. */
export interface Problem {
  /** The problem type: the code's docs link, or the problem type base and the code. */
  readonly type: string;
  /** The spec's message for the code, params filled. */
  readonly title: string;
  readonly status: number;
  /** This error's message. */
  readonly detail: string;
  readonly instance?: string;
  /** Extension member: the code as the spec writes it. */
  readonly code: string;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly remedy?: string;
}

/** What `instanceof` a generated class accepts: errors of its catalog with one of these codes. */
const roles = new WeakMap<Function, { readonly catalog: CatalogData; readonly accepts: (code: string) => boolean }>();

/** The brand symbol of a catalog. */
export function brandOf(catalog: Pick<CatalogData, 'id' | 'source'>): symbol {
  return Symbol.for(`errspec.error:${catalog.source}#${catalog.id}`);
}

/** Whether `value` is an error of `catalog`, made by any copy of its package. */
export function isCatalogError(catalog: Pick<CatalogData, 'id' | 'source'>, value: unknown): value is ErrspecError {
  if (typeof value !== 'object' || value === null) return false;
  const branded = value as Record<PropertyKey, unknown>;
  return typeof branded[brandOf(catalog)] === 'number' && typeof branded['code'] === 'string';
}

/** `value` and every object in it, frozen. */
function freeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) freeze(child);
}

/** True for an integer from 100 to 599. */
export function isHttpStatus(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;
}

/** The locales to try for `locale`, in order, each once. */
function chain(catalog: CatalogData, locale: string | undefined): string[] {
  return [...new Set([locale ?? catalog.defaultLocale, ...catalog.locales])];
}

/** The first of `table[locale][code]` along the fallback chain; own properties only. */
function lookUp(table: LocaleTable, code: string, locales: readonly string[]): string | undefined {
  for (const locale of locales) {
    const row = Object.hasOwn(table, locale) ? table[locale] : undefined;
    if (row !== undefined && Object.hasOwn(row, code)) return row[code];
  }
  return undefined;
}

/** `template` with each `{{name}}` that `params` has replaced by its value; others stay. */
export function interpolate(template: string, params: MessageParams | undefined): string {
  if (params === undefined) return template;
  return template.replace(/\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g, (token, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : token));
}

/** How to format a message: locale, params and, for a code documented more than once, which variant (1-based). */
export interface FormatOptions {
  readonly locale?: string | undefined;
  readonly params?: MessageParams | undefined;
  readonly variant?: number | undefined;
}

/** The message of `code` in `locale`, else the default locale, else any, params filled; the code itself without one. */
export function formatMessage(catalog: CatalogData, code: string, options: FormatOptions = {}): string {
  const locales = chain(catalog, options.locale);
  const { variant } = options;
  const variants = catalog.variants ?? {};
  const rows = variant !== undefined && Object.hasOwn(variants, code) ? variants[code]! : [];
  const row = variant !== undefined && variant >= 1 ? rows[variant - 1] : undefined;
  const template = row === undefined ? undefined : locales.find((locale) => Object.hasOwn(row, locale));
  if (row !== undefined && template !== undefined) return interpolate(row[template]!, options.params);
  return interpolate(lookUp(catalog.messages, code, locales) ?? code, options.params);
}

/** The remedy of `code` in `locale`, else in another; `undefined` when the spec gives none. */
export function formatRemedy(catalog: CatalogData, code: string, locale?: string): string | undefined {
  return lookUp(catalog.remedies ?? {}, code, chain(catalog, locale));
}

/** The spec's status for `code`: `null` when it gives none, `undefined` for a code it does not list. */
export function httpStatusOf(catalog: CatalogData, code: string): number | null | undefined {
  return Object.hasOwn(catalog.httpStatus, code) ? catalog.httpStatus[code] : undefined;
}

/** True for HTTP 429 and 5xx, the statuses a client may retry when the spec does not say. */
export function isRetryableHttpStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/** The spec's retryable column for `code`, `null` where it does not say. */
function isRetryableSaid(catalog: CatalogData, code: string): boolean | null {
  return catalog.retryable !== undefined && Object.hasOwn(catalog.retryable, code) ? catalog.retryable[code]! : null;
}

/** Whether a client may retry `code`: the spec's retryable column, else by `httpStatus` (by default the code's). */
export function isRetryable(catalog: CatalogData, code: string, httpStatus?: number): boolean {
  return isRetryableSaid(catalog, code) ?? isRetryableHttpStatus(httpStatus ?? httpStatusOf(catalog, code) ?? catalog.defaultHttpStatus ?? DEFAULT_HTTP_STATUS);
}

/** The dotted path of an envelope field, the key of `ErrorOptions.fields`. */
function keyOf(field: EnvelopeField): string {
  return field.path.join('.');
}

/** Base of every generated error class. */
export abstract class ErrspecError extends Error {
  /** The code, as the spec writes it. */
  readonly code: string;
  /** The HTTP status: the response's own for an error read from one, else the spec's for the code (its class's static), else the one given, else the catalog's default. */
  readonly httpStatus: number;
  /** Whether a client may retry. */
  readonly retryable: boolean;
  /** Extra context. */
  readonly details: Readonly<Record<string, unknown>> | undefined;
  /** The spec's remedy, in the error's locale when it has one there. */
  readonly remedy: string | undefined;
  /** Values of the message's placeholders, formatted into every locale's message. */
  readonly params: MessageParams | undefined;
  /** Documented envelope fields besides code, message, status and details, by dotted path. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** The response the error was read from (`fromResponse`, `fromProblem`), else `undefined`. */
  readonly received: ReceivedResponse | undefined;

  /** `httpStatus` is the status of a code the spec does not list. */
  protected constructor(catalog: CatalogData, code: string, options: ErrorOptions & { readonly received?: ReceivedResponse } = {}, httpStatus?: number) {
    const { message, locale, params, details, fields, cause, received } = options;
    // Pass `cause` only when there is one, so that `"cause" in error` tells whether there is.
    super(message ?? formatMessage(catalog, code, { locale, params }), cause !== undefined ? { cause } : undefined);
    this.code = code;
    // A received error has the status it came with: a 402 code sent with 500 is a 500 here.
    this.httpStatus = received?.status ?? httpStatusOf(catalog, code) ?? httpStatus ?? catalog.defaultHttpStatus ?? DEFAULT_HTTP_STATUS;
    this.retryable = isRetryable(catalog, code, this.httpStatus);
    this.details = details;
    this.remedy = formatRemedy(catalog, code, locale);
    this.params = params;
    this.fields = fields ?? {};
    this.received = received;
    Object.defineProperty(this, brandOf(catalog), { value: RUNTIME_VERSION });
    Object.defineProperty(this, CATALOG, { value: catalog });
  }

  /** The error response the spec documents for this error; `locale` formats the spec's message (with this error's params) instead of using this error's message. */
  toResponse(locale?: string): unknown {
    const catalog = catalogOfError(this);
    const body: Record<string, unknown> = {};
    const message = locale === undefined ? this.message : formatMessage(catalog, this.code, { locale, params: this.params });
    let parent: readonly string[] = [];
    for (const field of catalog.envelope) {
      const value = fieldValue(this, field, message);
      if (field.role === 'code') parent = field.path.slice(0, -1);
      if (value !== undefined) place(body, field.path, value);
    }
    const remedy = locale === undefined ? this.remedy : formatRemedy(catalog, this.code, locale);
    if (catalog.remedyInResponse === true && remedy !== undefined) place(body, [...parent, 'remedy'], remedy);
    return body;
  }

  /** The error response, so that `JSON.stringify(error)` sends what the spec documents. */
  toJSON(): unknown {
    return this.toResponse();
  }

  /** This error as RFC 9457 problem details; `instance` is e.g. the request path, `locale` that of `title` and `detail` (by default the default locale's title and this error's message). */
  toProblem(instance?: string, locale?: string): Problem {
    const catalog = catalogOfError(this);
    const types = catalog.problemTypes ?? {};
    const type = Object.hasOwn(types, this.code) ? types[this.code]! : (catalog.problemTypeBase ?? `urn:errspec:${encodeURIComponent(catalog.id)}:`) + encodeURIComponent(this.code);
    const remedy = locale === undefined ? this.remedy : formatRemedy(catalog, this.code, locale);
    return {
      type,
      title: formatMessage(catalog, this.code, { locale, params: this.params }),
      status: this.httpStatus,
      detail: locale === undefined ? this.message : formatMessage(catalog, this.code, { locale, params: this.params }),
      ...(instance === undefined ? {} : { instance }),
      code: this.code,
      ...(this.details === undefined ? {} : { details: this.details }),
      ...(catalog.remedyInResponse === true && remedy !== undefined ? { remedy } : {}),
    };
  }

  /** `instanceof` by brand and code for generated classes, so errors of another copy of the package pass; the prototype chain for others. */
  static override [Symbol.hasInstance](this: Function, value: unknown): boolean {
    const role = roles.get(this);
    if (role === undefined) return Function.prototype[Symbol.hasInstance].call(this, value);
    return isCatalogError(role.catalog, value) && role.accepts(value.code);
  }
}

const CATALOG: unique symbol = Symbol('errspec.catalog');

function catalogOfError(error: ErrspecError): CatalogData {
  return (error as unknown as { readonly [CATALOG]: CatalogData })[CATALOG];
}

/** What `error` puts in `field`, `undefined` for nothing. */
function fieldValue(error: ErrspecError, field: EnvelopeField, message: string): unknown {
  switch (field.role) {
    case 'code':
      return field.type === 'number' && /^-?\d+$/.test(error.code) ? Number(error.code) : error.code;
    case 'message':
      return message;
    case 'status':
      return (field.type ?? 'string') === 'string' ? String(error.httpStatus) : error.httpStatus;
    case 'details':
      return error.details;
    case 'other':
      return Object.hasOwn(error.fields, keyOf(field)) ? error.fields[keyOf(field)] : undefined;
  }
}

/** Set `body` at `path`, making the objects on the way. */
export function place(body: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = body;
  for (const key of path.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    node = isRecord(next) ? (next as Record<string, unknown>) : define<Record<string, unknown>>(node, key, {});
  }
  define(node, path[path.length - 1]!, value);
}

/** `value`, set as an own data property of `node`, whatever `key` is (`__proto__` too). */
function define<V>(node: object, key: string, value: V): V {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

/** The error for a body that is not the documented response. */
export class ResponseFormatError extends Error {
  override readonly name: string = 'ResponseFormatError';
  /** What is wrong, e.g. `"field code is missing"`. */
  readonly reason: string;
  /** The response's HTTP status, when given. */
  readonly httpStatus: number | undefined;
  /** A short, safe description of the body. */
  readonly received: string;
  /** The body exactly as given. */
  readonly body: unknown;

  constructor(source: string, reason: string, body: unknown, httpStatus?: number) {
    const received = preview(body);
    super(`Not an error response of ${source}: ${reason}; received ${received}`);
    this.reason = reason;
    this.httpStatus = httpStatus;
    this.received = received;
    this.body = body;
  }
}

/** True for an object that is not an array (nor `null`). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `null`, `an array`, `a string`, ...: what a value is, for a reason. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const type = typeof value;
  return type === 'undefined' ? 'undefined' : type === 'object' ? 'an object' : `a ${type}`;
}

/** A field of a body: its value, or why it cannot be read. */
type FieldLookup = { readonly value: unknown } | { readonly problem: string };

/** The value at `path` of `body`, reading own data properties only (no getter runs). */
export function lookUpField(body: unknown, path: readonly string[]): FieldLookup {
  let value = body;
  for (const [index, key] of path.entries()) {
    if (!isRecord(value)) {
      const where = index === 0 ? 'body' : `field ${path.slice(0, index).join('.')}`;
      return { problem: `${where} is ${describeValue(value)}, expected an object` };
    }
    const property = Object.getOwnPropertyDescriptor(value, key);
    const name = path.slice(0, index + 1).join('.');
    if (property === undefined) return { problem: `field ${name} is missing` };
    if (!('value' in property)) return { problem: `field ${name} is an accessor, expected a data property` };
    value = property.value;
  }
  return { value };
}

/** A short description of any value, that never throws nor runs a getter. */
export function preview(value: unknown): string {
  let text: string;
  try {
    if (typeof value === 'string') {
      text = value.length <= 60 ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, 60))}… (${value.length} characters)`;
    } else if (Array.isArray(value)) {
      text = `an array of ${value.length} items`;
    } else if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      const shown = keys.slice(0, 5).map((key) => JSON.stringify(key.length <= 30 ? key : `${key.slice(0, 30)}…`));
      if (keys.length > 5) shown.push(`… (${keys.length} keys)`);
      text = keys.length === 0 ? 'an object without keys' : `an object with keys ${shown.join(', ')}`;
    } else if (typeof value === 'function' || typeof value === 'symbol') {
      text = `a ${typeof value}`;
    } else {
      text = String(value);
    }
  } catch {
    text = 'an unreadable value';
  }
  return text.length <= 200 ? text : `${text.slice(0, 199)}…`;
}

/** The options a body stands for, or why it is not the documented response. */
function readResponse(catalog: CatalogData, body: unknown): (ErrorOptions & { readonly code: string; readonly status?: number }) | string {
  let code: string | undefined;
  let status: number | undefined;
  let message: string | undefined;
  let details: Readonly<Record<string, unknown>> | undefined;
  const fields: Record<string, unknown> = {};
  for (const field of catalog.envelope) {
    const found = lookUpField(body, field.path);
    if (field.role === 'code') {
      if ('problem' in found) return found.problem;
      const value = found.value;
      if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
        return `field ${keyOf(field)} is ${describeValue(value)}, expected a ${field.type === 'number' ? 'number' : 'string'}`;
      }
      code = String(value);
    } else if ('value' in found) {
      if (field.role === 'message' && typeof found.value === 'string') message = found.value;
      else if (field.role === 'details' && isRecord(found.value)) details = found.value;
      else if (field.role === 'status' && isHttpStatus(found.value)) status = found.value;
      else if (field.role === 'other') fields[keyOf(field)] = found.value;
    }
  }
  if (code === undefined) return 'the catalog documents no code field';
  return { code, ...(message === undefined ? {} : { message }), ...(details === undefined ? {} : { details }), ...(status === undefined ? {} : { status }), fields };
}

/** The error a response body stands for, through the catalog's factory, `body` and status kept as `received`; never throws. */
export function fromResponse<E, F>(catalog: CatalogData, create: ErrorFactory<E>, fail: FormatErrorFactory<F>, body: unknown, httpStatus?: number): E | F {
  const status = isHttpStatus(httpStatus) ? httpStatus : undefined;
  try {
    const read = readResponse(catalog, body);
    if (typeof read === 'string') return fail(read, body, status);
    // The response's status, else the one the body states.
    const { code, status: stated, ...options } = read;
    return create(code, { ...options, received: { status: status ?? stated, body } });
  } catch {
    // Only a hostile value gets here, such as a proxy whose traps throw.
    return fail('body could not be read: looking at it threw', body, status);
  }
}

/** The error problem details stand for, as `toProblem` writes them; never throws. */
export function fromProblem<E, F>(create: ErrorFactory<E>, fail: FormatErrorFactory<F>, problem: unknown, httpStatus?: number): E | F {
  try {
    const read = (key: string): unknown => {
      const field = lookUpField(problem, [key]);
      return 'value' in field ? field.value : undefined;
    };
    const statusField = read('status');
    const status = isHttpStatus(statusField) ? statusField : isHttpStatus(httpStatus) ? httpStatus : undefined;
    const code = read('code');
    if (typeof code !== 'string' && typeof code !== 'number') {
      return fail(`problem code is ${describeValue(code)}, expected a string or a number`, problem, status);
    }
    const detail = read('detail');
    const details = read('details');
    return create(String(code), {
      ...(typeof detail === 'string' ? { message: detail } : {}),
      ...(isRecord(details) ? { details } : {}),
      received: { status, body: problem },
    });
  } catch {
    return fail('problem could not be read: looking at it threw', problem, undefined);
  }
}

/** The types of a catalog's declarations, from which `bindCatalog`'s functions take its codes, locales, params and classes. */
export interface CatalogTypes {
  /** The code type: the enum, or the union of the `as const` codes; `string` without codes. */
  readonly code: string;
  /** The locales, e.g. `"en" | "zh-CN"`. */
  readonly locale: string;
  /** The response body `toResponse()` gives. */
  readonly response: unknown;
  /** The placeholders of each code whose message has some, by code. */
  readonly params: object;
  /** The class of each listed code, by code. */
  readonly byCode: object;
  /** What the constructors and the factory take. */
  readonly options: ErrorOptions;
  /** The catalog's base class. */
  readonly error: ErrspecError;
  /** The catalog's response-format error. */
  readonly formatError: ResponseFormatError;
}

/** What `formatMessage` takes after the locale: the params of a code whose message has placeholders, none for another listed code. */
export type MessageArgs<T extends CatalogTypes, C extends string> = C extends keyof T['params'] ? [params: T['params'][C]] : C extends keyof T['byCode'] ? [] : [params?: MessageParams];

/** The options a code's constructor and the factory take: `params` required where its message has placeholders. */
export type ErrorArgs<T extends CatalogTypes, C extends string> = C extends keyof T['params']
  ? [options: T['options'] & { readonly params: T['params'][C] }]
  : [options?: T['options'] & { readonly params?: undefined }];

/** The options of any code, its params unchecked. */
export type AnyErrorOptions<T extends CatalogTypes> = T['options'] & { readonly params?: MessageParams | undefined };

/** An error of a catalog, its responses typed. */
export interface CatalogError<T extends CatalogTypes> extends ErrspecError {
  /** The error response the spec documents for this error, the message in `locale` when given. */
  toResponse(locale?: T['locale']): T['response'];
  /** The error response, so that `JSON.stringify(error)` sends what the spec documents. */
  toJSON(): T['response'];
  /** This error as RFC 9457 problem details, `title` and `detail` in `locale` when given. */
  toProblem(instance?: string, locale?: T['locale']): Problem;
}

/** The base class of a catalog: abstract, with the readers of responses as statics. */
export type CatalogErrorClass<T extends CatalogTypes> = (abstract new (code: string, options?: AnyErrorOptions<T>, httpStatus?: number) => CatalogError<T>) & {
  /** The error a response body stands for; never throws. */
  fromResponse(body: unknown, httpStatus?: number): T['error'] | T['formatError'];
  /** The error RFC 9457 problem details stand for; never throws. */
  fromProblem(problem: unknown, httpStatus?: number): T['error'] | T['formatError'];
  /** The class a listed code's class extends: code and status (`null`: the default) as statics and literal types, params checked. */
  of<C extends T['code'], S extends number | null>(code: C, httpStatus: S): EntryClass<T, C, S extends number ? S : number>;
};

/** A listed code's class, as `of` makes it. */
export type EntryClass<T extends CatalogTypes, C extends string, S extends number> = (new (...options: ErrorArgs<T, C>) => T['error'] & { readonly code: C; readonly httpStatus: S }) & {
  /** The code, as the spec writes it. */
  readonly code: C;
  /** The spec's HTTP status of the code, else the catalog's default. */
  readonly httpStatus: S;
};

/** A class of the catalog, as the runtime makes its instances. */
type Made<A extends unknown[]> = new (...args: A) => ErrspecError;

/** What a catalog's module binds to its data: the base classes, the factory, guards and lookups. */
export interface BoundCatalog<T extends CatalogTypes> {
  /** The base class the catalog's base class extends. */
  readonly Base: CatalogErrorClass<T>;
  /** The class the catalog's response-format error extends. */
  readonly FormatError: new (reason: string, body: unknown, httpStatus?: number) => ResponseFormatError;
  /** Mark the catalog's classes (`base` accepts any of its errors, `unknown` its unlisted codes), so that `instanceof` checks brand and code, and the factory and `fromResponse` make them. */
  register(base: Function, unknown: Function, formatError: Function, classes: Readonly<Record<string, Function>>): void;
  /** The error of a code: its class for a listed code (a literal code gives that class, and its params are checked), the unknown class for any other. */
  readonly create: <C extends string>(code: C, ...options: C extends keyof T['byCode'] ? ErrorArgs<T, C> : [options?: AnyErrorOptions<T>]) => C extends keyof T['byCode'] ? T['byCode'][C] : T['error'];
  /** Whether `value` is an error of the catalog, made by any copy of its package. */
  readonly isError: (value: unknown) => value is T['error'];
  /** The message of `code` in `locale` (else the default locale, else any), params filled; `{ variant: n }` gives the spec's n-th other listing of the code. */
  readonly formatMessage: <C extends string>(code: C, locale?: T['locale'] | { readonly locale?: T['locale']; readonly variant?: number }, ...params: MessageArgs<T, C>) => string;
  /** The remedy of `code` in `locale`, else in another; `undefined` when the spec gives none. */
  readonly formatRemedy: (code: string, locale?: T['locale']) => string | undefined;
  /** The spec's HTTP status of `code`: `null` when it gives none, `undefined` for a code it does not list. */
  readonly httpStatusOf: (code: string) => number | null | undefined;
  /** Whether a client may retry `code`: the spec's retryable column, else true for HTTP 429 and 5xx. */
  readonly isRetryable: (code: string, httpStatus?: number) => boolean;
  /** The messages by locale and code, placeholders as `{{name}}`. */
  readonly messages: Readonly<Record<T['locale'], Readonly<Record<string, string>>>>;
  /** The spec's remedies by locale and code, empty when it gives none. */
  readonly remedies: LocaleTable;
  /** The spec's HTTP status by code, `null` where it gives none. */
  readonly httpStatus: Readonly<Record<T['code'], number | null>>;
  /** The spec's retryable column by code, `null` where it does not say. */
  readonly retryable: Readonly<Record<T['code'], boolean | null>>;
}

/** Whether `value` is an instance of `type`, by `instanceof` (by brand and code for a generated class). */
export function guard<E>(type: abstract new (...args: never[]) => E): (value: unknown) => value is E {
  return (value: unknown): value is E => value instanceof type;
}

/** The runtime bound to a catalog's data (frozen here: the module exports its tables), typed by the catalog's declarations. */
export function bindCatalog<T extends CatalogTypes>(catalog: CatalogData): BoundCatalog<T> {
  freeze(catalog);
  let registered: { readonly unknown: Made<[string, ErrorOptions?]>; readonly formatError: Made<[string, unknown, number?]>; readonly classes: Readonly<Record<string, Made<[ErrorOptions?]>>> } | undefined;
  const classes = (): NonNullable<typeof registered> => {
    if (registered === undefined) throw new Error(`errspec bug: the classes of ${catalog.source} are not registered`);
    return registered;
  };
  const make = (code: string, options?: ErrorOptions): ErrspecError => {
    const { unknown, classes: listed } = classes();
    const type = Object.hasOwn(listed, code) ? listed[code] : undefined;
    return type === undefined ? new unknown(code, options) : new type(options);
  };
  const fail = (reason: string, body: unknown, status: number | undefined): unknown => new (classes().formatError)(reason, body, status);
  abstract class Base extends ErrspecError {
    constructor(code: string, options?: ErrorOptions, httpStatus?: number) {
      super(catalog, code, options, httpStatus);
    }

    static fromResponse(body: unknown, httpStatus?: number): unknown {
      return fromResponse(catalog, make, fail, body, httpStatus);
    }

    static fromProblem(problem: unknown, httpStatus?: number): unknown {
      return fromProblem(make, fail, problem, httpStatus);
    }

    static of(this: abstract new (code: string, options?: ErrorOptions) => Base, code: string, httpStatus: number | null): Function {
      return class extends (this as new (code: string, options?: ErrorOptions) => Base) {
        static readonly code = code;
        static readonly httpStatus = httpStatus ?? catalog.defaultHttpStatus ?? DEFAULT_HTTP_STATUS;
        constructor(options?: ErrorOptions) {
          super(code, options);
        }
      };
    }
  }
  class FormatError extends ResponseFormatError {
    constructor(reason: string, body: unknown, httpStatus?: number) {
      super(catalog.source, reason, body, httpStatus);
    }
  }
  return {
    Base: Base as unknown as CatalogErrorClass<T>,
    FormatError,
    register(base: Function, unknown: Function, formatError: Function, listed: Readonly<Record<string, Function>>): void {
      const codes = new Set(Object.keys(listed));
      roles.set(base, { catalog, accepts: () => true });
      roles.set(unknown, { catalog, accepts: (code) => !codes.has(code) });
      for (const [code, type] of Object.entries(listed)) roles.set(type, { catalog, accepts: (other) => other === code });
      registered = { unknown, formatError, classes: listed } as unknown as NonNullable<typeof registered>;
    },
    create: ((code: string, options?: ErrorOptions) => make(code, options)) as unknown as BoundCatalog<T>['create'],
    isError: (value: unknown): value is T['error'] => isCatalogError(catalog, value),
    formatMessage: ((code: string, locale?: string | FormatOptions, params?: MessageParams) =>
      formatMessage(catalog, code, { ...(typeof locale === 'object' ? locale : { locale }), params })) as BoundCatalog<T>['formatMessage'],
    formatRemedy: (code: string, locale?: string) => formatRemedy(catalog, code, locale),
    httpStatusOf: (code: string) => httpStatusOf(catalog, code),
    isRetryable: (code: string, httpStatus?: number) => isRetryable(catalog, code, httpStatus),
    messages: catalog.messages as BoundCatalog<T>['messages'],
    remedies: catalog.remedies ?? Object.freeze({}),
    httpStatus: catalog.httpStatus as BoundCatalog<T>['httpStatus'],
    // Every listed code, in the data's order, `null` where the spec does not say.
    retryable: Object.freeze(Object.fromEntries(Object.keys(catalog.httpStatus).map((code) => [code, isRetryableSaid(catalog, code)]))) as BoundCatalog<T>['retryable'],
  };
}
