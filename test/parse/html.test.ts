/**
 * HTML tables read with an HTML5 parser: where they sit, how their header, spans and cells are
 * read, and that every cell points at its text in the spec.
 */

import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../generator/model.js';
import { parse, type Block, type Cell, type TableBlock } from '../../generator/parse/index.js';
import { catalogOf } from '../../generator/pipeline.js';

const read = (text: string): Catalog => catalogOf({ id: 'spec', source: 'spec.md', text });
const tables = (text: string): TableBlock[] => parse(text).filter((block): block is TableBlock => block.type === 'table');
const texts = (table: TableBlock): string[][] => table.rows.map((row) => row.cells.map((cell) => cell.text));
const headerTexts = (table: TableBlock): string[] | null => table.header?.map((cell) => cell.text) ?? null;

/** The spec text at a cell's position, `length` characters. */
function at(spec: string, cell: Pick<Cell, 'line' | 'column'>, length: number): string {
  return spec.split('\n')[cell.line - 1]!.slice(cell.column - 1, cell.column - 1 + length);
}

describe('finding tables', () => {
  it('reads a table wrapped in a <div>, with th cells outside any thead', () => {
    const spec = ['# Faults', '', '<div class="wrap"><table>', '<tr><th>Code</th><th>Message</th></tr>', '<tr><td>F_ONE</td><td>First fault</td></tr>', '</table></div>', ''].join('\n');
    const [table] = tables(spec);
    expect(table).toMatchObject({ origin: 'html', line: 3, column: 19, endLine: 6 });
    expect(headerTexts(table!)).toEqual(['Code', 'Message']);
    expect(texts(table!)).toEqual([['F_ONE', 'First fault']]);
  });

  it('reads a table indented under a list item, positions counting the indentation', () => {
    const spec = [
      '- **Return codes**',
      '',
      '  <table>',
      '    <tr><th>Code</th><th>Meaning</th></tr>',
      '    <tr><td>K_100</td><td>Key missing</td></tr>',
      '  </table>',
      '',
      '- another item',
    ].join('\n');
    const [table] = tables(spec);
    expect(table).toMatchObject({ line: 3, column: 3 });
    const code = table!.rows[0]!.cells[0]!;
    expect(code).toMatchObject({ text: 'K_100', line: 5, column: 13 });
    expect(at(spec, code, 5)).toBe('K_100');
    expect(read(spec).entries.map((entry) => [entry.code, entry.messages.en])).toEqual([['K_100', 'Key missing']]);
  });

  it('gathers a table that blank lines split into several Markdown blocks, indented code among them', () => {
    const spec = [
      '<table>',
      '<tr><th>Code</th><th>Message</th></tr>',
      '',
      '<tr><td>B_1</td><td>Split one</td></tr>',
      '',
      '        <tr><td>B_2</td><td>Split two</td></tr>',
      '',
      '</table>',
      '',
      '## After',
    ].join('\n');
    const blocks: Block[] = parse(spec);
    const [table] = tables(spec);
    expect(texts(table!)).toEqual([['B_1', 'Split one'], ['B_2', 'Split two']]);
    expect(table!.rows[1]!.cells[0]).toMatchObject({ line: 6, column: 17 });
    expect(blocks.some((block) => block.type === 'code')).toBe(false);
    expect(blocks.at(-1)).toMatchObject({ type: 'heading', text: 'After' });
  });

  it('reads a table written inline in a paragraph, the text around it kept as prose', () => {
    const spec = 'Codes follow: <table><tr><th>Code</th><th>Message</th></tr><tr><td>I_1</td><td>Inline</td></tr></table> and that is all.';
    const blocks = parse(spec);
    expect(blocks.map((block) => block.type)).toEqual(['text', 'table', 'text']);
    const table = blocks[1] as TableBlock;
    expect(table.column).toBe(15);
    expect(texts(table)).toEqual([['I_1', 'Inline']]);
    expect(at(spec, table.rows[0]!.cells[1]!, 6)).toBe('Inline');
    expect(blocks[2]).toMatchObject({ type: 'text', text: 'and that is all.' });
  });

  it('does not read `<table>` inside a code span as a table', () => {
    expect(tables('Wrap rows in `<table>` elements, then list them.')).toEqual([]);
  });
});

