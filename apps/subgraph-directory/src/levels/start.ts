import { HttpFactFeed, readSecret, SERVICE_PRINCIPALS, type Env } from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { startLevelConsumer } from './consumer.ts';

/** The source of certificates: levels are evaluation's. */
export const LEVEL_SOURCE = 'evaluation';

/**
 * The directory's background work: the level consumer, reading evaluation's feed at EVALUATION_URL (`npm start` sets
 * it) as the directory's level service (SERVICE_PRINCIPALS.DIRECTORY_LEVELS). Without EVALUATION_URL it stays off
 * and says so: the directory still serves, and `people(minLevel:)` answers from what the read model already holds.
 * FACT_POLL_MS (default 500) is the wait when the feed is idle, as for finance's consumer; LEVEL_PAGE_SIZE (default
 * 200, at most the feed's 500) the events per page and transaction.
 */
export async function startLevels(args: {
  prisma: PrismaClient;
  env: Env;
  log: (line: string) => void;
}): Promise<() => Promise<void>> {
  const { env, log } = args;
  const url = env.EVALUATION_URL;
  if (!url) {
    log('levels: EVALUATION_URL is not set, so the level filter of the people list is not kept up to date');
    return async () => {};
  }
  const secret = readSecret('GATEWAY_SIGNING_SECRET', env);
  log(`levels: reading ${LEVEL_SOURCE}'s certificates for the people list's level filter`);
  return startLevelConsumer({
    prisma: args.prisma,
    feed: new HttpFactFeed(LEVEL_SOURCE, url, secret, SERVICE_PRINCIPALS.DIRECTORY_LEVELS),
    log,
    idleMs: Number(env.FACT_POLL_MS ?? 500),
    pageSize: Number(env.LEVEL_PAGE_SIZE ?? 200),
  });
}
