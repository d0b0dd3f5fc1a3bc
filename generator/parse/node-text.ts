/**
 * Plain text of an mdast node, the way a reader sees it.
 */

import type { Nodes } from 'mdast';
import { isMarkupTag, trimSpacesEnd } from '../text.js';

/** `[label](target)` left as text by remark. */
const BROKEN_LINK = /\[([^[\]\n]+)\]\([^()\n]*\)/g;

/** Block-level HTML tags written inline (`<ol><li>…</li></ol>` in a table cell): each ends a line. */
const BLOCK_TAG = /^<\/?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|table|tr)(?:\s[^>]*)?\/?>$/i;

/** A line break a block tag makes: several in a row make one. */
const BLOCK_BREAK = Symbol('block break');

type Piece = string | typeof BLOCK_BREAK;

/**
 * Text of a node: inline markup dropped, `<br>` and hard breaks kept as line breaks, block HTML
 * tags (`<li>`, `<p>`) as one line break however many meet, other inline HTML tags dropped,
 * images by their alt text, links by their label.
 */
export function nodeText(node: Nodes): string {
  const pieces: Piece[] = [];
  collect(node, pieces);
  if (!pieces.includes(BLOCK_BREAK)) return pieces.join('');
  let text = '';
  let pending = false;
  for (const piece of pieces) {
    if (piece === BLOCK_BREAK) {
      pending = text !== '';
    } else if (!pending) {
      text += piece;
    } else if (piece.trim() !== '') {
      text = `${trimSpacesEnd(text)}${text.endsWith('\n') ? '' : '\n'}${piece.replace(/^[ \t]+/, '')}`;
      pending = false;
    }
  }
  return text;
}

function collect(node: Nodes, pieces: Piece[]): void {
  switch (node.type) {
    case 'text':
      // A link remark could not read (a target with spaces or template braces) is still a link to the reader.
      pieces.push(node.value.replace(BROKEN_LINK, '$1'));
      return;
    case 'inlineCode':
      pieces.push(node.value);
      return;
    case 'break':
      pieces.push('\n');
      return;
    case 'html':
      if (/^<br\s*\/?>$/i.test(node.value.trim())) pieces.push('\n');
      else if (BLOCK_TAG.test(node.value.trim())) pieces.push(BLOCK_BREAK);
      // `<value>` in `of the type 'pos > <value>'` is a placeholder its author wrote, not a tag.
      else if (!isMarkupTag(node.value) && !/^<!--/.test(node.value.trim())) pieces.push(node.value);
      return;
    case 'image':
      pieces.push(node.alt ?? '');
      return;
    default:
      if ('children' in node) for (const child of node.children) collect(child as Nodes, pieces);
  }
}
