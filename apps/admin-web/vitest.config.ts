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
        },
      },
    ],
  },
});
