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
/** The status of a code the spec gives none for, unless the catalog says another. */
export const DEFAULT_HTTP_STATUS = 500;
/** What `instanceof` a generated class accepts: errors of its catalog with one of these codes. */
const roles = new WeakMap();
/** The brand symbol of a catalog. */
export function brandOf(catalog) {
    return Symbol.for(`errspec.error:${catalog.source}#${catalog.id}`);
}
/** Whether `value` is an error of `catalog`, made by any copy of its package. */
export function isCatalogError(catalog, value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const branded = value;
    return typeof branded[brandOf(catalog)] === 'number' && typeof branded['code'] === 'string';
}
/** `value` and every object in it, frozen. */
function freeze(value) {
    if (typeof value !== 'object' || value === null || Object.isFrozen(value))
        return;
    Object.freeze(value);
    for (const child of Object.values(value))
        freeze(child);
}
/** True for an integer from 100 to 599. */
export function isHttpStatus(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;
}
/** The locales to try for `locale`, in order, each once. */
function chain(catalog, locale) {
    return [...new Set([locale ?? catalog.defaultLocale, ...catalog.locales])];
}
/** The first of `table[locale][code]` along the fallback chain; own properties only. */
function lookUp(table, code, locales) {
    for (const locale of locales) {
        const row = Object.hasOwn(table, locale) ? table[locale] : undefined;
        if (row !== undefined && Object.hasOwn(row, code))
            return row[code];
    }
    return undefined;
}
/** `template` with each `{{name}}` that `params` has replaced by its value; others stay. */
export function interpolate(template, params) {
    if (params === undefined)
        return template;
    return template.replace(/\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g, (token, name) => (Object.hasOwn(params, name) ? String(params[name]) : token));
}
/** The message of `code` in `locale`, else the default locale, else any, params filled; the code itself without one. */
export function formatMessage(catalog, code, options = {}) {
    const locales = chain(catalog, options.locale);
    const { variant } = options;
    const variants = catalog.variants ?? {};
    const rows = variant !== undefined && Object.hasOwn(variants, code) ? variants[code] : [];
    const row = variant !== undefined && variant >= 1 ? rows[variant - 1] : undefined;
    const template = row === undefined ? undefined : locales.find((locale) => Object.hasOwn(row, locale));
    if (row !== undefined && template !== undefined)
        return interpolate(row[template], options.params);
    return interpolate(lookUp(catalog.messages, code, locales) ?? code, options.params);
}
/** The remedy of `code` in `locale`, else in another; `undefined` when the spec gives none. */
export function formatRemedy(catalog, code, locale) {
    return lookUp(catalog.remedies ?? {}, code, chain(catalog, locale));
}
/** The spec's status for `code`: `null` when it gives none, `undefined` for a code it does not list. */
export function httpStatusOf(catalog, code) {
    return Object.hasOwn(catalog.httpStatus, code) ? catalog.httpStatus[code] : undefined;
}
/** True for HTTP 429 and 5xx, the statuses a client may retry when the spec does not say. */
export function isRetryableHttpStatus(status) {
    return status === 429 || (status >= 500 && status <= 599);
}
/** The spec's retryable column for `code`, `null` where it does not say. */
function isRetryableSaid(catalog, code) {
    return catalog.retryable !== undefined && Object.hasOwn(catalog.retryable, code) ? catalog.retryable[code] : null;
}
/** Whether a client may retry `code`: the spec's retryable column, else by `httpStatus` (by default the code's). */
export function isRetryable(catalog, code, httpStatus) {
    return isRetryableSaid(catalog, code) ?? isRetryableHttpStatus(httpStatus ?? httpStatusOf(catalog, code) ?? catalog.defaultHttpStatus ?? DEFAULT_HTTP_STATUS);
}
/** The dotted path of an envelope field, the key of `ErrorOptions.fields`. */
function keyOf(field) {
    return field.path.join('.');
}
/** Base of every generated error class. */
export class ErrspecError extends Error {
    /** The code, as the spec writes it. */
    code;
    /** The HTTP status: the response's own for an error read from one, else the spec's for the code (its class's static), else the one given, else the catalog's default. */
    httpStatus;
    /** Whether a client may retry. */
    retryable;
    /** Extra context. */
    details;
    /** The spec's remedy, in the error's locale when it has one there. */
    remedy;
    /** Values of the message's placeholders, formatted into every locale's message. */
    params;
    /** Documented envelope fields besides code, message, status and details, by dotted path. */
    fields;
    /** The response the error was read from (`fromResponse`, `fromProblem`), else `undefined`. */
    received;
    /** `httpStatus` is the status of a code the spec does not list. */
    constructor(catalog, code, options = {}, httpStatus) {
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
    toResponse(locale) {
        const catalog = catalogOfError(this);
        const body = {};
        const message = locale === undefined ? this.message : formatMessage(catalog, this.code, { locale, params: this.params });
        let parent = [];
        for (const field of catalog.envelope) {
            const value = fieldValue(this, field, message);
            if (field.role === 'code')
                parent = field.path.slice(0, -1);
            if (value !== undefined)
                place(body, field.path, value);
        }
        const remedy = locale === undefined ? this.remedy : formatRemedy(catalog, this.code, locale);
        if (catalog.remedyInResponse === true && remedy !== undefined)
            place(body, [...parent, 'remedy'], remedy);
        return body;
    }
    /** The error response, so that `JSON.stringify(error)` sends what the spec documents. */
    toJSON() {
        return this.toResponse();
    }
    /** This error as RFC 9457 problem details; `instance` is e.g. the request path, `locale` that of `title` and `detail` (by default the default locale's title and this error's message). */
    toProblem(instance, locale) {
        const catalog = catalogOfError(this);
        const types = catalog.problemTypes ?? {};
        const type = Object.hasOwn(types, this.code) ? types[this.code] : (catalog.problemTypeBase ?? `urn:errspec:${encodeURIComponent(catalog.id)}:`) + encodeURIComponent(this.code);
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
    static [Symbol.hasInstance](value) {
        const role = roles.get(this);
        if (role === undefined)
            return Function.prototype[Symbol.hasInstance].call(this, value);
        return isCatalogError(role.catalog, value) && role.accepts(value.code);
    }
}
const CATALOG = Symbol('errspec.catalog');
function catalogOfError(error) {
    return error[CATALOG];
}
/** What `error` puts in `field`, `undefined` for nothing. */
function fieldValue(error, field, message) {
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
export function place(body, path, value) {
    let node = body;
    for (const key of path.slice(0, -1)) {
        const next = Object.hasOwn(node, key) ? node[key] : undefined;
        node = isRecord(next) ? next : define(node, key, {});
    }
    define(node, path[path.length - 1], value);
}
/** `value`, set as an own data property of `node`, whatever `key` is (`__proto__` too). */
function define(node, key, value) {
    Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
    return value;
}
/** The error for a body that is not the documented response. */
export class ResponseFormatError extends Error {
    name = 'ResponseFormatError';
    /** What is wrong, e.g. `"field code is missing"`. */
    reason;
    /** The response's HTTP status, when given. */
    httpStatus;
    /** A short, safe description of the body. */
    received;
    /** The body exactly as given. */
    body;
    constructor(source, reason, body, httpStatus) {
        const received = preview(body);
        super(`Not an error response of ${source}: ${reason}; received ${received}`);
        this.reason = reason;
        this.httpStatus = httpStatus;
        this.received = received;
        this.body = body;
    }
}
/** True for an object that is not an array (nor `null`). */
export function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `null`, `an array`, `a string`, ...: what a value is, for a reason. */
export function describeValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'number' && !Number.isFinite(value))
        return String(value);
    const type = typeof value;
    return type === 'undefined' ? 'undefined' : type === 'object' ? 'an object' : `a ${type}`;
}
/** The value at `path` of `body`, reading own data properties only (no getter runs). */
export function lookUpField(body, path) {
    let value = body;
    for (const [index, key] of path.entries()) {
        if (!isRecord(value)) {
            const where = index === 0 ? 'body' : `field ${path.slice(0, index).join('.')}`;
            return { problem: `${where} is ${describeValue(value)}, expected an object` };
        }
        const property = Object.getOwnPropertyDescriptor(value, key);
        const name = path.slice(0, index + 1).join('.');
        if (property === undefined)
            return { problem: `field ${name} is missing` };
        if (!('value' in property))
            return { problem: `field ${name} is an accessor, expected a data property` };
        value = property.value;
    }
    return { value };
}
/** A short description of any value, that never throws nor runs a getter. */
export function preview(value) {
    let text;
    try {
        if (typeof value === 'string') {
            text = value.length <= 60 ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, 60))}… (${value.length} characters)`;
        }
        else if (Array.isArray(value)) {
            text = `an array of ${value.length} items`;
        }
        else if (typeof value === 'object' && value !== null) {
            const keys = Object.keys(value);
            const shown = keys.slice(0, 5).map((key) => JSON.stringify(key.length <= 30 ? key : `${key.slice(0, 30)}…`));
            if (keys.length > 5)
                shown.push(`… (${keys.length} keys)`);
            text = keys.length === 0 ? 'an object without keys' : `an object with keys ${shown.join(', ')}`;
        }
        else if (typeof value === 'function' || typeof value === 'symbol') {
            text = `a ${typeof value}`;
        }
        else {
            text = String(value);
        }
    }
    catch {
        text = 'an unreadable value';
    }
    return text.length <= 200 ? text : `${text.slice(0, 199)}…`;
}
/** The options a body stands for, or why it is not the documented response. */
function readResponse(catalog, body) {
    let code;
    let status;
    let message;
    let details;
    const fields = {};
    for (const field of catalog.envelope) {
        const found = lookUpField(body, field.path);
        if (field.role === 'code') {
            if ('problem' in found)
                return found.problem;
            const value = found.value;
            if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
                return `field ${keyOf(field)} is ${describeValue(value)}, expected a ${field.type === 'number' ? 'number' : 'string'}`;
            }
            code = String(value);
        }
        else if ('value' in found) {
            if (field.role === 'message' && typeof found.value === 'string')
                message = found.value;
            else if (field.role === 'details' && isRecord(found.value))
                details = found.value;
            else if (field.role === 'status' && isHttpStatus(found.value))
                status = found.value;
            else if (field.role === 'other')
                fields[keyOf(field)] = found.value;
        }
    }
    if (code === undefined)
        return 'the catalog documents no code field';
    return { code, ...(message === undefined ? {} : { message }), ...(details === undefined ? {} : { details }), ...(status === undefined ? {} : { status }), fields };
}
/** The error a response body stands for, through the catalog's factory, `body` and status kept as `received`; never throws. */
export function fromResponse(catalog, create, fail, body, httpStatus) {
    const status = isHttpStatus(httpStatus) ? httpStatus : undefined;
    try {
        const read = readResponse(catalog, body);
        if (typeof read === 'string')
            return fail(read, body, status);
        // The response's status, else the one the body states.
        const { code, status: stated, ...options } = read;
        return create(code, { ...options, received: { status: status ?? stated, body } });
    }
    catch {
        // Only a hostile value gets here, such as a proxy whose traps throw.
        return fail('body could not be read: looking at it threw', body, status);
    }
}
/** The error problem details stand for, as `toProblem` writes them; never throws. */
export function fromProblem(create, fail, problem, httpStatus) {
    try {
        const read = (key) => {
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
    }
    catch {
        return fail('problem could not be read: looking at it threw', problem, undefined);
    }
}
/** Whether `value` is an instance of `type`, by `instanceof` (by brand and code for a generated class). */
export function guard(type) {
    return (value) => value instanceof type;
}
/** The runtime bound to a catalog's data (frozen here: the module exports its tables), typed by the catalog's declarations. */
export function bindCatalog(catalog) {
    freeze(catalog);
    let registered;
    const classes = () => {
        if (registered === undefined)
            throw new Error(`errspec bug: the classes of ${catalog.source} are not registered`);
        return registered;
    };
    const make = (code, options) => {
        const { unknown, classes: listed } = classes();
        const type = Object.hasOwn(listed, code) ? listed[code] : undefined;
        return type === undefined ? new unknown(code, options) : new type(options);
    };
    const fail = (reason, body, status) => new (classes().formatError)(reason, body, status);
    class Base extends ErrspecError {
        constructor(code, options, httpStatus) {
            super(catalog, code, options, httpStatus);
        }
        static fromResponse(body, httpStatus) {
            return fromResponse(catalog, make, fail, body, httpStatus);
        }
        static fromProblem(problem, httpStatus) {
            return fromProblem(make, fail, problem, httpStatus);
        }
        static of(code, httpStatus) {
            return class extends this {
                static code = code;
                static httpStatus = httpStatus ?? catalog.defaultHttpStatus ?? DEFAULT_HTTP_STATUS;
                constructor(options) {
                    super(code, options);
                }
            };
        }
    }
    class FormatError extends ResponseFormatError {
        constructor(reason, body, httpStatus) {
            super(catalog.source, reason, body, httpStatus);
        }
    }
    return {
        Base: Base,
        FormatError,
        register(base, unknown, formatError, listed) {
            const codes = new Set(Object.keys(listed));
            roles.set(base, { catalog, accepts: () => true });
            roles.set(unknown, { catalog, accepts: (code) => !codes.has(code) });
            for (const [code, type] of Object.entries(listed))
                roles.set(type, { catalog, accepts: (other) => other === code });
            registered = { unknown, formatError, classes: listed };
        },
        create: ((code, options) => make(code, options)),
        isError: (value) => isCatalogError(catalog, value),
        formatMessage: ((code, locale, params) => formatMessage(catalog, code, { ...(typeof locale === 'object' ? locale : { locale }), params })),
        formatRemedy: (code, locale) => formatRemedy(catalog, code, locale),
        httpStatusOf: (code) => httpStatusOf(catalog, code),
        isRetryable: (code, httpStatus) => isRetryable(catalog, code, httpStatus),
        messages: catalog.messages,
        remedies: catalog.remedies ?? Object.freeze({}),
        httpStatus: catalog.httpStatus,
        // Every listed code, in the data's order, `null` where the spec does not say.
        retryable: Object.freeze(Object.fromEntries(Object.keys(catalog.httpStatus).map((code) => [code, isRetryableSaid(catalog, code)]))),
    };
}
