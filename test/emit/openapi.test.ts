/**
 * `<id>/openapi.json` and `<id>/schema.json`: real tools accept them (Redocly's OpenAPI rules,
 * Ajv's JSON Schema 2020-12), every example is the body the generated errors send, and a body
 * that is not the documented response fails. The five seeds and fixtures with hostile keys.
 */

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, PET_SPEC, ensureBuilt, errspec, listFiles, project as cliProject, removeProjects } from '../cli/helpers.js';
import { checkConfig } from '../../generator/config/check-config.js';
import { emitJsonSchema } from '../../generator/emit/json-schema.js';
import { emitOpenApi } from '../../generator/emit/openapi.js';
import type { Catalog } from '../../generator/model.js';
import { emitFiles } from '../../generator/pipeline.js';
import { redoclyFile, redoclyProblems, validators, type Json } from '../helpers/contracts.js';
import { ROOT, seedCatalog } from '../helpers/seeds.js';
import { emitBothStyles } from './emitted.js';
import { empty, hostile, makeCatalog, numeric, params, petCore, wire } from './fixtures.js';

/** A generated module, untyped: it only exists at test time. */
type Module = Record<string, any>;

const CONTEXT = { generator: 'errspec', repoPrefix: '', openapi: true, regenerate: 'npm run generate' };
const SEEDS = (['oauth-iot', 'pet-core', 'xlink', 'secondme', 'aliyun-living'] as const).map(seedCatalog);
const FIXTURES = [petCore, hostile, wire, numeric, params, empty];
const ALL: readonly (readonly [group: string, catalog: Catalog])[] = [...SEEDS.map((c) => ['seeds', c] as const), ...FIXTURES.map((c) => ['fixtures', c] as const)];

/** The two documents of a catalog, as emitted and as parsed. */
function documents(catalog: Catalog): { openapi: Json; schema: Json; texts: string[] } {
  const texts = [emitOpenApi(catalog, CONTEXT).content, emitJsonSchema(catalog, CONTEXT).content];
  return { openapi: JSON.parse(texts[0]!), schema: JSON.parse(texts[1]!), texts };
}

let dir: string;
const modules: Record<string, Module> = {};

beforeAll(async () => {
  dir = emitBothStyles('errspec-openapi-', { seeds: SEEDS, fixtures: FIXTURES });
  for (const group of ['seeds', 'fixtures']) modules[group] = await import(join(dir, 'enum', group, 'index.ts'));
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  removeProjects();
});

/** A new error of `catalog` for `code`, made by its generated factory with no options. */
function errorOf(group: string, catalog: Catalog, code: string): Module {
  return modules[group]![catalog.names.namespace][catalog.names.factory](code);
}

