import type { AssessContext } from '@jining/rules';
import {
  cursorPosition,
  eventsPast,
  lockCursor,
  moveCursor,
  noteCursorError,
  noteIdlePoll,
  startFeedLoops,
  type OutboxEvent,
} from '@jining/subgraph-kit';
import type { FactOutcome, PrismaClient } from '../generated/prisma/client.ts';
import type { FactFeed } from '@jining/subgraph-kit';
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
  const start = await cursorPosition(prisma, feed.source);
  const page = await feed.pull(start, options.pageSize ?? 100);
  const result: PageResult = { source: feed.source, position: start, handled: 0, skipped: 0, outcomes: {} };
  if (page.events.length === 0) {
    await noteIdlePoll(prisma, feed.source, page.head);
    return result;
  }
  const completions = await complete(options.ask, page.events);
  await prisma.$transaction(
    async (tx) => {
      const locked = await lockCursor(tx, feed.source);
      const known = await tx.fact.findMany({
        where: { eventId: { in: page.events.map((e) => e.eventId) } },
        select: { eventId: true },
      });
      const done = new Set(known.map((f) => f.eventId));
      const past = eventsPast(page.events, locked, (eventId) => done.has(eventId));
      const fresh: PageEvent[] = past.fresh.map((event) => ({
        event,
        handler: handlerFor(event),
        completed: completions.get(event.eventId),
        reversal: reversalFor(event),
      }));
      for (const outcome of await recordPage(tx, feed.source, fresh, options.rules)) {
        result.outcomes[outcome] = (result.outcomes[outcome] ?? 0) + 1;
      }
      result.handled = fresh.length;
      result.skipped = past.skipped;
      await moveCursor(tx, feed.source, past.position, page.head);
      result.position = past.position;
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

/** Runs the consumer until stopped: each source in its own loop (the kit's), backing off while it or the gateway is down. */
export function startConsumer(options: ConsumerOptions): () => Promise<void> {
  return startFeedLoops({
    feeds: options.feeds,
    label: 'facts',
    log: options.log,
    consume: async (feed) => {
      const result = await consumePage(options, feed);
      const summary = Object.entries(result.outcomes)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
      return { ...result, summary };
    },
    onError: (feed, message) => noteCursorError(options.prisma, feed.source, message),
    ...(options.idleMs !== undefined ? { idleMs: options.idleMs } : {}),
    ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
    ...(options.maxBackoffMs !== undefined ? { maxBackoffMs: options.maxBackoffMs } : {}),
  });
}
