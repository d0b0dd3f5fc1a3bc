/**
 * Finding and loading `errspec.config.{ts,mts,js,mjs,json}`.
 *
 * JSON is read with the `yaml` parser (JSON is YAML), which keeps every key's position, so a
 * wrong key is reported at its line and column. A JavaScript config is imported; a TypeScript
 * one is first transpiled with the TypeScript that ts-morph bundles (loaded only then) into a
 * temporary `.mjs` file beside it, so that its relative and package imports resolve as they
 * would from the config itself (vite does the same); the file is removed after the import.
 */

import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Node as YamlNode } from 'yaml';
import { yaml } from '../lazy.js';
import { UserError } from '../errors.js';
import { checkConfig, type Locate } from './check-config.js';
import type { ErrspecConfig } from './define-config.js';

/** File names looked for in the working folder, in this order. */
export const CONFIG_NAMES = ['errspec.config.ts', 'errspec.config.mts', 'errspec.config.mjs', 'errspec.config.js', 'errspec.config.json'];

/** A loaded configuration. */
export interface LoadedConfig {
  /** Absolute path of the file. */
  readonly file: string;
  /** What it says, checked. */
  readonly config: ErrspecConfig;
}

/** The config file `given` (resolved against `cwd`), else the one in `cwd`, else `null`. */
export function findConfig(cwd: string, given: string | undefined): string | null {
  if (given !== undefined) {
    const file = path.resolve(cwd, given);
    if (!existsSync(file)) throw new UserError(`Cannot read config \`${given}\`: no such file`);
    return file;
  }
  const found = CONFIG_NAMES.filter((name) => existsSync(path.join(cwd, name)));
  if (found.length > 1) throw new UserError(`Unexpected config files ${found.map((name) => `\`${name}\``).join(' and ')}, expected one; remove the others`);
  return found.length === 1 ? path.join(cwd, found[0]!) : null;
}

/** Load and check the config file at `file`; every problem is reported in one UserError. */
export async function loadConfig(file: string, cwd: string): Promise<LoadedConfig> {
  const shown = path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(`Cannot read config \`${shown}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const { value, locate } = file.endsWith('.json') ? readJson(text, shown) : await importModule(file, text, shown);
  return { file, config: checkedConfig(value, locate, shown) };
}

/** `value` as a configuration (`shown` names it in messages); every problem, each where `locate` says, in one UserError. */
export function checkedConfig(value: unknown, locate: Locate, shown = 'config'): ErrspecConfig {
  const { config, problems } = checkConfig(snapshot(value, shown), locate);
  if (problems.length > 0) {
    throw new UserError(`Invalid config (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):\n${problems.map((p) => `${p.at}  error  ${p.message}  config`).join('\n')}`);
  }
  return config;
}

/**
 * A plain copy of a config module's value, read once: a getter or proxy that throws is the
 * config's mistake, reported with the key it was reading, not a crash later in the run.
 */
function snapshot(value: unknown, shown: string, keys: readonly string[] = [], seen = new Set<object>()): unknown {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  let key = '';
  try {
    if (Array.isArray(value)) return value.map((item, index) => snapshot(item, shown, [...keys, String(index)], seen));
    const copy: Record<string, unknown> = {};
    for (key of Object.keys(value)) copy[key] = snapshot((value as Record<string, unknown>)[key], shown, [...keys, key], seen);
    return copy;
  } catch (error) {
    if (error instanceof UserError) throw error;
    const where = [...keys, key].filter((part) => part !== '').join('.');
    throw new UserError(`Cannot read config \`${shown}\`: reading ${where === '' ? 'it' : `\`${where}\``} threw ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    seen.delete(value);
  }
}

function readJson(text: string, shown: string): { value: unknown; locate: Locate } {
  const { LineCounter, isMap, isScalar, parseDocument } = yaml();
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): string => {
    const { line, col } = lines.linePos(offset);
    return `${shown}:${line}:${col}`;
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = document.errors[0]?.pos[0] ?? Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? 0);
    throw new UserError(`${at(position)}: Unexpected text in config, expected JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const locate: Locate = (keys) => {
    let node: YamlNode | null | undefined = document.contents;
    let offset = node?.range?.[0] ?? 0;
    for (const key of keys) {
      if (!isMap(node)) break;
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      if (pair === undefined) break;
      offset = (pair.key as YamlNode).range?.[0] ?? offset;
      node = pair.value as YamlNode | null;
    }
    return at(offset);
  };
  return { value, locate };
}

let loads = 0;

async function importModule(file: string, text: string, shown: string): Promise<{ value: unknown; locate: Locate }> {
  const locate: Locate = (keys) => (keys.length === 0 ? shown : `${shown} (at ${keys.join('.')})`);
  let target = file;
  let temporary: string | null = null;
  if (/\.m?ts$/.test(file)) {
    const { ts } = await import('ts-morph');
    const output = ts.transpileModule(text, {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    });
    temporary = `${file}.${randomBytes(4).toString('hex')}.mjs`;
    writeFileSync(temporary, output.outputText);
    target = temporary;
  }
  try {
    // A query makes every load a fresh module: `--watch` reloads an edited config.
    const module = (await import(`${pathToFileURL(target).href}?load=${++loads}`)) as { default?: unknown };
    if (module.default === undefined) throw new UserError(`${shown}: Unexpected config without a default export, expected \`export default defineConfig({ ... })\``);
    return { value: module.default, locate };
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Cannot load config \`${shown}\`: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
  } finally {
    if (temporary !== null) rmSync(temporary, { force: true });
  }
}