describe('the OpenAPI document', () => {
  it('is deterministic JSON: LF, one trailing newline, the same bytes from the same catalog', () => {
    for (const [, catalog] of ALL) {
      const { texts } = documents(catalog);
      for (const text of texts) {
        expect(text.endsWith('}\n'), catalog.id).toBe(true);
        expect(text).not.toMatch(/\r|\n\n$/);
      }
      expect(documents(catalog).texts).toEqual(texts);
    }
  });

  it('holds the codes, the envelope, the problem details and one response per status, statuses ascending', () => {
    const { openapi } = documents(petCore);
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi)).toEqual(['openapi', 'info', 'components']);
    expect(Object.keys(openapi.components.schemas)).toEqual(['PetCoreErrorCode', 'PetCoreErrorResponse', 'PetCoreProblem']);
    // B0001 and C0001 have no status: their errors take the default, 500.
    expect(Object.keys(openapi.components.responses)).toEqual(['PetCore200', 'PetCore400', 'PetCore401', 'PetCore500']);
    expect(openapi.components.schemas.PetCoreErrorCode).toMatchObject({
      type: 'string',
      enum: ['A0400', 'A0401', 'A0402', 'B0001', 'C0000', 'C0001'],
      'x-enum-varnames': petCore.entries.map((entry) => entry.name),
      // The message each code's errors send: the default locale's, else another's, else the code.
      'x-enum-descriptions': ['Invalid request', 'Validation failed', '令牌过期', 'System error', 'success', 'C0001'],
    });
    const response = openapi.components.responses.PetCore400;
    expect(response.content['application/json'].schema.properties.code.enum).toEqual(['A0400', 'A0401']);
    expect(Object.keys(response.content['application/json'].examples)).toEqual(['A0400', 'A0401']);
    expect(response.content['application/problem+json'].schema.properties.status.const).toBe(400);
  });

  it('nests the envelope as the spec does, its code in the wire type, the status field narrowed per status', () => {
    const { openapi } = documents(numeric);
    const body = openapi.components.schemas.NumericErrorResponse;
    expect(body.required).toEqual(['result', 'status']);
    expect(body.properties.result.required).toEqual(['code', 'message']);
    expect(body.properties.result.properties.code).toEqual({ $ref: '#/components/schemas/NumericErrorCode' });
    expect(openapi.components.schemas.NumericErrorCode).toMatchObject({ type: 'integer', enum: [401, 429, 503, 404, -7] });
    const status429 = openapi.components.responses.Numeric429.content['application/json'].schema;
    expect(status429.properties.result.properties.code).toEqual({ type: 'integer', enum: [429] });
    expect(status429.properties.status).toMatchObject({ type: 'integer', const: 429 });
    // The problem details carry the code as the spec writes it.
    expect(openapi.components.responses.Numeric429.content['application/problem+json'].schema.properties.code).toEqual({ type: 'string', enum: ['429'] });
  });

  it('requires only what the generated errors always send: a required field they never fill is optional', () => {
    // A status written as a string: the spec requires it, the generated code types it but never fills it.
    const stated = makeCatalog('stated', [{ code: 'S1', httpStatus: 409, messages: { en: 'Taken' } }], {
      envelope: [['code', 'code', 'string'], ['message', 'message', 'string'], ['status', 'status', 'string']],
    });
    const body = documents(stated).openapi.components.schemas.StatedErrorResponse;
    expect(body.required).toEqual(['code', 'message']);
    expect(body.properties.status).toMatchObject({ type: 'string' });
    expect(documents(stated).openapi.components.responses.Stated409.content['application/json'].examples.S1.value).toEqual({ code: 'S1', message: 'Taken' });
  });

  it('describes each code from the spec: message, other locales, description, remedy, spec line, docs link', () => {
    const seed = documents(SEEDS[4]!).openapi;
    const withRemedy = SEEDS[4]!.entries.find((entry) => entry.remedy !== null)!;
    const example = seed.components.responses[`AliyunLiving${withRemedy.httpStatus ?? 500}`].content['application/json'].examples[withRemedy.code];
    expect(example.description).toContain(`Remedy: ${withRemedy.remedy}`);
    expect(example.description).toContain(`Spec: specs/aliyun-living.md:${withRemedy.line}`);
    const linked = documents(params).openapi.components.responses.Params400.content['application/json'].examples.P2;
    expect(linked).toMatchObject({ summary: '{{field}} is required' });
    expect(linked.description).toBe('zh-CN: {field} 必填\n\nRemedy: Send the field\n\nSpec: specs/params.md:11\n\nDocs: https://github.com/acme/api/blob/main/specs/params.md');
    // With remedy-in-response the remedy goes beside the code.
    expect(documents(params).openapi.components.schemas.ParamsErrorResponse.properties.remedy).toMatchObject({ type: 'string' });
  });

  it('keeps hostile spec text as data: it parses back to the text, with nothing raw that ends a script or a line', () => {
    const { openapi, texts } = documents(hostile);
    for (const text of texts) expect(text).not.toMatch(/<\/|<!|[\u2028\u2029\u202e]/);
    expect(openapi.info.title).toBe(`${hostile.title}: error responses`);
    const codes = openapi.components.schemas.HostileErrorCode;
    expect(codes.enum).toEqual(hostile.entries.map((entry) => entry.code));
    expect(codes['x-enum-descriptions'].slice(0, 7)).toEqual(hostile.entries.slice(0, 7).map((entry) => entry.messages.en));
  });

  it("passes Redocly's recommended-strict rules, but those for a whole API (servers, license, unused components)", async () => {
    // Not `wire`: Redocly drops a `__proto__` member of a schema's properties when it reads the document, then rejects examples that have it.
    for (const [, catalog] of ALL.filter(([, catalog]) => catalog !== wire)) {
      expect(await redoclyProblems(emitOpenApi(catalog, CONTEXT).content, catalog.id), catalog.id).toEqual([]);
    }
  }, 60_000);
});

