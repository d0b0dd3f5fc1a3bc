/**
 * Throw-away projects holding copies of the five seed specs, for tests that run the CLI on
 * them and may edit them.
 */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, project } from '../cli/helpers.js';

/** The seed specs by path in a project, e.g. `specs/pet-core.md` -> its text. */
export function seedFiles(): Record<string, string> {
  const folder = path.join(ROOT, 'specs');
  return Object.fromEntries(readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) => [`specs/${name}`, readFileSync(path.join(folder, name), 'utf8')]));
}

/** A new project with the seeds under `specs/` and `files` beside them. */
export function seedProject(files: Record<string, string> = {}): string {
  return project({ ...seedFiles(), ...files });
}
