/**
 * The read stage: spec paths to decoded texts.
 */

export { comparePaths, idFor, listSpecs, readSpecs, type SpecFile } from './read.js';
