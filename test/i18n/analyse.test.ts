/**
 * analyseLocale on the oauth-iot seed: the states of each code, and the placeholder hook's one
 * call site (mocked here to find a problem, as issue 9's extractor will).
 */

import { describe, expect, it, vi } from 'vitest';
import { analyseLocale, shortHash, type TranslationFile } from '../../generator/i18n/index.js';
import { seedCatalog } from '../helpers/seeds.js';

vi.mock('../../generator/i18n/placeholders.js', () => ({
  comparePlaceholders: (source: string, translation: string) => (translation.includes('{') ? [`Unexpected placeholder in \`${translation}\`, expected those of \`${source}\``] : []),
}));

const catalog = seedCatalog('oauth-iot');

function file(translations: [string, string][], lock: [string, string][] = []): TranslationFile {
  return {
    locale: 'en',
    path: '/p/specs/i18n/oauth-iot.en.json',
    source: 'specs/i18n/oauth-iot.en.json',
    lockPath: '/p/specs/i18n/oauth-iot.en.lock.json',
    exists: true,
    translations: translations.map(([code, text], index) => ({ code, text, at: { line: index + 2, column: 3 } })),
    lock: new Map(lock.map(([code, source]) => [code, { hash: shortHash(source), source, translation: shortHash('x') }])),
    ok: true,
  };
}

describe('analyseLocale', () => {
  it('sorts codes into translated, stale, missing and orphaned, and uses translated and stale ones', () => {
    const analysis = analyseLocale(
      catalog,
      file(
        [['NOT_FOUND', 'Service not found'], ['GONE', 'Gone'], ['LOCKED', ''], ['NO_SUCH_CODE', 'Nothing']],
        [['NOT_FOUND', '找不到服务'], ['GONE', '资源已经失效']],
      ),
    );
    expect(analysis.status).toMatchObject({ translated: ['NOT_FOUND'], stale: ['GONE'], orphaned: ['NO_SUCH_CODE'], shadowed: [] });
    expect(analysis.status.missing).toContain('LOCKED');
    expect(analysis.status.missing).toHaveLength(catalog.entries.length - 2);
    expect([...analysis.used]).toEqual([['NOT_FOUND', 'Service not found'], ['GONE', 'Gone']]);
    expect(analysis.diagnostics.map((diagnostic) => [diagnostic.rule, diagnostic.line])).toEqual([['i18n-stale', 3], ['i18n-orphaned', 5]]);
  });

  it('reports a placeholder mismatch as an error at the translation key, naming the spec line', () => {
    const analysis = analyseLocale(catalog, file([['NOT_FOUND', 'Service {name} not found']]));
    expect(analysis.diagnostics).toEqual([
      {
        kind: 'diagnostic',
        severity: 'error',
        rule: 'i18n-placeholders',
        message: 'Unexpected placeholder in `Service {name} not found`, expected those of `找不到服务` (the source message is at specs/oauth-iot.md:32:1)',
        source: 'specs/i18n/oauth-iot.en.json',
        line: 2,
        column: 3,
      },
    ]);
  });
});
