import {
  cursorPosition,
  eventsPast,
  lockCursor,
  moveCursor,
  noteCursorError,
  noteIdlePoll,
  startFeedLoops,
  type FactFeed,
  type PageProgress,
} from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { applyCertificateEvents, type AppliedLevels } from './read-model.ts';

export interface LevelPageResult extends PageProgress {
  source: string;
  applied: AppliedLevels;
}

/**
 * One page of evaluation's feed into the level read model: pull after the stored cursor, then in ONE transaction
 * lock the cursor row, apply the events past it and move it (the kit's cursor protocol, as finance's facts). A crash
 * before the commit reads the page again; a second consumer waits on the lock and skips what the first applied; and
 * applying an event twice gives the same rows anyway (read-model.ts).
 */
export async function consumeLevelPage(prisma: PrismaClient, feed: FactFeed, pageSize = 200): Promise<LevelPageResult> {
  const start = await cursorPosition(prisma, feed.source);
  const page = await feed.pull(start, pageSize);
  const none: AppliedLevels = { recorded: 0, revoked: 0, ignored: 0, people: 0 };
  if (page.events.length === 0) {
    await noteIdlePoll(prisma, feed.source, page.head);
    return { source: feed.source, handled: 0, skipped: 0, position: start, applied: none };
  }
  return prisma.$transaction(
    async (tx) => {
      const locked = await lockCursor(tx, feed.source);
      const past = eventsPast(page.events, locked);
      const applied = past.fresh.length > 0 ? await applyCertificateEvents(tx, past.fresh) : none;
      await moveCursor(tx, feed.source, past.position, page.head);
      return {
        source: feed.source,
        handled: past.fresh.length,
        skipped: past.skipped,
        position: past.position,
        applied,
        summary: `recorded ${applied.recorded}, revoked ${applied.revoked}, ignored ${applied.ignored}`,
      };
    },
    // Another consumer may hold the cursor row for a page: room to wait for it.
    { maxWait: 30_000, timeout: 60_000 },
  );
}

export interface LevelConsumerOptions {
  prisma: PrismaClient;
  feed: FactFeed;
  log: (line: string) => void;
  idleMs?: number;
  pageSize?: number;
  backoffMs?: number;
  maxBackoffMs?: number;
}

/** Runs the level consumer until stopped (the kit's pull loop: idle sleeps, backoff while evaluation is down). */
export function startLevelConsumer(options: LevelConsumerOptions): () => Promise<void> {
  const { prisma } = options;
  return startFeedLoops({
    feeds: [options.feed],
    label: 'levels',
    log: options.log,
    consume: (feed) => consumeLevelPage(prisma, feed, options.pageSize),
    onError: (feed, message) => noteCursorError(prisma, feed.source, message),
    ...(options.idleMs !== undefined ? { idleMs: options.idleMs } : {}),
    ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
    ...(options.maxBackoffMs !== undefined ? { maxBackoffMs: options.maxBackoffMs } : {}),
  });
}
