/**
 * The term that names one error in a definition, a list item or a code span (`parse/recover/term.ts`).
 */

import { describe, expect, it } from 'vitest';
import { readTerm } from '../../generator/parse/recover/term.js';

describe('readTerm', () => {
  it.each([
    ['E_LOCKED', { code: 'E_LOCKED', status: null }],
    ['1001:', { code: '1001', status: null }],
    ['404 NOT_FOUND', { code: 'NOT_FOUND', status: '404' }],
    ['NOT_FOUND 404', { code: 'NOT_FOUND', status: '404' }],
    ['E_LOCKED (409)', { code: 'E_LOCKED', status: '409' }],
    ['E_LOCKED （HTTP 409）', { code: 'E_LOCKED', status: '409' }],
    ['1001 (HTTP 400)', { code: '1001', status: '400' }],
  ])('reads %s', (text, term) => {
    expect(readTerm(text)).toEqual(term);
  });

  it.each([
    ['a word', 'Spool'],
    ['a sentence', 'The spool is full'],
    ['two numbers', '1001 409'],
    ['a status before a number', '404 1001'],
    ['a version', '1.2.0'],
    ['a date', '2025-10-01'],
    ['an HTTP method', 'DELETE'],
  ])('reads no code in %s', (_, text) => {
    expect(readTerm(text)).toBeNull();
  });
});
