/**
 * Generates the fixture's Prisma client before the tests, so `vitest run` works without `pnpm generate` first.
 * Without internet the Prisma CLI cannot fetch its native schema engine; `generate` does not use it, so any existing
 * file satisfies PRISMA_SCHEMA_ENGINE_BINARY (docs/stack.md).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const pkg = fileURLToPath(new URL('..', import.meta.url));
  execFileSync('pnpm', ['exec', 'prisma', 'generate', '--schema', 'test/fixture/prisma/schema.prisma'], {
    cwd: pkg,
    stdio: 'pipe',
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url) },
  });
}
