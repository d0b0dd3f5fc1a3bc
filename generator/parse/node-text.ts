/**
 * Plain text of an mdast node, the way a reader sees it.
 */

import type { Nodes } from 'mdast';

/**
 * Text of a node: inline markup dropped, `<br>` and hard breaks kept as line breaks,
 * other inline HTML tags dropped, images by their alt text.
 */
export function nodeText(node: Nodes): string {
  switch (node.type) {
    case 'text':
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
