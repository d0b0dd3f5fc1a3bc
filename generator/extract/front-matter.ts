/**
 * The spec's YAML front matter: its `title`, and errspec's own options under `errspec:`.
 * Other keys belong to other tools (docs sites) and are left alone; unknown keys under
 * `errspec:` are reported with their position.
 */

import type { Node as YamlNode } from 'yaml';
import type { Reporter } from '../diagnostics.js';
import { yaml } from '../lazy.js';
import { LOCALES, type EnvelopeRole, type Locale, type WireType } from '../model.js';
import type { FrontMatterBlock } from '../parse/index.js';
import { MESSAGES_OPTIONS, readMessagesOption, type MessagesOptions } from './messages-options.js';

/** An envelope given in front matter: dotted paths by role, e.g. `{ code: "error.code" }`. */
export interface EnvelopeOverride {
  readonly paths: Partial<Record<EnvelopeRole, readonly string[]>>;
  readonly codeType: WireType | null;
  readonly line: number;
}

/** What the front matter says. */
export interface FrontMatter {
  readonly title: string | null;
  readonly envelope: EnvelopeOverride | null;
  readonly defaultHttpStatus: number | null;
  readonly enumStyle: 'enum' | 'const' | null;
  /** `problem-type-base`, `docs-url` and `remedy-in-response` (messages-options.ts). */
  readonly messages: MessagesOptions;
  /** Base of the catalog's names (`prefix: Pet`), or `null`. */
  readonly prefix: string | null;
  /** Locale of the main messages (`default-locale: en`), or `null`. */
  readonly defaultLocale: Locale | null;
}

/** Nothing said. */
export const NO_FRONT_MATTER: FrontMatter = {
  title: null,
  envelope: null,
  defaultHttpStatus: null,
  enumStyle: null,
  messages: {},
  prefix: null,
  defaultLocale: null,
};


const OPTIONS = ['id', 'envelope', 'default-status', 'enum-style', 'prefix', 'default-locale', ...MESSAGES_OPTIONS];
const ENVELOPE_KEYS = ['code', 'message', 'status', 'details', 'code-type'];

/** Read the front matter block; problems are reported, never thrown. */
export function readFrontMatter(block: FrontMatterBlock, reporter: Reporter): FrontMatter {
  const document = yaml().parseDocument(block.value, { prettyErrors: false });
  const lineOf = (node: YamlNode | null | undefined): number => {
    const offset = node?.range?.[0] ?? 0;
    return block.line + 1 + block.value.slice(0, offset).split('\n').length - 1;
  };
  if (document.errors.length > 0) {
    reporter.report('warning', 'front-matter', `Unexpected front matter: ${document.errors[0]!.message.split('\n')[0]}, expected YAML`, block);
    return NO_FRONT_MATTER;
  }
  const root = document.contents;
  if (!yaml().isMap(root)) return NO_FRONT_MATTER;
  const title: unknown = root.get('title');
  const options = root.get('errspec', true);
  let envelope: EnvelopeOverride | null = null;
  let defaultHttpStatus: number | null = null;
  let enumStyle: FrontMatter['enumStyle'] = null;
  const messages: Partial<Record<keyof MessagesOptions, unknown>> = {};
  let prefix: string | null = null;
  let defaultLocale: Locale | null = null;
  if (options !== undefined && !yaml().isMap(options)) {
    reporter.report('warning', 'front-matter', 'Unexpected `errspec:` value, expected a map of options', { line: lineOf(options as YamlNode), column: 1 });
  } else if (yaml().isMap(options)) {
    for (const pair of options.items) {
      const key = yaml().isScalar(pair.key) ? String(pair.key.value) : '';
      const at = { line: lineOf(pair.key as YamlNode), column: 1 };
      const value = pair.value as YamlNode | null;
      if (key === 'default-status') {
        const status = yaml().isScalar(value) ? Number(value.value) : NaN;
        if (Number.isInteger(status) && status >= 100 && status <= 599) defaultHttpStatus = status;
        else reporter.report('warning', 'front-matter', 'Unexpected `default-status`, expected an HTTP status from 100 to 599', at);
      } else if (key === 'enum-style') {
        const style = yaml().isScalar(value) ? String(value.value) : '';
        if (style === 'enum' || style === 'const') enumStyle = style;
        else reporter.report('warning', 'front-matter', `Unexpected \`enum-style: ${style}\`, expected \`enum\` or \`const\``, at);
      } else if (MESSAGES_OPTIONS.includes(key)) {
        readMessagesOption(key, yaml().isScalar(value) ? value.value : undefined, messages, at, reporter);
      } else if (key === 'prefix') {
        const text = yaml().isScalar(value) ? String(value.value) : '';
        if (/^[A-Za-z][A-Za-z0-9_-]*$/.test(text)) prefix = text;
        else reporter.report('warning', 'front-matter', `Unexpected \`prefix: ${text}\`, expected a name such as \`Pet\` (a letter, then letters, digits, - or _)`, at);
      } else if (key === 'default-locale') {
        const text = yaml().isScalar(value) ? String(value.value) : '';
        if ((LOCALES as readonly string[]).includes(text)) defaultLocale = text as Locale;
        else reporter.report('warning', 'front-matter', `Unexpected \`default-locale: ${text}\`, expected one of ${LOCALES.join(', ')}`, at);
      } else if (key === 'envelope') {
        envelope = readEnvelopeOverride(value, at.line, lineOf, reporter);
      } else if (key === 'id') {
        // It names the catalog: the read stage takes it (read/spec-id.ts), before any parsing.
      } else {
        reporter.report('warning', 'front-matter', `Unexpected option \`${key}\` under \`errspec:\`, expected one of ${OPTIONS.join(', ')}`, at);
      }
    }
  }
  return {
    title: typeof title === 'string' && title.trim() !== '' ? title.trim() : null,
    envelope,
    defaultHttpStatus,
    enumStyle,
    messages: messages as MessagesOptions,
    prefix,
    defaultLocale,
  };
}

function readEnvelopeOverride(
  value: YamlNode | null,
  line: number,
  lineOf: (node: YamlNode | null | undefined) => number,
  reporter: Reporter,
): EnvelopeOverride | null {
  if (!yaml().isMap(value)) {
    reporter.report('warning', 'front-matter', 'Unexpected `envelope:` value, expected a map such as `{ code: error.code, message: error.msg }`', { line, column: 1 });
    return null;
  }
  const paths: Partial<Record<EnvelopeRole, readonly string[]>> = {};
  let codeType: WireType | null = null;
  for (const pair of value.items) {
    const key = yaml().isScalar(pair.key) ? String(pair.key.value) : '';
    const text = yaml().isScalar(pair.value) ? String(pair.value.value) : '';
    const at = { line: lineOf(pair.key as YamlNode), column: 1 };
    if (key === 'code-type') {
      if (text === 'string' || text === 'number') codeType = text;
      else reporter.report('warning', 'front-matter', `Unexpected \`code-type: ${text}\`, expected \`string\` or \`number\``, at);
    } else if (ENVELOPE_KEYS.includes(key) && /^[^.\s]+(?:\.[^.\s]+)*$/.test(text)) {
      paths[key as EnvelopeRole] = text.split('.');
    } else {
      reporter.report('warning', 'front-matter', `Unexpected envelope key \`${key}: ${text}\`, expected one of ${ENVELOPE_KEYS.join(', ')} with a dotted path`, at);
    }
  }
  if (paths.code === undefined) {
    reporter.report('warning', 'front-matter', 'Unexpected envelope without `code`, expected the path of the code field', { line, column: 1 });
    return null;
  }
  return { paths, codeType, line };
}
