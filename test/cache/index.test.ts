/**
 * The public surface of the cache and of the timings.
 */

import { expect, it } from 'vitest';

it('cache/ exports the run, the store, the keys and the output record, and nothing else at run time', async () => {
  expect(Object.keys(await import('../../generator/cache/index.js')).sort()).toEqual([
    'CacheStore', 'cacheDir', 'cachedCatalogs', 'hashParts', 'loadRecord', 'outputKeys', 'recordOf', 'saveRecord', 'sharedKey', 'sharedUpToDate', 'summaryOf', 'toolIdentity', 'uncachedSpecs', 'upToDate',
  ]);
});

it('timings/ exports the switch, the wrappers, the background time and counts, and the totals, and nothing else at run time', async () => {
  expect(Object.keys(await import('../../generator/timings/index.js')).sort()).toEqual([
    'addTime',
    'count',
    'enableTimings',
    'stageCounts',
    'stageTimings',
    'timed',
    'timedAsync',
    'timingsEnabled',
  ]);
});