describe('examples and bodies', () => {
  it('has one example per code, exactly the body toResponse() of its generated error sends', () => {
    for (const [group, catalog] of ALL) {
      const { openapi } = documents(catalog);
      const seen: string[] = [];
      for (const response of Object.values<Json>(openapi.components.responses)) {
        for (const [code, example] of Object.entries<Json>(response.content['application/json'].examples)) {
          seen.push(code);
          expect(JSON.stringify(example.value), `${catalog.id} ${code}`).toBe(JSON.stringify(errorOf(group, catalog, code).toResponse()));
        }
      }
      expect(seen.sort(), catalog.id).toEqual(catalog.entries.map((entry) => entry.code).sort());
    }
  });

  it('validates every example, and every toProblem(), with Ajv 2020-12 against its status, the catalog-wide schema and schema.json', () => {
    for (const [group, catalog] of ALL) {
      const { openapi, schema } = documents(catalog);
      const { at, standalone } = validators(openapi, schema);
      const names = Object.keys(openapi.components.schemas);
      for (const [name, response] of Object.entries<Json>(openapi.components.responses)) {
        for (const [code, example] of Object.entries<Json>(response.content['application/json'].examples)) {
          for (const validate of [at(`/components/responses/${name}/content/application~1json/schema`), at(`/components/schemas/${names[1]}`), standalone]) {
            expect(validate(example.value) ? [] : validate.errors, `${catalog.id} ${code}`).toEqual([]);
          }
          const problem = errorOf(group, catalog, code).toProblem('/orders/1');
          for (const validate of [at(`/components/responses/${name}/content/application~1problem+json/schema`), at(`/components/schemas/${names[2]}`)]) {
            expect(validate(problem) ? [] : validate.errors, `${catalog.id} ${code} problem`).toEqual([]);
          }
        }
      }
    }
  });

  it('rejects bodies that are not the envelope: no code, an unlisted code, the wrong type or nesting; and a code of another status', () => {
    const [, pet, xlink, , aliyun] = SEEDS as [Catalog, Catalog, Catalog, Catalog, Catalog];
    const of404 = pet.entries.find((entry) => entry.httpStatus === 404)!.code;
    // [catalog, response, body, valid for the catalog (its ErrorResponse and schema.json)]
    const cases: [Catalog, string, unknown, boolean][] = [
      [pet, 'PetCore400', { message: 'Invalid request' }, false],
      [pet, 'PetCore400', { code: 'Z9999', message: 'Invalid request' }, false],
      [pet, 'PetCore400', ['A0400'], false],
      [aliyun, 'AliyunLiving500', { code: '500', message: 'Server error' }, false],
      [xlink, 'Xlink400', { code: '4001001', msg: 'flat, not under error' }, false],
      [xlink, 'Xlink400', { error: { code: '4001001' } }, false],
      [pet, 'PetCore400', { code: of404, message: 'Not found' }, true],
      [numeric, 'Numeric401', { result: { code: 401, message: 'Unauthorized' }, status: 500 }, true],
    ];
    for (const [catalog, name, body, anyStatus] of cases) {
      const { openapi, schema } = documents(catalog);
      const { at, standalone } = validators(openapi, schema);
      expect(at(`/components/responses/${name}/content/application~1json/schema`)(body), JSON.stringify(body)).toBe(false);
      expect(at(`/components/schemas/${Object.keys(openapi.components.schemas)[1]}`)(body), JSON.stringify(body)).toBe(anyStatus);
      expect(standalone(body), JSON.stringify(body)).toBe(anyStatus);
    }
  });
});

describe('schema.json', () => {
  it('is the envelope as a standalone JSON Schema 2020-12, the codes under $defs', () => {
    const { schema, openapi } = documents(SEEDS[2]!);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$comment).toBe('Generated by errspec from specs/xlink.md. Do not edit: change the spec, then run `npm run generate`.');
    expect(schema.title).toBe('XlinkErrorResponse');
    expect(schema.properties.error.properties.code).toEqual({ $ref: '#/$defs/XlinkErrorCode' });
    expect(schema.$defs.XlinkErrorCode).toEqual(openapi.components.schemas.XlinkErrorCode);
    const { $schema, $comment, title, $defs, ...envelope } = schema;
    expect({ ...envelope, properties: { error: { ...envelope.properties.error, properties: { ...envelope.properties.error.properties, code: { $ref: '#/components/schemas/XlinkErrorCode' } } } } }).toEqual(openapi.components.schemas.XlinkErrorResponse);
  });
});

