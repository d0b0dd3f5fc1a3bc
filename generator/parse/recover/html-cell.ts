/**
 * HTML through a real HTML5 parser (parse5, by way of `hast-util-from-html`), which repairs
 * what browsers repair: stray end tags, unclosed cells, implied `<tbody>`. Cell text is the
 * text a reader sees (`hast-util-to-text`): `<br>`, paragraphs and list items on lines of
 * their own, tags and anchors gone, entities decoded.
 *
 * Both packages are loaded on the first HTML table, not on import, and with `require`
 * (as remark is, in `markdown.ts`) so that parsing stays synchronous.
 */

import { createRequire } from 'node:module';
import type { Element, ElementContent, Root, Text } from 'hast';
import type { fromHtml as fromHtmlType } from 'hast-util-from-html';
import type { toText as toTextType } from 'hast-util-to-text';

interface Hast {
  readonly fromHtml: typeof fromHtmlType;
  readonly toText: typeof toTextType;
}

let hast: Hast | undefined;

function load(): Hast {
  const require = createRequire(import.meta.url);
  const { fromHtml } = require('hast-util-from-html') as { fromHtml: typeof fromHtmlType };
  const { toText } = require('hast-util-to-text') as { toText: typeof toTextType };
  return { fromHtml, toText };
}

/** `html` as a hast fragment with positions (1-based lines and columns of `html` itself). */
export function parseHtml(html: string): Root {
  hast ??= load();
  return hast.fromHtml(html, { fragment: true });
}

/** True for an element named `tag` (or one of `tag`). */
export function isElement(node: Root | ElementContent, ...tags: string[]): node is Element {
  return node.type === 'element' && tags.includes(node.tagName);
}

/** Elements below `node` (not `node` itself) for which `test` holds, in document order; `stop` elements are not entered. */
export function findAll(node: Root | Element, test: (element: Element) => boolean, stop: (element: Element) => boolean = () => false): Element[] {
  const found: Element[] = [];
  const visit = (parent: Root | Element): void => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (test(child)) found.push(child);
      if (!stop(child)) visit(child);
    }
  };
  visit(node);
  return found;
}

/** True for an annotation box inside a cell (`<div class="note">`), which is not part of the cell's value. */
function isNote(element: Element): boolean {
  const names = element.properties['className'];
  return Array.isArray(names) && names.some((name) => /^note$/i.test(String(name)));
}

/** What a cell holds: its text, any note apart, and the source ranges of its text (offsets into the parsed HTML). */
export interface CellContent {
  /** Text with one line per line a reader sees, each trimmed, no blank lines. */
  readonly text: string;
  readonly note: string | null;
  /** `[start, end)` offsets of the cell's own text nodes, in order (notes excluded). */
  readonly ranges: readonly (readonly [number, number])[];
  /** Offset of the cell's start tag. */
  readonly start: number;
}

/** The content of a `<td>`/`<th>` (or any element). */
export function cellContent(cell: Element): CellContent {
  hast ??= load();
  const notes = findAll(cell, isNote, isNote);
  const main = notes.length === 0 ? cell : without(cell, isNote);
  const ranges: [number, number][] = [];
  const collect = (node: Element): void => {
    for (const child of node.children) {
      if (child.type === 'text') {
        const range = rangeOf(child);
        if (range !== null && child.value.trim() !== '') ranges.push(range);
      } else if (child.type === 'element') {
        collect(child);
      }
    }
  };
  collect(main);
  const note = notes.map((element) => tidyText(hast!.toText(element))).filter((text) => text !== '').join('\n');
  return { text: tidyText(hast.toText(main)), note: note === '' ? null : note, ranges, start: cell.position?.start.offset ?? 0 };
}

/** A copy of `element` without the descendants for which `test` holds. */
function without(element: Element, test: (element: Element) => boolean): Element {
  return {
    ...element,
    children: element.children.filter((child) => child.type !== 'element' || !test(child)).map((child) => (child.type === 'element' ? without(child, test) : child)),
  };
}

function rangeOf(node: Text): [number, number] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : [start, end];
}

/**
 * Text as rendered, tidied: each line's runs of spaces (tabs and no-break spaces too) made one,
 * lines trimmed, blank lines dropped; Markdown a writer put in HTML (`code` spans, `**bold**`,
 * `[label](url)`) reduced to its text. Characters that only look like markup stay.
 */
export function tidyText(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t\u00a0]+/g, ' ')
        .replace(/`([^`]+)`/g, '$1')
        .replace(/\*\*(\S(?:[^*]*\S)?)\*\*/g, '$1')
        .replace(/\[([^[\]]+)\]\([^()\s]*\)/g, '$1')
        .trim(),
    )
    .filter((line) => line !== '')
    .join('\n');
}
