/**
 * What the parse stage hands to extraction: the document as a flat list of blocks in
 * source order. Tables here are already recovered (GFM or not); extraction never looks
 * at raw Markdown again.
 */

/** A table cell's text and where it starts. */
export interface Cell {
  /** Plain text, inline Markdown removed, line breaks kept, e.g. `"Invalid request"`. */
  readonly text: string;
  /** Line, 1-based. */
  readonly line: number;
  /** Column, 1-based. */
  readonly column: number;
  /** An annotation inside the cell that is not part of its value (an HTML note box), if any. */
  readonly note?: string;
}

/** One table row. */
export interface Row {
  readonly cells: readonly Cell[];
  /** Line of the row's first character, 1-based. */
  readonly line: number;
  /** Column of the row's first character, 1-based. */
  readonly column: number;
}

/** How a table was read: as GFM, or recovered from text that GFM did not see as a table. */
export type TableOrigin =
  | 'gfm'
  | 'pipes-no-delimiter'
  | 'tabs'
  | 'csv'
  | 'spaces'
  | 'glued'
  | 'html'
  | 'list'
  | 'headings'
  | 'items'
  | 'definitions'
  | 'lines'
  | 'grid';

/**
 * Column meaning guessed from values, for tables without a header: `text` columns are the message,
 * description and remedy in that order; `remedy` is a remedy that recovery found labelled as one.
 */
export type ColumnHint = 'code' | 'status' | 'text' | 'remedy';

/**
 * The hints of a table without a header, from each column's filled values: a column of 3-digit
 * statuses is the status, the first column `isCodes` accepts is the code, any other is text.
 */
export function hintsByValues(columns: readonly (readonly string[])[], isCodes: (values: readonly string[]) => boolean): ColumnHint[] {
  const hints: ColumnHint[] = [];
  for (const values of columns) {
    if (values.length > 0 && values.every((text) => /^[1-5]\d\d$/.test(text))) hints.push('status');
    else if (!hints.includes('code') && isCodes(values)) hints.push('code');
    else hints.push('text');
  }
  return hints;
}

/** A table, recovered or not. */
export interface TableBlock {
  readonly type: 'table';
  readonly origin: TableOrigin;
  /** Header cells, or `null` when the table has none (column meaning then comes from `hints`). */
  readonly header: readonly Cell[] | null;
  /** Column meanings from value shapes when there is no header, else `null`. */
  readonly hints: readonly ColumnHint[] | null;
  readonly rows: readonly Row[];
  /** What recovery assumed, for an info diagnostic, e.g. "table has no delimiter row; read as 4 columns". */
  readonly note: string | null;
  /** Rows recovery could not read, with why. */
  readonly unreadable: readonly { readonly line: number; readonly column: number; readonly reason: string }[];
  readonly line: number;
  readonly column: number;
  /** Last source line of the table, 1-based (for `errspec fmt`, which rewrites the lines `line..endLine`). */
  readonly endLine: number;
}

/** A Markdown heading. */
export interface HeadingBlock {
  readonly type: 'heading';
  /** 1 to 6. */
  readonly depth: number;
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A short standalone line that titles what follows, in documents without headings:
 * a bold-only paragraph, or a single short line with no sentence punctuation.
 */
export interface LabelBlock {
  readonly type: 'label';
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** A code block, or a bare JSON object found in text: a candidate error response example. */
export interface CodeBlock {
  readonly type: 'code';
  /** Fence info, e.g. `"json"`, or `null`. */
  readonly lang: string | null;
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

/** Any other prose, kept for conventions the document states ("code is {HTTP status}+{number}"). */
export interface TextBlock {
  readonly type: 'text';
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** The YAML front matter, unparsed. */
export interface FrontMatterBlock {
  readonly type: 'front-matter';
  /** The YAML between the `---` lines. */
  readonly value: string;
  /** Line of the opening `---`, 1-based. */
  readonly line: number;
  readonly column: number;
}

export type Block = TableBlock | HeadingBlock | LabelBlock | CodeBlock | TextBlock | FrontMatterBlock;
