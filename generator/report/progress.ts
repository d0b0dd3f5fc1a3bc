/**
 * A progress line for runs that take over a second: on a terminal only, never in CI or in
 * piped output, and erased before anything else is printed.
 *
 * Most of a run is synchronous (parsing, ts-morph, the compiler), so timers alone would rarely
 * fire: the pipeline also calls `stage` between its steps, which draws at once when the run is
 * already over the delay.
 */

/** Where the line goes: stderr in the CLI. */
export interface ProgressStream {
  write(text: string): unknown;
}

/** A running indicator. */
export interface Progress {
  /** Name the current step, e.g. `"emitting"`; drawn when the run has taken longer than the delay. */
  stage(label: string): void;
  /** Erase the line and stop. */
  stop(): void;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** An indicator that does nothing: not a terminal, or CI. */
export const NO_PROGRESS: Progress = { stage: () => {}, stop: () => {} };

/** Start an indicator that shows after `delay` ms and redraws every 100 ms while the event loop is free. */
export function startProgress(stream: ProgressStream, enabled: boolean, delay = 1000): Progress {
  if (!enabled) return NO_PROGRESS;
  const started = Date.now();
  let label = 'reading specs';
  let frame = 0;
  let drawn = false;
  let stopped = false;
  const draw = (): void => {
    if (stopped || Date.now() - started < delay) return;
    drawn = true;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    stream.write(`\r\u001B[2K${FRAMES[frame++ % FRAMES.length]} errspec: ${label} (${seconds} s)`);
  };
  const ticker = setInterval(draw, 100);
  ticker.unref();
  return {
    stage: (next) => {
      label = next;
      draw();
    },
    stop: () => {
      stopped = true;
      clearInterval(ticker);
      if (drawn) stream.write('\r\u001B[2K');
      drawn = false;
    },
  };
}
