/**
 * What `fmt` must not change: the model of a spec without source positions.
 */

import { Reporter } from '../diagnostics.js';
import { DEFAULT_OPTIONS, buildCatalog, extract } from '../extract/index.js';
import type { Entry } from '../model.js';
import { parse } from '../parse/index.js';
import { validate } from '../validate/index.js';

/** An entry without its position. */
export type EntryView = Omit<Entry, 'line' | 'column'>;

/** The title and entries a spec's text gives, positions left out; JSON-comparable. */
export function modelView(text: string): { title: string; entries: EntryView[] } {
  const reporter = new Reporter('');
  const extraction = extract(parse(text, reporter), 'spec', reporter);
  const { kept, skipped } = validate(extraction, reporter);
  const catalog = buildCatalog({ id: 'spec', source: '', extraction, kept, skipped, defaults: DEFAULT_OPTIONS }, reporter);
  return { title: catalog.title, entries: catalog.entries.map(({ line: _line, column: _column, ...entry }) => entry) };
}

/** True when two texts give the same model, positions aside. */
export function sameModel(a: string, b: string): boolean {
  return JSON.stringify(modelView(a)) === JSON.stringify(modelView(b));
}
