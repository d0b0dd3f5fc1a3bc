/**
 * Plain text of an mdast node, the way a reader sees it.
 */

import type { Nodes } from 'mdast';

/** `[label](target)` left as text by remark. */
const BROKEN_LINK = /\[([^[\]\n]+)\]\([^()\n]*\)/g;

/** Block-level HTML tags written inline (`<ol><li>…</li></ol>` in a table cell): each ends a line. */
const BLOCK_TAG = /^<\/?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|table|tr)(?:\s[^>]*)?\/?>$/i;

/** Stands in for a line break a block tag makes, so that several in a row make one. */
const BLOCK_BREAK = '\u2028';

/**
 * Text of a node: inline markup dropped, `<br>` and hard breaks kept as line breaks, block HTML
 * tags (`<li>`, `<p>`) as one line break however many meet, other inline HTML tags dropped,
 * images by their alt text, links by their label.
 */
export function nodeText(node: Nodes): string {
  const text = textOf(node);
  return text.includes(BLOCK_BREAK) ? text.replace(/[ \t]*\u2028[\s\u2028]*/g, '\n') : text;
}

function textOf(node: Nodes): string {
  switch (node.type) {
    case 'text':
      // A link remark could not read (a target with spaces or template braces) is still a link to the reader.
      return node.value.replace(BROKEN_LINK, '$1');
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
      if (/^<br\s*\/?>$/i.test(node.value.trim())) return '\n';
      return BLOCK_TAG.test(node.value.trim()) ? BLOCK_BREAK : '';
    case 'image':
      return node.alt ?? '';
    default:
      return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
  }
}
