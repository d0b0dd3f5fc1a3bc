/**
 * What the layout fixtures do not pin: the groups title rows give, the info diagnostics that name
 * each repair of a table's shape, and where the cells of the new syntaxes are placed.
 */

import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../generator/model.js';
import { catalogOf } from '../../generator/pipeline.js';

function read(text: string): Catalog {
  return catalogOf({ id: 'shapes', source: 'specs/shapes.md', text });
}

function notes(catalog: Catalog): string[] {
  return catalog.diagnostics.filter((diagnostic) => diagnostic.rule === 'table-recovered').map((diagnostic) => `${diagnostic.line}: ${diagnostic.message}`);
}

describe('table shapes', () => {
  it('gives the rows under a title row that title as their group, and its status when it is one', () => {
    const catalog = read(
      [
        '# Errors',
        '',
        '<table>',
        '<tr><th>Code</th><th>Message</th></tr>',
        '<tr><td colspan="2">Login errors</td></tr>',
        '<tr><td>L1</td><td>Bad password.</td></tr>',
        '<tr><td colspan="2">409 Conflict</td></tr>',
        '<tr><td>L2</td><td>Already signed in.</td></tr>',
        '</table>',
      ].join('\n'),
    );
    expect(catalog.entries.map((entry) => [entry.code, entry.groupPath, entry.httpStatus])).toEqual([
      ['L1', ['Errors', 'Login errors'], null],
      ['L2', ['Errors', '409 Conflict'], 409],
    ]);
    expect(catalog.rows.seen).toBe(2);
  });

  it('keeps a row whose lone first cell is a code as an entry, not a title', () => {
    const catalog = read('| Code | Message |\n|---|---|\n| E_EMPTY | |\n| E_FULL | Full. |\n');
    expect(catalog.entries.map((entry) => entry.code)).toEqual(['E_EMPTY', 'E_FULL']);
  });

  it('names each repair: a sideways table, a promoted header row, a grid, a simple table, CSV', () => {
    expect(notes(read('| Code | E_SIDE |\n|---|---|\n| Message | On its side. |\n'))).toEqual([
      '1: Recovered table: written on its side, its first column read as the header and each other column as a row',
    ]);
    expect(notes(read('+------+---------+\n| Code | Message |\n+======+=========+\n| G1   | Grid.   |\n+------+---------+\n'))).toEqual([
      '1: Recovered table: table drawn with +, - and |; read as 2 columns (Code, Message)',
    ]);
    expect(notes(read('code,message\nC1,"One, two."\n'))).toEqual(['1: Recovered table: table is comma-separated values; read as 2 columns (code, message)']);
  });

  it('places the cells of a grid and of an aligned table where they are written', () => {
    const grid = read('+------+---------+\n| Code | Message |\n+======+=========+\n| G1   | Grid.   |\n+------+---------+\n');
    expect(grid.entries.map((entry) => [entry.code, entry.line, entry.column])).toEqual([['G1', 4, 1]]);
    const aligned = read('Code    Message       Solution\n------  ------------  ----------\nA1      Is broken.    Mend it.\n');
    expect(aligned.entries.map((entry) => [entry.code, entry.messages.en, entry.remedy, entry.line])).toEqual([['A1', 'Is broken.', 'Mend it.', 3]]);
  });

  it('says why a table of names under a heading that does not say errors gives no entries', () => {
    const catalog = read('# States\n\n| Value | Meaning |\n|---|---|\n| OPEN | Open. |\n| SHUT | Shut. |\n');
    expect(catalog.entries).toEqual([]);
    expect(catalog.diagnostics.filter((diagnostic) => diagnostic.rule === 'table-not-errors').map((diagnostic) => [diagnostic.severity, diagnostic.line])).toEqual([['info', 3]]);
  });

  it('reads a range of string codes as an entry with an info, and a numeric range as a skipped row with a warning', () => {
    const strings = read('| Code | Message |\n|---|---|\n| K.1 | One. |\n| K.500~K.599 | System error. |\n');
    expect(strings.entries.map((entry) => entry.code)).toEqual(['K.1', 'K.500~K.599']);
    expect(strings.diagnostics.filter((diagnostic) => diagnostic.rule === 'range-entry').map((diagnostic) => [diagnostic.severity, diagnostic.line])).toEqual([['info', 4]]);
    const numbers = read('| Code | Message |\n|---|---|\n| 1 | One. |\n| 500~599 | System error. |\n');
    expect(numbers.entries.map((entry) => entry.code)).toEqual(['1']);
    expect(numbers.rows.skipped.map((row) => row.line)).toEqual([4]);
  });
});
