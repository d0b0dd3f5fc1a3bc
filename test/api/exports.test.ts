/**
 * The public surface: what `import ... from 'errspec'` and `'errspec/config'` give, and the
 * package.json fields that publish them. Adding or removing an export is a decision; this test
 * makes it a visible one (as remark-gfm's test/index.js does).
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, any>;

describe('the public API', () => {
  it("'errspec' exports generate, readCatalogs, defineConfig and UserError, nothing else", async () => {
    expect(Object.keys(await import('../../generator/index.js')).sort()).toEqual(['UserError', 'defineConfig', 'generate', 'readCatalogs']);
  });

  it("'errspec/config' exports defineConfig alone", async () => {
    expect(Object.keys(await import('../../generator/config/define-config.js'))).toEqual(['defineConfig']);
  });

  it('package.json publishes them, the CLI as the errspec binary, and no other entry point', () => {
    expect(manifest.exports).toEqual({
      '.': { types: './dist/generator/index.d.ts', default: './dist/generator/index.js' },
      './config': { types: './dist/generator/config/define-config.d.ts', default: './dist/generator/config/define-config.js' },
      './package.json': './package.json',
    });
    expect(manifest.bin).toEqual({ errspec: 'dist/generator/cli.js' });
    expect(readFileSync(path.join(root, 'generator', 'cli.ts'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('the TypeScript compiler is not a dependency of the installed package (only ts-morph, for .ts configs)', () => {
    expect(Object.keys(manifest.dependencies)).not.toContain('typescript');
    expect(Object.keys(manifest.devDependencies)).toContain('typescript');
  });
});
