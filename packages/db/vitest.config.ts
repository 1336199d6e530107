import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // PGlite boots and the wasm schema engine replays migrations: seconds, not milliseconds, on a small machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
