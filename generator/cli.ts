#!/usr/bin/env node
/**
 * The command line: argv to options, options to a run, the run to output and an exit code.
 * The only module that touches `process`. Exit codes: 0 ok, 1 errors in specs or stale
 * output under `--check`, 2 usage or I/O errors.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { defaultsOf, loadSettings, outFolder, reporterOf, resolveRun, specsOf, type Flags, type Run } from './config/index.js';
import { countBySeverity, formatDiagnostic } from './diagnostics.js';
import { UserError } from './errors.js';
import type { Catalog, Diagnostic } from './model.js';
import { DEFAULT_OPTIONS } from './extract/index.js';
import { statusJson, statusTable } from './i18n/index.js';
import { LOCALE_PATTERN } from './model.js';
import { catalogFor, extractTranslations, generate, preview, projectRoot, translationStatus, type TranslationContext } from './pipeline.js';
import { format, unifiedDiff } from './fmt/index.js';
import { lint, parseRuleFlags, RULES } from './lint/index.js';
import { listSpecs, readSpecs } from './read/index.js';
import { writeFileAtomic } from './write/index.js';
import {
  formatCheckDiff, formatGithub, formatStaleAnnotations, formatHuman, formatJson, readChanges, startProgress, wantsColour, type ReporterName, type Summary,
} from './report/index.js';
import { watch } from './watch/index.js';
import { SCRIPTS, init } from './init/index.js';
import { packageNameProblem } from './config/package-identity.js';
import { HELP } from './help.js';
import { didYouMean } from './did-you-mean.js';
import { enableTimings, stageCounts, stageTimings } from './timings/index.js';

const COMMANDS = ['init', 'generate', 'inspect', 'preview', 'i18n', 'lint', 'fmt'];

/** Run the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command = 'generate', ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') {
    const topic = rest[0] ?? 'main';
    if (HELP[topic] === undefined) throw unknownCommand(topic);
    return print(HELP[topic]);
  }
  if (command === '-v' || command === '--version') return print(await version());
  if (command.startsWith('-')) return runGenerate(argv);
  if (command === 'generate') return runGenerate(rest);
  if (command === 'init') return runInit(rest);
  if (command === 'inspect') return runInspect(rest);
  if (command === 'preview') return runPreview(rest);
  if (command === 'i18n') return runI18n(rest);
  if (command === 'lint') return runLint(rest);
  if (command === 'fmt') return runFmt(rest);
  throw unknownCommand(command);
}

function unknownCommand(name: string): UserError {
  const near = didYouMean(name, COMMANDS);
  if (near !== null) return new UserError(`Unknown command \`${name}\`, did you mean \`${near}\`? (see errspec --help)`);
  return new UserError(`Unknown command \`${name}\`, expected init, generate, inspect, preview, lint, fmt or i18n (see errspec --help)`);
}

async function runGenerate(args: readonly string[]): Promise<number> {
  const { values } = parse(args, {
    specs: { type: 'string', multiple: true },
    out: { type: 'string' },
    config: { type: 'string' },
    'package-name': { type: 'string' },
    'package-version': { type: 'string' },
    'enum-style': { type: 'string' },
    'default-status': { type: 'string' },
    'problem-type-base': { type: 'string' },
    'docs-url': { type: 'string' },
    'remedy-in-response': { type: 'boolean' },
    i18n: { type: 'string' },
    reporter: { type: 'string' },
    check: { type: 'boolean' },
    watch: { type: 'boolean' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  }, false);
  if (values.help === true) return print(HELP.generate!);
  if (values.check === true && values.watch === true) throw new UserError('Unexpected --check with --watch, expected one of them');
  const cwd = process.cwd();
  const resolve = (): Promise<Run> => resolveRun(cwd, values.config as string | undefined, flagsOf(values));
  const verbose = values.verbose === true;
  if (values.watch === true) return watchRun(resolve, verbose);
  const { context, reporter, config } = await resolve();
  // A first run in a new repository: say how to start rather than only that `specs` is missing.
  if (config === null && values.specs === undefined && !existsSync(path.resolve(cwd, 'specs'))) {
    throw new UserError('Missing specs: no errspec.config.* and no specs/ folder here, expected one of them (run `npx errspec init` to start one, or pass --specs <dir|file|glob>)');
  }
  const root = projectRoot(cwd, context.out);
  const started = performance.now();
  const progress = startProgress(process.stderr, process.stderr.isTTY === true && !isCI(), 1000);
  let outcome;
  try {
    outcome = await generate(context, values.check === true, progress, workersOf(process.env.ERRSPEC_WORKERS));
  } finally {
    progress.stop();
  }
  // Diagnostics name specs from the project root; point them from here, for clickable paths.
  const all = outcome.catalogs.flatMap((catalog) => catalog.diagnostics).map((diagnostic) => ({
    ...diagnostic,
    source: path.relative(cwd, path.resolve(root, diagnostic.source)).split(path.sep).join('/'),
  }));
  const entries = outcome.catalogs.reduce((sum, catalog) => sum + catalog.entryCount, 0);
  const counts = countBySeverity(all);
  const summary = [
    plural(outcome.catalogs.length, 'spec'),
    plural(entries, 'entry', 'entries'),
    plural(counts.error, 'error'),
    plural(counts.warning, 'warning'),
  ].join(', ');
  const time = `${Math.round(performance.now() - started)} ms`;
  const facts = { command: 'generate', specs: outcome.catalogs.length, entries, ok: outcome.kind !== 'errors' };
  if (outcome.kind === 'errors') {
    report(reporter, all, verbose, { ...facts, written: false });
    process.stderr.write(`errspec: ${summary}; nothing written because of errors\n`);
    return 1;
  }
  if (outcome.kind === 'checked') {
    const { differing, stale } = outcome.result;
    report(reporter, all, verbose, { ...facts, ok: differing.length + stale.length === 0, differing, stale });
    if (reporter === 'github') process.stdout.write(formatStaleAnnotations(context.out, differing, stale, context.regenerate));
    for (const file of differing) process.stderr.write(`${context.out}/${file}  differs from the specs\n`);
    for (const file of stale) process.stderr.write(`${context.out}/${file}  is stale and would be removed\n`);
    if (differing.length + stale.length > 0) {
      const out = path.resolve(cwd, context.out);
      process.stderr.write(formatCheckDiff(readChanges(out, outcome.files, differing), context.out));
      process.stderr.write(`errspec: ${context.out}/ is out of date (${differing.length + stale.length} files); run \`${context.regenerate}\` and commit\n`);
      return 1;
    }
    process.stderr.write(`errspec: ${summary}; ${context.out}/ is up to date (${time})\n`);
    return 0;
  }
  const { written, removed, unchanged, orphaned } = outcome.result;
  report(reporter, all, verbose, { ...facts, written: written.length, removed: removed.length, unchanged });
  for (const file of orphaned) process.stderr.write(`${context.out}/${file}  is no longer generated but was edited since: left in place, no longer errspec's\n`);
  process.stderr.write(
    `errspec: ${summary}; ${written.length} files written, ${removed.length} removed, ${unchanged} unchanged in ${context.out}/ (${time})\n`,
  );
  return 0;
}

/**
 * `ERRSPEC_WORKERS=<n>`: read the specs in `n` worker threads beside this one (0: in this one
 * alone), whatever their size; unset, errspec decides by size. For the tests and the bench.
 */
