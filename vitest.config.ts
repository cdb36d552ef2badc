import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Each test file starts from the same environment, whatever the shell exports.
    setupFiles: ['tests/support/setup.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // vitest leaves one core to its main process, which mostly waits: on a two-core machine
    // that is one worker for ~50 files. Two workers take the suite from ~80 s to ~55 s there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Test files share their worker's modules instead of loading them afresh each: importing
    // the sources was a fifth of the suite's time. Every test sets up what it uses (temporary
    // data dirs, the environment from tests/support/setup.ts) and no module keeps state a test
    // depends on, so sharing is safe; on two cores the suite goes from ~100 s to ~60 s.
    isolate: false,
    // Each worker compiles the TypeScript it imports, and every run did it again: kept on disk
    // (node_modules/.experimental-vitest-cache, keyed by each file's content and the config),
    // a run compiles only what changed since the last one.
    experimental: { fsModuleCache: true },
    // A safety net for a hang, not a speed limit: no test waits on the clock, but some do seconds
    // of CPU work, and with two suites at once on two cores a 20 s net failed a heavy quality test;
    // on a machine loaded six times over, one such test took 50 s, near a 60 s net.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
