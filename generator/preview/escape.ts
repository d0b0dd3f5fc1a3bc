/**
 * Spec text to HTML. Spec text is untrusted: it reaches a preview page only through these
 * functions, as element text or a quoted attribute value, never as markup.
 */

import { INVISIBLE } from '../emit/literals.js';

const SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe as element content or as a double- or single-quoted attribute value: `&`, `<`,
 * `>`, `"` and `'` become character references.
 *
 * @param text any string, e.g. `<img src=x onerror="alert(1)">`.
 * @returns e.g. `&lt;img src=x onerror=&quot;alert(1)&quot;&gt;`.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => SPECIAL[char]!);
}

/**
 * Text as element content that shows what it holds: escaped like `escapeHtml`, and every
 * invisible character (bidi controls that would reorder the line, zero-width characters,
 * controls, lone surrogates) shown as a marked `U+XXXX`. Line breaks are kept.
 *
 * @param text e.g. `"abc\u202edef"`.
 * @returns e.g. `abc<span class="cc">U+202E</span>def`.
 */
export function visibleHtml(text: string): string {
  return text.replace(SHOWN, (char) => SPECIAL[char] ?? (char === '\n' ? char : `<span class="cc">${codePoint(char)}</span>`));
}

/** What `visibleHtml` replaces: HTML's special characters and invisible ones. */
const SHOWN = new RegExp(`[&<>"']|${INVISIBLE.source}`, 'g');

function codePoint(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
