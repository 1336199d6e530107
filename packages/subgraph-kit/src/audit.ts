import { randomUUID } from 'node:crypto';
import type { Database } from '@jining/db';
import type { Principal } from '@jining/protocol/principal';
import type { RawTransaction } from './outbox.ts';

/**
 * The audit trail (DESIGN.md, "Security"): every mutation and every reveal of personal data appends one row — who,
 * when, what, before/after, the gateway's request id — in the same transaction as the change, so a change without its
 * row, or a row without its change, cannot exist; a refused call writes neither.
 *
 * Like the outbox, the table is the kit's, created at start in every subgraph (a `_` table, which drift checks leave
 * alone), and append-only: a trigger refuses UPDATE and DELETE, so not even the subgraph's own code can edit history.
 *
 * Order: rows are read newest first by `seq`. Unlike the outbox no reader follows a cursor to consume every row, so
 * no lock serialises appends: two transactions may commit out of `seq` order, which only moves a row one place in a
 * listing that an auditor reads, never one a consumer could skip for good.
 *
 * What goes in before/after is the caller's snapshot of the record, not the row: a snapshot must leave out what the
 * auditor may not see (a full resident ID number, a birth date that would complete a masked one).
 */
export const AUDIT_TABLE = '_kit_audit';

/** One thing that happened, as the caller describes it. */
export interface AuditEntryInput {
  /** What was done, e.g. `REVEAL_ID_NUMBER`, `CREATE_PERSON`. */
  action: string;
  /** The record's type (`Person`, `Organisation` …) and id. */
  entityType: string;
  entityId: string;
  /** Why, where the action asks for a reason (a reveal); null otherwise. */
  reason?: string | null;
  /** The record's snapshot before and after (null before a creation, null after a deletion). */
  before?: unknown;
  after?: unknown;
}

/** An entry as the trail serves it. */
export interface AuditEntry {
  /** Its position in this subgraph's trail (a decimal string: it is a bigint); the page cursor. */
  seq: string;
  id: string;
  /** When (ISO 8601, UTC, milliseconds): the transaction's time. */
  at: string;
  actorAccountId: string;
  actorName: string;
  department: string;
  action: string;
  entityType: string;
  entityId: string;
  reason: string | null;
  before: unknown;
  after: unknown;
  requestId: string;
}

/** Who did it: a resolver's context (principal and the gateway's request id), or a principal alone. */
export type AuditActor = { principal: Principal; requestId?: string | null } | Principal;

/** The principal of an actor: domain functions take the resolver's context (for its request id) or a principal. */
export const principalOf = (actor: AuditActor): Principal => ('principal' in actor ? actor.principal : actor);

const CREATE = [
  `CREATE TABLE IF NOT EXISTS ${AUDIT_TABLE} (
     seq              bigserial PRIMARY KEY,
     id               uuid NOT NULL UNIQUE,
     at               timestamptz NOT NULL DEFAULT now(),
     actor_account_id text NOT NULL,
     actor_name       text NOT NULL,
     department       text NOT NULL,
     action           text NOT NULL,
     entity_type      text NOT NULL,
     entity_id        text NOT NULL,
     reason           text,
     before           jsonb,
     after            jsonb,
     request_id       text NOT NULL
   )`,
  `CREATE INDEX IF NOT EXISTS ${AUDIT_TABLE}_entity ON ${AUDIT_TABLE} (entity_id, seq)`,
  `CREATE INDEX IF NOT EXISTS ${AUDIT_TABLE}_actor ON ${AUDIT_TABLE} (actor_account_id, seq)`,
  `CREATE INDEX IF NOT EXISTS ${AUDIT_TABLE}_action ON ${AUDIT_TABLE} (action, seq)`,
  `CREATE INDEX IF NOT EXISTS ${AUDIT_TABLE}_at ON ${AUDIT_TABLE} (at)`,
  `CREATE OR REPLACE FUNCTION ${AUDIT_TABLE}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION 'the audit trail is append-only';
   END $$`,
  `DROP TRIGGER IF EXISTS ${AUDIT_TABLE}_append_only ON ${AUDIT_TABLE}`,
  `CREATE TRIGGER ${AUDIT_TABLE}_append_only BEFORE UPDATE OR DELETE ON ${AUDIT_TABLE}
     FOR EACH ROW EXECUTE FUNCTION ${AUDIT_TABLE}_append_only()`,
];

/** Creates the trail if missing (every start; idempotent). */
export async function ensureAuditTrail(db: Database): Promise<void> {
  for (const statement of CREATE) await db.query(statement);
}

/** Snapshots hold what Prisma returns: bigint amounts (fen) become decimal strings, dates ISO strings. */
const toJson = (value: unknown): string | null =>
  value === undefined || value === null
    ? null
    : JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));

/**
 * Appends `entry` inside the caller's transaction (`ctx.prisma.$transaction(async (tx) => …)`); returns its id. The
 * request id is the gateway's (the subgraph context carries its `x-request-id`), so the row joins the logs of the
 * request that made it.
 */
