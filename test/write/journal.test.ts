/**
 * Failed and interrupted writes: a run that cannot write (a read-only folder or sub-folder)
 * changes nothing and leaves nothing behind, and the next run is fine; a committed journal left
 * by a kill is completed by the next run, an uncommitted one dropped; the output folder is never
 * replaced, so a mount point works.
 */

import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settleJournal } from '../../generator/write/journal.js';
import { MANIFEST, writeOutput, type OutputFile } from '../../generator/write/index.js';
import { contents, ensureBuilt, listFiles, stamps } from '../cli/helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'errspec-journal-'));
chmodSync(work, 0o755);
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(() => ensureBuilt());

/** Files of one generation, each saying which. */
function generation(tag: string): OutputFile[] {
  return ['index.ts', 'dist/toy/index.js', 'toy/index.ts', 'toy/messages/en.json'].map((file) => ({ path: file, content: `// ${tag} ${file}\n` }));
}

/** A script that writes `tag`'s generation into `out` with the built write stage, exiting 2 with the message on a UserError. */
function writer(out: string, tag: string): string {
  const script = path.join(work, `write-${tag}-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(
    script,
    `import { writeOutput } from ${JSON.stringify(path.join(root, 'dist/generator/write/index.js'))};\n` +
      `const files = ${JSON.stringify(generation(tag))};\n` +
      `try { writeOutput(${JSON.stringify(out)}, files); } catch (error) { process.stderr.write(error.message); process.exit(2); }\n`,
  );
  chmodSync(script, 0o644);
  return script;
}

/** How to run a command as a user who is not root (permissions do not bind root), or `null` where that cannot be done. */
function asNobody(): string[] | null {
  if (process.getuid?.() !== 0) return [];
  const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']);
  return probe.status === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : null;
}
const runner = asNobody();

/** A project folder the runner's user owns, holding the old generation. */
function owned(name: string): string {
  const out = path.join(work, name, 'generated');
  writeOutput(out, generation('old'));
  if (process.getuid?.() === 0) for (const folder of [path.dirname(out), ...listAll(out)]) chownSync(folder, 65534, 65534);
  return out;
}

function listAll(folder: string): string[] {
  return [folder, ...readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listAll(path.join(folder, entry.name)) : [path.join(folder, entry.name)]))];
}

function run(out: string, tag: string): { status: number | null; stderr: string } {
  const [command, ...args] = [...runner!, process.execPath, writer(out, tag)];
  const result = spawnSync(command!, args, { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe.skipIf(runner === null)('a run that cannot write', () => {
  it('a read-only output folder: exit 2 naming it, nothing changed, nothing left behind, and later runs are fine', () => {
    const out = owned('read-only');
    const before = contents(out);
    chmodSync(out, 0o555);
    const failed = run(out, 'new');
    expect(failed.status, failed.stderr).toBe(2);
    expect(failed.stderr).toContain(`Cannot write to \`${out}\`: permission denied (EACCES)`);
    expect(contents(out)).toEqual(before);
    expect(readdirSync(path.dirname(out))).toEqual(['generated']);
    chmodSync(out, 0o755);
    expect(run(out, 'new').status).toBe(0);
    expect(readFileSync(path.join(out, 'toy/index.ts'), 'utf8')).toBe('// new toy/index.ts\n');
  });

  it('a read-only sub-folder, met after other files were moved into place: those are undone, same bytes, inodes and mtimes', () => {
    const out = owned('read-only-sub');
    const before = contents(out);
    const times = stamps(out);
    chmodSync(path.join(out, 'toy'), 0o555);
    const failed = run(out, 'new');
    expect(failed.status, failed.stderr).toBe(2);
    expect(failed.stderr).toContain('Cannot write `toy/index.ts` in');
    expect(failed.stderr).toContain('permission denied (EACCES); nothing was changed');
    // `dist/toy/index.js` and `index.ts` come before `toy/` and were in place when it failed.
    expect(contents(out)).toEqual(before);
    expect(stamps(out)).toEqual(times);
    expect(existsSync(path.join(out, '.errspec-journal'))).toBe(false);
    chmodSync(path.join(out, 'toy'), 0o755);
    expect(run(out, 'new').status).toBe(0);
  });
});

describe('a run killed while writing', () => {
  it('a committed journal is completed by the next run, before it does anything else', () => {
    const out = path.join(work, 'committed', 'generated');
    writeOutput(out, generation('old'));
    // What a run killed after its commit leaves: staged files, the steps, one step already done.
    const journal = path.join(out, '.errspec-journal');
    mkdirSync(journal);
    writeFileSync(path.join(journal, 'n1'), '// new toy/index.ts\n');
    writeFileSync(path.join(journal, 'n2'), '// new kite/index.ts\n');
    writeFileSync(path.join(out, 'index.ts'), '// new index.ts\n');
    const steps = [
      { target: 'toy/messages/en.json', staged: null },
      { target: 'index.ts', staged: 'n0' },
      { target: 'toy/index.ts', staged: 'n1' },
      { target: 'kite/index.ts', staged: 'n2' },
    ];
    writeFileSync(path.join(journal, 'journal.json'), JSON.stringify({ steps, folders: ['kite'] }));
    settleJournal(out, out);
    expect(readFileSync(path.join(out, 'index.ts'), 'utf8')).toBe('// new index.ts\n');
    expect(readFileSync(path.join(out, 'toy/index.ts'), 'utf8')).toBe('// new toy/index.ts\n');
    expect(readFileSync(path.join(out, 'kite/index.ts'), 'utf8')).toBe('// new kite/index.ts\n');
    expect(existsSync(path.join(out, 'toy/messages'))).toBe(false);
    expect(existsSync(journal)).toBe(false);
  });

  it('staging files without committed steps are dropped, the output left as it was', () => {
    const out = path.join(work, 'uncommitted', 'generated');
    writeOutput(out, generation('old'));
    const before = contents(out);
    mkdirSync(path.join(out, '.errspec-journal'));
    writeFileSync(path.join(out, '.errspec-journal', 'n0'), '// half a new file');
    settleJournal(out, out);
    expect(contents(out)).toEqual(before);
  });
});

/** Whether this machine lets a private mount namespace mount a tmpfs (root in most containers). */
function canMount(): boolean {
  return spawnSync('unshare', ['-m', 'sh', '-c', `mount -t tmpfs tmpfs ${JSON.stringify(work)} && umount ${JSON.stringify(work)}`]).status === 0;
}

describe.skipIf(!canMount())('a mount point as the output folder', () => {
  it('is written in place run after run (no EBUSY), and stays mounted', () => {
    const out = path.join(work, 'mounted', 'generated');
    mkdirSync(out, { recursive: true });
    const first = writer(out, 'old');
    const second = writer(out, 'new');
    const script = [
      `mount -t tmpfs tmpfs ${out}`,
      `${process.execPath} ${first}`,
      `${process.execPath} ${second}`,
      `grep -q " ${out} " /proc/self/mountinfo`,
      `cat ${out}/toy/index.ts ${out}/${MANIFEST} > /dev/null`,
      `cat ${out}/toy/index.ts`,
    ].join(' && ');
    const result = spawnSync('unshare', ['-m', 'sh', '-c', script], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('// new toy/index.ts\n');
  });
});
