/**
 * The write stage: deterministic writes of generated files; `--check` compares instead.
 */

export { MANIFEST, checkOutput, underOutputLock, writeOutput, type CheckResult, type LockedWrite, type OutputFile, type WriteResult } from './write.js';
export { writeFileAtomic } from './atomic-file.js';