describe('header and spans', () => {
  it('repairs stray and unmatched tags and skips colgroup', () => {
    const spec = [
      '<table><colgroup><col><col></colgroup>',
      '<thead><tr><th><p><a name="h1"></a>Code</p></th><th>Message</th></tr></thead>',
      '<tbody><tr><td>S_1</a></td><td>Stray close tags</a></td></tr></tr>',
      '<tr><td>S_2<td>Cell never closed',
      '</tbody></table>',
    ].join('\n');
    const [table] = tables(spec);
    expect(headerTexts(table!)).toEqual(['Code', 'Message']);
    expect(texts(table!)).toEqual([['S_1', 'Stray close tags'], ['S_2', 'Cell never closed']]);
  });

  it('merges two header rows column by column and repeats a colspan into both columns', () => {
    const spec = [
      '<table>',
      '<tr><th rowspan="2">Code</th><th colspan="2">Message</th></tr>',
      '<tr><th>English</th><th>中文</th></tr>',
      '<tr><td>M_1</td><td>Missing value</td><td>缺少值</td></tr>',
      '<tr><td>M_2</td><td colspan="2">Same in both</td></tr>',
      '</table>',
    ].join('\n');
    const [table] = tables(spec);
    expect(headerTexts(table!)).toEqual(['Code', 'Message English', 'Message 中文']);
    expect(texts(table!)).toEqual([['M_1', 'Missing value', '缺少值'], ['M_2', 'Same in both', 'Same in both']]);
    expect(read(spec).entries[0]!.messages).toEqual({ en: 'Missing value', 'zh-CN': '缺少值' });
  });

  it('repeats a rowspanned status into the rows it spans', () => {
    const spec = [
      '<table>',
      '<tr><th>HTTP Status</th><th>Code</th><th>Message</th></tr>',
      '<tr><td rowspan="2">409</td><td>C_1</td><td>Conflict one</td></tr>',
      '<tr><td>C_2</td><td>Conflict two</td></tr>',
      '</table>',
    ].join('\n');
    const [table] = tables(spec);
    expect(texts(table!)).toEqual([['409', 'C_1', 'Conflict one'], ['409', 'C_2', 'Conflict two']]);
    // The repeated cell points at the one written, in the row above.
    expect(table!.rows[1]!.cells[0]).toMatchObject({ line: 3, column: 21 });
    expect(at(spec, table!.rows[1]!.cells[0]!, 3)).toBe('409');
    expect(read(spec).entries.map((entry) => [entry.code, entry.httpStatus])).toEqual([['C_1', 409], ['C_2', 409]]);
  });

  it('adds the rows a rowspanned code continues into to its cells instead of making entries of them', () => {
    const spec = [
      '<table>',
      '<thead><tr><th>Name</th><th>错误码</th><th>描述</th></tr></thead>',
      '<tbody>',
      '<tr><td rowspan="3">PARAM_BAD</td><td rowspan="3">7001</td><td>参数为空。</td></tr>',
      '<tr><td>参数类型不对。</td></tr>',
      '<tr><td>参数超出范围。</td></tr>',
      '<tr><td>INNER_FAIL</td><td>7002</td><td>内部错误。</td></tr>',
      '</tbody></table>',
    ].join('\n');
    const [table] = tables(spec);
    expect(texts(table!)).toEqual([
      ['PARAM_BAD', '7001', '参数为空。；参数类型不对。；参数超出范围。'],
      ['INNER_FAIL', '7002', '内部错误。'],
    ]);
    expect(read(spec).entries.map((entry) => entry.code)).toEqual(['7001', '7002']);
  });

  it('joins English continuation rows with "; "', () => {
    const spec = '<table><tr><th>Code</th><th>Cause</th></tr><tr><td rowspan="2">E_X</td><td>First cause</td></tr><tr><td>Second cause</td></tr></table>';
    expect(texts(tables(spec)[0]!)).toEqual([['E_X', 'First cause; Second cause']]);
  });

  it('gives a table without a header hints from its values', () => {
    const spec = [
      '<table>',
      '<tr><td>404</td><td>NO_SUCH_ITEM</td><td>The item does not exist.</td></tr>',
      '<tr><td>409</td><td>ITEM_LOCKED</td><td>The item is locked.</td></tr>',
      '</table>',
    ].join('\n');
    const [table] = tables(spec);
    expect(table).toMatchObject({ header: null, hints: ['status', 'code', 'text'] });
    expect(read(spec).entries.map((entry) => [entry.code, entry.httpStatus, entry.messages.en])).toEqual([
      ['NO_SUCH_ITEM', 404, 'The item does not exist.'],
      ['ITEM_LOCKED', 409, 'The item is locked.'],
    ]);
  });

  it('reads a first row of column words in td cells as the header', () => {
    const spec = '<table><tr><td>Error code</td><td>Description</td></tr><tr><td>W_1</td><td>Worded header</td></tr></table>';
    const [table] = tables(spec);
    expect(headerTexts(table!)).toEqual(['Error code', 'Description']);
    expect(table!.hints).toBeNull();
  });

  it('reads only the rows of the outer table when a cell holds another table', () => {
    const spec = [
      '<table><tr><th>Code</th><th>Message</th></tr>',
      '<tr><td>N_1</td><td>Outer<table><tr><td>inner a</td><td>inner b</td></tr></table></td></tr>',
      '</table>',
    ].join('\n');
    const [table] = tables(spec);
    expect(table!.rows).toHaveLength(1);
    expect(table!.rows[0]!.cells[0]!.text).toBe('N_1');
  });
});

