import { defineConfig } from 'vitest/config';

// One project: the end-to-end test drives a real Chromium against the whole platform (global setup builds this app
// and starts it), so it needs long timeouts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
