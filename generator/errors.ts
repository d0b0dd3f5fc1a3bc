/**
 * Errors that end a run with a one-line message and exit code 2: bad arguments, unreadable
 * files. Anything else that is thrown is a bug in errspec.
 */

/** A usage or I/O problem the user can fix; the CLI prints its message, no stack. */
export class UserError extends Error {
  override readonly name = 'UserError';
}