describe('cells', () => {
  it('keeps line breaks of <br> and <p>, puts list items on lines of their own, decodes entities', () => {
    const spec = [
      '<table><tr><th>Code</th><th>Message</th><th>Remedy</th></tr>',
      '<tr><td><p><a name="a1"></a>L_1</p></td>',
      '<td>First line<br>second &amp; last &lt;name&gt;</td>',
      '<td><ul><li>Check the key.</li><li>Retry later.</li></ul></td></tr>',
      '</table>',
    ].join('\n');
    const [table] = tables(spec);
    expect(texts(table!)).toEqual([['L_1', 'First line\nsecond & last <name>', 'Check the key.\nRetry later.']]);
    expect(at(spec, table!.rows[0]!.cells[2]!, 5)).toBe('Check');
  });

  it('reads one cell per line with the text on lines of its own', () => {
    const spec = ['<table>', '<tr>', '<th>', '  Code', '</th><th>', '  Message', '</th></tr>', '<tr>', '<td>', '    P_1', '</td><td>', '    Spread out', '</td></tr>', '</table>'].join('\n');
    const [table] = tables(spec);
    expect(texts(table!)).toEqual([['P_1', 'Spread out']]);
    expect(table!.rows[0]!.cells[0]).toMatchObject({ line: 10, column: 5 });
    expect(table!.header![1]).toMatchObject({ line: 6, column: 3 });
  });

  it('gives each code of a <br>-separated code cell its own row with the other cells', () => {
    const spec = [
      '<table><thead><tr><th>HTTP status</th><th>Error codes</th><th>Message</th></tr></thead>',
      '<tbody><tr><td>400</td><td>',
      '  R01<br />',
      '  R02<br />',
      '  R03',
      '</td><td>"Bad request"</td></tr></tbody></table>',
    ].join('\n');
    const [table] = tables(spec);
    expect(texts(table!)).toEqual([
      ['400', 'R01', '"Bad request"'],
      ['400', 'R02', '"Bad request"'],
      ['400', 'R03', '"Bad request"'],
    ]);
    expect(table!.rows.map((row) => [row.line, row.column])).toEqual([[3, 3], [4, 3], [5, 3]]);
    expect(read(spec).entries.map((entry) => [entry.code, entry.httpStatus, entry.messages.en])).toEqual([
      ['R01', 400, 'Bad request'],
      ['R02', 400, 'Bad request'],
      ['R03', 400, 'Bad request'],
    ]);
  });

  it('moves a labelled solution after <br> into a remedy column, in a table without a header', () => {
    const spec = [
      '<table>',
      '<tr><td>T_LOCKED</td><td>The thing is locked.<br />',
      '  <i>Solution:</i> Unlock it first</td></tr>',
      '<tr><td>T_GONE</td><td>The thing is gone.</td></tr>',
      '<tr><td>T_EMPTY</td><td></td></tr>',
      '</table>',
    ].join('\n');
    const [table] = tables(spec);
    expect(table!.hints).toEqual(['code', 'text', 'remedy']);
    expect(texts(table!)).toEqual([
      ['T_LOCKED', 'The thing is locked.', 'Unlock it first'],
      ['T_GONE', 'The thing is gone.', ''],
      ['T_EMPTY', '', ''],
    ]);
    expect(at(spec, table!.rows[0]!.cells[2]!, 6)).toBe('Unlock');
    const entries = read(spec).entries;
    expect(entries.map((entry) => [entry.code, entry.messages.en ?? null, entry.remedy])).toEqual([
      ['T_LOCKED', 'The thing is locked.', 'Unlock it first'],
      ['T_GONE', 'The thing is gone.', null],
      ['T_EMPTY', null, null],
    ]);
  });

  it('adds a header cell for the split remedy column where the table has a header, and none where it has a remedy column', () => {
    const withHeader = '<table><tr><th>Code</th><th>Message</th></tr><tr><td>H_1</td><td>Broken.<br>解决方案：重试</td></tr></table>';
    const [split] = tables(withHeader);
    expect(headerTexts(split!)).toEqual(['Code', 'Message', '解决方案']);
    expect(texts(split!)).toEqual([['H_1', 'Broken.', '重试']]);
    const withRemedy = '<table><tr><th>Code</th><th>Message</th><th>Fix</th></tr><tr><td>H_2</td><td>Broken.<br>Solution: retry</td><td>Restart</td></tr></table>';
    expect(texts(tables(withRemedy)[0]!)).toEqual([['H_2', 'Broken.\nSolution: retry', 'Restart']]);
  });

  it('keeps a note box apart from the cell value', () => {
    const spec = '<table><tr><th>Code</th><th>Message</th></tr><tr><td>X_1</td><td>Value<div class="note"><span>Note:</span><p>Aside</p></div></td></tr></table>';
    const cell = tables(spec)[0]!.rows[0]!.cells[1]!;
    expect(cell).toMatchObject({ text: 'Value', note: 'Note:\nAside' });
  });
});

