/**
 * Rows of cell texts to a clean GFM table whose cells read back as exactly those texts.
 */

/**
 * One cell's text as GFM source: `|` as `\|`, line breaks as `<br>`, and every character that
 * could start inline Markdown escaped with a backslash, so that remark reads the cell back as
 * the same plain text. `_` inside a word (`not_found`) is not emphasis and stays as it is.
 * `www.` and `http:` are written `www\.` and `http\:`: GFM would read them as the start of a
 * link, inside which backslash escapes are not read.
 */
export function escapeCell(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[\\`*[\]<~|]/g, '\\$&')
        .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
        .replace(/(www)\./gi, '$1\\.')
        .replace(/(https?|ftp|mailto|xmpp):/gi, '$1\\:')
        .replace(/_/g, (underscore, offset: number, all: string) =>
          /[\p{L}\p{N}]/u.test(all[offset - 1] ?? '') && /[\p{L}\p{N}]/u.test(all[offset + 1] ?? '') ? underscore : '\\_',
        ),
    )
    .join('<br>');
}

/** One row of cells already written as GFM source, padded with empty cells to `width`. */
export function gfmRow(cells: readonly string[], width: number): string {
  return `|${Array.from({ length: width }, (_, index) => (cells[index] ?? '') === '' ? ' ' : ` ${cells[index]} `).join('|')}|`;
}

/** The table's lines: header, delimiter, then one line per row; every row as wide as the widest. */
export function gfmTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const width = Math.max(header.length, ...rows.map((row) => row.length));
  return [gfmRow(header.map(escapeCell), width), `|${' --- |'.repeat(width)}`, ...rows.map((row) => gfmRow(row.map(escapeCell), width))];
}
