/**
 * Variants in the generated code: a code the spec lists again with another message keeps one
 * class, whose doc comment lists the other listings, and `formatMessage(code, { variant: n })`
 * formats the n-th of them (the entry's own message for a variant that does not exist).
 */

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogOf } from '../../generator/pipeline.js';
import { STYLES, emitAll, emitBothStyles, withStyle } from './emitted.js';

const SPEC = [
  '# Cards',
  '',
  '| 错误码 | HTTP 状态 | 说明 |',
  '| --- | --- | --- |',
  '| C1 | 402 | 卡被拒绝 |',
  '| C2 | 400 | 卡号无效 |',
  '| C1 | 402 | 发卡行拒绝：{{bank}} |',
  '',
].join('\n');

const catalog = catalogOf({ id: 'cards', source: 'specs/cards.md', text: SPEC });
let dir: string;
const generated: Record<string, Record<string, any>> = {};

beforeAll(async () => {
  dir = emitBothStyles('errspec-variants-', { '': [catalog] });
  for (const style of STYLES) generated[style] = (await import(join(dir, style, 'index.ts'))).cards;
});

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

it('the spec gives one entry with one variant', () => {
  expect(catalog.entries.map((entry) => [entry.code, entry.variants.map((variant) => variant.messages['zh-CN'])])).toEqual([['C1', ['发卡行拒绝：{{bank}}']], ['C2', []]]);
});

describe.each(STYLES)('%s style', (style) => {
  it('keeps one class for the code, documented with its other listing', () => {
    const source = emitAll([withStyle(catalog, style)]).find((file) => file.path === 'cards/index.ts')!.content;
    expect(source.match(/export class C1Error /g)).toHaveLength(1);
    expect(source).toContain('Also documented as:');
    expect(source).toMatch(/1\. 发卡行拒绝：\{\{bank\}\}, HTTP 402 \(specs\/cards\.md:7; `formatMessage\(code, \{ variant: 1 \}\)`\)/);
    expect(new generated[style]!.C1Error().message).toBe('卡被拒绝');
  });

  it('formats a variant with its params, and the entry message for one that does not exist', () => {
    const { formatMessage } = generated[style]!;
    expect(formatMessage('C1')).toBe('卡被拒绝');
    expect(formatMessage('C1', { variant: 1 }, { bank: 'ACME' })).toBe('发卡行拒绝：ACME');
    expect(formatMessage('C1', { variant: 2 })).toBe('卡被拒绝');
    expect(formatMessage('C2', { variant: 1 })).toBe('卡号无效');
  });
});
