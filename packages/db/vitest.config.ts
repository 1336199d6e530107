import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // PGlite boots and the wasm schema engine replays migrations: seconds, not milliseconds, on a small machine, and
    // the CLI tests start processes while the rest of the suite runs beside them (they once took over a minute).
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
