/**
 * Output keys: a hash of everything a catalog's generated files are made from (its catalog's key,
 * its translation files, the docs links' repository prefix), and one of everything the files
 * around the catalogs are made from. Equal keys give equal bytes; the keys are computed from
 * the specs' text without parsing them.
 */

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { PackageIdentity } from '../config/package-identity.js';
import { translationFolder, type TranslationOptions } from '../i18n/index.js';
import type { CatalogHead } from '../model.js';
import type { SpecFile } from '../read/index.js';
import { catalogKey, type RunInputs } from './cached-run.js';
import { hashParts, toolIdentity } from './key.js';

/** What the generated files depend on besides the catalogs' own inputs. */
export interface OutputInputs extends RunInputs {
  /** Where translation files are. */
  readonly translations: TranslationOptions;
  /** The project's folder in its repository, for docs links, e.g. `"packages/api/"`. */
  readonly repoPrefix: string;
  /** Whether catalogs get their OpenAPI and JSON Schema files (and the package exports them), e.g. `true`. */
  readonly openapi: boolean;
  /** The command the generated headers name, e.g. `"npm run errors:generate"`. */
  readonly regenerate: string;
}

/** The output key of each spec, by source. */
export function outputKeys(specs: readonly SpecFile[], inputs: OutputInputs): Map<string, string> {
  const ids = specs.map((spec) => spec.id);
  const folders = new Map<string, readonly string[]>();
  return new Map(specs.map((spec) => {
    const folder = translationFolder(spec, inputs.translations);
    if (!folders.has(folder)) folders.set(folder, listFiles(folder));
    // The files named after the catalog, and the longer ids that take some of them (`a.b.en.json` is catalog `a.b`'s).
    const names = folders.get(folder)!.filter((name) => name.startsWith(`${spec.id}.`));
    const translations = names.flatMap((name) => [name, readText(path.join(folder, name))]);
    const longer = ids.filter((id) => id.startsWith(`${spec.id}.`));
    return [spec.source, hashParts(['output', catalogKey(spec, inputs), inputs.repoPrefix, String(inputs.openapi), inputs.regenerate, ...longer, '', ...translations])];
  }));
}

/** The key of the files around the catalogs: the package, errspec, and each catalog's head. */
export function sharedKey(heads: readonly CatalogHead[], pkg: PackageIdentity, inputs: Pick<OutputInputs, 'repoPrefix' | 'tool' | 'openapi' | 'regenerate'>): string {
  const rows = heads.map((head) => JSON.stringify([head.id, head.source, head.names.namespace, head.locales]));
  return hashParts(['shared', inputs.tool ?? toolIdentity(), JSON.stringify(pkg), inputs.repoPrefix, String(inputs.openapi), inputs.regenerate, ...rows]);
}

function listFiles(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '\u0000unreadable';
  }
}
