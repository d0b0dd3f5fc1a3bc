/**
 * The intermediate model: what errspec understood of a spec, as plain readonly data.
 *
 * Everything here is JSON-serialisable: `errspec inspect --json` prints it and the golden
 * tests compare it. Every node that comes from the spec carries its 1-based source position.
 */

/** A locale errspec can tell apart by the text itself. */
export type SpecLocale = 'zh-CN' | 'en';

/**
 * A BCP 47 language tag: a `SpecLocale`, or one a translation file adds, e.g. `"ja"`
 * (translation file names are checked against `LOCALE_PATTERN` before one gets here).
 */
export type Locale = string;

/** The locales errspec reads from spec text, in the order generated files list them; translated ones follow. */
export const LOCALES: readonly SpecLocale[] = ['zh-CN', 'en'];

/** A BCP 47 tag in its canonical case: language, optional script, optional region, e.g. `en`, `zh-Hant-TW`, `es-419`. */
export const LOCALE_PATTERN = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;

/** How serious a diagnostic is: `error` fails the run, `warning` and `info` do not. */
export type Severity = 'error' | 'warning' | 'info';

/** A point in a spec, 1-based like unist's `Point`. */
export interface Point {
  /** Line, 1-based, e.g. `31`. */
  readonly line: number;
  /** Column, 1-based, in UTF-16 code units like unist, e.g. `3`. */
  readonly column: number;
}

/** A message about the spec, meant for its author. */
export interface Diagnostic {
  readonly kind: 'diagnostic';
  /** How serious it is, e.g. `"warning"`. */
  readonly severity: Severity;
  /** Stable rule id, e.g. `"table-truncated"`. */
  readonly rule: string;
  /** What happened, worded "Unexpected X, expected Y" where that fits. */
  readonly message: string;
  /** The spec path as given to errspec, with `/` separators, e.g. `"specs/oauth-iot.md"`. */
  readonly source: string;
  /** Line of the problem, 1-based, e.g. `58`. */
  readonly line: number;
  /** Column of the problem, 1-based, e.g. `1`. */
  readonly column: number;
}

/** Messages of one entry by locale; the locales the spec gives, and those translation files add for it. */
export type Messages = { readonly [locale: Locale]: string };

/** How a placeholder is written: `%s`/`%1$s`/`%d`, `{name}`, `{{name}}` or `${name}`. */
export type PlaceholderSyntax = 'printf' | 'brace' | 'double-brace' | 'dollar-brace';

/** A parameter slot in a message, found by generator/extract/placeholders.ts. */
export interface Placeholder {
  readonly kind: 'placeholder';
  /** Parameter name: the name written, or `p1`, `p2`, ... for printf by position, e.g. `"field"`. */
  readonly name: string;
  /** Type of the value: `number` for `%d`, else `string`, e.g. `"string"`. */
  readonly type: 'string' | 'number';
  /** How it is written, e.g. `"brace"`. */
  readonly syntax: PlaceholderSyntax;
  /** The text matched, e.g. `"{field}"`. */
  readonly token: string;
  /** Offset in the message, in UTF-16 code units from 0, e.g. `0`. */
  readonly offset: number;
}

/** Placeholders of an entry's messages by locale; a locale whose message has none is absent. */
export type PlaceholdersByLocale = { readonly [locale: Locale]: readonly Placeholder[] };

/** Where an entry's HTTP status came from; `success` is 200 given to a success code the spec gives no status. */
export type StatusSource = 'column' | 'section' | 'code-prefix' | 'success';

