/**
 * `generate --check` shows what changed: a unified diff of each stale source file, cut to
 * a readable size, compiled files under dist/ only counted.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCheckDiff } from '../../generator/report/index.js';
import { BUILD_TIMEOUT, CLI_TIMEOUT, ensureBuilt, errspecAsync, removeProjects } from '../cli/helpers.js';
import { seedProject } from '../helpers/seed-project.js';

beforeAll(ensureBuilt, BUILD_TIMEOUT);
afterAll(removeProjects);

describe.concurrent('generate --check diff', { timeout: CLI_TIMEOUT * 2 }, () => {
  it('shows the changed message in each generated source, and counts the compiled files', async () => {
    const dir = seedProject();
    expect((await errspecAsync(dir, 'generate')).status).toBe(0);
    const spec = path.join(dir, 'specs/pet-core.md');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('| Invalid request |', '| Request is not valid |'));
    const run = await errspecAsync(dir, 'generate', '--check');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--- a/generated/pet-core/messages/en.json\n+++ b/generated/pet-core/messages/en.json\n@@ ');
    expect(run.stderr).toMatch(/^-  "A0400": "Invalid request",$/m);
    expect(run.stderr).toMatch(/^\+  "A0400": "Request is not valid",$/m);
    expect(run.stderr).toContain('--- a/generated/pet-core/index.ts\n');
    expect(run.stderr).toMatch(/^\d+ compiled files under generated\/dist\/ differ too \(built from the sources above; not shown\)$/m);
    expect(run.stderr).not.toContain('--- a/generated/dist/');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(/^errspec: generated\/ is out of date \(\d+ files\); run `npx errspec generate` and commit$/);
  });

  it('a missing output diffs against /dev/null, and long diffs are cut with a note', async () => {
    const dir = seedProject();
    const run = await errspecAsync(dir, 'generate', '--check');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--- /dev/null\n+++ b/generated/aliyun-living/index.ts\n@@ -1,0 +1,');
    expect(run.stderr).toMatch(/^\.\.\. \d+ more diff lines of generated\/aliyun-living\/index\.ts not shown$/m);
    const diffLines = run.stderr.split('\n').filter((line) => /^[-+ @]/.test(line) && !/^(---|\+\+\+) /.test(line));
    expect(diffLines.length).toBeLessThanOrEqual(400);
  });
});

describe('generate --check --reporter github', { timeout: CLI_TIMEOUT * 2 }, () => {
  it('annotates each stale file as a stale-output error', async () => {
    const dir = seedProject();
    expect((await errspecAsync(dir, 'generate')).status).toBe(0);
    const spec = path.join(dir, 'specs/pet-core.md');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('| Invalid request |', '| Request is not valid |'));
    const run = await errspecAsync(dir, 'generate', '--check', '--reporter', 'github');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::error file=generated/pet-core/messages/en.json,title=stale-output::generated/pet-core/messages/en.json differs from the specs; run `npx errspec generate` and commit\n',
    );
    expect(run.stdout).toMatch(/^::warning file=specs\/oauth-iot\.md,line=58,col=1,title=table-truncated::/m);
  });
});

describe('formatCheckDiff', () => {
  it('keeps to the per-file and total limits', () => {
    const before = Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const after = Array.from({ length: 100 }, (_, i) => `LINE ${i}`).join('\n') + '\n';
    const text = formatCheckDiff([{ path: 'a.ts', before, after }, { path: 'b.ts', before, after }, { path: 'dist/x.js', before, after }], 'out', { perFile: 10, total: 15 });
    expect(text).toContain('... 191 more diff lines of out/a.ts not shown');
    expect(text).toContain('... 196 more diff lines of out/b.ts not shown');
    expect(text).toContain('1 compiled file under out/dist/ differ too');
    expect(text.split('\n').filter((line) => /^[-+@]/.test(line) && !/^(---|\+\+\+) /.test(line))).toHaveLength(15);
  });
});
