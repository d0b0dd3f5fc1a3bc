/**
 * Checking a loaded configuration against `ErrspecConfig`: every unknown key and wrong value
 * is reported with where it is, all at once.
 */

import { didYouMean } from '../did-you-mean.js';
import { isBaseUri } from '../extract/messages-options.js';
import type { CatalogConfig, EnvelopeConfig, ErrspecConfig, RuleLevel } from './define-config.js';

/** Where a value is, for messages: `errspec.config.json:3:5` or `errspec.config.ts (at catalogs.pet.prefx)`. */
export type Locate = (keys: readonly string[]) => string;

/** One problem with the configuration. */
export interface ConfigProblem {
  /** `file:line:column`, or the file and the key path. */
  readonly at: string;
  /** "Unexpected X, expected Y". */
  readonly message: string;
}

const TOP = ['specs', 'out', 'package', 'defaults', 'catalogs', 'rules', 'reporter', 'i18n', 'openapi', 'regenerate'];
const PACKAGE = ['name', 'version'];
const CODE = ['enumStyle', 'defaultHttpStatus', 'problemTypeBase', 'docsUrl', 'remedyInResponse'];
const CATALOG = [...CODE, 'prefix', 'defaultLocale', 'envelope'];
const ENVELOPE = ['code', 'message', 'status', 'details', 'codeType'];
const LEVELS: readonly RuleLevel[] = ['off', 'warn', 'error'];

