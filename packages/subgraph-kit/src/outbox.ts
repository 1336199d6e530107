import { randomUUID } from 'node:crypto';
import type { Database } from '@jining/db';

/**
 * The transactional outbox (DESIGN.md, "Cross-domain flow"): when a domain records something the policy pays for,
 * it appends a fact event to its own outbox in the same transaction as the record, so a record without its event,
 * or an event without its record, cannot exist. Finance reads the outbox through the feed route (`feed-route.ts`).
 *
 * The table is the kit's, created at start like the seed marker (a `_` table, which drift checks leave alone), the
 * same in every subgraph. It is append-only: a correction or revocation is a new event, never an edit.
 *
 * Order: readers move a cursor along `seq`, so `seq` must follow commit order, or a reader could pass a row that
 * commits later with a smaller number and never see it. Appending takes a transaction-scoped advisory lock first, so
 * outbox writes commit one after another in `seq` order. Append the event as the last write of the transaction: the
 * lock is then held only for the commit.
 */
export const OUTBOX_TABLE = '_kit_outbox';
const OUTBOX_LOCK = 72707371;

/** One fact a domain tells the rest of the platform. */
export interface FactEvent {
  /** What happened, e.g. `SKILL_CERTIFICATE_RECORDED`. */
  kind: string;
  /** The payload's shape version; a consumer refuses versions it does not know. */
  version: number;
  /** The record's id in its domain (a certificate's id, a result's id …). */
  subjectId: string;
  /** The day it happened (ISO date): the date the policy's rules look at. */
  occurredOn: string;
  /** The domain's own data, with references by key (person and organisation ids), never copies. */
  payload: Readonly<Record<string, unknown>>;
}

/** An event as the feed serves it. */
export interface OutboxEvent extends FactEvent {
  /** Its position in this subgraph's outbox (a decimal string: it is a bigint). */
  seq: string;
  eventId: string;
  recordedAt: string;
}

/** What `appendFact` needs of a Prisma transaction client (`ctx.prisma.$transaction(async (tx) => …)`). */
export interface RawTransaction {
  $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<number>;
}

const CREATE = [
  `CREATE TABLE IF NOT EXISTS ${OUTBOX_TABLE} (
     seq         bigserial PRIMARY KEY,
     event_id    uuid NOT NULL UNIQUE,
     kind        text NOT NULL,
     version     integer NOT NULL,
     subject_id  text NOT NULL,
     occurred_on date NOT NULL,
     payload     jsonb NOT NULL,
     recorded_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE OR REPLACE FUNCTION ${OUTBOX_TABLE}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION 'the outbox is append-only: write a new event instead';
   END $$`,
  `DROP TRIGGER IF EXISTS ${OUTBOX_TABLE}_append_only ON ${OUTBOX_TABLE}`,
  `CREATE TRIGGER ${OUTBOX_TABLE}_append_only BEFORE UPDATE OR DELETE ON ${OUTBOX_TABLE}
     FOR EACH ROW EXECUTE FUNCTION ${OUTBOX_TABLE}_append_only()`,
];

/** Creates the outbox if missing (every start; idempotent). */
export async function ensureOutbox(db: Database): Promise<void> {
  for (const statement of CREATE) await db.query(statement);
}

/**
 * Appends `event` inside the caller's transaction; returns its event id. Call it last in the transaction (see the
 * note on order above).
 */
export async function appendFact(tx: RawTransaction, event: FactEvent): Promise<string> {
  const eventId = randomUUID();
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock($1)', OUTBOX_LOCK);
  await tx.$executeRawUnsafe(
    `INSERT INTO ${OUTBOX_TABLE} (event_id, kind, version, subject_id, occurred_on, payload)
     VALUES ($1::uuid, $2, $3, $4, $5::date, $6::jsonb)`,
    eventId,
    event.kind,
    event.version,
    event.subjectId,
    event.occurredOn,
    JSON.stringify(event.payload),
  );
  return eventId;
}

/**
 * Appends several events inside the caller's transaction with one statement (an import of a thousand rows is one
 * insert, not a thousand), in their order; returns their event ids. Call it last in the transaction, as appendFact.
 */
export async function appendFacts(tx: RawTransaction, events: readonly FactEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  const rows = events.map((event) => ({
    event_id: randomUUID(),
    kind: event.kind,
    version: event.version,
    subject_id: event.subjectId,
    occurred_on: event.occurredOn,
    payload: event.payload,
  }));
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock($1)', OUTBOX_LOCK);
  await tx.$executeRawUnsafe(
    `INSERT INTO ${OUTBOX_TABLE} (event_id, kind, version, subject_id, occurred_on, payload)
     SELECT e.event_id, e.kind, e.version, e.subject_id, e.occurred_on, e.payload
     FROM jsonb_to_recordset($1::jsonb)
       AS e(event_id uuid, kind text, version integer, subject_id text, occurred_on date, payload jsonb)`,
    JSON.stringify(rows),
  );
  return rows.map((r) => r.event_id);
}

interface OutboxRow extends Record<string, unknown> {
  seq: string;
  event_id: string;
  kind: string;
  version: number;
  subject_id: string;
  occurred_on: string;
  payload: Record<string, unknown> | string;
  recorded_at: string;
}

/** The largest page a reader gets, whatever it asks for. */
export const FEED_PAGE_LIMIT = 500;

/** Events after `after` (a seq), oldest first, at most `limit`; and the outbox's head, for the reader's lag. */
export async function readOutbox(
  db: Database,
  after: bigint,
  limit: number,
): Promise<{ events: OutboxEvent[]; head: string }> {
  const rows = await db.query<OutboxRow>(
    // Qualified: the output's `seq` is text, and an unqualified ORDER BY would sort '10' before '2'.
    `SELECT o.seq::text AS seq, event_id::text AS event_id, kind, version, subject_id,
            to_char(occurred_on, 'YYYY-MM-DD') AS occurred_on, payload,
            to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at
       FROM ${OUTBOX_TABLE} o WHERE o.seq > $1 ORDER BY o.seq LIMIT $2`,
    [after.toString(), Math.max(1, Math.min(limit, FEED_PAGE_LIMIT))],
  );
  const [head] = await db.query<{ head: string }>(`SELECT COALESCE(max(seq), 0)::text AS head FROM ${OUTBOX_TABLE}`);
  return {
    events: rows.map((r) => ({
      seq: r.seq,
      eventId: r.event_id,
      kind: r.kind,
      version: Number(r.version),
      subjectId: r.subject_id,
      occurredOn: r.occurred_on,
      payload: typeof r.payload === 'string' ? (JSON.parse(r.payload) as Record<string, unknown>) : r.payload,
      recordedAt: r.recorded_at,
    })),
    head: head?.head ?? '0',
  };
}
