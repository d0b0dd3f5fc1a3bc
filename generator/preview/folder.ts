/**
 * The preview's output folder must not be another errspec output: writing the preview there
 * would remove the files that output's manifest lists (generated code, say) as stale.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { MANIFEST } from '../write/index.js';

/**
 * Throw a `UserError` when `folder` holds an errspec manifest listing files the preview does not
 * write (anything but `.html` pages): it is `generate`'s output, not a preview.
 *
 * @param folder absolute path of the preview's output folder, e.g. `/repo/errspec-preview`.
 * @param shown the folder as the user gave it, for the message, e.g. `generated`.
 */
export function assertPreviewFolder(folder: string, shown: string): void {
  let files: unknown;
  try {
    files = (JSON.parse(readFileSync(path.join(folder, MANIFEST), 'utf8')) as { files?: unknown }).files;
  } catch {
    // No manifest (or not errspec's): a new folder or someone else's, which the write stage never deletes from.
    return;
  }
  if (Array.isArray(files) && files.some((file) => typeof file !== 'string' || !file.endsWith('.html'))) {
    throw new UserError(`Cannot write the preview to \`${shown}\`: it holds errspec's generated code, expected a folder of its own (--out)`);
  }
}
