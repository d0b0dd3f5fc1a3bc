/** The links of each code: its docs link, from the `docs-url` option, and its RFC 9457 problem `type`. */

import type { Catalog, Entry } from '../model.js';

/** GitHub's anchor for a heading: lowercase, punctuation dropped, spaces to `-`. */
export function headingAnchor(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

/**
 * The link to an entry's spec section, e.g. `https://github.com/acme/api/blob/main/specs/pet-core.md#通用错误`,
 * or `null` without `docs-url`; `repoPrefix` is the project's folder in its repository, e.g. `"packages/api/"`.
 */
export function docsLink(catalog: Catalog, entry: Entry | null, repoPrefix: string): string | null {
  const base = catalog.options.docsUrl;
  if (base === null) return null;
  const file = `${base}${encodeURI(repoPrefix + catalog.source)}`;
  return entry === null || entry.group === null ? file : `${file}#${encodeURIComponent(headingAnchor(entry.group))}`;
}

/** The start of the problem `type` of a code: the `problem-type-base` option, else `urn:errspec:<id>:`. */
export function problemTypeBase(catalog: Catalog): string {
  return catalog.options.problemTypeBase ?? `urn:errspec:${encodeURIComponent(catalog.id)}:`;
}

/** An entry's own problem `type`: with `docs-url` (and no `problem-type-base`) its docs link with `?code=<code>` before the anchor, else the base and the code. */
export function problemType(catalog: Catalog, entry: Entry, repoPrefix: string): string {
  const link = catalog.options.problemTypeBase === null ? docsLink(catalog, entry, repoPrefix) : null;
  if (link === null) return problemTypeBase(catalog) + encodeURIComponent(entry.code);
  const hash = link.indexOf('#');
  const [file, anchor] = hash === -1 ? [link, ''] : [link.slice(0, hash), link.slice(hash)];
  return `${file}?code=${encodeURIComponent(entry.code)}${anchor}`;
}
