/**
 * The public surface of the translations module.
 */

import { expect, it } from 'vitest';

it('exports the reading, comparing, merging, extracting and reporting functions, and nothing else at run time', async () => {
  expect(Object.keys(await import('../../generator/i18n/index.js')).sort()).toEqual([
    'analyseLocale',
    'applyTranslations',
    'lockPathOf',
    'readTranslationFile',
    'readTranslations',
    'shortHash',
    'sourceMessage',
    'statusJson',
    'statusTable',
    'translationFolder',
    'translationPath',
    'updateTranslationFile',
  ]);
});

it('shortHash is the first 8 hex digits of SHA-256 over UTF-8', async () => {
  const { shortHash } = await import('../../generator/i18n/index.js');
  expect(shortHash('')).toBe('e3b0c442');
  expect(shortHash('找不到服务')).toBe('97a67e67');
});
