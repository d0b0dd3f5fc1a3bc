/**
 * The one place translations are checked against their source message's placeholders, with
 * the extractor of generator/extract/placeholders.ts (issue 9).
 */

import { placeholdersOf } from '../extract/placeholders.js';

/** `name:type` of each distinct parameter of a message, with the first token that wrote it. */
function parameters(message: string): Map<string, { readonly type: string; readonly token: string }> {
  const found = new Map<string, { readonly type: string; readonly token: string }>();
  for (const { name, type, token } of placeholdersOf(message)) if (!found.has(name)) found.set(name, { type, token });
  return found;
}

/**
 * Problems with the placeholders of `translation` against `source`, one per mismatch, worded
 * "Unexpected X, expected Y": a placeholder the source does not have, one it has that the
 * translation drops, or one of another type (`%d` against `%s`). Names are compared, so `%s`
 * and `{{p1}}` are the same parameter.
 *
 * @param source the spec's message in its own locale, e.g. `"用户 {user} 不存在"`.
 * @param translation the translated message, e.g. `"User {user} not found"`.
 */
export function comparePlaceholders(source: string, translation: string): string[] {
  const expected = parameters(source);
  const actual = parameters(translation);
  const listed = [...expected.values()].map(({ token }) => `\`${token}\``).join(', ') || 'none';
  const problems: string[] = [];
  for (const [name, { type, token }] of actual) {
    const wanted = expected.get(name);
    if (wanted === undefined) problems.push(`Unexpected placeholder \`${token}\`, expected the source's placeholders (${listed})`);
    else if (wanted.type !== type) problems.push(`Unexpected placeholder \`${token}\` (a ${type}), expected a ${wanted.type} like the source's \`${wanted.token}\``);
  }
  for (const [name, { token }] of expected) {
    if (!actual.has(name)) problems.push(`Unexpected translation without placeholder \`${token}\`, expected every placeholder of the source (${listed})`);
  }
  return problems;
}
