/**
 * Catalog ids: from the file name without `.md` and without a `.errors` / `.error-codes`
 * suffix, or from front matter `errspec: id:`; what the catalog and its names are then called.
 */

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { idFor, listSpecs, readSpecs } from '../../generator/read/index.js';
import { frontMatterId } from '../../generator/read/spec-id.js';
import { catalogOf } from '../../generator/pipeline.js';
import { PET_SPEC, project } from '../cli/helpers.js';

describe('idFor', () => {
  it.each([
    ['docs/payments.errors.md', 'payments'],
    ['docs/payments.error-codes.md', 'payments'],
    ['docs/Payments.ERRORS.markdown', 'Payments'],
    ['specs/pet-core.md', 'pet-core'],
    ['specs/errors.md', 'errors'],
    ['specs/my.errors.v2.md', 'my.errors.v2'],
    ['specs/Pet Core.md', 'Pet-Core'],
  ])('%s -> %s', (file, id) => {
    expect(idFor(file)).toBe(id);
  });

  it('names the catalog: payments.errors.md gives PaymentsErrorCode and namespace payments', () => {
    const dir = project({ 'docs/payments.errors.md': PET_SPEC });
    const [spec] = readSpecs(listSpecs(['docs'], dir), dir);
    const catalog = catalogOf(spec!);
    expect([catalog.id, catalog.names.enumName, catalog.names.namespace]).toEqual(['payments', 'PaymentsErrorCode', 'payments']);
  });
});

describe('front matter errspec: id', () => {
  it('wins over the file name, with no front-matter warning; other front matter is left to the extract stage', () => {
    const dir = project({ 'docs/v2-billing.md': `---\ntitle: Billing\nerrspec:\n  id: billing\n  prefix: Bill\n---\n${PET_SPEC}` });
    const [spec] = readSpecs(listSpecs([path.join(dir, 'docs')], dir), dir);
    expect(spec!.id).toBe('billing');
    const catalog = catalogOf(spec!);
    expect(catalog.names.enumName).toBe('BillErrorCode');
    expect(catalog.diagnostics.filter((diagnostic) => diagnostic.rule === 'front-matter')).toEqual([]);
  });

  it.each([
    ['no front matter', PET_SPEC, null],
    ['no errspec key', '---\nid: x\n---\n', null],
    ['an id elsewhere', '---\nother:\n  id: x\n---\n', null],
    ['front matter that is not YAML', '---\nerrspec: [\n  id: x\n---\n', null],
    ['front matter never closed', '---\nerrspec:\n  id: x\n', null],
  ])('%s: none', (_, text, id) => {
    expect(frontMatterId(text, 'a.md')).toBe(id);
  });

  it('an id that cannot name a folder is a usage error naming the spec', () => {
    expect(() => frontMatterId('---\nerrspec:\n  id: ../up\n---\n', 'docs/a.md')).toThrow(
      'Unexpected `errspec: id: ../up` in the front matter of `docs/a.md`, expected a catalog id such as `payments`',
    );
  });

  it('two specs with one id, one by name and one by front matter, are refused', () => {
    const dir = project({ 'docs/billing.errors.md': PET_SPEC, 'docs/other.md': `---\nerrspec:\n  id: billing\n---\n${PET_SPEC}` });
    expect(() => readSpecs(listSpecs(['docs'], dir), dir)).toThrow('Specs `docs/billing.errors.md` and `docs/other.md` both make catalog `billing`; rename one');
  });
});
