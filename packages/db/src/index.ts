export { openDatabase, createTestDatabase } from './database.ts';
export { applyMigrations, migrationStatus, createMigration, resolveMigration } from './migrations.ts';
export type {
  MigrationPaths,
  MigrationStatus,
  MigrationStatusOptions,
  CreateMigrationOptions,
  CreatedMigration,
  Log,
  ResolveMigrationOptions,
} from './migrations.ts';
export { DbError, type DbErrorCode } from './errors.ts';
export { defaultDataDir, findRepoRoot } from './paths.ts';
export type { Database, OpenDatabaseOptions, QueryEvent, QueryListener } from './types.ts';
