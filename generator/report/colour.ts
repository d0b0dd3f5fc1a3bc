/**
 * Whether output may be coloured, and the few ANSI styles the human reporter uses.
 */

/** Colour on a terminal, unless `NO_COLOR` is set (https://no-color.org); `FORCE_COLOR` turns it on anywhere (`0`/`false` off). */
export function wantsColour(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTTY;
}

/** Styles: each wraps text in an ANSI code when `on`, else returns it unchanged. */
export interface Styles {
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly blue: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly underline: (text: string) => string;
}

/** The styles, or none when `on` is false. */
export function styles(on: boolean): Styles {
  const style = (open: number, close: number) => (text: string): string => (on ? `\u001B[${open}m${text}\u001B[${close}m` : text);
  return { red: style(31, 39), yellow: style(33, 39), blue: style(34, 39), dim: style(2, 22), underline: style(4, 24) };
}
