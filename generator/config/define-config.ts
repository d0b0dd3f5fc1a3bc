/**
 * The shape of `errspec.config.ts` / `.js` / `.mjs` / `.json`, and `defineConfig`, which only
 * types it. Self-contained (no imports), because `errspec/config` points editors straight at
 * this file.
 */

/** How serious a rule's findings are: `off` drops them, `warn` reports, `error` fails the run. */
export type RuleLevel = 'off' | 'warn' | 'error';

/** The error response body of a catalog: dotted paths by role, e.g. `{ code: 'error.code', message: 'error.msg' }`. */
export interface EnvelopeConfig {
  /** Path of the code field, e.g. `'error.code'`. Required. */
  readonly code: string;
  /** Path of the message field, e.g. `'error.msg'`. */
  readonly message?: string;
  /** Path of an HTTP status field, e.g. `'status'`. */
  readonly status?: string;
  /** Path of a details field, e.g. `'error.details'`. */
  readonly details?: string;
  /** How codes go on the wire; default: what the spec's example shows, else `'string'`. */
  readonly codeType?: 'string' | 'number';
}

/** Options of the generated code, for every catalog or for one. */
export interface CodeOptions {
  /** `'enum'` for a TypeScript enum, `'const'` for an `as const` object and a union type. Default `'enum'`. */
  readonly enumStyle?: 'enum' | 'const';
  /** HTTP status of codes a spec gives none for, 100–599. Default `500`. */
  readonly defaultHttpStatus?: number;
  /** Base of problem-details `type` URIs, an http(s) URL or a URN, e.g. `'https://errors.acme.dev/'`. Default `'urn:errspec:<id>:'`. */
  readonly problemTypeBase?: string;
  /** Base URL of the spec sources, e.g. `'https://github.com/acme/api/blob/main/'`: each error links to its spec section. Default: no link. */
  readonly docsUrl?: string;
  /** Whether `toResponse()` and `toProblem()` carry the remedy. Default `false`. */
  readonly remedyInResponse?: boolean;
}

/** Options of one catalog (one spec), by its id: the spec's file name without `.md` and a `.errors` suffix, or its front matter `errspec: id:`. */
export interface CatalogConfig extends CodeOptions {
  /** Base of the catalog's names, e.g. `'Pet'` gives `PetErrorCode`, `PetError`, namespace `pet`. Default: from the id. */
  readonly prefix?: string;
  /** Locale of the main messages, `'en'` or `'zh-CN'`. Default: the locale of the spec's main message column. */
  readonly defaultLocale?: 'en' | 'zh-CN';
  /** The error response body, when the spec shows no example or shows another one. */
  readonly envelope?: EnvelopeConfig;
}

/** An errspec configuration. Every field is optional; command-line flags win over it. */
export interface ErrspecConfig {
  /** Spec files, folders of `*.md`, or globs (`'docs/**\/*.errors.md'`), relative to the config file. Default `['specs']`. */
  readonly specs?: string | readonly string[];
  /** Output folder, relative to the config file. Default `'generated'`. */
  readonly out?: string;
  /** The npm package written around the output. Default: from the package.json beside the output folder. */
  readonly package?: { readonly name?: string; readonly version?: string };
  /** Options of every catalog whose entry in `catalogs` and front matter do not set them. */
  readonly defaults?: CodeOptions;
  /** Options of single catalogs, by id, e.g. `{ 'pet-core': { prefix: 'Pet' } }`. */
  readonly catalogs?: { readonly [id: string]: CatalogConfig };
  /** Levels of diagnostic rules by id, e.g. `{ 'missing-message': 'error', 'unknown-column': 'off' }`. */
  readonly rules?: { readonly [rule: string]: RuleLevel };
  /** How diagnostics are printed. Default `'human'`. */
  readonly reporter?: 'human' | 'json' | 'github';
  /** Folder of translation files, relative to the config file, e.g. `'translations'`. Default: an `i18n/` folder beside each spec. */
  readonly i18n?: string;
  /** Whether each catalog also gets `openapi.json` (OpenAPI 3.1 components) and `schema.json` (JSON Schema of its response). Default `true`. */
  readonly openapi?: boolean;
  /**
   * The command generated headers tell a reader to run, e.g. `'make errors'`. Default: the npm
   * script of the package that runs `errspec generate` (`npm run errors:generate`), else `npx errspec generate`.
   */
  readonly regenerate?: string;
}

/** Type a configuration; returns it unchanged. */
export function defineConfig(config: ErrspecConfig): ErrspecConfig {
  return config;
}
