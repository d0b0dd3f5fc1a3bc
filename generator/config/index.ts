/**
 * The config file: finding, loading and checking it, and what it sets for a run.
 */

export { CONFIG_NAMES, findConfig, loadConfig, type LoadedConfig } from './load-config.js';
export { NO_SETTINGS, settingsOf, type ConfigSettings } from './settings.js';
export { applyRules } from './rules.js';
export type { CatalogConfig, CodeOptions, EnvelopeConfig, ErrspecConfig, RuleLevel } from './define-config.js';
export { defineConfig } from './define-config.js';
export { contextOf, defaultsOf, loadSettings, outFolder, reporterOf, resolveRun, specsOf, type Flags, type Run } from './resolve-context.js';
export { DEFAULT_REGENERATE, regenerateCommand } from './regenerate-command.js';
