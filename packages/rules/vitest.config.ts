import { defineConfig } from 'vitest/config';

// Property tests assess thousands of seeded facts; on a loaded two-core CI machine that can pass vitest's 5 s
// default. The limit is a safety net, not a speed check (speed is measured by bench/assess.bench.ts).
export default defineConfig({ test: { testTimeout: 60_000 } });
