/**
 * Placeholders in a message: printf `%s`, `%d`, `%1$s`; `{name}`; `{{name}}`; `${name}`.
 *
 * Recognition is strict so that prose stays prose: a brace placeholder's name is an ASCII
 * identifier with nothing else inside (`{Credential,SignedHeaders}`, `{"code": 1}`, `{}` and
 * `{HTTP返回状态码}` are text), `%%` is a literal percent and `100% sure` has no conversion.
 * Positional printf placeholders are named after their position, 1-based: the first `%s`
 * (or `%1$s`) is `p1`, the second `p2`.
 */

import { type Messages, type Placeholder, type PlaceholderSyntax, type PlaceholdersByLocale } from '../model.js';

/** One pass over the alternatives, leftmost first; `%%` is matched only to be skipped. */
const PATTERN =
  /%%|%(?:([1-9][0-9]?)\$)?([sd])|\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}|\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * The placeholders of a message, in the order they appear (a name repeats when the message
 * repeats it). Pure: the same message gives the same list.
 *
 * @param message a message as the spec writes it, e.g. `"Miss required parameter (%s)"`.
 * @returns e.g. `[{ kind: "placeholder", name: "p1", type: "string", syntax: "printf", token: "%s", offset: 24 }]`.
 */
export function placeholdersOf(message: string): Placeholder[] {
  const found: Placeholder[] = [];
  let printf = 0;
  for (const match of message.matchAll(PATTERN)) {
    const [token, position, conversion, double, dollar, single] = match;
    if (token === '%%') continue;
    let syntax: PlaceholderSyntax;
    let name: string;
    if (conversion !== undefined) {
      printf += 1;
      syntax = 'printf';
      name = `p${position ?? printf}`;
    } else if (double !== undefined) {
      [syntax, name] = ['double-brace', double];
    } else if (dollar !== undefined) {
      [syntax, name] = ['dollar-brace', dollar];
    } else {
      [syntax, name] = ['brace', single!];
    }
    found.push({ kind: 'placeholder', name, type: conversion === 'd' ? 'number' : 'string', syntax, token, offset: match.index });
  }
  return found;
}

/**
 * The parameters a message takes: each placeholder name once, first occurrence first; a name
 * used as a number anywhere is a number.
 *
 * @param placeholders placeholders of one or more messages.
 */
export function parametersOf(placeholders: readonly Placeholder[]): { readonly name: string; readonly type: Placeholder['type'] }[] {
  const types = new Map<string, Placeholder['type']>();
  for (const { name, type } of placeholders) types.set(name, types.get(name) === 'number' ? 'number' : type);
  return [...types].map(([name, type]) => ({ name, type }));
}

/**
 * The message with every placeholder in i18next's `{{name}}` form, so that i18next and the
 * generated `formatMessage` read one syntax; text around placeholders is kept as is.
 *
 * @param message the message as the spec writes it.
 * @param placeholders `placeholdersOf(message)`.
 */
export function toInterpolation(message: string, placeholders: readonly Placeholder[]): string {
  let result = '';
  let from = 0;
  for (const { token, offset, name } of placeholders) {
    result += `${message.slice(from, offset)}{{${name}}}`;
    from = offset + token.length;
  }
  return result + message.slice(from);
}

/**
 * The placeholders of each message of an entry; locales whose message has none are left out.
 *
 * @param messages an entry's messages by locale.
 */
export function placeholdersByLocale(messages: Messages): PlaceholdersByLocale {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([locale, message]) => {
      const found = placeholdersOf(message);
      return found.length === 0 ? [] : [[locale, found]];
    }),
  );
}