/** One error code of a catalog. */
export interface Entry {
  readonly kind: 'entry';
  /** The code exactly as the spec writes it, e.g. `"A0400"`, `"4001001"`, `"oauth2.token.expired"`. */
  readonly code: string;
  /** Enum member name, a valid unique identifier, e.g. `"INVALID_REQUEST"`. */
  readonly name: string;
  /** Error class name, a valid unique identifier, e.g. `"InvalidRequestError"`. */
  readonly className: string;
  /** HTTP status, e.g. `400`, or `null` when the spec gives none. */
  readonly httpStatus: number | null;
  /** Where `httpStatus` came from, or `null` with no status, e.g. `"code-prefix"`. */
  readonly httpStatusSource: StatusSource | null;
  /** Messages by locale, decided by the text, e.g. `{ "en": "Invalid request", "zh-CN": "请求格式或参数非法" }`. */
  readonly messages: Messages;
  /** Placeholders of each message, by locale, e.g. `{ "en": [{ "name": "field", ... }] }`; `{}` with none. */
  readonly placeholders: PlaceholdersByLocale;
  /** Longer explanation from a description column, e.g. `"请求格式或参数非法"`, or `null`. */
  readonly description: string | null;
  /** What to do about it, line breaks kept, e.g. `"1.检查appKey\n2.检查权限"`, or `null`. */
  readonly remedy: string | null;
  /** The innermost section the entry sits under, e.g. `"通用错误"`, or `null`. */
  readonly group: string | null;
  /** Every section above the entry, outermost first, e.g. `["错误码", "通用错误码"]`. */
  readonly groupPath: readonly string[];
  /** True for codes the spec documents as success (HTTP 2xx or a `success` message), e.g. `200 success`. */
  readonly success: boolean;
  /** Whether a client may retry, when the spec says so in a retryable column, e.g. `true`; else `null`. */
  readonly retryable: boolean | null;
  /** Cells of columns errspec does not map to a field, by header, e.g. `{ "模块": "用户" }`. */
  readonly extra: { readonly [header: string]: string };
  /**
   * Other identifiers the spec gives for the code, as written: an enum name beside a number, a hex
   * value beside a name, a SQLSTATE, e.g. `["CURLE_OK"]` for code `0`; `[]` with none.
   */
  readonly aliases: readonly string[];
  /**
   * Other meanings the spec documents for this same code (the code listed again with a different
   * message or status), in spec order; `[]` for most. The generated class is the entry's own.
   */
  readonly variants: readonly EntryVariant[];
  /** Line of the row, 1-based, e.g. `33`. */
  readonly line: number;
  /** Column of the row's first character, 1-based, e.g. `1`. */
  readonly column: number;
}

/** A further meaning of an entry's code: the code listed again with a different message or status. */
export interface EntryVariant {
  readonly kind: 'variant';
  /** HTTP status of this listing, e.g. `409`, or `null`. */
  readonly httpStatus: number | null;
  /** Messages by locale of this listing, e.g. `{ "en": "The instance is not running." }`. */
  readonly messages: Messages;
  /** Placeholders of each message, by locale; `{}` with none. */
  readonly placeholders: PlaceholdersByLocale;
  /** Longer explanation, e.g. `"The key was deleted"`, or `null`. */
  readonly description: string | null;
  /** What to do about it, or `null`. */
  readonly remedy: string | null;
  /** The innermost section of this listing, e.g. `"Table errors"`, or `null`. */
  readonly group: string | null;
  /** Line of the listing, 1-based, e.g. `120`. */
  readonly line: number;
  /** Column of the listing, 1-based, e.g. `1`. */
  readonly column: number;
}

/** A row or line that looked like an entry but did not become one. */
export interface SkippedRow {
  readonly kind: 'skipped-row';
  /** Line, 1-based, e.g. `40`. */
  readonly line: number;
  /** Column, 1-based, e.g. `1`. */
  readonly column: number;
  /** Why, e.g. `"duplicate of code A0400 at line 33"`. */
  readonly reason: string;
}

/** The account of every entry-like row: `seen === entries + variants + skipped.length`. */
export interface RowAccount {
  /** Rows or lines that looked like entries, e.g. `33`. */
  readonly seen: number;
  /** How many became entries, e.g. `33`. */
  readonly entries: number;
  /** How many became variants of an entry listed earlier, e.g. `2`. */
  readonly variants: number;
  /** The others, each with its reason. */
  readonly skipped: readonly SkippedRow[];
}

/** What a field of the error response carries. */
export type EnvelopeRole = 'code' | 'message' | 'status' | 'details' | 'other';

/** A JSON type on the wire. */
export type WireType = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null';

/** One field of the error response body. */
export interface EnvelopeField {
  readonly kind: 'envelope-field';
  /** Keys from the body's root, e.g. `["error", "code"]` for `{"error":{"code":...}}`. */
  readonly path: readonly string[];
  /** What it carries, e.g. `"code"`. */
  readonly role: EnvelopeRole;
  /** Its JSON type, e.g. `"string"`; a code field's type says whether codes go as strings or numbers. */
  readonly type: WireType;
  /** False when the spec calls the field optional (`可选`, `optional`); details and other fields are optional. */
  readonly required: boolean;
}

/** The error response body the spec documents. */
export interface Envelope {
  readonly kind: 'envelope';
  /** Where it came from: a JSON example in the spec, its front matter, the config file, or errspec's default `{code, message}`. */
  readonly origin: 'example' | 'front-matter' | 'config' | 'default';
  /** The fields, in the example's order; exactly one has the role `code`. */
  readonly fields: readonly EnvelopeField[];
  /** The example as parsed JSON, e.g. `{ "code": "A0400", "message": "Invalid request" }`, or `null`. */
  readonly example: unknown;
  /** Line of the example or front matter, 1-based, or `null` for the default. */
  readonly line: number | null;
}

