import { defineConfig } from 'vitest/config';

// Integration tests start a real server on a real database: give them room, and run files one at a time
// so PGlite instances and PostgreSQL schemas do not compete for the two cores.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false } });
