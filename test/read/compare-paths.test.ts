import { describe, expect, it } from 'vitest';
import { comparePaths } from '../../generator/read/index.js';
import { compareNames } from '../../generator/text.js';

describe('comparePaths', () => {
  const paths = ['specs/v10.md', 'specs/v2.md', 'specs/V2.md', 'specs/a.md', 'specs/a-b.md', 'specs/a_b.md', 'specs/ä.md', 'specs/z.md', 'specs/1.md', 'specs/01.md', 'specs/宠物.md', 'specs/a.b.md'];

  it('orders numbers by value and keeps ties apart by code unit', () => {
    expect(['specs/v10.md', 'specs/v2.md'].sort(comparePaths)).toEqual(['specs/v2.md', 'specs/v10.md']);
    expect(['specs/01.md', 'specs/1.md'].sort(comparePaths)).toEqual(['specs/01.md', 'specs/1.md']);
    expect(comparePaths('specs/1.md', 'specs/01.md')).not.toBe(0);
  });

  it('orders every pair as compareNames does', () => {
    for (const a of paths) for (const b of paths) expect(Math.sign(comparePaths(a, b)), `${a} vs ${b}`).toBe(Math.sign(compareNames(a, b)));
  });
});