/** How generated code is shaped, per catalog. */
export interface CatalogOptions {
  /** `enum` for a TypeScript enum, `const` for an `as const` object and a union type (erasable syntax), e.g. `"enum"`. */
  readonly enumStyle: 'enum' | 'const';
  /** HTTP status of codes the spec gives none for, e.g. `500`. */
  readonly defaultHttpStatus: number;
  /**
   * Start of the RFC 9457 problem `type` URI; the code, percent-encoded, follows, e.g.
   * `"https://errors.example.com/pet-core/"`; `null` for `urn:errspec:<catalog id>:`.
   */
  readonly problemTypeBase: string | null;
  /**
   * URL the spec files are published under, e.g. `"https://github.com/acme/api/blob/main/"`:
   * each error links to `<docsUrl><spec path>#<section anchor>`; `null` for no link.
   */
  readonly docsUrl: string | null;
  /** Whether `toResponse()` adds the remedy as a top-level `remedy` field, e.g. `false`. */
  readonly remedyInResponse: boolean;
}

/** TypeScript names of a catalog's generated declarations; all valid identifiers. */
export interface CatalogNames {
  /** Namespace in `generated/index.ts`, e.g. `"petCore"`. */
  readonly namespace: string;
  /** Enum of codes, e.g. `"PetCoreErrorCode"`. */
  readonly enumName: string;
  /** Abstract base class, e.g. `"PetCoreError"`. */
  readonly baseClass: string;
  /** Concrete class for codes the spec does not list, e.g. `"UnknownPetCoreError"`. */
  readonly unknownClass: string;
  /** Options type of the constructors and factory, e.g. `"PetCoreErrorOptions"`. */
  readonly optionsType: string;
  /** Factory function, e.g. `"createPetCoreError"`. */
  readonly factory: string;
  /** Type guard, e.g. `"isPetCoreError"`. */
  readonly guard: string;
  /** Code to HTTP status map, e.g. `"petCoreHttpStatus"`. */
  readonly statusMap: string;
  /** Status lookup function, e.g. `"getPetCoreHttpStatus"`. */
  readonly statusLookup: string;
  /** Messages object, e.g. `"petCoreMessages"`. */
  readonly messages: string;
  /** Locale union type, e.g. `"PetCoreLocale"`. */
  readonly localeType: string;
}

/** Everything errspec read from one spec file. */
export interface Catalog {
  readonly kind: 'catalog';
  /** From the file name, e.g. `"pet-core"`. */
  readonly id: string;
  /** The document's first heading or line, e.g. `"错误码文档"`. */
  readonly title: string;
  /** The spec path as given, `/` separators, e.g. `"specs/pet-core.md"`. */
  readonly source: string;
  /**
   * Locales that at least one entry has a message in: the spec's in `LOCALES` order, then those
   * only translation files give, by `compareNames`, e.g. `["zh-CN", "en", "ja"]`.
   */
  readonly locales: readonly Locale[];
  /**
   * The locale of the spec's main message column (a message column's locale over a description's,
   * by most entries; first of `LOCALES` on a tie; `"en"` with no messages), e.g. `"en"` for pet-core.
   */
  readonly defaultLocale: Locale;
  /** Generated declaration names. */
  readonly names: CatalogNames;
  /** Entries in spec order. */
  readonly entries: readonly Entry[];
  /** Account of every entry-like row. */
  readonly rows: RowAccount;
  /** The documented error response (a default when the spec shows none). */
  readonly envelope: Envelope;
  /** Options of the generated code. */
  readonly options: CatalogOptions;
  /** Diagnostics in source order. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * What the root index and `package.json` need of a catalog: both `Catalog` and
 * `CatalogSummary` have it, so the files around the catalogs can be written from either.
 */
export type CatalogHead = Pick<Catalog, 'id' | 'source' | 'locales'> & { readonly names: Pick<CatalogNames, 'namespace'> };

/**
 * A catalog as a run reports it and as the output's stamp keeps it: its head, how many entries
 * it has and its diagnostics. A run whose output is up to date reports this without reading
 * the catalog.
 */
export interface CatalogSummary {
  readonly kind: 'catalog-summary';
  /** The catalog's id, e.g. `"pet-core"`. */
  readonly id: string;
  /** The spec, relative to the project root, e.g. `"specs/pet-core.md"`. */
  readonly source: string;
  /** The one name the root index needs, e.g. `{ namespace: "petCore" }`. */
  readonly names: Pick<CatalogNames, 'namespace'>;
  /** Locales with at least one message, e.g. `["zh-CN", "en"]`. */
  readonly locales: readonly Locale[];
  /** How many entries the catalog has, e.g. `12`. */
  readonly entryCount: number;
  /** The catalog's diagnostics, translation files' included, in source order. */
  readonly diagnostics: readonly Diagnostic[];
}
