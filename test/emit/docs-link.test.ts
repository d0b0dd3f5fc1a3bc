/**
 * Docs links name a spec by its path in the repository, not in the project: a project in a
 * sub-folder of its repository gets that folder in every link; the output folder's place does
 * not matter.
 */

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { emitCatalog } from '../../generator/emit/index.js';
import { catalogOf, repoPrefixOf } from '../../generator/pipeline.js';

const repo = mkdtempSync(path.join(os.tmpdir(), 'errspec-repo-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

it('names the project folder inside the repository, and nothing for a project at its root or in none', () => {
  mkdirSync(path.join(repo, '.git'));
  mkdirSync(path.join(repo, 'packages', 'api'), { recursive: true });
  expect(repoPrefixOf(path.join(repo, 'packages', 'api'))).toBe('packages/api/');
  expect(repoPrefixOf(repo)).toBe('');
  const outside = mkdtempSync(path.join(os.tmpdir(), 'errspec-norepo-'));
  try {
    expect(repoPrefixOf(outside)).toBe('');
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
});

it('links each code to its spec by its path from the repository root', () => {
  const spec = '# Pets\n\n## 通用\n\n| 错误码 | HTTP 状态 | 说明 |\n| --- | --- | --- |\n| A0400 | 400 | 请求非法 |\n';
  const parsed = catalogOf({ id: 'pet', source: 'specs/pet.md', text: spec });
  const catalog = { ...parsed, options: { ...parsed.options, docsUrl: 'https://github.com/acme/api/blob/main/' } };
  const source = emitCatalog(catalog, { generator: 'errspec', repoPrefix: 'packages/api/', openapi: false, regenerate: 'npm run generate' }).find((file) => file.path === 'pet/index.ts')!.content;
  expect(source).toContain('"https://github.com/acme/api/blob/main/packages/api/specs/pet.md?code=A0400#%E9%80%9A%E7%94%A8"');
  expect(source).not.toMatch(/blob\/main\/(?!packages\/api\/specs\/pet\.md)/);
});
