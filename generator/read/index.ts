/**
 * The read stage: spec paths to decoded texts.
 */

export { comparePaths, idFor, isGlob, listSpecs, readSpecs, type SpecFile } from './read.js';