function workersOf(value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  if (!/^\d+$/.test(value) || Number(value) > 64) throw new UserError(`Unexpected ERRSPEC_WORKERS=${value}, expected a number of worker threads from 0 to 64`);
  return Number(value);
}

/** Continuous integration sets `CI`; no progress line there even under a pseudo-terminal. */
function isCI(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false';
}

/** `--watch`: regenerate on every save until SIGINT or SIGTERM; exit 0 then. */
async function watchRun(resolve: () => Promise<Run>, verbose: boolean): Promise<number> {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let reporter: ReporterName = 'human';
  await watch({
    cwd: process.cwd(),
    load: async () => {
      const run = await resolve();
      reporter = run.reporter;
      return { context: run.context, config: run.config };
    },
    signal: controller.signal,
    log: (line) => process.stderr.write(`${line}\n`),
    report: (diagnostics) => report(reporter, diagnostics, verbose, { command: 'generate' }),
  });
  return 0;
}

async function runInit(args: readonly string[]): Promise<number> {
  const { values } = parse(args, {
    json: { type: 'boolean' },
    specs: { type: 'string' },
    out: { type: 'string' },
    'package-name': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  }, false);
  if (values.help === true) return print(HELP.init!);
  const packageName = values['package-name'] as string | undefined;
  const problem = packageName === undefined ? null : packageNameProblem(packageName);
  if (problem !== null) throw new UserError(`Unexpected --package-name \`${packageName}\`: ${problem}; expected an npm package name such as \`acme-errors\` or \`@acme/errors\``);
  const steps = init(process.cwd(), {
    json: values.json === true,
    specs: (values.specs as string | undefined) ?? 'specs',
    out: (values.out as string | undefined) ?? 'generated',
    packageName: packageName ?? null,
  });
  const width = Math.max(...steps.map((step) => step.file.length));
  for (const step of steps) process.stdout.write(`${step.file.padEnd(width)}  ${step.note}\n`);
  const changed = steps.filter((step) => step.changed).length;
  const scripts = steps.some((step) => step.file === 'package.json' && !step.note.startsWith('not found'));
  process.stdout.write(
    `errspec init: ${plural(changed, 'file')} written or changed; next: ${scripts ? `npm run ${Object.keys(SCRIPTS)[0]}` : 'npx errspec generate'}\n`,
  );
  return 0;
}

