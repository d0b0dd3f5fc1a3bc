/**
 * The model invariants emit relies on, asserted before anything is emitted. names.ts and extract
 * already ensure them; broken, they would mean code that fails to compile or, worse, code injected
 * from a spec. A failure here is a bug in errspec, not in the spec.
 */

import type { Catalog, CatalogHead } from '../model.js';
import { FIXED_NAMES, derivedNames, isSafeIdentifier } from '../names.js';

/** An identifier name, the only shape of text that may appear in code unquoted. */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A catalog id usable as a folder and in an import on any system: no separators, `.` or `..`, nothing URL-special or Windows forbids. */
const PATH_SEGMENT = /^(?!\.\.?$)[^\\/:*?"<>|#%\u0000-\u001f\u007f]+$/;

/** Throw an assertion naming the catalog and its subject. */
function fail(catalog: Pick<Catalog, 'source'>, subject: string): never {
  throw new Error(`errspec bug: cannot emit ${catalog.source}: ${subject}`);
}

/** Assert that a catalog's id is a safe folder name and its namespace an identifier. */
function assertNamed(catalog: CatalogHead): void {
  if (!PATH_SEGMENT.test(catalog.id)) fail(catalog, `id ${JSON.stringify(catalog.id)} is not a safe folder name`);
  if (!IDENTIFIER.test(catalog.names.namespace)) fail(catalog, `namespace ${JSON.stringify(catalog.names.namespace)} is not an identifier`);
}

/** Assert that `names` holds no duplicates; `describe` names one for the message. */
function assertUnique(catalog: Catalog, names: Iterable<string>, describe: (name: string) => string): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) fail(catalog, `${describe(name)} is declared twice`);
    seen.add(name);
  }
}

/**
 * Assert that a catalog can be emitted as is: a safe id, safe and unique identifiers (derived and
 * fixed names included), enum members that make own properties, unique codes, finite statuses and
 * an envelope whose paths form a tree; the `errspec bug:` error names the offending id, name or code.
 */
export function assertEmittable(catalog: Catalog): void {
  assertNamed(catalog);
  const { namespace, ...declared } = catalog.names;
  const bindings = [
    ...Object.values(declared),
    ...Object.values(derivedNames(catalog.names)),
    ...FIXED_NAMES,
    ...catalog.entries.flatMap((entry) => [entry.className, `${entry.className}Base`]),
  ];
  for (const name of bindings) {
    if (!isSafeIdentifier(name)) fail(catalog, `${JSON.stringify(name)} is not a safe identifier`);
  }
  assertUnique(catalog, bindings, (name) => `name ${name}`);
  for (const entry of catalog.entries) {
    if (!IDENTIFIER.test(entry.name)) fail(catalog, `enum member ${JSON.stringify(entry.name)} is not an identifier`);
    // As a key of the const style's object literal, `__proto__` would set the prototype.
    if (entry.name === '__proto__') fail(catalog, 'enum member __proto__ would not be an own property');
    if (entry.httpStatus !== null && !Number.isFinite(entry.httpStatus)) {
      fail(catalog, `code ${JSON.stringify(entry.code)} has HTTP status ${String(entry.httpStatus)}`);
    }
  }
  assertUnique(catalog, catalog.entries.map((entry) => entry.name), (name) => `enum member ${name}`);
  assertUnique(catalog, catalog.entries.map((entry) => entry.code), (code) => `code ${JSON.stringify(code)}`);
  if (!Number.isFinite(catalog.options.defaultHttpStatus)) {
    fail(catalog, `default HTTP status ${String(catalog.options.defaultHttpStatus)} has no literal`);
  }
  assertEnvelopeTree(catalog);
}

/** Assert that the envelope can be one type and one object literal: one code field, no empty path, no path another's or inside another field. */
function assertEnvelopeTree(catalog: Catalog): void {
  const { fields } = catalog.envelope;
  const codes = fields.filter((field) => field.role === 'code').length;
  if (codes !== 1) fail(catalog, `the envelope has ${codes} code fields, expected 1`);
  const show = (path: readonly string[]): string => JSON.stringify(path);
  for (const field of fields) {
    if (field.path.length === 0) fail(catalog, 'an envelope field has an empty path');
    for (const other of fields) {
      const inside = other !== field && other.path.length <= field.path.length && other.path.every((key, index) => key === field.path[index]);
      if (inside) fail(catalog, `envelope field ${show(field.path)} clashes with field ${show(other.path)}`);
    }
  }
}

/** Assert that the catalogs of a run can share one root index: distinct ids and namespaces. */
export function assertIndexable(catalogs: readonly CatalogHead[]): void {
  const byId = new Map<string, CatalogHead>();
  const byNamespace = new Map<string, CatalogHead>();
  for (const catalog of catalogs) {
    assertNamed(catalog);
    const { namespace } = catalog.names;
    const sameId = byId.get(catalog.id);
    if (sameId !== undefined) fail(catalog, `id ${catalog.id} is also the id of ${sameId.source}`);
    const sameNamespace = byNamespace.get(namespace);
    if (sameNamespace !== undefined) fail(catalog, `namespace ${namespace} is also used by ${sameNamespace.source}`);
    byId.set(catalog.id, catalog);
    byNamespace.set(namespace, catalog);
  }
}
