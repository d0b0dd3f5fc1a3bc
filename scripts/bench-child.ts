/**
 * A child process of `npm run bench`: times one thing in a fresh process and prints
 * `{"ms": ..., "maxRssKiB": ..., "entries": ...}` on stdout.
 *
 * - `baseline <dir>`: read every `*.md` in `<dir>` and parse it with remark-parse and
 *   remark-gfm, nothing else: the floor errspec's figures are divided by;
 * - `front <dir>`: read, parse, recover, extract and validate every spec, without emitting.
 */

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { catalogOf } from '../generator/pipeline.js';

const [mode, dir] = process.argv.slice(2);
if (dir === undefined || (mode !== 'baseline' && mode !== 'front')) {
  process.stderr.write('usage: bench-child.js baseline|front <dir>\n');
  process.exit(2);
}
const started = performance.now();
const files = readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
let entries = 0;
if (mode === 'baseline') {
  const processor = unified().use(remarkParse).use(remarkGfm).freeze();
  for (const name of files) processor.parse(readFileSync(path.join(dir, name), 'utf8'));
} else {
  for (const name of files) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    entries += catalogOf({ id: name.replace(/\.md$/, ''), source: `specs/${name}`, text }).entries.length;
  }
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms, maxRssKiB: process.resourceUsage().maxRSS, entries })}\n`);
