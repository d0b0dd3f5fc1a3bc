/**
 * `generate --watch`: regenerate on every save.
 *
 * Every run is `generate`'s: it re-reads the spec texts (cheap) and parses again only the specs
 * whose text changed, the cache giving the catalogs of the others. The write stage
 * then writes only files whose bytes changed. A spec with errors is reported and nothing is
 * written, so the last good output stays; the next good save recovers. A change to the config
 * file reloads it and starts over from every spec.
 *
 * Folders are watched rather than files: editors that save by writing a temporary file and
 * renaming it over the spec replace the file's inode, which a watch on the file would lose.
 * Events are debounced, and runs never overlap: a change during a run starts one more run.
 */

import { watch as watchFolder, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { CONFIG_NAMES } from '../config/index.js';
import { UserError } from '../errors.js';
import type { Diagnostic } from '../model.js';
import { generate, readContextSpecs, type Context } from '../pipeline.js';
import { isGlob } from '../read/index.js';

/** What `watch` needs from the CLI. */
export interface WatchOptions {
  /** Resolve the run's context (reads the config file); throws UserError on a bad config. */
  load(): Promise<{ readonly context: Context; readonly config: string | null }>;
  /** The working folder, watched for a config file to be fixed when the first load fails. */
  readonly cwd: string;
  /** Aborting ends the watch. */
  readonly signal: AbortSignal;
  /** Print one status line. */
  log(line: string): void;
  /** Print a run's diagnostics. */
  report(diagnostics: readonly Diagnostic[]): void;
  /** Quiet time after the last event before a run, in ms; default 100. */
  readonly debounce?: number;
}

/** Watch until `signal` aborts; resolves then. */
export async function watch(options: WatchOptions): Promise<void> {
  const { signal, log } = options;
  let state: { context: Context; config: string | null } | null = null;
  /** The text of each spec at the last run, by source, to tell which changed. */
  let cache = new Map<string, string>();
  let watchers: FSWatcher[] = [];
  let reload = true;
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = (): void => {
    for (const watcher of watchers) watcher.close();
    watchers = [];
  };

  const schedule = (configChanged: boolean): void => {
    reload ||= configChanged;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void run(), options.debounce ?? 100);
  };

  const observe = (context: Context, config: string | null): void => {
    close();
    const out = path.resolve(context.cwd, context.out);
    const configName = config === null ? null : path.basename(config);
    const folders = new Map<string, boolean>();
    for (const input of context.specs) {
      if (isGlob(input)) folders.set(globBase(path.resolve(context.cwd, input)), true);
      else folders.set(path.resolve(context.cwd, input), false);
    }
    if (config !== null) folders.set(config, false);
    // A config file created, replaced or removed in the working folder reloads too.
    try {
      const watcher = watchFolder(options.cwd, (_event, name) => {
        if (name !== null && CONFIG_NAMES.includes(name.toString())) schedule(true);
      });
      watcher.on('error', () => {});
      watchers.push(watcher);
    } catch {
      // No working folder to watch: only the specs are watched.
    }
    for (const [target, recursive] of folders) {
      const listen = (folder: string, file: boolean): void => {
        try {
          const watcher = watchFolder(folder, { recursive }, (_event, name) => {
            const changed = name === null ? null : path.join(folder, name.toString());
            if (changed !== null && (changed === out || changed.startsWith(out + path.sep))) return;
            if (changed !== null && file && changed !== target) return;
            const isConfig = changed !== null && config !== null && changed === config;
            if (changed === null || isConfig || /\.(md|markdown)$/i.test(changed) || changed === target) schedule(isConfig);
          });
          watcher.on('error', () => schedule(false));
          watchers.push(watcher);
        } catch {
          // A missing folder is reported by the run itself.
        }
      };
      // A spec named by file: watch its folder, for saves that rename a new file over it.
      if (/\.(md|markdown)$/i.test(target) || target === config) listen(path.dirname(target), true);
      else listen(target, false);
    }
  };

  const run = async (): Promise<void> => {
    if (signal.aborted) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    const started = performance.now();
    const ms = (): string => `${Math.round(performance.now() - started)} ms`;
    try {
      if (reload || state === null) {
        reload = false;
        state = await options.load();
        cache = new Map();
        observe(state.context, state.config);
      }
      const { context } = state;
      const specs = readContextSpecs(context);
      const next = new Map<string, string>();
      const reread: string[] = [];
      for (const spec of specs) {
        if (cache.get(spec.source) !== spec.text) reread.push(spec.id);
        next.set(spec.source, spec.text);
      }
      cache = next;
      const what = reread.length === specs.length ? `${specs.length} ${specs.length === 1 ? 'spec' : 'specs'}` : `${reread.join(', ') || 'no spec'} changed`;
      if (reread.length === 0 && specs.length > 0) {
        log(`errspec: ${what}; nothing to do (${ms()})`);
      } else {
        // The one generate path: the cache gives the catalogs of the specs that did not change.
        const outcome = await generate(context, false);
        options.report(outcome.catalogs.flatMap((catalog) => catalog.diagnostics));
        if (outcome.kind === 'written') {
          const { written, removed } = outcome.result;
          log(`errspec: ${what}; ${written.length} files written, ${removed.length} removed in ${context.out}/ (${ms()})`);
        } else {
          const broken = outcome.catalogs.filter((catalog) => catalog.diagnostics.some((d) => d.severity === 'error')).map((catalog) => catalog.id);
          log(`errspec: ${what}; errors in ${broken.join(', ')}, kept the last good output in ${context.out}/ (${ms()})`);
        }
      }
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      log(`errspec: ${error.message}; waiting for a fix (${ms()})`);
      if (state === null) reload = true;
    } finally {
      running = false;
    }
    if (again && !signal.aborted) {
      again = false;
      await run();
    }
  };

  await run();
  log('errspec: watching for changes (Ctrl-C to stop)');
  if (state === null) {
    // The first load failed (a bad config): watch the working folder for the config to be fixed.
    const watcher = watchFolder(options.cwd, () => schedule(true));
    watcher.on('error', () => {});
    watchers.push(watcher);
  }
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
  if (timer !== undefined) clearTimeout(timer);
  close();
  log('errspec: stopped watching');
}

/** The folder a glob starts from: its path up to the first part with a wildcard. */
function globBase(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const index = parts.findIndex((part) => /[*?[\]{}]/.test(part));
  return parts.slice(0, index === -1 ? parts.length : index).join(path.sep) || path.sep;
}
