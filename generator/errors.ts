/**
 * Errors that end a run with a one-line message and exit code 2: bad arguments, unreadable
 * files. Anything else that is thrown is a bug in errspec.
 */

/** A usage or I/O problem the user can fix; the CLI prints its message, no stack. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  ELOOP: 'too many levels of symbolic links (a symlink loop)',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the path is too long',
  EEXIST: 'a file is in the way',
  EBUSY: 'it is busy (a mount point?)',
};

/** A one-line reason for a failed file operation, e.g. `permission denied (EACCES)`. */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return String((error as Error | undefined)?.message ?? error);
  return REASONS[code] === undefined ? code : `${REASONS[code]} (${code})`;
}
