/**
 * A catalog id set in a spec's front matter (`errspec: id: payments`). The read stage needs it
 * before parsing, to name the catalog and to refuse two specs with one id, so it reads only
 * the front matter block, and only loads the YAML parser when the block mentions `id:`.
 */

import { yaml } from '../lazy.js';
import { UserError } from '../errors.js';

/** What an id may be: what `idFor` makes of a file name. */
const ID = /^[A-Za-z0-9_](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?$/;

/**
 * The `errspec: id:` of `text`'s front matter, or `null` when it sets none.
 *
 * @param source the spec's path, for the message when the id cannot name a catalog.
 */
export function frontMatterId(text: string, source: string): string | null {
  if (!text.startsWith('---\n')) return null;
  const end = text.slice(4).search(/^(?:---|\.\.\.)[ \t]*$/m);
  if (end === -1) return null;
  const block = text.slice(4, 4 + end);
  if (!/^\s+id\s*:/m.test(block)) return null;
  let options: unknown;
  try {
    options = (yaml().parse(block) as { errspec?: unknown } | null)?.errspec;
  } catch {
    return null; // Not YAML: the front-matter diagnostic of the extract stage says so, with its position.
  }
  if (typeof options !== 'object' || options === null || !('id' in options)) return null;
  const id = (options as { id: unknown }).id;
  if (typeof id !== 'string' || !ID.test(id)) {
    throw new UserError(`Unexpected \`errspec: id: ${String(id)}\` in the front matter of \`${source}\`, expected a catalog id such as \`payments\` (letters, digits, ., - or _)`);
  }
  return id;
}
