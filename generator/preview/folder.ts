/**
 * The preview's output folder must not be another errspec output: writing the preview there
 * would remove the files that output's manifest lists (generated code, say) as stale.
 */

import { UserError } from '../errors.js';
import { readManifest } from '../write/index.js';

/**
 * Throw a `UserError` when `folder` holds an errspec manifest listing files the preview does not
 * write (anything but `.html` pages): it is `generate`'s output, not a preview. A folder that is
 * not errspec's at all is refused by the write stage.
 *
 * @param folder absolute path of the preview's output folder, e.g. `/repo/errspec-preview`.
 * @param shown the folder as the user gave it, for the message, e.g. `generated`.
 */
export function assertPreviewFolder(folder: string, shown: string): void {
  const manifest = readManifest(folder);
  if (manifest !== null && [...manifest.keys()].some((file) => !file.endsWith('.html'))) {
    throw new UserError(`Cannot write the preview to \`${shown}\`: it holds errspec's generated code, expected a folder of its own (--out)`);
  }
}
