/**
 * Small questions the write stage asks of the disk, none of which follows a symbolic link
 * inside the output folder.
 */

import { lstatSync, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

/** The text of `file`, or `null` when it is missing or not a readable file. */
export function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** `lstat` of `file`, or `null` when nothing is there. */
export function lstatOrNull(file: string): Stats | null {
  try {
    return lstatSync(file);
  } catch {
    return null;
  }
}

/** Whether `folder` is a folder (following a link: the output folder itself may be one). */
export function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** Only plain relative paths inside the output folder may be written or removed. */
export function isInside(relative: string): boolean {
  return relative !== '' && !path.isAbsolute(relative) && !relative.split(/[\\/]/).some((part) => part === '..' || part === '.' || part === '');
}

/** What stands on the way from `outDir` to the file `relative`: a link, a file where a folder is needed, or a folder where the file goes. */
export type Obstacle =
  | { readonly kind: 'link'; readonly at: string }
  | { readonly kind: 'file'; readonly at: string }
  | { readonly kind: 'folder'; readonly at: string }
  | { readonly kind: 'special'; readonly at: string };

/** The first obstacle to writing the file `relative` in `outDir`, or `null` when the way is clear. */
export function obstacleOn(outDir: string, relative: string): Obstacle | null {
  const parts = relative.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const at = parts.slice(0, i).join('/');
    const stats = lstatOrNull(path.join(outDir, at));
    if (stats === null) return null;
    if (stats.isSymbolicLink()) return { kind: 'link', at };
    const last = i === parts.length;
    if (!last && !stats.isDirectory()) return { kind: 'file', at };
    if (last && !stats.isFile()) return { kind: stats.isDirectory() ? 'folder' : 'special', at };
  }
  return null;
}

/** Throw a `UserError` when `outDir` exists and is not a folder. */
export function assertNotFile(outDir: string): void {
  let stats;
  try {
    stats = statSync(outDir);
  } catch {
    return;
  }
  if (!stats.isDirectory()) throw new UserError(`Cannot write to \`${outDir}\`: it is a file, expected a folder`);
}

/** Whether `pid` is a live process here (a positive integer, and signal 0 reaches it or is refused). */
export function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
