/** What the emit stage takes and gives back. */

/** Settings of one generator run that emitted files depend on. */
export interface EmitContext {
  /** Generator name for headers, e.g. `"errspec"`. */
  readonly generator: string;
  /** The project's folder in its repository, for docs links, e.g. `"packages/api/"`; `""` at its root. */
  readonly repoPrefix: string;
  /** Whether each catalog also gets its OpenAPI components and JSON Schema (`openapi.json`, `schema.json`), e.g. `true`. */
  readonly openapi: boolean;
  /** The command that regenerates the output in this project, named in headers, e.g. `"npm run errors:generate"`. */
  readonly regenerate: string;
}

/** One emitted file, ready to write. */
export interface GeneratedFile {
  /** Path relative to the output dir, `/` separators, e.g. `"pet-core/index.ts"`. */
  readonly path: string;
  /** Full text, LF line endings, ends with one newline. */
  readonly content: string;
}
