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
export declare const RUNTIME_VERSION = 1;
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
export declare const DEFAULT_HTTP_STATUS = 500;
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
/** The brand symbol of a catalog. */
export declare function brandOf(catalog: Pick<CatalogData, 'id' | 'source'>): symbol;
/** Whether `value` is an error of `catalog`, made by any copy of its package. */
export declare function isCatalogError(catalog: Pick<CatalogData, 'id' | 'source'>, value: unknown): value is ErrspecError;
/** True for an integer from 100 to 599. */
export declare function isHttpStatus(value: unknown): value is number;
/** `template` with each `{{name}}` that `params` has replaced by its value; others stay. */
export declare function interpolate(template: string, params: MessageParams | undefined): string;
/** How to format a message: locale, params and, for a code documented more than once, which variant (1-based). */
export interface FormatOptions {
    readonly locale?: string | undefined;
    readonly params?: MessageParams | undefined;
    readonly variant?: number | undefined;
}
/** The message of `code` in `locale`, else the default locale, else any, params filled; the code itself without one. */
export declare function formatMessage(catalog: CatalogData, code: string, options?: FormatOptions): string;
/** The remedy of `code` in `locale`, else in another; `undefined` when the spec gives none. */
export declare function formatRemedy(catalog: CatalogData, code: string, locale?: string): string | undefined;
/** The spec's status for `code`: `null` when it gives none, `undefined` for a code it does not list. */
export declare function httpStatusOf(catalog: CatalogData, code: string): number | null | undefined;
/** True for HTTP 429 and 5xx, the statuses a client may retry when the spec does not say. */
export declare function isRetryableHttpStatus(status: number): boolean;
/** Whether a client may retry `code`: the spec's retryable column, else by `httpStatus` (by default the code's). */
export declare function isRetryable(catalog: CatalogData, code: string, httpStatus?: number): boolean;
/** Base of every generated error class. */
export declare abstract class ErrspecError extends Error {
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
    protected constructor(catalog: CatalogData, code: string, options?: ErrorOptions & {
        readonly received?: ReceivedResponse;
    }, httpStatus?: number);
    /** The error response the spec documents for this error; `locale` formats the spec's message (with this error's params) instead of using this error's message. */
    toResponse(locale?: string): unknown;
    /** The error response, so that `JSON.stringify(error)` sends what the spec documents. */
    toJSON(): unknown;
    /** This error as RFC 9457 problem details; `instance` is e.g. the request path, `locale` that of `title` and `detail` (by default the default locale's title and this error's message). */
    toProblem(instance?: string, locale?: string): Problem;
    /** `instanceof` by brand and code for generated classes, so errors of another copy of the package pass; the prototype chain for others. */
    static [Symbol.hasInstance](this: Function, value: unknown): boolean;
}
/** Set `body` at `path`, making the objects on the way. */
export declare function place(body: Record<string, unknown>, path: readonly string[], value: unknown): void;
/** The error for a body that is not the documented response. */
export declare class ResponseFormatError extends Error {
    readonly name: string;
    /** What is wrong, e.g. `"field code is missing"`. */
    readonly reason: string;
    /** The response's HTTP status, when given. */
    readonly httpStatus: number | undefined;
    /** A short, safe description of the body. */
    readonly received: string;
    /** The body exactly as given. */
    readonly body: unknown;
    constructor(source: string, reason: string, body: unknown, httpStatus?: number);
}
/** True for an object that is not an array (nor `null`). */
export declare function isRecord(value: unknown): value is Readonly<Record<string, unknown>>;
/** `null`, `an array`, `a string`, ...: what a value is, for a reason. */
export declare function describeValue(value: unknown): string;
/** A field of a body: its value, or why it cannot be read. */
type FieldLookup = {
    readonly value: unknown;
} | {
    readonly problem: string;
};
/** The value at `path` of `body`, reading own data properties only (no getter runs). */
export declare function lookUpField(body: unknown, path: readonly string[]): FieldLookup;
/** A short description of any value, that never throws nor runs a getter. */
export declare function preview(value: unknown): string;
/** The error a response body stands for, through the catalog's factory, `body` and status kept as `received`; never throws. */
export declare function fromResponse<E, F>(catalog: CatalogData, create: ErrorFactory<E>, fail: FormatErrorFactory<F>, body: unknown, httpStatus?: number): E | F;
/** The error problem details stand for, as `toProblem` writes them; never throws. */
export declare function fromProblem<E, F>(create: ErrorFactory<E>, fail: FormatErrorFactory<F>, problem: unknown, httpStatus?: number): E | F;
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
export type ErrorArgs<T extends CatalogTypes, C extends string> = C extends keyof T['params'] ? [options: T['options'] & {
    readonly params: T['params'][C];
}] : [options?: T['options'] & {
    readonly params?: undefined;
}];
/** The options of any code, its params unchecked. */
export type AnyErrorOptions<T extends CatalogTypes> = T['options'] & {
    readonly params?: MessageParams | undefined;
};
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
export type EntryClass<T extends CatalogTypes, C extends string, S extends number> = (new (...options: ErrorArgs<T, C>) => T['error'] & {
    readonly code: C;
    readonly httpStatus: S;
}) & {
    /** The code, as the spec writes it. */
    readonly code: C;
    /** The spec's HTTP status of the code, else the catalog's default. */
    readonly httpStatus: S;
};
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
    readonly formatMessage: <C extends string>(code: C, locale?: T['locale'] | {
        readonly locale?: T['locale'];
        readonly variant?: number;
    }, ...params: MessageArgs<T, C>) => string;
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
export declare function guard<E>(type: abstract new (...args: never[]) => E): (value: unknown) => value is E;
/** The runtime bound to a catalog's data (frozen here: the module exports its tables), typed by the catalog's declarations. */
export declare function bindCatalog<T extends CatalogTypes>(catalog: CatalogData): BoundCatalog<T>;
export {};
