/**
 * Tables pasted as comma-separated values (`code,status,message`), cells quoted as RFC 4180 writes
 * them: `"a, b"` holds a comma, `""` inside quotes is one quote.
 */

import type { RawCell } from '../../text.js';

/** The cells of one CSV line, unquoted, each with the offset of its text; `null` when a quote is left open. */
export function splitCommas(line: string): RawCell[] | null {
  const cells: RawCell[] = [];
  let at = 0;
  for (;;) {
    while (line[at] === ' ' || line[at] === '\t') at++;
    if (line[at] === '"') {
      let raw = '';
      let end = at + 1;
      for (;;) {
        const quote = line.indexOf('"', end);
        if (quote === -1) return null;
        raw += line.slice(end, quote);
        if (line[quote + 1] !== '"') {
          end = quote + 1;
          break;
        }
        raw += '"';
        end = quote + 2;
      }
      cells.push({ raw: raw.trim(), offset: at + 1 });
      at = end;
      while (line[at] === ' ' || line[at] === '\t') at++;
      if (at >= line.length) return cells;
      if (line[at] !== ',') return null;
      at++;
      continue;
    }
    const comma = line.indexOf(',', at);
    const raw = line.slice(at, comma === -1 ? line.length : comma);
    cells.push({ raw: raw.trim(), offset: at });
    if (comma === -1) return cells;
    at = comma + 1;
  }
}
