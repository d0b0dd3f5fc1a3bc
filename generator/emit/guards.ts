/**
 * Guards that work across copies of the generated package: a brand (a registered symbol, the
 * same in every copy) and the code, never the prototype chain; `Symbol.hasInstance` on the
 * classes so that `instanceof` does the same.
 */

import {
  StructureKind,
  VariableDeclarationKind,
  type CodeBlockWriter,
  type StatementStructures,
} from 'ts-morph';
import type { Catalog } from '../model.js';
import { stringLiteral } from './literals.js';

/**
 * The key of a catalog's brand in the global symbol registry: the spec path and the catalog
 * id, which every copy of one package shares, e.g. `"errspec.error:specs/pet-core.md#pet-core"`.
 */
export function brandKey(catalog: Catalog): string {
  return `errspec.error:${catalog.source}#${catalog.id}`;
}

/** The name of an entry's guard, e.g. `isInvalidRequestError`. */
export function entryGuardName(className: string): string {
  return `is${className}`;
}

/** `const BRAND = Symbol.for("...")`. */
export function declareBrand(catalog: Catalog): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["The mark of this spec's errors: a registered symbol, so the same in every copy of the package."],
    declarations: [{ name: 'BRAND', type: 'unique symbol', initializer: `Symbol.for(${stringLiteral(brandKey(catalog))})` }],
  };
}

/** The statement of the base constructor that brands the error (not enumerable, so not in JSON or logs). */
export const BRAND_STATEMENT = 'Object.defineProperty(this, BRAND, { value: true });';

/**
 * `Symbol.hasInstance` of the base class, inherited by every class: the base class takes any
 * branded error, an entry's class (with its own static `code`) one with that code, the unknown
 * class one whose code is not listed, and a user's subclass falls back to the prototype chain.
 *
 * Defined on the class after it rather than as a `static [Symbol.hasInstance]` method: with
 * `override` (which `noImplicitOverride` requires, lib.es2015 declaring it on every function)
 * TypeScript 5 writes the member twice in the declaration file, which then does not compile.
 */
export function writeHasInstance(writer: CodeBlockWriter, catalog: Catalog): void {
  const { baseClass, unknownClass, guard } = catalog.names;
  writer.writeLine('// `instanceof` by brand and code rather than by prototype, so that an error from another copy of');
  writer.writeLine('// this package (another version, or the CommonJS and ES module builds side by side) is an instance too.');
  writer.write(`Object.defineProperty(${baseClass}, Symbol.hasInstance, `).inlineBlock(() => {
    writer.write('value: function hasInstance(this: unknown, value: unknown): boolean ').inlineBlock(() => {
      writer.writeLine(`if (!${guard}(value)) return false;`);
      writer.writeLine(`if (this === ${baseClass}) return true;`);
      writer.writeLine(`if (this === ${unknownClass}) return !errorClasses.has(value.code);`);
      writer.writeLine("// An entry's class has its own static `code`; a subclass of it from elsewhere does not.");
      writer.writeLine("const code: unknown = typeof this === \"function\" && Object.hasOwn(this, \"code\") ? Reflect.get(this, \"code\") : undefined;");
      writer.writeLine('return typeof code === "string" ? value.code === code : Function.prototype[Symbol.hasInstance].call(this, value);');
    });
    writer.write(',').newLine();
  });
  writer.write(');');
}

/** The guard for the base class: a branded object with a string code. */
export function declareGuard(catalog: Catalog): StatementStructures {
  const { baseClass, guard } = catalog.names;
  return {
    kind: StructureKind.Function,
    isExported: true,
    name: guard,
    docs: [
      'True when `value` is an error of this spec, listed code or not, from this copy of the package or another: it checks the brand and the code, not the prototype chain.',
    ],
    parameters: [{ name: 'value', type: 'unknown' }],
    returnType: `value is ${baseClass}`,
    statements: [
      'if (typeof value !== "object" || value === null) return false;',
      'const branded = value as { readonly [BRAND]?: unknown; readonly code?: unknown };',
      'return branded[BRAND] === true && typeof branded.code === "string";',
    ],
  };
}
