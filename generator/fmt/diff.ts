/**
 * A unified diff of a formatted file, made from the rewrites themselves: `fmt` knows exactly
 * which lines it replaced, so no general diff algorithm is needed.
 */

import type { Rewrite } from './fmt.js';
import { append } from '../append.js';

/** Lines of context around each change, as `diff -u`. */
const CONTEXT = 3;

/**
 * `--- a/<path>`, `+++ b/<path>`, then `@@ -l,s +l,s @@` hunks; changes closer than twice the
 * context share a hunk. Empty when there are no rewrites.
 */
export function unifiedDiff(path: string, oldText: string, rewrites: readonly Rewrite[]): string {
  if (rewrites.length === 0) return '';
  const old = oldText.replace(/^\uFEFF/, '').split('\n').map((line) => line.replace(/\r$/, ''));
  const groups: Rewrite[][] = [];
  for (const rewrite of rewrites) {
    const last = groups[groups.length - 1];
    if (last !== undefined && rewrite.from - last[last.length - 1]!.to - 1 <= 2 * CONTEXT) last.push(rewrite);
    else groups.push([rewrite]);
  }
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let shift = 0; // new line number minus old line number before the current group
  for (const group of groups) {
    const start = Math.max(1, group[0]!.from - CONTEXT);
    const end = Math.min(old.length, group[group.length - 1]!.to + CONTEXT);
    const body: string[] = [];
    let line = start;
    let added = 0;
    for (const rewrite of group) {
      for (; line < rewrite.from; line++) body.push(` ${old[line - 1]}`);
      for (; line <= rewrite.to; line++) body.push(`-${old[line - 1]}`);
      append(body, rewrite.lines.map((text) => `+${text}`));
      added += rewrite.lines.length - (rewrite.to - rewrite.from + 1);
    }
    for (; line <= end; line++) body.push(` ${old[line - 1]}`);
    const oldCount = end - start + 1;
    out.push(`@@ -${start},${oldCount} +${start + shift},${oldCount + added} @@`, ...body);
    shift += added;
  }
  return `${out.join('\n')}\n`;
}
