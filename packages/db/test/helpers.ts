import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixtureDir = fileURLToPath(new URL('./fixture', import.meta.url));
export const fixturePaths = {
  schemaPath: join(fixtureDir, 'prisma', 'schema.prisma'),
  migrationsDir: join(fixtureDir, 'prisma', 'migrations'),
};

/** A scratch folder under /tmp, removed by the returned cleanup. */
export async function scratchDir(prefix = 'jining-db-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Copies the fixture's prisma folder into a scratch package folder, to change its migrations freely. */
export async function copyFixture(
  dir: string,
  withMigrations = true,
): Promise<{ schemaPath: string; migrationsDir: string }> {
  await cp(fixturePaths.schemaPath, join(dir, 'prisma', 'schema.prisma'));
  if (withMigrations) await cp(fixturePaths.migrationsDir, join(dir, 'prisma', 'migrations'), { recursive: true });
  return { schemaPath: join(dir, 'prisma', 'schema.prisma'), migrationsDir: join(dir, 'prisma', 'migrations') };
}
