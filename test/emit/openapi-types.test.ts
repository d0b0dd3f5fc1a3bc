/**
 * The OpenAPI documents through openapi-typescript: the types it makes of each seed's
 * components compile (tsc, TypeScript 7) against the generated errors' `toResponse()` and
 * `toProblem()` types, in both enum styles, and reject a body with a code the spec does not list.
 */

import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS from 'openapi-typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { emitOpenApi } from '../../generator/emit/openapi.js';
import type { Catalog } from '../../generator/model.js';
import { contractNames } from '../../generator/emit/wire-schema.js';
import { seedCatalog } from '../helpers/seeds.js';
import { STYLES, emitBothStyles } from './emitted.js';

const TSC = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url));
const CONTEXT = { generator: 'errspec', repoPrefix: '', openapi: true, regenerate: 'npm run generate' };
const SEEDS = (['oauth-iot', 'pet-core', 'xlink', 'secondme', 'aliyun-living'] as const).map(seedCatalog);

/** Whether the catalog's codes go on the wire as JSON numbers. */
function numericCodes(catalog: Catalog): boolean {
  return catalog.envelope.fields.some((field) => field.role === 'code' && field.type === 'number');
}

/**
 * What a consumer of both the generated package and the OpenAPI types writes, for one catalog.
 * `toResponse()` is typed with the code union: an enum member is its literal, and numeric codes
 * are the union of their numbers. A body typed from OpenAPI fits the generated `ErrorResponse`
 * where codes are literals (the `const` style) or numbers; an enum is nominal.
 */
function consumer(catalog: Catalog, style: string, index: number): string {
  const { namespace, factory } = catalog.names;
  const names = contractNames(catalog);
  const api = `Api${index}`;
  const entry = catalog.entries[0]!;
  const envelope = `${api}["schemas"]["${names.response}"]`;
  const sent = `g.${namespace}.${factory}(${JSON.stringify(entry.code)}).toResponse()`;
  const lines = [
    `import type { components as ${api} } from "./${catalog.id}/openapi.js";`,
    `export const problem${index}: g.${namespace}.${names.problem} = {} as ${api}["schemas"]["${names.problem}"];`,
    `export const byStatus${index}: ${envelope} = {} as ${api}["responses"]["${names.status(entry.httpStatus ?? catalog.options.defaultHttpStatus)}"]["content"]["application/json"];`,
    '// @ts-expect-error a code the spec does not list',
    `export const unlisted${index}: ${envelope} = ${JSON.stringify(bodyWithCode(catalog, numericCodes(catalog) ? -123456789 : 'NOT-A-CODE'))};`,
    `export const listed${index}: ${envelope} = ${JSON.stringify(bodyWithCode(catalog, numericCodes(catalog) ? Number(entry.code) : entry.code))};`,
  ];
  lines.push(`export const sent${index}: ${envelope} = ${sent};`);
  if (numericCodes(catalog) || style === 'const') lines.push(`export const read${index}: g.${namespace}.ErrorResponse = {} as ${envelope};`);
  return lines.join('\n');
}

/** A body with every required field of the envelope, the code `code`. */
function bodyWithCode(catalog: Catalog, code: string | number): Record<string, unknown> {
  const body: Record<string, any> = {};
  for (const field of catalog.envelope.fields.filter((candidate) => candidate.required || candidate.role === 'code')) {
    const parent = field.path.slice(0, -1).reduce((node, key) => (node[key] ??= {}), body);
    parent[field.path[field.path.length - 1]!] = field.role === 'code' ? code : field.type === 'number' ? 500 : 'x';
  }
  return body;
}

let dir: string | undefined;

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('openapi-typescript on the seeds', () => {
  it('gives types that compile against the generated errors, in both enum styles, and reject an unlisted code', async () => {
    dir = emitBothStyles('errspec-openapi-types-', { '': SEEDS });
    const files: string[] = [];
    for (const style of STYLES) {
      for (const catalog of SEEDS) {
        const types = await openapiTS(JSON.parse(emitOpenApi(catalog, CONTEXT).content));
        writeFileSync(join(dir, style, catalog.id, 'openapi.d.ts'), types);
      }
      const file = join(dir, style, 'consumer.ts');
      writeFileSync(file, `import * as g from "./index.js";\n${SEEDS.map((catalog, index) => consumer(catalog, style, index)).join('\n')}\n`);
      files.push(file);
    }
    const result = spawnSync(
      TSC,
      ['--ignoreConfig', '--strict', '--noEmit', '--exactOptionalPropertyTypes', '--skipLibCheck', '--types', '', '--target', 'ES2022', '--lib', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', ...files],
      { encoding: 'utf8', cwd: dir },
    );
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);
});