describe('the openapi option', () => {
  it('writes both files per catalog by default, exported by the package; openapi: false leaves them out', () => {
    const pkg = { name: 'acme-errors', version: '1.0.0' };
    const on = emitFiles([petCore], pkg);
    const off = emitFiles([petCore], pkg, '', false);
    expect(on.map((file) => file.path)).toEqual(expect.arrayContaining(['pet-core/openapi.json', 'pet-core/schema.json']));
    expect(off.map((file) => file.path).filter((path) => path.endsWith('openapi.json') || path.endsWith('schema.json'))).toEqual([]);
    const manifest = (files: typeof on): Json => JSON.parse(files.find((file) => file.path === 'package.json')!.content);
    expect(manifest(on).files).toEqual(['dist', 'pet-core/messages', 'pet-core/openapi.json', 'pet-core/schema.json']);
    expect(manifest(on).exports['./pet-core/openapi.json']).toBe('./pet-core/openapi.json');
    expect(manifest(off).files).toEqual(['dist', 'pet-core/messages']);
    expect(Object.keys(manifest(off).exports).filter((key) => key.endsWith('openapi.json') || key.endsWith('schema.json'))).toEqual([]);
  });

  it('is read from the config file by generate: openapi: false removes the files on the next run, and --check agrees', () => {
    ensureBuilt();
    const project = cliProject({ 'specs/pet.md': PET_SPEC, 'package.json': '{"name": "pet", "version": "1.0.0"}' });
    const contracts = (): string[] => listFiles(join(project, 'generated')).filter((file) => /\/(openapi|schema)\.json$/.test(file));
    expect(errspec(project, 'generate').status).toBe(0);
    expect(contracts()).toEqual(['pet/openapi.json', 'pet/schema.json']);
    writeFileSync(join(project, 'errspec.config.json'), '{ "openapi": false }\n');
    const off = errspec(project, 'generate');
    expect(off.stderr).toMatch(/ 2 removed, /);
    expect(contracts()).toEqual([]);
    expect(errspec(project, 'generate', '--check').status).toBe(0);
  }, CLI_TIMEOUT);

  it('is a boolean in the config file', () => {
    expect(checkConfig({ openapi: false }, () => 'errspec.config.json').problems).toEqual([]);
    expect(checkConfig({ openapi: 'yes' }, () => 'errspec.config.json:1:13').problems).toEqual([
      { at: 'errspec.config.json:1:13', message: 'Unexpected `"yes"` for `openapi`, expected `true` or `false`' },
    ]);
  });
});

describe('the README $ref example', () => {
  it("passes Redocly with pet-core's openapi.json installed where it points, and bundles into one document with its examples", async () => {
    const yaml = /```yaml\n(# openapi\.yaml of the pet API\n[\s\S]*?)```/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))?.[1];
    expect(yaml).toBeDefined();
    const project = mkdtempSync(join(tmpdir(), 'errspec-openapi-readme-'));
    try {
      mkdirSync(join(project, 'node_modules/errspec-errors/pet-core'), { recursive: true });
      writeFileSync(join(project, 'node_modules/errspec-errors/pet-core/openapi.json'), emitOpenApi(SEEDS[1]!, CONTEXT).content);
      writeFileSync(join(project, 'openapi.yaml'), yaml!);
      const { problems, bundled } = await redoclyFile(join(project, 'openapi.yaml'));
      expect(problems).toEqual([]);
      const notFound = bundled.paths['/pets/{id}'].get.responses['404'];
      const examples = (notFound.$ref === undefined ? notFound : bundled.components.responses[notFound.$ref.split('/').pop()]).content['application/json'].examples;
      expect(Object.keys(examples)).toEqual(SEEDS[1]!.entries.filter((entry) => entry.httpStatus === 404).map((entry) => entry.code));
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 60_000);
});
