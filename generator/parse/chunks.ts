/**
 * A long document cut into pieces remark reads one by one.
 *
 * micromark rebuilds its whole list of events each time a block quote or list item closes
 * around other blocks, so a document of a few thousand such items takes minutes (a spec of
 * 2,500 sections each with a quote and a list: 90 s), and doubling it takes four times as long.
 * Cut where every open block has certainly ended, each piece is read in its own time and the
 * trees joined are the tree of the whole.
 *
 * A cut goes before a line that starts at column 1, after a blank line, with a character that
 * opens no container: after a blank line, a line without indentation continues no list item,
 * block quote or paragraph. A table that starts after a blank line is also cut between rows that
 * start with `|`; the piece after the cut is read with the table's header and delimiter before
 * it, and its rows join the table (checked: when the pieces do not read as one table, the whole
 * text is read at once). Never inside a fenced code block or an HTML block that blank lines
 * do not end (`<pre>`, `<script>`, `<style>`, `<textarea>`, comments, `<?…?>`, `<![CDATA[…]]>`),
 * nor in front matter.
 * Link reference definitions are the one thing a piece can need from another: each piece is
 * read with the document's definitions beside it (after it, or before the last piece, which may
 * end in an open fence), and the nodes they give are left out.
 */

import { splitPipes } from '../text.js';

/** A piece of a document: its text, and where it starts in the document (1-based line, 0-based offset). */
export interface Chunk {
  readonly text: string;
  readonly line: number;
  readonly offset: number;
  /** For a piece that goes on with the rows of a table: that table's header and delimiter lines, read before it. */
  readonly table?: { readonly header: string; readonly delimiter: string };
}

/** Pieces are cut at the first safe line once they hold at least this many lines. */
export const CHUNK_LINES = 200;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_OPEN: readonly (readonly [RegExp, RegExp])[] = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
];
/** A line that opens a container (block quote, list item) or continues indented content. */
const CONTAINER = /^(?:[ \t]|>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
/** A GFM delimiter row (`| --- | :-: |`). */
const DELIMITER = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** A link reference or footnote definition at the top level. */
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/;

/**
 * The document in pieces of at least `size` lines where a cut is safe, in order; one piece when
 * it is short or has no safe cut.
 */
export function chunks(text: string, size = CHUNK_LINES): Chunk[] {
  const lines = text.split('\n');
  if (lines.length <= size) return [{ text, line: 1, offset: 0 }];
  const starts: number[] = [0];
  // Pieces that start inside a table, by their first line: the table's header and delimiter.
  const tables = new Map<number, { header: string; delimiter: string }>();
  let table: { header: string; delimiter: string } | null = null;
  let fence: { char: string; length: number } | null = null;
  let html: RegExp | null = null;
  let since = 0;
  // Front matter may hold blank lines: no cut before it ends.
  const matter = lines[0] === '---' || lines[0] === '+++' ? lines.indexOf(lines[0], 1) : -1;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    since++;
    if (index <= matter) continue;
    if (fence !== null) {
      const close = FENCE.exec(line);
      if (close !== null && close[1]![0] === fence.char && close[1]!.length >= fence.length && line.slice(close[0].length).trim() === '') fence = null;
      continue;
    }
    if (html !== null) {
      if (html.test(line)) html = null;
      continue;
    }
    // A long table is cut between two of its rows (`|` at column 1), the rest read after its header
    // and delimiter: micromark holds all events of a table at once (3 GB for 100,000 rows).
    if (table !== null && !line.startsWith('|')) table = null;
    if (table !== null) {
      if (since >= size) {
        starts.push(index);
        tables.set(index, table);
        since = 0;
      }
      continue;
    }
    const header = lines[index - 1] ?? '';
    if (
      index > 0 &&
      line.startsWith('|') &&
      header.startsWith('|') &&
      (index < 2 || lines[index - 2]!.trim() === '') &&
      DELIMITER.test(line) &&
      splitPipes(line).length === splitPipes(header).length
    ) {
      table = { header, delimiter: line };
      continue;
    }
    const safe = index > 0 && since >= size && lines[index - 1]!.trim() === '' && line !== '' && !CONTAINER.test(line);
    if (safe) {
      starts.push(index);
      since = 0;
    }
    const open = FENCE.exec(line);
    if (open !== null) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
      continue;
    }
    for (const [opener, closer] of HTML_OPEN) {
      if (opener.test(line)) {
        if (!closer.test(line.replace(opener, ''))) html = closer;
        break;
      }
    }
  }
  if (starts.length === 1) return [{ text, line: 1, offset: 0 }];
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    offsets.push(offset);
    offset += line.length + 1;
  }
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? lines.length;
    const piece = { text: lines.slice(start, end).join('\n'), line: start + 1, offset: offsets[start]! };
    const continued = tables.get(start);
    return continued === undefined ? piece : { ...piece, table: continued };
  });
}

/** The top-level definition lines of a document, joined, for pieces that use a definition made elsewhere. */
export function definitions(text: string): string {
  return text
    .split('\n')
    .filter((line) => DEFINITION.test(line))
    .join('\n');
}
