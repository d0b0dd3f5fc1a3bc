/**
 * RFC 9457 problem details, remedies and docs links, as generated for the five seed specs (and
 * with the options on), run for real; the options read from front matter through the CLI.
 */

import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../generator/extract/index.js';
import { headingAnchor } from '../../generator/emit/problem.js';
import type { Catalog } from '../../generator/model.js';
import { loadCatalogs } from '../../generator/pipeline.js';
import { CLI_TIMEOUT, ensureBuilt, errspec, project, removeProjects } from '../cli/helpers.js';
import { STYLES, emitBothStyles } from '../emit/emitted.js';
import { ROOT } from '../helpers/seeds.js';

const DOCS = 'https://github.com/acme/api/blob/main/';
const plain = loadCatalogs(['specs'], ROOT);
/** The seeds again with every option on, under other ids so both sets load side by side. */
const configured = loadCatalogs(['specs'], ROOT, { ...DEFAULT_OPTIONS, docsUrl: DOCS, remedyInResponse: true });
const based = loadCatalogs(['specs'], ROOT, { ...DEFAULT_OPTIONS, problemTypeBase: 'https://errors.example.com/' });

let dir: string;
const modules: Record<string, Record<string, Record<string, any>>> = {};

beforeAll(async () => {
  dir = emitBothStyles('errspec-problem-', { plain, configured, based });
  for (const style of STYLES) {
    modules[style] = {};
    for (const group of ['plain', 'configured', 'based']) modules[style][group] = await import(join(dir, style, group, 'index.ts'));
  }
}, 60_000);

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  removeProjects();
});

const api = (style: string, group: string, catalog: Catalog) => modules[style]![group]![catalog.names.namespace];

describe.each(STYLES)('problem details, %s style', (style) => {
  it.each(plain.map((catalog) => [catalog.id, catalog] as const))('%s: every code round-trips through JSON to its class, code, message and status', (_, catalog) => {
    const generated = api(style, 'plain', catalog);
    const Base = generated[catalog.names.baseClass];
    for (const entry of catalog.entries) {
      const error = generated[catalog.names.factory](entry.code, { details: { field: 'x' } });
      const problem = error.toProblem('/requests/1');
      expect(problem).toStrictEqual({
        type: `urn:errspec:${catalog.id}:${encodeURIComponent(entry.code)}`,
        title: generated.formatMessage(entry.code),
        status: error.httpStatus,
        detail: error.message,
        instance: '/requests/1',
        code: entry.code,
        details: { field: 'x' },
      });
      const back = Base.fromProblem(JSON.parse(JSON.stringify(problem)));
      expect(back).toBeInstanceOf(generated[entry.className]);
      expect([back.code, back.message, back.httpStatus, back.details]).toEqual([entry.code, error.message, error.httpStatus, { field: 'x' }]);
    }
    const unknown = Base.fromProblem({ code: 12, status: 418, detail: 'teapot' });
    expect(unknown).toBeInstanceOf(generated[catalog.names.unknownClass]);
    expect([unknown.code, unknown.httpStatus, unknown.message]).toEqual(['12', 418, 'teapot']);
    expect('instance' in generated[catalog.names.factory]('Z').toProblem()).toBe(false);
  });

  it('gives a format error, never a throw, for problems without a code', () => {
    const catalog = plain.find((candidate) => candidate.id === 'pet-core')!;
    const generated = api(style, 'plain', catalog);
    const FormatError = generated.PetCoreResponseFormatError;
    for (const body of [null, 'x', [], {}, { code: null }, { code: { a: 1 } }, Object.defineProperty({}, 'code', { get: () => { throw new Error('no'); } })]) {
      const result = generated.PetCoreError.fromProblem(body, 502);
      expect(result).toBeInstanceOf(FormatError);
      expect(result.httpStatus).toBe(502);
    }
  });

  it('uses the problem-type-base option for type', () => {
    for (const catalog of based) {
      const generated = api(style, 'based', catalog);
      const entry = catalog.entries[0]!;
      expect(generated[catalog.names.factory](entry.code).toProblem().type).toBe(`https://errors.example.com/${encodeURIComponent(entry.code)}`);
    }
  });

  it('with docs-url, links every code to its spec section, in type and as a static; unknown codes keep the URN', () => {
    let linked = 0;
    for (const catalog of configured) {
      const generated = api(style, 'configured', catalog);
      for (const entry of catalog.entries) {
        const anchor = entry.group === null ? '' : `#${encodeURIComponent(headingAnchor(entry.group))}`;
        expect(generated[entry.className].docsUrl).toBe(`${DOCS}specs/${catalog.id}.md${anchor}`);
        // Each code its own problem type, though codes share a section.
        expect(generated[catalog.names.factory](entry.code).toProblem().type).toBe(`${DOCS}specs/${catalog.id}.md?code=${encodeURIComponent(entry.code)}${anchor}`);
        if (entry.group !== null) linked += 1;
      }
      const types = catalog.entries.map((entry) => generated[catalog.names.factory](entry.code).toProblem().type);
      expect(new Set(types).size).toBe(catalog.entries.length);
      expect(generated[catalog.names.factory]('Z').toProblem().type).toBe(`urn:errspec:${catalog.id}:Z`);
    }
    expect(linked).toBeGreaterThan(200);
  });
});

