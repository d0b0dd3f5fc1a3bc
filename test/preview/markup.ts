/**
 * Checks on the markup of preview pages: every tag and attribute is one the preview writes, so
 * nothing from a spec became markup.
 */

import { expect } from 'vitest';
import { SCRIPT, STYLE } from '../../generator/preview/assets.js';

const TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'script', 'body', 'header', 'nav', 'main', 'section', 'h1', 'div', 'span', 'a',
  'b', 'code', 'small', 'ul', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
]);
const ATTRIBUTES = new Set(['lang', 'charset', 'http-equiv', 'name', 'content', 'class', 'id', 'href', 'title', 'aria-label', 'data-n', 'data-e', 'data-count', 'data-spec']);
const HREF = /^(?:#L\d+|\.\.\/index\.html|specs\/[A-Za-z0-9._-]+\.html)$/;
const TAG = /^<(\/?)([a-z0-9]+)((?:\s+[a-z-]+="[^"<>]*")*)>/;

/** What a page's markup holds. */
export interface Markup {
  /** Tag names, e.g. `["html", "head", ...]`. */
  readonly tags: string[];
  /** Every `href` value. */
  readonly hrefs: string[];
}

/**
 * Parse `html` tag by tag, failing on anything the preview does not write: a `<` that does not
 * open a known tag, an unknown attribute (any `on...` handler), a link that is not internal, a
 * style or script other than the preview's own.
 */
export function checkMarkup(html: string): Markup {
  expect(html.startsWith('<!DOCTYPE html>\n')).toBe(true);
  // The style and script are the preview's own, byte for byte; their contents are not markup.
  const body = html
    .slice('<!DOCTYPE html>\n'.length)
    .replaceAll(`<style>${STYLE}</style>`, '<style></style>')
    .replaceAll(`<script>${SCRIPT}</script>`, '<script></script>');
  const tags: string[] = [];
  const hrefs: string[] = [];
  let at = body.indexOf('<');
  while (at !== -1) {
    const match = TAG.exec(body.slice(at, at + 4096));
    expect(match, `markup at ${JSON.stringify(body.slice(at, at + 80))}`).not.toBeNull();
    const [whole, , name, attributes] = match!;
    expect(TAGS.has(name!), `tag <${name}>`).toBe(true);
    for (const [, attribute, value] of attributes!.matchAll(/([a-z-]+)="([^"]*)"/g)) {
      expect(ATTRIBUTES.has(attribute!), `attribute ${attribute} in ${whole}`).toBe(true);
      if (attribute === 'href') {
        expect(value, whole).toMatch(HREF);
        hrefs.push(value!);
      }
    }
    if (match![1] === '' && (name === 'style' || name === 'script')) expect(body.slice(at + whole.length).startsWith(`</${name}>`), `${name} content`).toBe(true);
    tags.push(match![1] === '/' ? `/${name}` : name!);
    at = body.indexOf('<', at + whole.length);
  }
  // Text between tags holds no raw quote or angle bracket: spec text was escaped.
  expect(body.replace(/<[^<>]*>/g, '')).not.toMatch(/[<>]/);
  return { tags, hrefs };
}
