/**
 * The fixed style and script of the preview pages, and the head that allows exactly them.
 *
 * Neither holds text from a spec: pages carry their data in the markup, so nothing from a spec
 * is ever inside a script. The Content-Security-Policy allows this style and this script by
 * their hashes and nothing else (no network, no inline handlers, no other script), so even
 * markup that slipped past escaping could not run or load anything.
 */

import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.js';

/** The style of every page. */
export const STYLE = `
:root { color-scheme: light; --entry: #d7f5dd; --recovered: #fff1c2; --skipped: #ffd9d9; --hl: #7aa7ff; font: 14px/1.45 system-ui, sans-serif; }
body { margin: 0; color: #1b1f24; background: #fff; }
body.spec { display: flex; flex-direction: column; height: 100vh; }
header { padding: 8px 16px; border-bottom: 1px solid #d0d7de; }
h1 { font-size: 18px; margin: 4px 0; }
a { color: #0b57d0; }
code, .l, td { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.counts { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 4px 0; padding: 0; list-style: none; }
.counts b { font-variant-numeric: tabular-nums; }
.legend span { display: inline-block; padding: 0 6px; margin-right: 6px; border: 1px solid #d0d7de; }
main { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); }
#lines, .tbl { overflow: auto; border-right: 1px solid #d0d7de; }
#lines { font-size: 12.5px; }
/* content-visibility: the browser lays out only the lines and rows in view, so a 10,000-entry spec opens fast. */
.l { content-visibility: auto; contain-intrinsic-size: auto 18px; position: relative; padding-left: 11.5em; min-height: 1.45em; white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 4; unicode-bidi: isolate; }
.l::before { content: attr(data-n); position: absolute; top: 0; left: 0; width: 3.5em; text-align: right; color: #57606a; }
.l::after { content: "outside"; position: absolute; top: 0; left: 4.2em; width: 6.8em; color: #8c959f; font-size: 11px; line-height: 1.7; }
.l[data-e] { cursor: pointer; }
.s-entry { background: var(--entry); }
.l.s-entry::after { content: "entry"; color: #116329; }
.s-recovered { background: var(--recovered); }
.l.s-recovered::after { content: "recovered"; color: #7d4e00; }
.s-skipped { background: var(--skipped); }
.l.s-skipped::after { content: "skipped"; color: #a40e26; }
.d { margin-left: 11.5em; padding: 1px 6px; border-left: 3px solid #8c959f; font-family: system-ui, sans-serif; font-size: 12px; white-space: pre-wrap; }
.d-error { border-color: #cf222e; background: #ffebe9; }
.d-warning { border-color: #bf8700; background: #fff8c5; }
.d-info { border-color: #0969da; background: #ddf4ff; }
.d-skip { border-color: #cf222e; }
.d b { text-transform: uppercase; font-size: 10px; margin-right: 6px; }
.d code { margin-left: 6px; color: #57606a; }
.cc { border: 1px solid #cf222e; color: #cf222e; font-size: 10px; padding: 0 1px; }
table { border-collapse: separate; border-spacing: 0; font-size: 12.5px; }
th { position: sticky; top: 0; background: #f6f8fa; text-align: left; }
/* The entry table is laid out as one grid per row (a table would lay out all rows to size its columns). */
#entries, #entries thead, #entries tbody { display: block; }
#entries thead { position: sticky; top: 0; z-index: 1; }
#entries th { position: static; }
#entries tr { display: grid; }
#entries tbody tr { content-visibility: auto; contain-intrinsic-size: auto 40px; }
#entries.cols-1 tr { grid-template-columns: 6.5em 13em 13em 4.5em minmax(10em, 1fr) 9em; }
#entries.cols-2 tr { grid-template-columns: 6.5em 13em 13em 4.5em repeat(2, minmax(10em, 1fr)) 9em; }
#entries.cols-3 tr { grid-template-columns: 6.5em 13em 13em 4.5em repeat(3, minmax(10em, 1fr)) 9em; }
#entries.cols-4 tr { grid-template-columns: 6.5em 13em 13em 4.5em repeat(4, minmax(10em, 1fr)) 9em; }
th, td { border: 0 solid #d0d7de; border-width: 0 1px 1px 0; padding: 2px 6px; vertical-align: top; white-space: pre-line; overflow-wrap: break-word; }
td { min-width: 0; }
th { white-space: nowrap; }
tbody td:first-child::after { display: block; font-size: 11px; }
tbody tr.s-entry td:first-child::after { content: "entry"; color: #116329; }
tbody tr.s-recovered td:first-child::after { content: "recovered"; color: #7d4e00; }
.hl, .l.hl, tr.hl td { outline: 2px solid var(--hl); outline-offset: -2px; background: #dbe7ff; }
.summary td, .summary th { font-family: system-ui, sans-serif; }
.summary td.n { text-align: right; font-variant-numeric: tabular-nums; }
.summary { margin: 16px; }
`;

/**
 * The script of a spec page, by event delegation (one listener, whatever the size of the spec):
 * a click on an entry's link highlights and scrolls to its source line; a click on a line that
 * holds an entry goes back to the entry's row. The address keeps the place (`#L12`, `#E3`).
 */
export const SCRIPT = `
(() => {
  let lit = [];
  const show = (id, from) => {
    const target = document.getElementById(id);
    if (target === null) return;
    for (const element of lit) element.classList.remove('hl');
    lit = from ? [target, from] : [target];
    for (const element of lit) element.classList.add('hl');
    target.scrollIntoView({ block: 'center' });
    history.replaceState(null, '', '#' + id);
  };
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element)) return;
    const link = event.target.closest('a[href^="#"]');
    if (link !== null) {
      event.preventDefault();
      show(link.getAttribute('href').slice(1), link.closest('tr, .l'));
      return;
    }
    const line = event.target.closest('.l[data-e]');
    if (line !== null && String(getSelection()) === '') show('E' + line.dataset.e, line);
  });
  if (location.hash.length > 1) show(location.hash.slice(1), null);
})();
`;

/**
 * The start of a page up to `<body>`: charset, the policy that allows only this page's own style
 * and script, and the title.
 *
 * @param title plain text, escaped here, e.g. `pet-core: 错误码文档`.
 * @param script whether the page runs `SCRIPT`.
 */
export function head(title: string, script: boolean): string {
  const policy = [
    "default-src 'none'",
    `style-src '${hash(STYLE)}'`,
    script ? `script-src '${hash(SCRIPT)}'` : "script-src 'none'",
    "img-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="errspec preview">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
  ].join('\n');
}

/** The script element of a spec page. */
export function scriptElement(): string {
  return `<script>${SCRIPT}</script>`;
}

/** A CSP source expression for `text`, e.g. `sha256-...`. */
function hash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