/** The configuration when `value` is a valid one, else the problems. */
export function checkConfig(value: unknown, locate: Locate): { config: ErrspecConfig; problems: readonly ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const fail = (keys: readonly string[], message: string): void => {
    problems.push({ at: locate(keys), message });
  };
  const object = (keys: readonly string[], v: unknown, allowed: readonly string[] | null, what: string): v is Record<string, unknown> => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      fail(keys, `Unexpected ${describe(v)} for \`${keys.join('.') || 'the configuration'}\`, expected ${what}`);
      return false;
    }
    if (allowed !== null) {
      for (const key of Object.keys(v)) {
        if (allowed.includes(key)) continue;
        const near = didYouMean(key, allowed);
        const hint = near === null ? '' : ` (did you mean \`${near}\`?)`;
        fail([...keys, key], `Unexpected key \`${[...keys, key].join('.')}\`${hint}, expected one of ${allowed.join(', ')}`);
      }
    }
    return true;
  };
  const string = (keys: readonly string[], v: unknown): void => {
    if (typeof v !== 'string' || v.trim() === '') fail(keys, `Unexpected ${describe(v)} for \`${keys.join('.')}\`, expected a non-empty string`);
  };
  const oneOf = (keys: readonly string[], v: unknown, choices: readonly string[]): void => {
    if (typeof v !== 'string' || !choices.includes(v)) {
      fail(keys, `Unexpected ${describe(v)} for \`${keys.join('.')}\`, expected ${choices.map((c) => `\`${c}\``).join(' or ')}`);
    }
  };
  const code = (keys: readonly string[], v: Record<string, unknown>): void => {
    if (v.enumStyle !== undefined) oneOf([...keys, 'enumStyle'], v.enumStyle, ['enum', 'const']);
    const status = v.defaultHttpStatus;
    if (status !== undefined && !(Number.isInteger(status) && (status as number) >= 100 && (status as number) <= 599)) {
      fail([...keys, 'defaultHttpStatus'], `Unexpected ${describe(status)} for \`${[...keys, 'defaultHttpStatus'].join('.')}\`, expected an HTTP status from 100 to 599`);
    }
    for (const key of ['problemTypeBase', 'docsUrl'] as const) {
      const url = v[key];
      if (url !== undefined && (typeof url !== 'string' || !isBaseUri(url))) {
        fail([...keys, key], `Unexpected ${describe(url)} for \`${[...keys, key].join('.')}\`, expected an absolute http(s) URL or a URN`);
      }
    }
    if (v.remedyInResponse !== undefined && typeof v.remedyInResponse !== 'boolean') {
      fail([...keys, 'remedyInResponse'], `Unexpected ${describe(v.remedyInResponse)} for \`${[...keys, 'remedyInResponse'].join('.')}\`, expected \`true\` or \`false\``);
    }
  };
  if (!object([], value, TOP, 'an object')) return { config: {}, problems };
  const config = value as Record<string, unknown>;
  if (config.specs !== undefined) {
    const specs = config.specs;
    if (Array.isArray(specs)) specs.forEach((spec, i) => string(['specs', String(i)], spec));
    else string(['specs'], specs);
    if (Array.isArray(specs) && specs.length === 0) fail(['specs'], 'Unexpected empty list for `specs`, expected spec paths or globs');
  }
  if (config.out !== undefined) string(['out'], config.out);
  if (config.package !== undefined && object(['package'], config.package, PACKAGE, 'an object such as { "name": "acme-errors" }')) {
    for (const key of PACKAGE) if (config.package[key] !== undefined) string(['package', key], config.package[key]);
  }
  if (config.defaults !== undefined && object(['defaults'], config.defaults, CODE, 'an object of code options')) code(['defaults'], config.defaults);
  if (config.catalogs !== undefined && object(['catalogs'], config.catalogs, null, 'an object of catalog ids')) {
    for (const [id, options] of Object.entries(config.catalogs)) {
      const keys = ['catalogs', id];
      if (!object(keys, options, CATALOG, 'an object of catalog options')) continue;
      code(keys, options);
      const catalog = options as CatalogConfig & Record<string, unknown>;
      if (catalog.prefix !== undefined && (typeof catalog.prefix !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]*$/.test(catalog.prefix))) {
        fail([...keys, 'prefix'], `Unexpected ${describe(catalog.prefix)} for \`${[...keys, 'prefix'].join('.')}\`, expected a name such as \`Pet\` (a letter, then letters, digits, - or _)`);
      }
      if (catalog.defaultLocale !== undefined) oneOf([...keys, 'defaultLocale'], catalog.defaultLocale, ['en', 'zh-CN']);
      if (catalog.envelope !== undefined && object([...keys, 'envelope'], catalog.envelope, ENVELOPE, 'an object such as { "code": "error.code" }')) {
        const envelope = catalog.envelope as EnvelopeConfig & Record<string, unknown>;
        for (const role of ['code', 'message', 'status', 'details'] as const) {
          const path = envelope[role];
          if ((path !== undefined || role === 'code') && (typeof path !== 'string' || !/^[^.\s]+(?:\.[^.\s]+)*$/.test(path))) {
            fail([...keys, 'envelope', role], `Unexpected ${describe(path)} for \`${[...keys, 'envelope', role].join('.')}\`, expected a dotted path such as \`error.code\``);
          }
        }
        if (envelope.codeType !== undefined) oneOf([...keys, 'envelope', 'codeType'], envelope.codeType, ['string', 'number']);
      }
    }
  }
  if (config.rules !== undefined && object(['rules'], config.rules, null, 'an object of rule ids')) {
    for (const [rule, level] of Object.entries(config.rules)) oneOf(['rules', rule], level, LEVELS);
  }
  if (config.reporter !== undefined) oneOf(['reporter'], config.reporter, ['human', 'json', 'github']);
  if (config.i18n !== undefined && (typeof config.i18n !== 'string' || config.i18n === '')) {
    fail(['i18n'], `Unexpected ${describe(config.i18n)} for \`i18n\`, expected a folder such as \`specs/i18n\``);
  }
  if (config.openapi !== undefined && typeof config.openapi !== 'boolean') {
    fail(['openapi'], `Unexpected ${describe(config.openapi)} for \`openapi\`, expected \`true\` or \`false\``);
  }
  if (config.regenerate !== undefined && (typeof config.regenerate !== 'string' || config.regenerate.trim() === '' || /[\r\n\u2028\u2029]/.test(config.regenerate))) {
    fail(['regenerate'], `Unexpected ${describe(config.regenerate)} for \`regenerate\`, expected a one-line command such as \`make errors\``);
  }
  return { config: config as ErrspecConfig, problems };
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return '`null`';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `\`${JSON.stringify(value)}\``;
  return `\`${String(value)}\``;
}
