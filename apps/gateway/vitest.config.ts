import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One graphql for everyone, as under Node: the Apollo packages require graphql's CommonJS build, and vite would
    // otherwise hand our own imports its ESM build (`module` field), doubling every `instanceof` check.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  // Files run one at a time: the platform end-to-end test starts seven processes on two cores.
  test: { testTimeout: 30_000, hookTimeout: 60_000, fileParallelism: false },
});
