/**
 * Reading translation JSON with positions: what is accepted, and where each problem points.
 */

import { describe, expect, it } from 'vitest';
import { pointAt, readJsonObject } from '../../generator/i18n/json-file.js';

describe('readJsonObject', () => {
  it('gives each member with the 1-based position of its key and value, in file order', () => {
    const object = readJsonObject('{\n  "4001001": "a",\n  "B": "b",\n  "__proto__": "c"\n}\n');
    expect(object).toEqual({
      kind: 'object',
      members: [
        { key: '4001001', value: 'a', at: { line: 2, column: 3 }, valueAt: { line: 2, column: 14 } },
        { key: 'B', value: 'b', at: { line: 3, column: 3 }, valueAt: { line: 3, column: 8 } },
        { key: '__proto__', value: 'c', at: { line: 4, column: 3 }, valueAt: { line: 4, column: 16 } },
      ],
    });
  });

  it('reads nested objects (lock entries) and an empty object; a BOM is allowed', () => {
    expect(readJsonObject('\ufeff{"A": {"hash": "1a2b3c4d"}}')).toMatchObject({ kind: 'object', members: [{ key: 'A', value: { hash: '1a2b3c4d' } }] });
    expect(readJsonObject('{}')).toEqual({ kind: 'object', members: [] });
  });

  const problems: [string, string, { line: number; column: number }, RegExp][] = [
    ['trailing comma', '{\n  "A": "a",\n}', { line: 3, column: 1 }, /^Unexpected `}` .*expected valid JSON$/],
    ['unquoted key (YAML would take it)', '{\n  A: "a"\n}', { line: 2, column: 3 }, /^Unexpected `A` .*expected valid JSON$/],
    ['cut short', '{\n  "A": "a"', { line: 2, column: 11 }, /^Unexpected end of file .*expected valid JSON$/],
    ['duplicate key', '{\n  "A": "a",\n  "A": "b"\n}', { line: 3, column: 3 }, /^Unexpected second "A", expected each key once$/],
    ['an array', '[\n  "A"\n]', { line: 1, column: 1 }, /^Unexpected JSON value, expected an object/],
  ];
  it.each(problems)('%s: one problem at its position', (_name, text, at, message) => {
    const object = readJsonObject(text);
    expect(object.kind).toBe('problem');
    if (object.kind !== 'problem') return;
    expect(object.problem.at).toEqual(at);
    expect(object.problem.message).toMatch(message);
  });
});

describe('pointAt', () => {
  it('counts lines and UTF-16 columns from 1', () => {
    expect(pointAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(pointAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(pointAt('中文\nx', 2)).toEqual({ line: 1, column: 3 });
  });
});
