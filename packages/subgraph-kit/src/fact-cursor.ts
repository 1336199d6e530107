import type { OutboxEvent, RawTransaction } from './outbox.ts';

/**
 * A consumer's position in each source's outbox, kept in the consumer's own database: the table `fact_cursor`
 * (source PK, position, head, last_polled_at, last_error, updated_at), declared in the consumer's Prisma schema and
 * migrations (finance, directory). These helpers are the one way consumers read and move it.
 *
 * The protocol: read the position (creating the row for a new source), pull a page after it, then in ONE
 * transaction lock the row (`lockCursor`), handle only the events past the locked position (`eventsPast`) and move
 * the cursor (`moveCursor`). A crash before the commit leaves the cursor where it was, so the page is read again;
 * a second consumer waits on the lock and then skips what the first did.
 */
export const FACT_CURSOR_TABLE = 'fact_cursor';

// Prisma's DateTime columns are `timestamp(3)` without a zone, holding UTC: the current time is written as UTC
// whatever the session's time zone (a plain now() would be stored in the session's local time).
const NOW_UTC = `(now() AT TIME ZONE 'UTC')`;

/** What the helpers need of a Prisma client or transaction client. */
export interface RawClient extends RawTransaction {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T>;
}

/** The stored position for `source`; creates its row at 0 for a new source. */
export async function cursorPosition(db: RawClient, source: string): Promise<bigint> {
  // Read first (an idle poll is one statement); create the row only for a new source. A read-then-insert would let
  // two consumers starting at once both insert: ON CONFLICT is atomic.
  const read = () =>
    db.$queryRawUnsafe<{ position: string }[]>(
      `SELECT position::text AS position FROM ${FACT_CURSOR_TABLE} WHERE source = $1`,
      source,
    );
  let [row] = await read();
  if (!row) {
    await db.$executeRawUnsafe(`INSERT INTO ${FACT_CURSOR_TABLE} (source) VALUES ($1) ON CONFLICT DO NOTHING`, source);
    [row] = await read();
  }
  return BigInt(row?.position ?? '0');
}

/** Locks the cursor row for the rest of the transaction and returns its position (0 when it has none yet). */
export async function lockCursor(tx: RawClient, source: string): Promise<bigint> {
  const [row] = await tx.$queryRawUnsafe<{ position: string }[]>(
    `SELECT position::text AS position FROM ${FACT_CURSOR_TABLE} WHERE source = $1 FOR UPDATE`,
    source,
  );
  return BigInt(row?.position ?? '0');
}

/** Moves the cursor (inside the transaction that handled the page) and records the source's head. */
export async function moveCursor(tx: RawTransaction, source: string, position: bigint, head: bigint): Promise<void> {
  await tx.$executeRawUnsafe(
    `UPDATE ${FACT_CURSOR_TABLE} SET position = $2::bigint, head = $3::bigint, last_polled_at = ${NOW_UTC},
       last_error = NULL, updated_at = ${NOW_UTC} WHERE source = $1`,
    source,
    position.toString(),
    head.toString(),
  );
}

/** An idle poll: nothing new, so only the head and the time move. */
export async function noteIdlePoll(db: RawTransaction, source: string, head: bigint): Promise<void> {
  await db.$executeRawUnsafe(
    `UPDATE ${FACT_CURSOR_TABLE} SET head = $2::bigint, last_polled_at = ${NOW_UTC}, last_error = NULL,
       updated_at = ${NOW_UTC} WHERE source = $1`,
    source,
    head.toString(),
  );
}

/** The last failure to read or handle a source, for the lag view; cleared by the next success. */
export async function noteCursorError(db: RawTransaction, source: string, message: string): Promise<void> {
  await db.$executeRawUnsafe(
    `UPDATE ${FACT_CURSOR_TABLE} SET last_error = $2, updated_at = ${NOW_UTC} WHERE source = $1`,
    source,
    message.slice(0, 500),
  );
}

/**
 * Splits a page at the locked position: the events past it, each once (a broker may deliver one twice in a page),
 * how many were skipped, and the position after the page. `seen` (optional) says an event id is already handled,
 * for consumers that also keep event ids (finance's facts).
 */
export function eventsPast(
  events: readonly OutboxEvent[],
  position: bigint,
  seen: (eventId: string) => boolean = () => false,
): { fresh: OutboxEvent[]; skipped: number; position: bigint } {
  const fresh: OutboxEvent[] = [];
  const taken = new Set<string>();
  let skipped = 0;
  let after = position;
  for (const event of events) {
    const seq = BigInt(event.seq);
    // Done by another consumer meanwhile, or delivered twice: the cursor and the event id both say so.
    if (seq <= position || taken.has(event.eventId) || seen(event.eventId)) {
      skipped += 1;
    } else {
      fresh.push(event);
      taken.add(event.eventId);
    }
    if (seq > after) after = seq;
  }
  return { fresh, skipped, position: after };
}
