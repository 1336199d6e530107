import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects so one `vitest run` covers both: component tests in happy-dom, and the end-to-end test in node
// (it drives a real Chromium against the whole platform, so it needs a long timeout and a global setup).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
          // antd drawers and forms in happy-dom take seconds on a loaded 2-core machine (5 s timed out in CI).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // A page that waits on six subgraphs can take seconds on a loaded 2-core machine; vitest's default poll
          // gives up after one second (seen failing in CI while the page was still loading). The same limit as every
          // page step (E2E_WAIT_MS in e2e/browser.ts, which says why it is this long).
          expect: { poll: { timeout: 45_000, interval: 100 } },
        },
      },
    ],
  },
});