describe('non-error HTML tables', () => {
  it('are blocks that extraction reads no entries from', () => {
    const spec = [
      '<table><thead><tr><th>参数名</th><th>输入/输出</th><th>描述</th></tr></thead>',
      '<tbody><tr><td>buffer</td><td>输入</td><td>输入数据。</td></tr>',
      '<tr><td>bufferSize</td><td>输出</td><td>数据大小。</td></tr></tbody></table>',
    ].join('\n');
    expect(tables(spec)).toHaveLength(1);
    expect(read(spec).entries).toEqual([]);
  });
});

describe('inline HTML in GFM cells', () => {
  it('puts list items on lines of their own instead of gluing them', () => {
    const spec = ['| Code | Message |', '| --- | --- |', '| G_1 | Needs: <ol><li>one thing</li><li>another thing</li></ol> |'].join('\n');
    expect(texts(tables(spec)[0]!)).toEqual([['G_1', 'Needs:\none thing\nanother thing']]);
  });
});

describe('extraction of HTML tables', () => {
  it('reads, of two columns named as codes, the one of 3-digit values as the status', () => {
    const spec = '<table><tr><th>HTML Error</th><th>Error codes</th><th>Error message</th></tr><tr><td>503</td><td>U_1<br>U_2</td><td>"Service down."</td></tr></table>';
    expect(read(spec).entries.map((entry) => [entry.code, entry.httpStatus, entry.messages.en])).toEqual([
      ['U_1', 503, 'Service down.'],
      ['U_2', 503, 'Service down.'],
    ]);
  });

  it('reads an enum-name column as the code when no column is named as one', () => {
    const spec = '<table><tr><th>枚举值</th><th>含义</th></tr><tr><td>ST_OK</td><td>成功</td></tr><tr><td>ST_BUSY</td><td>忙碌</td></tr></table>';
    expect(read(spec).entries.map((entry) => [entry.code, entry.messages['zh-CN']])).toEqual([['ST_OK', '成功'], ['ST_BUSY', '忙碌']]);
  });

  it('keeps quotes that do not wrap a message of words', () => {
    const spec = ['| Code | Message |', '| --- | --- |', '| Q_1 | "); drop (" |', '| Q_2 | "Wrapped words" |'].join('\n');
    expect(read(spec).entries.map((entry) => entry.messages.en)).toEqual(['"); drop ("', 'Wrapped words']);
  });
});
