#!/usr/bin/env node
/**
 * The command line: argv to options, options to a run, the run to output and an exit code.
 * The only module that touches `process`. Exit codes: 0 ok, 1 errors in specs or stale
 * output under `--check`, 2 usage or I/O errors.
 */

import { parseArgs } from 'node:util';
import { countBySeverity, formatDiagnostic } from './diagnostics.js';
import { UserError } from './errors.js';
import type { Catalog, Diagnostic } from './model.js';
import { generate, loadCatalogs, type Context } from './pipeline.js';

const HELP: Record<string, string> = {
  main: `errspec: turn error-code tables in Markdown specs into typed TypeScript

Usage: errspec <command> [options]

Commands:
  generate   Generate TypeScript from the specs (the default command)
  inspect    Print what errspec read from specs: entries, skipped rows, diagnostics

Options:
  -h, --help     Show help (also: errspec <command> --help)
  -v, --version  Show the version

Exit codes: 0 ok, 1 errors in specs or stale output (--check), 2 usage or I/O errors.`,
  generate: `Usage: errspec generate [--specs <dir|file>]... [--out <dir>] [--check] [--verbose]

Reads every *.md spec, writes enums, error classes, status maps and messages to the
output folder. Writes only files whose content changed; removes files it generated
earlier that are now stale (listed in <out>/.errspec-manifest.json); never touches others.
Nothing is written when a spec has errors.

Options:
  --specs <path>  Spec file or folder of *.md files; repeatable (default: specs)
  --out <dir>     Output folder (default: generated)
  --check         Write nothing; list files that differ and exit 1 if any (for CI)
  --verbose       Also print info diagnostics (what recovery assumed)
  -h, --help      Show this help`,
  inspect: `Usage: errspec inspect <file|dir>... [--json]

Prints the model errspec extracted from the specs: per spec its entries, the account of
rows (seen = entries + skipped) and diagnostics.

Options:
  --json      Print the model as JSON: {"catalogs":[{id, source, entries, rows, diagnostics, ...}]}
  -h, --help  Show this help`,
};

/** Run the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command = 'generate', ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return print(HELP[rest[0] ?? 'main'] ?? HELP.main!);
  if (command === '-v' || command === '--version') return print(await version());
  if (command.startsWith('-')) return runGenerate(argv);
  if (command === 'generate') return runGenerate(rest);
  if (command === 'inspect') return runInspect(rest);
  throw new UserError(`Unknown command \`${command}\`, expected generate or inspect (see errspec --help)`);
}

async function runGenerate(args: readonly string[]): Promise<number> {
  const { values } = parse(args, {
    specs: { type: 'string', multiple: true },
    out: { type: 'string' },
    check: { type: 'boolean' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  }, false);
  if (values.help === true) return print(HELP.generate!);
  const context: Context = {
    cwd: process.cwd(),
    specs: (values.specs as string[] | undefined) ?? ['specs'],
    out: (values.out as string | undefined) ?? 'generated',
  };
  const started = performance.now();
  const outcome = await generate(context, values.check === true);
  const all = outcome.catalogs.flatMap((catalog) => catalog.diagnostics);
  report(all, values.verbose === true);
  const entries = outcome.catalogs.reduce((sum, catalog) => sum + catalog.entries.length, 0);
  const counts = countBySeverity(all);
  const summary = `${outcome.catalogs.length} specs, ${entries} entries, ${counts.error} errors, ${counts.warning} warnings`;
  const time = `${Math.round(performance.now() - started)} ms`;
  if (outcome.kind === 'errors') {
    process.stderr.write(`errspec: ${summary}; nothing written because of errors\n`);
    return 1;
  }
  if (outcome.kind === 'checked') {
    const { differing, stale } = outcome.result;
    for (const file of differing) process.stderr.write(`${context.out}/${file}  differs from the specs\n`);
    for (const file of stale) process.stderr.write(`${context.out}/${file}  is stale and would be removed\n`);
    if (differing.length + stale.length > 0) {
      process.stderr.write(`errspec: ${context.out}/ is out of date (${differing.length + stale.length} files); run \`npm run generate\` and commit\n`);
      return 1;
    }
    process.stderr.write(`errspec: ${summary}; ${context.out}/ is up to date (${time})\n`);
    return 0;
  }
  const { written, removed, unchanged } = outcome.result;
  process.stderr.write(
    `errspec: ${summary}; ${written.length} files written, ${removed.length} removed, ${unchanged} unchanged in ${context.out}/ (${time})\n`,
  );
  return 0;
}

async function runInspect(args: readonly string[]): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true);
  if (values.help === true) return print(HELP.inspect!);
  if (positionals.length === 0) throw new UserError('Missing spec path, expected `errspec inspect <file|dir>...`');
  const catalogs = loadCatalogs(positionals, process.cwd());
  if (values.json === true) {
    process.stdout.write(`${JSON.stringify({ catalogs }, null, 2)}\n`);
  } else {
    for (const catalog of catalogs) process.stdout.write(summarise(catalog));
    report(catalogs.flatMap((catalog) => catalog.diagnostics), true);
  }
  return catalogs.some((catalog) => catalog.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) ? 1 : 0;
}

function summarise(catalog: Catalog): string {
  const counts = countBySeverity(catalog.diagnostics);
  const lines = [
    `${catalog.source}  ${catalog.id}  "${catalog.title}"`,
    `  rows seen ${catalog.rows.seen}, entries ${catalog.rows.entries}, skipped ${catalog.rows.skipped.length}; ` +
      `${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`,
    ...catalog.entries.map(
      (entry) =>
        `  ${String(entry.line).padStart(4)}  ${entry.code}  ${entry.httpStatus ?? '-'}  ${entry.name}  ${
          entry.messages[catalog.defaultLocale] ?? Object.values(entry.messages)[0] ?? ''
        }`.replace(/\n/g, ' '),
    ),
    ...catalog.rows.skipped.map((row) => `  ${String(row.line).padStart(4)}  skipped: ${row.reason}`),
  ];
  return `${lines.join('\n')}\n\n`;
}

function report(diagnostics: readonly Diagnostic[], verbose: boolean): void {
  for (const diagnostic of diagnostics) {
    if (verbose || diagnostic.severity !== 'info') process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
  }
}

type Spec = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

/** Parsed arguments; values are strings, booleans or string lists as `options` declares. */
interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

function parse(args: readonly string[], options: Spec, allowPositionals: boolean): Parsed {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    throw new UserError(`${(error as Error).message.split('\n')[0]} (see errspec --help)`);
  }
}

function print(text: string): number {
  process.stdout.write(`${text}\n`);
  return 0;
}

async function version(): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

// A reader that stops early (`errspec inspect --json | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UserError) {
      process.stderr.write(`errspec: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`errspec: internal error (a bug in errspec, please report it):\n${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
