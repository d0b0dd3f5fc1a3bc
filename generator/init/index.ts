/**
 * `errspec init`: start an errspec project in a repository.
 */

export { SCRIPTS, init, type InitOptions, type InitStep } from './init.js';
export { specsGlob, type Layout } from './templates.js';
