/**
 * Opt-in per-stage timings of a run (`ERRSPEC_TIMINGS=1`), for `npm run bench`.
 */

export { addTime, count, enableTimings, stageCounts, stageTimings, timed, timedAsync, timingsEnabled, type Stage } from './timings.js';
