/**
 * The README's CI instructions are what `.ci/run` does, command for command, and the preview's
 * screenshot it shows is there.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

describe('README and .ci/run', () => {
  it('the README lists exactly the commands .ci/run runs', () => {
    const shown = /CI runs\s+\[`\.ci\/run`\]\(\.ci\/run\), which is exactly[^\n]*:\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBeDefined();
    const script = readFileSync(path.join(root, '.ci/run'), 'utf8')
      .split('\n')
      // The shebang, comments, shell options and the move to the repository root are how the script runs, not what it does.
      .filter((line) => line !== '' && !line.startsWith('#') && line !== 'set -euo pipefail' && !line.startsWith('cd '));
    expect(shown!.trimEnd().split('\n')).toEqual(script);
  });

  it('the screenshot the Preview section shows is committed', () => {
    const image = /!\[[^\]]*\]\((docs\/[\w.-]+\.png)\)/.exec(readme)?.[1];
    expect(image).toBe('docs/preview.png');
    expect(existsSync(path.join(root, image!))).toBe(true);
  });
});
