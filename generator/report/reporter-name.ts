/**
 * The names `--reporter` and the config's `reporter` accept.
 */

/** The reporters, in the order help texts list them. */
export const REPORTERS = ['human', 'json', 'github'] as const;

/** One of `REPORTERS`. */
export type ReporterName = (typeof REPORTERS)[number];
