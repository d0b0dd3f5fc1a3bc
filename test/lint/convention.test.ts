/**
 * Stated code conventions: which sentences state a format, the checker each becomes, and that
 * codes following a statement are never reported while codes breaking it always are.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintFindings, lintInput, statedConventions } from '../../generator/lint/index.js';
import { parse } from '../../generator/parse/index.js';

/** The conventions of a document holding `sentence`, as `[pattern source, description, line, column]`. */
function stated(sentence: string): [string, string, number, number][] {
  const text = `# Errors\n\n${sentence}\n`;
  return statedConventions(parse(text), text.split('\n')).map((c) => [c.pattern.source, c.description, c.at.line, c.at.column]);
}

describe('statedConventions', () => {
  it.each([
    // The seeds' own statements.
    ['- `code`：错误码，遵循阿里 Java 开发手册的 A/B/C + 4 位数字规范', '^[ABC]\\d{4}$', 'A/B/C followed by 4 digits', 30],
    ['错误码遵循 {module}.{resource}.{reason} 格式:', '^[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+$', '`{module}.{resource}.{reason}`', 7],
    ['#### ***code的组成格式是{HTTP返回状态码}+{错误编号}***', '^[1-5]\\d\\d\\d+$', '`{HTTP返回状态码}+{错误编号}`', 19],
    // Others, as documents word them.
    ['错误码为 6 位数字。', '^\\d{6}$', '6 digits', 4],
    ['Error codes are 5-digit numbers.', '^\\d{5}$', '5 digits', 13],
    ['Codes are A, B or C followed by 4 digits.', '^[ABC]\\d{4}$', 'A/B/C followed by 4 digits', 11],
    ['Codes follow `{service}-{number}`.', '^[A-Za-z0-9_]+-\\d+$', '`{service}-{number}`', 15],
    ['Error code format: {HTTP status}{sequence}', '^[1-5]\\d\\d\\d+$', '`{HTTP status}{sequence}`', 20],
    ['code = {module}:{id}', '^[A-Za-z0-9_\\-]+:\\d+$', '`{module}:{id}`', 8],
  ])('%s', (sentence, pattern, description, column) => {
    expect(stated(sentence)).toEqual([[pattern, description, 3, column]]);
  });

  it.each([
    ['a part of a code, not the code', '错误码的前 3 位表示 HTTP 状态码'],
    ['the first digits', 'The first 3 digits of a code are the status.'],
    ['JSON, not placeholders', 'Example {"a":1},{"b":2} code'],
    ['placeholders far apart in a message', 'code {0} not found {1}'],
    ['two word parts with nothing between them', 'code is {module}{reason}'],
    ['digits without a count', 'Wrong CustomToken digits number'],
    ['a count not about codes', 'Passwords have 8 digits.'],
  ])('states nothing: %s', (_, sentence) => {
    expect(stated(sentence)).toEqual([]);
  });

  it('reads statements only from prose, not from code blocks or tables', () => {
    const text = '# E\n\n```\ncode is {module}.{reason}\n```\n\n| code | 说明 |\n| --- | --- |\n| {a}.{b} | 错误码为 6 位数字 |\n';
    expect(statedConventions(parse(text), text.split('\n'))).toEqual([]);
  });
});

/** `stated-convention` findings of a spec stating `sentence` with a table of `codes`, as `[code, line]`. */
function findings(sentence: string, codes: readonly string[]): [string, number][] {
  const rows = codes.map((code) => `| ${code.replace(/[\\`*_[\]<|]/g, '\\$&')} | 400 | 说明 |`);
  const text = ['# 错误码', '', sentence, '', '| 错误码 | HTTP 状态码 | 说明 |', '| --- | --- | --- |', ...rows, ''].join('\n');
  const input = lintInput({ id: 'spec', source: 'spec.md', text });
  return lintFindings(input)
    .filter((diagnostic) => diagnostic.rule === 'stated-convention')
    .map((diagnostic) => [input.lines[diagnostic.line - 1]!.split(' | ')[0]!.slice(2).replace(/\\(.)/g, '$1'), diagnostic.line]);
}

describe('rule stated-convention', () => {
  const segment = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);

  it('never reports a code that follows the statement (zero false findings)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(segment, segment, segment).map((parts) => parts.join('.')), { minLength: 1, maxLength: 8 }), (codes) => {
        expect(findings('错误码遵循 {module}.{resource}.{reason} 格式:', codes)).toEqual([]);
      }),
      { numRuns: 60, seed: 20261123 },
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[ABC][0-9]{4}$/), { minLength: 1, maxLength: 8 }), (codes) => {
        expect(findings('错误码遵循 A/B/C + 4 位数字规范', codes)).toEqual([]);
      }),
      { numRuns: 60, seed: 20261123 },
    );
  });

  it('reports every code that breaks it, at its row', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof(fc.tuple(segment, segment).map((parts) => parts.join('.')), fc.stringMatching(/^[A-Z][0-9]{5}$/)), { minLength: 1, maxLength: 8 }),
        (codes) => {
          expect(findings('错误码遵循 {module}.{resource}.{reason} 格式:', codes)).toEqual(codes.map((code, index) => [code, 7 + index]));
        },
      ),
      { numRuns: 60, seed: 20261123 },
    );
  });
});
