/**
 * The README's usage example is true: it type-checks against the committed generated/ code
 * and runs.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const example = path.join(root, '.errspec-readme-example.ts');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const code = /```ts\n(import [\s\S]*?from '\.\/generated\/index\.js';[\s\S]*?)```/.exec(readme)?.[1];

afterAll(() => rmSync(example, { force: true }));

describe('README usage example', () => {
  it('is in the README', () => {
    expect(code).toBeDefined();
  });

  it('type-checks under strict settings and runs', async () => {
    writeFileSync(example, code!);
    const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
    const result = spawnSync(
      tsc,
      ['--ignoreConfig', '--strict', '--noEmit', '--skipLibCheck', '--types', 'node', '--target', 'ES2022', '--lib', 'ES2022',
        '--module', 'NodeNext', '--moduleResolution', 'NodeNext', example],
      { encoding: 'utf8', cwd: root },
    );
    expect(result.stdout + result.stderr).toBe('');
    const module = (await import(example)) as { requireFreshToken(expired: boolean): void; onError(body: { code: string }): number | null };
    expect(() => module.requireFreshToken(true)).toThrow('Token expired');
    expect(module.onError({ code: 'A0303' })).toBe(401);
    expect(module.onError({ code: 'nope' })).toBeNull();
  });
});
