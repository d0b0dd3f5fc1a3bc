/**
 * Watch mode: regenerate on every save.
 */

export { watch, type WatchOptions } from './watch.js';
