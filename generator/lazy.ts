/**
 * Libraries most runs never need, loaded on first use rather than at start-up: a run with
 * nothing to do (everything cached) or `errspec --version` should not pay for them.
 */

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let yamlModule: typeof import('yaml') | undefined;
let diffModule: typeof import('diff') | undefined;
let globModule: typeof import('tinyglobby') | undefined;

/** The `yaml` library: front matter, config files and translation files (JSON read as YAML for positions). */
export function yaml(): typeof import('yaml') {
  yamlModule ??= require('yaml') as typeof import('yaml');
  return yamlModule;
}

/** The `diff` library (jsdiff): the unified diff `--check` prints for a stale file. */
export function diff(): typeof import('diff') {
  diffModule ??= require('diff') as typeof import('diff');
  return diffModule;
}

/** tinyglobby: spec paths given as globs (`specs/**\/*.md`); a folder or file path needs no glob library. */
export function tinyglobby(): typeof import('tinyglobby') {
  globModule ??= require('tinyglobby') as typeof import('tinyglobby');
  return globModule;
}
