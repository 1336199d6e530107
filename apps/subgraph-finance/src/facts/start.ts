import { FACT_SOURCES } from '@jining/subgraph-kit';
import { readSecret, type Env } from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { startConsumer } from './consumer.ts';
import { HttpFactFeed } from '@jining/subgraph-kit';
import { gatewayClient } from './gateway-client.ts';

/**
 * Finance's background work: the fact consumer, reading every source that has an outbox (`FACT_SOURCES`) at
 * `<SOURCE>_URL` and completing facts through `GATEWAY_URL` (`npm start` sets all of them). Without GATEWAY_URL the
 * consumer stays off and says so: a finance subgraph alone (tests, a developer's single process) still serves.
 * FACT_POLL_MS (default 500) is the wait when a feed is idle; FACT_PAGE_SIZE (default 100) the events per page, i.e.
 * per directory query and per transaction.
 */
export async function startFacts(args: {
  prisma: PrismaClient;
  env: Env;
  log: (line: string) => void;
}): Promise<() => Promise<void>> {
  const { env, log } = args;
  const gatewayUrl = env.GATEWAY_URL;
  if (!gatewayUrl) {
    log('facts: GATEWAY_URL is not set, so the fact consumer is off (no entitlements are computed)');
    return async () => {};
  }
  const secret = readSecret('GATEWAY_SIGNING_SECRET', env);
  const feeds = FACT_SOURCES.flatMap((source) => {
    const url = env[`${source.toUpperCase()}_URL`];
    if (!url) {
      log(`facts: ${source.toUpperCase()}_URL is not set, so ${source}'s facts are not read`);
      return [];
    }
    return [new HttpFactFeed(source, url, secret)];
  });
  log(`facts: reading ${feeds.map((f) => f.source).join(', ') || 'no source'}; completing through ${gatewayUrl}`);
  return startConsumer({
    prisma: args.prisma,
    feeds,
    ask: gatewayClient(gatewayUrl, secret),
    log,
    idleMs: Number(env.FACT_POLL_MS ?? 500),
    pageSize: Number(env.FACT_PAGE_SIZE ?? 100),
  });
}
