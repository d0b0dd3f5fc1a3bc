/**
 * Plain text of an mdast node, the way a reader sees it.
 */

import type { Nodes } from 'mdast';

/** `[label](target)` left as text by remark. */
const BROKEN_LINK = /\[([^[\]\n]+)\]\([^()\n]*\)/g;

/**
 * Text of a node: inline markup dropped, `<br>` and hard breaks kept as line breaks,
 * other inline HTML tags dropped, images by their alt text, links by their label.
 */
export function nodeText(node: Nodes): string {
  switch (node.type) {
    case 'text':
      // A link remark could not read (a target with spaces or template braces) is still a link to the reader.
      return node.value.replace(BROKEN_LINK, '$1');
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
      return /^<br\s*\/?>$/i.test(node.value.trim()) ? '\n' : '';
    case 'image':
      return node.alt ?? '';
    default:
      return 'children' in node ? node.children.map((child) => nodeText(child as Nodes)).join('') : '';
  }
}
