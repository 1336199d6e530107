/**
 * Errors raised by @jining/db carry a stable `code` (for callers and scripts) and a bilingual message: staff who run
 * migrations read Chinese first, engineers and logs need English.
 */
export type DbErrorCode =
  | 'DB_OPEN_FAILED'
  | 'DB_IN_USE'
  | 'SCHEMA_NOT_FOUND'
  | 'MIGRATIONS_DIR_INVALID'
  | 'MIGRATION_MODIFIED'
  | 'MIGRATION_FAILED'
  | 'MIGRATION_MISSING_LOCALLY'
  | 'MIGRATION_LOCK_MISMATCH'
  | 'MIGRATION_NAME_INVALID'
  | 'MIGRATION_ENGINE_ERROR'
  | 'MIGRATION_NOT_FOUND'
  | 'CLI_USAGE';

export class DbError extends Error {
  readonly code: DbErrorCode;
  /** Chinese message (shown first by the CLI). */
  readonly zh: string;
  /** English message. */
  readonly en: string;

  constructor(code: DbErrorCode, zh: string, en: string, options?: { cause?: unknown }) {
    super(`[${code}] ${zh} / ${en}`, options);
    this.name = 'DbError';
    this.code = code;
    this.zh = zh;
    this.en = en;
  }
}

/** Turns whatever the wasm engine threw into a readable message (it throws plain objects as well as Errors). */
export function engineMessage(error: unknown): string {
  return withoutSpanTrace(rawMessage(error));
}

/** The engine appends a Rust span trace (`   0: sql_schema_connector::…`) that means nothing to a user: drop it. */
function withoutSpanTrace(message: string): string {
  const lines = message.split('\n');
  const traceStart = lines.findIndex((line) => /^\s+\d+: \S+::/.test(line));
  return (traceStart === -1 ? lines : lines.slice(0, traceStart)).join('\n').trim();
}

/** `migration_name="…"` from an engine error, when the error is about one migration. */
export function engineMigrationName(error: unknown): string | undefined {
  return /migration_name="([^"]+)"/.exec(rawMessage(error))?.[1];
}

function rawMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null) {
    const record = error as Record<string, unknown>;
    if (typeof record.message === 'string') return record.message;
    try {
      return JSON.stringify(error);
    } catch {
      // fall through
    }
  }
  return String(error);
}