export async function appendAudit(tx: RawTransaction, actor: AuditActor, entry: AuditEntryInput): Promise<string> {
  const principal = principalOf(actor);
  const requestId = ('principal' in actor ? actor.requestId : null) ?? randomUUID();
  const id = randomUUID();
  await tx.$executeRawUnsafe(
    `INSERT INTO ${AUDIT_TABLE}
       (id, actor_account_id, actor_name, department, action, entity_type, entity_id, reason, before, after, request_id)
     VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11)`,
    id,
    principal.accountId,
    principal.displayName,
    principal.department,
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.reason ?? null,
    toJson(entry.before),
    toJson(entry.after),
    requestId,
  );
  return id;
}

/** What an auditor filters on; every filter is optional and they combine with AND. */
export interface AuditFilter {
  entityId?: string | null;
  action?: string | null;
  actorAccountId?: string | null;
  /** From this instant (inclusive) … */
  from?: Date | null;
  /** … to this instant (exclusive). */
  to?: Date | null;
}

/** The largest page a reader gets, whatever it asks for. */
export const AUDIT_PAGE_LIMIT = 100;

export interface AuditPage {
  entries: AuditEntry[];
  /** All entries matching the filter (not only this page). */
  totalCount: number;
  hasNextPage: boolean;
}

interface AuditRow extends Record<string, unknown> {
  seq: string;
  id: string;
  at: string;
  actor_account_id: string;
  actor_name: string;
  department: string;
  action: string;
  entity_type: string;
  entity_id: string;
  reason: string | null;
  before: unknown;
  after: unknown;
  request_id: string;
}

const parseJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : (value ?? null));

/** A cursor is a `seq` this reader handed out: anything else is refused rather than guessed at. */
export const isAuditCursor = (cursor: string): boolean => /^[1-9]\d{0,18}$/.test(cursor);

/**
 * Entries matching `filter`, newest first, `first` at most (clamped to 1 … AUDIT_PAGE_LIMIT), after the cursor
 * `after` (the `seq` of the last entry of the previous page).
 */
export async function readAudit(
  db: Database,
  filter: AuditFilter,
  page: { first: number; after?: string | null },
): Promise<AuditPage> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (filter.entityId) add('a.entity_id = ?', filter.entityId);
  if (filter.action) add('a.action = ?', filter.action);
  if (filter.actorAccountId) add('a.actor_account_id = ?', filter.actorAccountId);
  if (filter.from) add('a.at >= ?::timestamptz', filter.from.toISOString());
  if (filter.to) add('a.at < ?::timestamptz', filter.to.toISOString());
  const matching = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const [count] = await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${AUDIT_TABLE} a ${matching}`, params);

  if (page.after) {
    if (!isAuditCursor(page.after)) throw new RangeError(`not an audit cursor: ${page.after}`);
    add('a.seq < ?::bigint', page.after);
  }
  const limit = Math.max(1, Math.min(Math.trunc(page.first) || 1, AUDIT_PAGE_LIMIT));
  const rows = await db.query<AuditRow>(
    // Qualified: the output's `seq` is text, and an unqualified ORDER BY would sort '10' before '2'.
    `SELECT a.seq::text AS seq, a.id::text AS id,
            to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
            a.actor_account_id, a.actor_name, a.department, a.action, a.entity_type, a.entity_id, a.reason,
            a.before, a.after, a.request_id
       FROM ${AUDIT_TABLE} a ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY a.seq DESC LIMIT ${limit + 1}`,
    params,
  );
  return {
    entries: rows.slice(0, limit).map((r) => ({
      seq: r.seq,
      id: r.id,
      at: r.at,
      actorAccountId: r.actor_account_id,
      actorName: r.actor_name,
      department: r.department,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      reason: r.reason,
      before: parseJson(r.before),
      after: parseJson(r.after),
      requestId: r.request_id,
    })),
    totalCount: Number(count?.n ?? 0),
    hasNextPage: rows.length > limit,
  };
}

/** One step on a record, as its page's 办理记录 shows it (read back from the audit trail). */
export interface EntityHistoryLine<A extends string> {
  id: string;
  at: Date;
  action: A;
  actorName: string;
  note: string | null;
  /** The record's snapshot before and after the step, as the caller wrote it (null where there was none). */
  before?: unknown;
  after?: unknown;
}

/**
 * A record's history from the audit trail, oldest first: the steps whose action is `${prefix}${code}` for a code of
 * `actions` (a vocabulary's `has`), written in each step's own transaction, so none can be missing. The record's
 * `history` field calls this rather than keeping a history table of its own.
 */
export async function entityHistory<A extends string>(
  db: { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T> },
  entityType: string,
  entityId: string,
  { prefix, has }: { prefix: string; has(code: string): code is A },
): Promise<EntityHistoryLine<A>[]> {
  const rows = await db.$queryRawUnsafe<
    {
      id: string;
      at: Date;
      action: string;
      actor_name: string;
      reason: string | null;
      before: unknown;
      after: unknown;
    }[]
  >(
    `SELECT id, at, action, actor_name, reason, before, after FROM ${AUDIT_TABLE}
     WHERE entity_type = $1 AND entity_id = $2 ORDER BY seq`,
    entityType,
    entityId,
  );
  const lines: EntityHistoryLine<A>[] = [];
  for (const r of rows) {
    const code = r.action.startsWith(prefix) ? r.action.slice(prefix.length) : '';
    if (has(code)) {
      lines.push({
        id: r.id,
        at: new Date(r.at),
        action: code,
        actorName: r.actor_name,
        note: r.reason,
        before: r.before ?? null,
        after: r.after ?? null,
      });
    }
  }
  return lines;
}