async function runInspect(args: readonly string[]): Promise<number> {
  const { values, positionals } = parse(
    args,
    { json: { type: 'boolean' }, reporter: { type: 'string' }, config: { type: 'string' }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (values.help === true) return print(HELP.inspect!);
  if (positionals.length === 0) throw new UserError('Missing spec path, expected `errspec inspect <file|dir>...`');
  const cwd = process.cwd();
  const { settings } = await loadSettings(cwd, values.config as string | undefined);
  const reporter = reporterOf(values.reporter as string | undefined, settings);
  const defaults = defaultsOf({}, settings);
  const catalogs = readSpecs(listSpecs(positionals, cwd), cwd).map((spec) => catalogFor(spec, { defaults, catalogs: settings.catalogs, rules: settings.rules }));
  const diagnostics = catalogs.flatMap((catalog) => catalog.diagnostics);
  if (values.json === true) {
    process.stdout.write(`${JSON.stringify({ catalogs }, null, 2)}\n`);
  } else if (reporter === 'human') {
    for (const catalog of catalogs) process.stdout.write(summarise(catalog, values.verbose === true));
    report(reporter, diagnostics, true, {});
  } else {
    const entries = catalogs.reduce((sum, catalog) => sum + catalog.entries.length, 0);
    report(reporter, diagnostics, true, { command: 'inspect', specs: catalogs.length, entries });
  }
  return catalogs.some((catalog) => catalog.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) ? 1 : 0;
}

async function runI18n(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '-h' || command === '--help') return print(HELP.i18n!);
  if (command !== 'status' && command !== 'extract') throw new UserError(`Unknown command \`i18n ${command}\`, expected \`i18n status\` or \`i18n extract\` (see errspec i18n --help)`);
  const { values } = parse(rest, {
    locale: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    check: { type: 'boolean' },
    specs: { type: 'string', multiple: true },
    i18n: { type: 'string' },
    config: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  }, false);
  if (values.help === true) return print(HELP.i18n!);
  const locales = (values.locale as string[] | undefined) ?? [];
  for (const locale of locales) {
    if (!LOCALE_PATTERN.test(locale)) throw new UserError(`Unexpected --locale \`${locale}\`, expected a BCP 47 tag such as \`en\`, \`ja\` or \`zh-TW\``);
  }
  // The config's specs, out and i18n folder, as generate reads them; its code options do not change messages.
  const cwd = process.cwd();
  const { settings } = await loadSettings(cwd, values.config as string | undefined);
  const context: TranslationContext = {
    cwd,
    specs: specsOf({ specs: values.specs as string[] | undefined }, settings),
    out: settings.out ?? 'generated',
    defaults: DEFAULT_OPTIONS,
    i18n: (values.i18n as string | undefined) ?? settings.i18n,
  };
  if (command === 'status') {
    const translations = translationStatus(context, locales);
    const diagnostics = translations.flatMap(({ catalog, diagnostics: own }) => [...catalog.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'), ...own]);
    report('human', diagnostics, false, {});
    const statuses = translations.flatMap(({ analyses }) => analyses.map((analysis) => analysis.status));
    if (values.json === true) process.stdout.write(statusJson(statuses));
    else if (statuses.length === 0) process.stdout.write('No translation files; start one with `errspec i18n extract --locale <locale>`\n');
    else process.stdout.write(statusTable(statuses));
    if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) return 1;
    return values.check === true && statuses.some((status) => status.missing.length + status.stale.length > 0) ? 1 : 0;
  }
  if (values.json === true || values.check === true) throw new UserError('Unexpected --json or --check with `i18n extract`, expected them with `i18n status`');
  if (locales.length !== 1) throw new UserError('Missing --locale, expected `errspec i18n extract --locale <locale>` with one locale');
  const outcome = extractTranslations(context, locales[0]!);
  report('human', outcome.translations.flatMap(({ catalog, diagnostics }) => [...catalog.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'), ...diagnostics]), false, {});
  if (!outcome.ok) {
    process.stderr.write('errspec: nothing written because of errors\n');
    return 1;
  }
  for (const { file, added } of outcome.written) {
    process.stderr.write(`${path.relative(context.cwd, file).split(path.sep).join('/')}  written${added.length > 0 ? `, ${plural(added.length, 'code')} added` : ''}\n`);
  }
  process.stderr.write(`errspec: ${plural(outcome.written.length, 'file')} written\n`);
  return 0;
}

async function runLint(args: readonly string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    rule: { type: 'string', multiple: true },
    verbose: { type: 'boolean' },
    reporter: { type: 'string' },
    config: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  }, true);
  if (values.help === true) return print(HELP.lint!);
  const cwd = process.cwd();
  const { settings } = await loadSettings(cwd, values.config as string | undefined);
  // The config's `rules` also name generate's own rules; lint takes the levels of its rules from it, and --rule wins.
  const configured = Object.fromEntries([...settings.rules].filter(([id]) => RULES.some((rule) => rule.id === id)));
  const levels = { ...configured, ...parseRuleFlags((values.rule as string[] | undefined) ?? []) };
  const reporter = reporterOf(values.reporter as string | undefined, settings);
  const specs = readSpecs(listSpecs(positionals.length === 0 ? specsOf({}, settings) : positionals, cwd), cwd);
  const all = specs.flatMap((spec) => lint(spec, levels));
  const counts = countBySeverity(all);
  if (reporter === 'human') {
    for (const diagnostic of all) {
      if (values.verbose === true || diagnostic.severity !== 'info') process.stdout.write(`${formatDiagnostic(diagnostic)}\n`);
    }
  } else {
    report(reporter, all, values.verbose === true, { command: 'lint', specs: specs.length, errors: counts.error, warnings: counts.warning });
  }
  process.stderr.write(`errspec lint: ${[plural(specs.length, 'spec'), plural(counts.error, 'error'), plural(counts.warning, 'warning')].join(', ')}\n`);
  return counts.error > 0 ? 1 : 0;
}

async function runFmt(args: readonly string[]): Promise<number> {
  const { values, positionals } = parse(args, { write: { type: 'boolean' }, check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true);
  if (values.help === true) return print(HELP.fmt!);
  if (values.write === true && values.check === true) throw new UserError('Unexpected --check with --write, expected one of them');
  const cwd = process.cwd();
  const files = listSpecs(positionals.length === 0 ? ['specs'] : positionals, cwd);
  const specs = readSpecs(files, cwd); // checks every spec is readable text before any is written
  let changed = 0;
  specs.forEach((spec, index) => {
    const raw = readFileSync(files[index]!, 'utf8');
    const { text, rewrites, kept } = format(raw);
    for (const region of kept) {
      const message = `Kept the ${region.origin} table as it is: ${region.reason}`;
      process.stderr.write(`${formatDiagnostic({ kind: 'diagnostic', severity: 'info', rule: 'fmt-kept', message, source: spec.source, line: region.line, column: 1 })}\n`);
    }
    if (rewrites.length === 0) return;
    changed++;
    const lines = rewrites.reduce((sum, rewrite) => sum + rewrite.to - rewrite.from + 1, 0);
    if (values.write === true) writeFileAtomic(files[index]!, text);
    else process.stdout.write(unifiedDiff(spec.source, raw, rewrites));
    process.stderr.write(`${spec.source}: ${plural(rewrites.length, 'table')} (${plural(lines, 'line')}) ${values.write === true ? 'rewritten' : 'to rewrite'}\n`);
  });
  process.stderr.write(`errspec fmt: ${plural(specs.length, 'spec')}, ${changed} ${values.write === true ? 'formatted' : 'to format (run with --write to save)'}\n`);
  return values.check === true && changed > 0 ? 1 : 0;
}

async function runPreview(args: readonly string[]): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, open: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true);
  if (values.help === true) return print(HELP.preview!);
  const cwd = process.cwd();
  const out = outFolder((values.out as string | undefined) ?? 'errspec-preview');
  const started = performance.now();
  const outcome = preview(positionals.length === 0 ? ['specs'] : positionals, cwd, out);
  const counts = countBySeverity(outcome.catalogs.flatMap((catalog) => catalog.diagnostics));
  const entries = outcome.catalogs.reduce((sum, catalog) => sum + catalog.entries.length, 0);
  const summary = [plural(outcome.catalogs.length, 'spec'), plural(entries, 'entry', 'entries'), plural(counts.error, 'error'), plural(counts.warning, 'warning')].join(', ');
  process.stderr.write(`errspec: ${summary}; preview written to ${out}/ (${Math.round(performance.now() - started)} ms)\n`);
  // As the user named the folder: relative to here, or absolute.
  const page = path.isAbsolute(out) ? outcome.summary : path.relative(cwd, outcome.summary).split(path.sep).join('/');
  process.stdout.write(`${page}\n`);
  if (values.open === true) await openInBrowser(outcome.summary);
  return counts.error > 0 ? 1 : 0;
}

/** Open `file` with the system's opener, without waiting for it; a missing opener is a note, not a failure. */
async function openInBrowser(file: string): Promise<void> {
  // Loaded here: every other run would pay for node:child_process at start-up.
  const { spawn } = await import('node:child_process');
  const [command, ...args] =
    process.platform === 'darwin' ? ['open', file] : process.platform === 'win32' ? ['explorer', file] : ['xdg-open', file];
  const child = spawn(command!, args, { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`errspec: cannot start \`${command}\` to open the preview; open ${pathToFileURL(file).href} yourself\n`));
  child.unref();
}

/** inspect's account of one catalog; `verbose` adds each entry's other fields under it. */
function summarise(catalog: Catalog, verbose: boolean): string {
  const counts = countBySeverity(catalog.diagnostics);
  const lines = [
    `${catalog.source}  ${catalog.id}  "${catalog.title}"`,
    `  rows seen ${catalog.rows.seen}, entries ${catalog.rows.entries}, variants ${catalog.rows.variants}, skipped ${catalog.rows.skipped.length}; ` +
      `${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`,
    ...catalog.entries.flatMap((entry) => [
      `  ${String(entry.line).padStart(4)}  ${entry.code}  ${entry.httpStatus ?? '-'}  ${entry.name}  ${
        entry.messages[catalog.defaultLocale] ?? Object.values(entry.messages)[0] ?? ''
      }`.replace(/\n/g, ' '),
      ...(verbose ? entryDetails(entry) : []),
    ]),
    ...catalog.rows.skipped.map((row) => `  ${String(row.line).padStart(4)}  skipped: ${row.reason}`),
  ];
  return `${lines.join('\n')}\n\n`;
}

/** generate's flags, by their option names. */
function flagsOf(values: Parsed['values']): Flags {
  return {
    specs: values.specs as string[] | undefined,
    out: values.out as string | undefined,
    packageName: values['package-name'] as string | undefined,
    packageVersion: values['package-version'] as string | undefined,
    enumStyle: values['enum-style'] as string | undefined,
    defaultStatus: values['default-status'] as string | undefined,
    problemTypeBase: values['problem-type-base'] as string | undefined,
    docsUrl: values['docs-url'] as string | undefined,
    remedyInResponse: values['remedy-in-response'] as boolean | undefined,
    i18n: values.i18n as string | undefined,
    reporter: values.reporter as string | undefined,
  };
}

/** `--verbose`: the fields of an entry that its summary line leaves out, one per line, only those it has. */
function entryDetails(entry: Catalog['entries'][number]): string[] {
  const fields: [string, string | null][] = [
    ['status from', entry.httpStatusSource],
    ...Object.entries(entry.messages).map(([locale, message]): [string, string] => [`message ${locale}`, message ?? '']),
    ['description', entry.description],
    ['remedy', entry.remedy],
    ['group', entry.groupPath.length > 0 ? entry.groupPath.join(' > ') : null],
    ['aliases', entry.aliases.length > 0 ? entry.aliases.join(', ') : null],
    ['retryable', entry.retryable === null ? null : String(entry.retryable)],
    ...Object.entries(entry.extra).map(([header, value]): [string, string] => [`extra ${header}`, value]),
    ['variants', entry.variants.length > 0 ? entry.variants.map((variant) => `line ${variant.line}`).join(', ') : null],
  ];
  return fields.filter(([, value]) => value !== null && value !== '').map(([label, value]) => `        ${label}: ${value!.replace(/\n/g, ' ')}`);
}

/** Print diagnostics: human text on stderr; JSON (with `summary`) or GitHub annotations on stdout. */
function report(reporter: ReporterName, diagnostics: readonly Diagnostic[], verbose: boolean, summary: Summary): void {
  if (reporter === 'json') process.stdout.write(formatJson(diagnostics, summary));
  else if (reporter === 'github') process.stdout.write(formatGithub(diagnostics, { verbose }));
  else process.stderr.write(formatHuman(diagnostics, { colour: wantsColour(process.env, process.stderr.isTTY === true), verbose }));
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
    const message = (error as Error).message.split('\n')[0]!;
    // Node words it "Unknown option '--prefx'. To specify a positional argument ...": keep the first sentence.
    const unknown = /^Unknown option '(-{1,2}[^']+)'/.exec(message);
    if (unknown === null) throw new UserError(`${message} (see errspec --help)`);
    const near = didYouMean(unknown[1]!.replace(/^-+/, ''), Object.keys(options));
    throw new UserError(`Unknown option '${unknown[1]}'${near === null ? '' : `, did you mean \`--${near}\`?`} (see errspec --help)`);
  }
}

/** `1 spec`, `2 specs`. */
function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function print(text: string): number {
  process.stdout.write(`${text}\n`);
  return 0;
}

async function version(): Promise<string> {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

// A reader that stops early (`errspec inspect --json | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Parsing allocates many short-lived objects (micromark tokens, mdast nodes): with V8's default
// 16 MB semi-spaces a cold run of 10k entries spent a fifth of its CPU in scavenges. 32 MB cut
// its CPU time by 10-30% for 6 MB more peak RSS. Workers get the same (pool/pool.ts). A size
// the user set (NODE_OPTIONS, a node flag) wins.
if (!`${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`.includes('semi-space')) v8.setFlagsFromString('--max-semi-space-size=32');

// `ERRSPEC_TIMINGS=1`: per-stage milliseconds as one JSON line on stderr, for `npm run bench`.
if (process.env.ERRSPEC_TIMINGS === '1') {
  enableTimings();
  process.on('exit', () => {
    process.stderr.write(`errspec-timings ${JSON.stringify({ stages: stageTimings(), counts: stageCounts(), maxRssKiB: process.resourceUsage().maxRSS })}\n`);
  });
}

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
