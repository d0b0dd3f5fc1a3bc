/**
 * The files `errspec init` writes: a config file and an example spec. Text only.
 */

/** Where a new project's specs and output go. */
export interface Layout {
  /** Folder of the specs, relative to the config file, e.g. `'specs'`. */
  readonly specs: string;
  /** Output folder, relative to the config file, e.g. `'generated'`. */
  readonly out: string;
  /** The generated package's npm name, or `null` for the default (the project's name + `-errors`). */
  readonly packageName: string | null;
}

/** The specs glob a new config names: every `*.errors.md` under the specs folder, so other Markdown there is left alone. */
export function specsGlob(layout: Layout): string {
  return `${layout.specs}/**/*.errors.md`;
}

/** The configuration a new project starts with, as plain data. */
function configOf(layout: Layout): Record<string, unknown> {
  return { specs: [specsGlob(layout)], out: layout.out, ...(layout.packageName === null ? {} : { package: { name: layout.packageName } }) };
}

/** `errspec.config.json`. */
export function jsonConfig(layout: Layout): string {
  return `${JSON.stringify(configOf(layout), null, 2)}\n`;
}

/** `errspec.config.ts`: the same data through `defineConfig`, so an editor completes and checks the options. */
export function tsConfig(layout: Layout): string {
  // Folder names from flags, as string literals: JSON.stringify escapes them safely for TypeScript too.
  const lines = [
    `  specs: [${JSON.stringify(specsGlob(layout))}],`,
    `  out: ${JSON.stringify(layout.out)},`,
    ...(layout.packageName === null ? [] : [`  package: { name: ${JSON.stringify(layout.packageName)} },`]),
  ];
  return `import { defineConfig } from 'errspec/config';\n\n// Paths are relative to this file. Options: see errspec's README, "Config file".\nexport default defineConfig({\n${lines.join('\n')}\n});\n`;
}

/** An example spec: a table errspec reads as is, to edit or replace. */
export const EXAMPLE_SPEC = `# Example errors

The error codes this service returns. errspec reads the table below into typed TypeScript;
edit it (or add more \`*.errors.md\` files next to it), then regenerate.

| Code | HTTP status | Message | Description | Remedy |
| --- | --- | --- | --- | --- |
| EXAMPLE_BAD_INPUT | 400 | The request is not valid | A field is missing or has the wrong type. | Fix the request and send it again. |
| EXAMPLE_NOT_FOUND | 404 | {resource} was not found | Nothing exists under the given id. | Check the id. |
| EXAMPLE_UNAVAILABLE | 503 | The service is busy | Too many requests at once. | Retry later. |
`;
