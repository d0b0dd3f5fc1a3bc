/**
 * The escaping functions: any string survives, and none can break out of its context.
 */

import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { jsDocText, lineCommentText, numberLiteral, objectKey, propertyName, stringLiteral } from '../../generator/emit/literals.js';
import { HOSTILE_MESSAGES } from './fixtures.js';

/** Every UTF-16 code unit once, in order: so lone surrogates of both kinds, NUL, separators. */
const EVERY_CODE_UNIT = Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit)).join('');

/** Characters a reader could not see or that end a line, which must never appear raw. */
const UNSEEN = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** True when `text` has no lone surrogate, so it survives UTF-8 unchanged. */
function isWellFormed(text: string): boolean {
  return Buffer.from(text, 'utf8').toString('utf8') === text;
}

describe('stringLiteral', () => {
  it.each([...HOSTILE_MESSAGES, EVERY_CODE_UNIT, ''])('round-trips as JavaScript and as JSON (%#)', (text) => {
    const literal = stringLiteral(text);
    expect(new Function(`"use strict"; return ${literal};`)()).toBe(text);
    expect(JSON.parse(literal)).toBe(text);
    expect(literal).not.toMatch(UNSEEN);
    expect(literal).not.toMatch(/<[/!]/);
    expect(isWellFormed(literal)).toBe(true);
  });

  it('round-trips every code unit on its own, in plain text, as the fast path for plain text does', () => {
    const wrong: string[] = [];
    for (let unit = 0; unit < 0x10000; unit += 1) {
      const text = `ok ${String.fromCharCode(unit)} 好`;
      const literal = stringLiteral(text);
      if (JSON.parse(literal) !== text || UNSEEN.test(literal) || /<[/!]/.test(literal) || !isWellFormed(literal)) wrong.push(`U+${unit.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps readable text readable', () => {
    expect(stringLiteral('请求格式 "ok" \u{1f600}')).toBe('"请求格式 \\"ok\\" \u{1f600}"');
  });
});

/** Parse `text` as the JSDoc of a declaration and return what TypeScript makes of it. */
function parseDoc(text: string): { statements: number; tags: number; comment: string } {
  const lines = text.split('\n').map((line) => (line === '' ? ' *' : ` * ${line}`));
  const source = ts.createSourceFile('doc.ts', `/**\n${lines.join('\n')}\n */\nexport const after = 1;\n`, ts.ScriptTarget.ES2022, true);
  const [statement] = source.statements;
  const docs = statement === undefined ? [] : ts.getJSDocCommentsAndTags(statement);
  return {
    statements: source.statements.length,
    tags: statement === undefined ? 0 : ts.getJSDocTags(statement).length,
    comment: docs.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '').join(''),
  };
}

describe('jsDocText', () => {
  it.each(HOSTILE_MESSAGES)('cannot end the comment, add a tag or hide characters: %j', (message) => {
    const text = jsDocText([message, `remedy ${message}`]);
    expect(text).not.toContain('*/');
    expect(text).not.toMatch(/(^|\s|\{)@/);
    expect(text).not.toMatch(UNSEEN.source.replace('\\u000a-', '\\u000b-'));
    expect(isWellFormed(text)).toBe(true);
    const parsed = parseDoc(text);
    expect(parsed.statements).toBe(1);
    expect(parsed.tags).toBe(0);
    expect(parsed.comment).toContain('remedy');
  });

  it('lets no character before an `@` start a tag', () => {
    const lines = Array.from(EVERY_CODE_UNIT, (char) => `x${char}@tag y`);
    const parsed = parseDoc(jsDocText([lines.join('\n'), '@first', '{@link x}', 'remedy']));
    expect(parsed).toMatchObject({ statements: 1, tags: 0 });
  });

  it('keeps line breaks as lines and separates paragraphs by a blank line', () => {
    expect(jsDocText(['Remedy:\r\n1. a\n2. b\u20283. c', '', 'Spec: x.md:3'])).toBe('Remedy:\n1. a\n2. b\n3. c\n\nSpec: x.md:3');
  });
});

describe('lineCommentText', () => {
  it('keeps the comment on one line', () => {
    const text = lineCommentText('a\nb\rc\u2028d\u2029e</script>');
    expect(text).toBe('a\\u000ab\\u000dc\\u2028d\\u2029e<\\/script>');
    const source = ts.createSourceFile('c.ts', `// ${lineCommentText('x\nexport const y = 1;')}\n`, ts.ScriptTarget.ES2022);
    expect(source.statements).toHaveLength(0);
  });
});

describe('numberLiteral', () => {
  it('writes finite numbers and refuses the rest', () => {
    expect(numberLiteral(404)).toBe('404');
    expect(() => numberLiteral(Number.NaN)).toThrow(/errspec bug/);
    expect(() => numberLiteral(Number.POSITIVE_INFINITY)).toThrow(/errspec bug/);
  });
});

/** Keys a spec's envelope could hold: special to objects, to TypeScript, or to comments. */
const HOSTILE_KEYS = ['__proto__', 'constructor', 'toString', 'code', 'error_code', 'a-b', '*/ "x', '', '1', 'default', '中文', 'a\nb', '$ok', ...HOSTILE_MESSAGES];

describe('objectKey', () => {
  it.each(HOSTILE_KEYS)('makes an own data property of %j, never a prototype', (key) => {
    const object = new Function(`"use strict"; return { ${objectKey(key)}: 1, after: 2 };`)();
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(object, key)).toEqual({ value: 1, writable: true, enumerable: true, configurable: true });
    expect(Object.keys(object)).toContain('after');
  });

  it('leaves identifier names bare, so generated objects read naturally', () => {
    expect(['code', 'error_code', '$ok', 'default', '__proto__', 'a-b'].map(objectKey)).toEqual([
      'code',
      'error_code',
      '$ok',
      'default',
      '["__proto__"]',
      '["a-b"]',
    ]);
  });
});

describe('propertyName', () => {
  it.each(HOSTILE_KEYS)('names exactly %j in a type, with nothing injected', (key) => {
    const source = ts.createSourceFile('t.ts', `interface T { readonly ${propertyName(key)}?: number; }\nexport {};\n`, ts.ScriptTarget.ES2022, true);
    expect(source.statements).toHaveLength(2);
    const [member] = (source.statements[0] as ts.InterfaceDeclaration).members;
    const name = member?.name;
    expect(name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined).toBe(key);
  });
});
