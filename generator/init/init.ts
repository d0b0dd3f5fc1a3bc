/**
 * `errspec init`: the files a repository needs to start, written only where missing. It never
 * overwrites or rewrites a file: a config that exists is kept, package.json gains only the
 * scripts it lacks, and .gitignore gains the cache's line only when nothing there ignores it.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../cache/index.js';
import { CONFIG_NAMES } from '../config/index.js';
import { UserError } from '../errors.js';
import { EXAMPLE_SPEC, jsonConfig, tsConfig, type Layout } from './templates.js';

/** The choices of `errspec init`, from its flags. */
export interface InitOptions extends Layout {
  /** Write `errspec.config.json` instead of `errspec.config.ts`. */
  readonly json: boolean;
}

/** What init did with one file. */
export interface InitStep {
  /** Path relative to the project folder, `/` separators, e.g. `'errspec.config.ts'`. */
  readonly file: string;
  /** `true` when the file was written or changed. */
  readonly changed: boolean;
  /** What was done, or why nothing was, e.g. `'written'`, `'kept (it exists)'`. */
  readonly note: string;
}

/** The npm scripts init adds: the names the README and the generated headers use. */
export const SCRIPTS: Readonly<Record<string, string>> = { 'errors:generate': 'errspec generate', 'errors:check': 'errspec generate --check' };

/** Write the missing files of an errspec project in `root`; one step per file, in the order done. */
export function init(root: string, options: InitOptions): InitStep[] {
  for (const [flag, value] of [['--specs', options.specs], ['--out', options.out]] as const) {
    if (path.isAbsolute(value) || /[*?[\]{}]/.test(value) || value.split(/[\\/]/).includes('..')) {
      throw new UserError(`Unexpected ${flag} \`${value}\`, expected a folder inside this one, such as \`specs\``);
    }
  }
  const layout: Layout = { ...options, specs: posix(options.specs), out: posix(options.out) };
  return [
    configStep(root, layout, options.json),
    createStep(root, `${layout.specs}/example.errors.md`, EXAMPLE_SPEC),
    scriptsStep(root),
    ignoreStep(root),
  ];
}

function configStep(root: string, layout: Layout, json: boolean): InitStep {
  const existing = CONFIG_NAMES.find((name) => existsSync(path.join(root, name)));
  const name = json ? 'errspec.config.json' : 'errspec.config.ts';
  // A second config file would make every run fail on "two config files".
  if (existing !== undefined) return { file: existing, changed: false, note: 'kept (it exists; no second config written)' };
  return createStep(root, name, json ? jsonConfig(layout) : tsConfig(layout));
}

/** Create `file` with `content` unless it exists (`wx`: not even a file made between a check and the write is replaced). */
function createStep(root: string, file: string, content: string): InitStep {
  const absolute = path.join(root, file);
  try {
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, content, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return { file, changed: false, note: 'kept (it exists)' };
    throw new UserError(`Cannot write \`${file}\`: ${code ?? String(error)}`);
  }
  return { file, changed: true, note: 'written' };
}

/** Add the scripts package.json lacks, keeping its indentation, key order and final newline. */
function scriptsStep(root: string): InitStep {
  const file = path.join(root, 'package.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { file: 'package.json', changed: false, note: `not found; add the scripts ${Object.keys(SCRIPTS).join(' and ')} to yours` };
  }
  let manifest: { scripts?: Record<string, string> } & Record<string, unknown>;
  try {
    manifest = JSON.parse(text) as typeof manifest;
  } catch {
    throw new UserError('Unexpected text in ./package.json, expected JSON (errspec init adds its scripts there)');
  }
  const scripts = typeof manifest.scripts === 'object' && manifest.scripts !== null ? manifest.scripts : {};
  const added = Object.keys(SCRIPTS).filter((name) => scripts[name] === undefined);
  if (added.length === 0) return { file: 'package.json', changed: false, note: `kept (it has the scripts ${Object.keys(SCRIPTS).join(' and ')})` };
  manifest.scripts = { ...scripts, ...Object.fromEntries(added.map((name) => [name, SCRIPTS[name]!])) };
  const indent = /^[{[]\n([ \t]+)/.exec(text)?.[1] ?? '  ';
  writeFileSync(file, `${JSON.stringify(manifest, null, indent)}${text.endsWith('\n') ? '\n' : ''}`);
  return { file: 'package.json', changed: true, note: `scripts ${added.join(' and ')} added` };
}

/** The cache's line in .gitignore, unless a line there already ignores `node_modules` (the cache lives inside it). */
function ignoreStep(root: string): InitStep {
  const line = `${path.relative(root, cacheDir(root)).split(path.sep).join('/')}/`;
  const file = path.join(root, '.gitignore');
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // No .gitignore yet: start one with the line.
  }
  const lines = text.split(/\r?\n/).map((entry) => entry.trim());
  if (lines.some((entry) => /^(?:\*\*\/|\/)?node_modules\/?$/.test(entry) || entry === line || entry === `/${line}`)) {
    return { file: '.gitignore', changed: false, note: 'kept (it already ignores the cache in node_modules)' };
  }
  writeFileSync(file, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${line}\n`);
  return { file: '.gitignore', changed: true, note: `line ${line} added (errspec's cache)` };
}

function posix(folder: string): string {
  return folder.split(/[\\/]+/).filter((part) => part !== '' && part !== '.').join('/') || '.';
}
