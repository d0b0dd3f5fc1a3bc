/**
 * What a lint rule returns: a message at a position, before its level is applied.
 */

import type { Point } from '../model.js';
import type { LintInput } from './input.js';

/** One problem a rule found. */
export interface Finding {
  /** Rule id, e.g. `"stated-convention"`. */
  readonly rule: string;
  /** "Unexpected X, expected Y", with what to do about it. */
  readonly message: string;
  /** Where, 1-based. */
  readonly at: Point;
}

/** A lint rule: findings of one spec. */
export type Rule = (input: LintInput) => Finding[];
