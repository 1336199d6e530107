import type { AssessContext } from '@jining/rules';
import type { OutboxEvent } from '@jining/subgraph-kit';
import type { FactOutcome, PrismaClient } from '../generated/prisma/client.ts';
import type { FactFeed } from './feed.ts';
import type { AskGateway } from './gateway-client.ts';
import { handlerFor, reversalFor, type Completed } from './handlers.ts';
import { lookUp } from './lookups.ts';
import { recordPage, type PageEvent } from './decide.ts';

export interface ConsumerOptions {
  prisma: PrismaClient;
  feeds: readonly FactFeed[];
  ask: AskGateway;
  log: (line: string) => void;
  /** How long to wait when a feed has nothing new (ms). */
  idleMs?: number;
  /** Events per page: one directory query and one transaction each. */
  pageSize?: number;
  /** Wait after a failure (gateway or source down), doubled up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /**
   * The rules' parameter table (default: the platform's, with its readings). A test, or a deployment that amends a
   * reading (e.g. READING_STUDIO_UPGRADE_TOPS_UP), passes its own.
   */
  rules?: AssessContext;
}

/** What one page did, for logs and tests. */
export interface PageResult {
  source: string;
  /** The cursor after the page. */
  position: bigint;
  handled: number;
  skipped: number;
  outcomes: Partial<Record<FactOutcome, number>>;
}

/**
 * Finance's fact consumer: for each source, pull a page after the stored cursor, complete its facts from the
 * directory (one gateway query), then in ONE transaction lock the cursor row, record every event past the cursor
 * and move the cursor. A crash anywhere before the commit leaves the cursor where it was, so the page is read again
 * and nothing is lost; the lock and the fact's unique event id make a second process, a redelivery or a restart
 * skip what is done, so nothing is granted twice.
 */
export async function consumePage(
  options: Pick<ConsumerOptions, 'prisma' | 'ask' | 'pageSize' | 'rules'>,
  feed: FactFeed,
): Promise<PageResult> {
  const { prisma } = options;
  // Read first (an idle poll is one statement); create the row only for a new source. Prisma's upsert is a read then
  // a write, so two consumers starting at once would both insert: ON CONFLICT is atomic.
  let cursor = await prisma.factCursor.findUnique({ where: { source: feed.source } });
  if (!cursor) {
    await prisma.$executeRaw`INSERT INTO fact_cursor (source) VALUES (${feed.source}) ON CONFLICT DO NOTHING`;
    cursor = await prisma.factCursor.findUniqueOrThrow({ where: { source: feed.source } });
  }
  const page = await feed.pull(cursor.position, options.pageSize ?? 100);
  const result: PageResult = { source: feed.source, position: cursor.position, handled: 0, skipped: 0, outcomes: {} };
  if (page.events.length === 0) {
    await prisma.factCursor.update({
      where: { source: feed.source },
      data: { head: page.head, lastPolledAt: new Date(), lastError: null },
    });
    return result;
  }
  const completions = await complete(options.ask, page.events);
  await prisma.$transaction(
    async (tx) => {
      const [locked] = await tx.$queryRaw<{ position: bigint }[]>`
        SELECT position FROM fact_cursor WHERE source = ${feed.source} FOR UPDATE`;
      let position = BigInt(locked?.position ?? 0);
      const known = await tx.fact.findMany({
        where: { eventId: { in: page.events.map((e) => e.eventId) } },
        select: { eventId: true },
      });
      const done = new Set(known.map((f) => f.eventId));
      const fresh: PageEvent[] = [];
      for (const event of page.events) {
        const seq = BigInt(event.seq);
        // Done by another consumer meanwhile, or delivered twice: the cursor and the event id both say so.
        if (seq <= position || done.has(event.eventId)) {
          result.skipped += 1;
        } else {
          fresh.push({
            event,
            handler: handlerFor(event),
            completed: completions.get(event.eventId),
            reversal: reversalFor(event),
          });
          done.add(event.eventId);
        }
        if (seq > position) position = seq;
      }
      for (const outcome of await recordPage(tx, feed.source, fresh, options.rules)) {
        result.outcomes[outcome] = (result.outcomes[outcome] ?? 0) + 1;
      }
      result.handled = fresh.length;
      await tx.factCursor.update({
        where: { source: feed.source },
        data: { position, head: page.head, lastPolledAt: new Date(), lastError: null },
      });
      result.position = position;
    },
    // A page of a hundred facts, with other consumers queueing on the cursor row: room to wait and to work.
    { maxWait: 30_000, timeout: 120_000 },
  );
  return result;
}

/** Completes a page's events from the directory in one go; throws GatewayUnavailable when it cannot ask now. */
async function complete(ask: AskGateway, events: readonly OutboxEvent[]): Promise<Map<string, Completed>> {
  const personIds: string[] = [];
  const organisationIds: string[] = [];
  for (const event of events) {
    const refs = handlerFor(event)?.refs(event.payload);
    if (refs) {
      personIds.push(...refs.personIds);
      organisationIds.push(...refs.organisationIds);
    }
  }
  const lookups = await lookUp(ask, personIds, organisationIds);
  const out = new Map<string, Completed>();
  for (const event of events) {
    const handler = handlerFor(event);
    if (handler) out.set(event.eventId, handler.complete(event, lookups));
  }
  return out;
}

/** Runs the consumer until stopped: each source in its own loop, backing off while it or the gateway is down. */
export function startConsumer(options: ConsumerOptions): () => Promise<void> {
  const idleMs = options.idleMs ?? 500;
  const backoffMs = options.backoffMs ?? 1_000;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  let stopped = false;
  const timers = new Set<{ wake: () => void }>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => done(), ms);
      const entry = { wake: () => done() };
      function done() {
        clearTimeout(timer);
        timers.delete(entry);
        resolve();
      }
      timers.add(entry);
    });

  const loop = async (feed: FactFeed) => {
    let wait = backoffMs;
    let failing = false;
    while (!stopped) {
      try {
        const result = await consumePage(options, feed);
        if (failing) options.log(`facts: ${feed.source} reachable again`);
        failing = false;
        wait = backoffMs;
        if (result.handled > 0) {
          const counts = Object.entries(result.outcomes)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ');
          options.log(`facts: ${feed.source} +${result.handled} (${counts}), at ${result.position}`);
        }
        if (result.handled + result.skipped === 0) await sleep(idleMs);
      } catch (error) {
        if (stopped) break;
        const message = (error as Error).message;
        if (!failing) options.log(`facts: ${feed.source} paused, retrying: ${message}`);
        failing = true;
        await options.prisma.factCursor
          .update({ where: { source: feed.source }, data: { lastError: message.slice(0, 500) } })
          .catch(() => {});
        await sleep(wait);
        wait = Math.min(wait * 2, maxBackoffMs);
      }
    }
  };
  const running = options.feeds.map((feed) => loop(feed));
  return async () => {
    stopped = true;
    for (const t of [...timers]) t.wake();
    await Promise.allSettled(running);
  };
}
