/**
 * A run's options to its context, once, at the entry point (the CLI or the API): flags first,
 * then the config file, then the defaults. Defaults that name paths (`specs`, `generated`) are
 * relative to the config file when there is one, as the config's own paths are.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { defaultPackageIdentity, isSemver, packageNameProblem, type PackageIdentity } from './package-identity.js';
import { DEFAULT_OPTIONS } from '../extract/index.js';
import { isBaseUri } from '../extract/messages-options.js';
import type { CatalogOptions } from '../model.js';
import { projectRoot, type Context } from '../pipeline.js';
import { REPORTERS, type ReporterName } from '../report/index.js';
import type { ErrspecConfig } from './define-config.js';
import { checkedConfig, findConfig, loadConfig } from './load-config.js';
import { regenerateCommand } from './regenerate-command.js';
import { NO_SETTINGS, settingsOf, type ConfigSettings } from './settings.js';

/** Options given on the command line, each winning over the config file; flag names in messages. */
export interface Flags {
  readonly specs?: readonly string[] | undefined;
  readonly out?: string | undefined;
  readonly packageName?: string | undefined;
  readonly packageVersion?: string | undefined;
  readonly enumStyle?: string | undefined;
  readonly defaultStatus?: string | undefined;
  readonly problemTypeBase?: string | undefined;
  readonly docsUrl?: string | undefined;
  readonly remedyInResponse?: boolean | undefined;
  readonly i18n?: string | undefined;
  readonly reporter?: string | undefined;
}

/** A resolved run: its context, reporter, and the config file it came from. */
export interface Run {
  readonly context: Context;
  readonly reporter: ReporterName;
  /** Absolute path of the config file, or `null` when there is none (or it was given inline). */
  readonly config: string | null;
}

/**
 * The settings of the config `given` names, resolved against `cwd`: a file path; `undefined` to
 * look for `errspec.config.*` in `cwd`; `false` for none; or a configuration object, whose paths
 * are relative to `cwd` (the API's inline config).
 */
export async function loadSettings(cwd: string, given: string | false | ErrspecConfig | undefined): Promise<{ settings: ConfigSettings; file: string | null }> {
  if (given === false) return { settings: NO_SETTINGS, file: null };
  if (typeof given === 'object') {
    // Checked as a config file is, keys named by their path; its paths are relative to `cwd`.
    const config = checkedConfig(given, (keys) => (keys.length === 0 ? 'config' : `config (at ${keys.join('.')})`));
    return { settings: settingsOf(config, path.join(cwd, 'errspec.config.json'), cwd), file: null };
  }
  const file = findConfig(cwd, given);
  return { settings: file === null ? NO_SETTINGS : settingsOf((await loadConfig(file, cwd)).config, file, cwd), file };
}

/** Resolve a run in `cwd`: its config (see `loadSettings`), then `flags` over it. */
export async function resolveRun(cwd: string, config: string | false | ErrspecConfig | undefined, flags: Flags): Promise<Run> {
  const { settings, file } = await loadSettings(cwd, config);
  return { context: contextOf(flags, settings, cwd), reporter: reporterOf(flags.reporter, settings), config: file };
}

/** The spec paths of a run: `--specs`, else the config's, else `specs` beside the config (or here). */
export function specsOf(flags: Pick<Flags, 'specs'>, settings: ConfigSettings): readonly string[] {
  return flags.specs ?? settings.specs ?? [joinBase(settings.base, 'specs')];
}

/** The run's context: flags first, then the config file, then the defaults. */
export function contextOf(flags: Flags, settings: ConfigSettings, cwd: string): Context {
  const out = outFolder(flags.out ?? settings.out ?? joinBase(settings.base, 'generated'));
  const root = projectRoot(cwd, out);
  return {
    cwd,
    specs: specsOf(flags, settings),
    out,
    package: packageIdentity(flags.packageName ?? settings.packageName ?? undefined, flags.packageVersion ?? settings.packageVersion ?? undefined, root),
    defaults: defaultsOf(flags, settings),
    i18n: flags.i18n ?? settings.i18n,
    catalogs: settings.catalogs,
    rules: settings.rules,
    openapi: settings.openapi ?? true,
    regenerate: settings.regenerate ?? regenerateCommand(root),
  };
}

/** The output folder as given; an empty one would be the working folder itself, never what was meant. */
export function outFolder(out: string): string {
  if (out.trim() === '') throw new UserError('Unexpected empty --out, expected a folder for the output, e.g. `generated`');
  return out;
}

