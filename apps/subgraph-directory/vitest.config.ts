import { defineConfig } from 'vitest/config';

// Integration tests start a real server on a real database: give them room, and run files one at a time
// so PGlite instances and PostgreSQL schemas do not compete for the two cores.
// The restart test starts the subgraph twice on PGlite while other suites run beside it: it once took over a minute.
export default defineConfig({ test: { testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false } });
