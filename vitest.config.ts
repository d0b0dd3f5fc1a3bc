import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Many tests run the real CLI, tsc or a browser: seconds each, more on a busy 2-core
    // machine. Vitest's 5 s default timed out tests that take 2 s when idle. Speed targets
    // live in `npm run bench`, not here; this only stops a hung test.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: one on this 2-core machine. Most test
    // files wait on child processes (the CLI, tsc, npm), so two workers keep both cores busy.
    maxWorkers: 2,
  },
});
