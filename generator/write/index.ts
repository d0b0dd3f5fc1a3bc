/**
 * The write stage: deterministic writes of generated files, in place through a journal, only
 * over what errspec wrote; `--check` compares instead.
 */

export { MANIFEST, readManifest, type Manifest, type OutputFile } from './manifest.js';
export { checkOutput, writeOutput, type CheckResult, type WriteResult } from './write.js';
export { touchOutputLock, withOutputLock } from './lock.js';
export { writeFileAtomic } from './atomic-file.js';
