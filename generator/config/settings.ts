/**
 * A checked configuration to the parts of the run's context it sets: paths made relative to
 * the working folder, catalog settings and rule levels as maps.
 */

import path from 'node:path';
import type { CatalogSettings } from '../pipeline.js';
import type { ErrspecConfig, RuleLevel } from './define-config.js';

/** What the config file contributes to the context; CLI flags win over `specs`, `out`, `package` and `defaults`. */
export interface ConfigSettings {
  /** The config file's folder relative to the working folder, `/` separators; `.` here or without a config. Default paths start there. */
  readonly base: string;
  /** Spec paths or globs relative to the working folder, or `null` when the config names none. */
  readonly specs: readonly string[] | null;
  /** Output folder relative to the working folder, or `null`. */
  readonly out: string | null;
  readonly packageName: string | null;
  readonly packageVersion: string | null;
  readonly enumStyle: 'enum' | 'const' | null;
  readonly defaultHttpStatus: number | null;
  /** `defaults.problemTypeBase`, `defaults.docsUrl`, `defaults.remedyInResponse`, or `null`. */
  readonly problemTypeBase: string | null;
  readonly docsUrl: string | null;
  readonly remedyInResponse: boolean | null;
  readonly reporter: 'human' | 'json' | 'github' | null;
  /** Folder of translation files relative to the working folder, or `null`. */
  readonly i18n: string | null;
  /** `openapi`, or `null`. */
  readonly openapi: boolean | null;
  /** The command headers name, or `null` to find it (see regenerate-command.ts). */
  readonly regenerate: string | null;
  readonly catalogs: ReadonlyMap<string, CatalogSettings>;
  readonly rules: ReadonlyMap<string, RuleLevel>;
}

/** Nothing configured. */
export const NO_SETTINGS: ConfigSettings = {
  base: '.', specs: null, out: null, packageName: null, packageVersion: null, enumStyle: null, defaultHttpStatus: null,
  problemTypeBase: null, docsUrl: null, remedyInResponse: null, reporter: null, i18n: null, openapi: null, regenerate: null,
  catalogs: new Map(), rules: new Map(),
};

/** The settings of `config`, read from `file`; its paths are relative to the file's folder. */
export function settingsOf(config: ErrspecConfig, file: string, cwd: string): ConfigSettings {
  const relative = (p: string): string => path.relative(cwd, path.resolve(path.dirname(file), p)).split(path.sep).join('/') || '.';
  const specs = config.specs === undefined ? null : (typeof config.specs === 'string' ? [config.specs] : config.specs).map(relative);
  const catalogs = new Map<string, CatalogSettings>(
    Object.entries(config.catalogs ?? {}).map(([id, catalog]) => {
      const options = {
        ...(catalog.enumStyle !== undefined ? { enumStyle: catalog.enumStyle } : {}),
        ...(catalog.defaultHttpStatus !== undefined ? { defaultHttpStatus: catalog.defaultHttpStatus } : {}),
        ...(catalog.problemTypeBase !== undefined ? { problemTypeBase: catalog.problemTypeBase } : {}),
        ...(catalog.docsUrl !== undefined ? { docsUrl: catalog.docsUrl } : {}),
        ...(catalog.remedyInResponse !== undefined ? { remedyInResponse: catalog.remedyInResponse } : {}),
      };
      const envelope = catalog.envelope;
      return [id, {
        options,
        overrides: {
          prefix: catalog.prefix ?? null,
          defaultLocale: catalog.defaultLocale ?? null,
          envelope: envelope === undefined ? null : {
            paths: Object.fromEntries((['code', 'message', 'status', 'details'] as const).flatMap((role) => {
              const value = envelope[role];
              return value === undefined ? [] : [[role, value.split('.')]];
            })),
            codeType: envelope.codeType ?? null,
            line: 1,
          },
        },
      }];
    }),
  );
  return {
    base: relative('.'),
    specs,
    out: config.out === undefined ? null : relative(config.out),
    packageName: config.package?.name ?? null,
    packageVersion: config.package?.version ?? null,
    enumStyle: config.defaults?.enumStyle ?? null,
    defaultHttpStatus: config.defaults?.defaultHttpStatus ?? null,
    problemTypeBase: config.defaults?.problemTypeBase ?? null,
    docsUrl: config.defaults?.docsUrl ?? null,
    remedyInResponse: config.defaults?.remedyInResponse ?? null,
    reporter: config.reporter ?? null,
    i18n: config.i18n === undefined ? null : relative(config.i18n),
    openapi: config.openapi ?? null,
    regenerate: config.regenerate?.trim() ?? null,
    catalogs,
    rules: new Map(Object.entries(config.rules ?? {})),
  };
}
