/**
 * A spec whose catalog npm pack would leave out of the generated package (`node_modules.md`:
 * its messages folder; `CVS.md`: its build) is refused by name, and the list of such names is
 * what the installed npm actually drops.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unpackedFolder } from '../../generator/read/packed-names.js';
import { readSpecs } from '../../generator/read/index.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'errspec-packed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const DROPPED = ['node_modules', 'Node_Modules', 'package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'CVS', 'cvs', 'npm-debug.log', 'archived-packages', 'notes.orig', 'x.ORIG'];
const KEPT = ['pet-core', 'bun.lock', 'config.gypi', 'build', 'a.swp', 'npmrc', 'npm-shrinkwrap.json', 'index', 'node_modules2'];

describe('readSpecs', () => {
  it('refuses a spec whose catalog npm pack would leave out, naming the spec and the folder, and accepts the rest', () => {
    for (const id of DROPPED) {
      const file = path.join(work, 'specs', `${id}.md`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, '| Code | Message |\n| --- | --- |\n| E1 | Broken |\n');
      expect(() => readSpecs([file], work), id).toThrow(`Cannot make catalog \`${id}\` from \`specs/${id}.md\`: npm pack leaves \`${unpackedFolder(id)}\` out`);
      rmSync(file);
    }
    for (const id of KEPT) {
      const file = path.join(work, 'specs', `${id}.md`);
      writeFileSync(file, '| Code | Message |\n| --- | --- |\n| E1 | Broken |\n');
      expect(readSpecs([file], work).map((spec) => spec.id)).toEqual([id]);
      rmSync(file);
    }
  });
});

const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });

describe.skipIf(npm.status !== 0)('the list matches the npm installed', () => {
  it('npm pack drops a file of exactly the catalogs unpackedFolder names', () => {
    // A package laid out as errspec lays it out, one catalog per name, all listed in `files`.
    const pkg = path.join(work, 'pkg');
    const ids = [...DROPPED.filter((id) => id === id.toLowerCase() || id === 'CVS'), ...KEPT];
    for (const id of ids) {
      mkdirSync(path.join(pkg, 'dist', id), { recursive: true });
      writeFileSync(path.join(pkg, 'dist', id, 'index.js'), 'export {};\n');
      mkdirSync(path.join(pkg, id, 'messages'), { recursive: true });
      writeFileSync(path.join(pkg, id, 'messages', 'en.json'), '{}\n');
    }
    writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'probe', version: '1.0.0', files: ['dist', ...ids.map((id) => `${id}/messages`)] }));
    const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: pkg, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const packed = new Set((JSON.parse(run.stdout) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path));
    const lost = ids.filter((id) => !packed.has(`dist/${id}/index.js`) || !packed.has(`${id}/messages/en.json`));
    expect(lost.sort()).toEqual(ids.filter((id) => unpackedFolder(id) !== null).sort());
  }, 60_000);
});
