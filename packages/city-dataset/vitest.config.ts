import { defineConfig } from 'vitest/config';

// On a loaded two-core CI machine a test can pass vitest's 5 s
// default. The limit is a safety net, not a speed check.
export default defineConfig({ test: { testTimeout: 60_000 } });
