/**
 * The name and version of the npm package errspec writes around the generated code: checks of
 * the values users give, and the defaults taken from their own `package.json`.
 */

import { isBuiltin } from 'node:module';

/** Name and version of the generated package. */
export interface PackageIdentity {
  /** npm package name, e.g. `"errspec-errors"` or `"@acme/errors"`. */
  readonly name: string;
  /** Semantic version, e.g. `"0.1.0"`. */
  readonly version: string;
}

/** The longest name the npm registry accepts. */
const MAX_NAME_LENGTH = 214;

/** Lowercase, URL-safe, optionally scoped; not starting with `.` or `_` (npm's own rules for new packages). */
const PACKAGE_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/;

/** Names npm refuses whatever their characters. */
const RESERVED_NAMES = new Set(['node_modules', 'favicon.ico']);

/** Semantic Versioning 2.0.0, the regular expression semver.org gives. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/**
 * Why `name` cannot name a new npm package, or `null` when it can.
 *
 * @param name e.g. `"@acme/errors"` (valid), `"Acme Errors"` (not).
 * @returns a phrase such as `"too long (215 characters, at most 214)"`.
 */
export function packageNameProblem(name: string): string | null {
  if (name.length === 0) return 'empty';
  if (name.length > MAX_NAME_LENGTH) return `too long (${name.length} characters, at most ${MAX_NAME_LENGTH})`;
  if (!PACKAGE_NAME.test(name)) return 'not lowercase letters, digits and - . _ ~, optionally after an @scope/';
  if (RESERVED_NAMES.has(name)) return 'reserved by npm';
  if (isBuiltin(name)) return 'the name of a Node.js core module';
  return null;
}

/**
 * Whether `version` is a semantic version.
 *
 * @param version e.g. `"1.2.3"`, `"1.0.0-rc.1+build.5"` (valid), `"v1.2"` (not).
 */
export function isSemver(version: string): boolean {
  return SEMVER.test(version);
}

/**
 * The identity used when no option gives one: the name of the user's package with `-errors`
 * appended, and its version; `errors` and `0.0.0` where it has none.
 *
 * @param manifest the parsed `package.json` of the working folder, or `null` when there is none.
 * @returns e.g. `{ name: "errspec-errors", version: "0.1.0" }`; not checked here.
 */
export function defaultPackageIdentity(manifest: unknown): PackageIdentity {
  const fields = typeof manifest === 'object' && manifest !== null ? (manifest as Record<string, unknown>) : {};
  const { name, version } = fields;
  return {
    name: typeof name === 'string' && name !== '' ? `${name}-errors` : 'errors',
    version: typeof version === 'string' && version !== '' ? version : '0.0.0',
  };
}