function joinBase(base: string, name: string): string {
  return base === '.' ? name : `${base}/${name}`;
}

/** The reporter `flag` names, else the config's, else `human`. */
export function reporterOf(flag: string | undefined, settings: ConfigSettings): ReporterName {
  const name = flag ?? settings.reporter ?? 'human';
  if (!(REPORTERS as readonly string[]).includes(name)) throw new UserError(`Unexpected --reporter \`${name}\`, expected ${REPORTERS.join(', ')}`);
  return name as ReporterName;
}

/** Catalog options for specs that set none: the flags (generate has them, inspect not), then the config's defaults. */
export function defaultsOf(flags: Flags, settings: ConfigSettings): CatalogOptions {
  return messagesDefaults(
    catalogDefaults(
      flags.enumStyle ?? settings.enumStyle ?? undefined,
      flags.defaultStatus ?? (settings.defaultHttpStatus === null ? undefined : String(settings.defaultHttpStatus)),
    ),
    flags.problemTypeBase ?? settings.problemTypeBase ?? undefined,
    flags.docsUrl ?? settings.docsUrl ?? undefined,
    flags.remedyInResponse === true || settings.remedyInResponse === true,
  );
}

/** Catalog options from `--enum-style` and `--default-status`, each checked. */
function catalogDefaults(enumStyle: string | undefined, defaultStatus: string | undefined): CatalogOptions {
  if (enumStyle !== undefined && enumStyle !== 'enum' && enumStyle !== 'const') {
    throw new UserError(`Unexpected --enum-style \`${enumStyle}\`, expected \`enum\` or \`const\``);
  }
  const status = defaultStatus === undefined ? DEFAULT_OPTIONS.defaultHttpStatus : Number(defaultStatus);
  if (!/^[1-5]\d\d$/.test(String(status))) throw new UserError(`Unexpected --default-status \`${defaultStatus}\`, expected an HTTP status from 100 to 599`);
  return { ...DEFAULT_OPTIONS, enumStyle: enumStyle ?? DEFAULT_OPTIONS.enumStyle, defaultHttpStatus: status };
}

/** `defaults` with `--problem-type-base`, `--docs-url` and `--remedy-in-response`, each URL checked. */
function messagesDefaults(defaults: CatalogOptions, problemTypeBase: string | undefined, docsUrl: string | undefined, remedyInResponse: boolean): CatalogOptions {
  for (const [flag, value] of [['--problem-type-base', problemTypeBase], ['--docs-url', docsUrl]] as const) {
    if (value !== undefined && !isBaseUri(value)) throw new UserError(`Unexpected ${flag} \`${value}\`, expected an absolute http(s) URL or a URN`);
  }
  return { ...defaults, problemTypeBase: problemTypeBase ?? defaults.problemTypeBase, docsUrl: docsUrl ?? defaults.docsUrl, remedyInResponse };
}

/**
 * The package's name and version: the options where given, else the defaults drawn from
 * `package.json` in `root` (read only when a default is needed); both checked.
 */
function packageIdentity(name: string | undefined, version: string | undefined, root: string): PackageIdentity {
  // package.json is read only when an option is missing: with both given, a broken one does not matter.
  const defaults = name !== undefined && version !== undefined ? { name, version } : defaultPackageIdentity(readManifest(root));
  const identity = { name: name ?? defaults.name, version: version ?? defaults.version };
  const origin = (given: string | undefined, option: string): string =>
    given !== undefined ? `--${option}` : `drawn from the package.json beside the output folder; set it with --${option}`;
  const problem = packageNameProblem(identity.name);
  if (problem !== null) {
    throw new UserError(
      `Unexpected package name \`${identity.name}\` (${origin(name, 'package-name')}): ${problem}; expected an npm package name such as \`acme-errors\` or \`@acme/errors\``,
    );
  }
  if (!isSemver(identity.version)) {
    throw new UserError(
      `Unexpected package version \`${identity.version}\` (${origin(version, 'package-version')}), expected a semantic version such as \`1.2.3\``,
    );
  }
  return identity;
}

/** The parsed `package.json` of the project folder; `null` when there is none. */
function readManifest(root: string): unknown {
  const file = path.join(root, 'package.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new UserError(`Cannot read ./package.json for the package's default name and version: ${code ?? String(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UserError('Unexpected text in the package.json beside the output folder, expected JSON (it gives the package\'s default name and version; or pass --package-name and --package-version)');
  }
}