describe.each(STYLES)('remedies, %s style', (style) => {
  it("are a property of every error, in the error's locale or another, undefined without one", () => {
    const catalog = plain.find((candidate) => candidate.id === 'aliyun-living')!;
    const generated = api(style, 'plain', catalog);
    const withRemedy = catalog.entries.filter((entry) => entry.remedy !== null);
    expect(withRemedy.length).toBeGreaterThan(0);
    for (const entry of catalog.entries) {
      expect(generated[catalog.names.factory](entry.code).remedy).toBe(entry.remedy ?? undefined);
      expect(generated[catalog.names.factory](entry.code, { locale: 'en' }).remedy).toBe(entry.remedy ?? undefined);
    }
    expect(generated[catalog.names.factory]('Z').remedy).toBeUndefined();
  });

  it('stay out of the response by default, and go in with remedy-in-response', () => {
    for (const [group, expected] of [['plain', false], ['configured', true]] as const) {
      const catalog = (group === 'plain' ? plain : configured).find((candidate) => candidate.id === 'aliyun-living')!;
      const entry = catalog.entries.find((candidate) => candidate.remedy !== null)!;
      const error = api(style, group, catalog)[catalog.names.factory](entry.code);
      expect('remedy' in error.toResponse(), group).toBe(expected);
      expect('remedy' in error.toProblem(), group).toBe(expected);
      if (expected) expect([error.toResponse().remedy, error.toProblem().remedy, error.toJSON().remedy]).toEqual([entry.remedy, entry.remedy, entry.remedy]);
    }
  });
});

describe('the options in front matter, through the CLI', () => {
  let cwd: string;
  beforeAll(() => {
    ensureBuilt();
    const table = '\n# Pets\n\n## 通用 错误!\n\n| 错误码 | HTTP 状态 | 说明 | 解决方案 |\n| --- | --- | --- | --- |\n| A0400 | 400 | 请求非法 | 检查参数 |\n';
    cwd = project({
      'good.md': `---\nerrspec:\n  problem-type-base: https://errors.example.com/pets/\n  docs-url: ${DOCS}\n  remedy-in-response: true\n---\n${table}`,
      'bad.md': `---\nerrspec:\n  problem-type-base: "javascript:alert(1)"\n  docs-url: 12\n  remedy-in-response: maybe\n---\n${table}`,
    });
  }, CLI_TIMEOUT);

  it('reads problem-type-base, docs-url and remedy-in-response; defaults otherwise', () => {
    const run = errspec(cwd, 'inspect', '--json', 'good.md', 'bad.md');
    expect(run.status).toBe(0);
    const [bad, good] = JSON.parse(run.stdout).catalogs;
    expect(good.options).toEqual({ ...DEFAULT_OPTIONS, problemTypeBase: 'https://errors.example.com/pets/', docsUrl: DOCS, remedyInResponse: true });
    expect(bad.options).toEqual(DEFAULT_OPTIONS);
    expect(bad.diagnostics.filter((diagnostic: { rule: string }) => diagnostic.rule === "front-matter").map((diagnostic: { line: number; message: string }) => [diagnostic.line, diagnostic.message])).toEqual([
      [3, 'Unexpected `problem-type-base: javascript:alert(1)`, expected an absolute http(s) URL or a URN'],
      [4, 'Unexpected `docs-url: 12`, expected an absolute http(s) URL or a URN'],
      [5, 'Unexpected `remedy-in-response: maybe`, expected `true` or `false`'],
    ]);
    expect(headingAnchor('通用 错误!')).toBe('通用-错误');
  });
});

describe('the options on the command line', () => {
  it('--problem-type-base, --docs-url and --remedy-in-response set them for specs whose front matter does not', () => {
    ensureBuilt();
    const cwd = project({
      'specs/pets.md': '# Pets\n\n## 通用\n\n| 错误码 | HTTP 状态 | 说明 | 解决方案 |\n| --- | --- | --- | --- |\n| A0400 | 400 | 请求非法 | 检查参数 |\n',
      'package.json': '{"name":"pets","version":"1.0.0"}',
    });
    const run = errspec(cwd, 'generate', '--problem-type-base', 'https://errors.example.com/', '--docs-url', DOCS, '--remedy-in-response');
    expect(run.stderr).toMatch(/0 errors, 0 warnings/);
    expect(run.status).toBe(0);
    const errors = readFileSync(join(cwd, 'generated', 'pets', 'index.ts'), 'utf8');
    expect(errors).toContain('  problemTypeBase: "https://errors.example.com/",\n');
    // Each code's type is the base and the code, which the runtime makes: the data lists no type of its own.
    expect(errors).not.toContain('problemTypes:');
    expect(errors).toContain(`static readonly docsUrl = "${DOCS}specs/pets.md#${encodeURIComponent('通用')}";`);
    expect(errors).toContain('  remedyInResponse: true,\n');
    const bad = errspec(cwd, 'generate', '--docs-url', 'javascript:alert(1)');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Unexpected --docs-url `javascript:alert(1)`, expected an absolute http(s) URL or a URN');
  }, CLI_TIMEOUT);
});
