import { ReplicaPool, SERVICE_PRINCIPALS, serviceFetch, type Principal } from '@jining/protocol';
import { FEED_PATH } from './feed-route.ts';
import type { OutboxEvent } from './outbox.ts';

/** One page of a source's outbox after a position, and the source's newest position (for the lag). */
export interface FeedPage {
  events: OutboxEvent[];
  head: bigint;
}

/**
 * Where a consumer reads a domain's facts (finance's fact consumer, the directory's level read model). The embedded
 * default pulls the domain's feed over HTTP (`HttpFactFeed`); a message broker can take its place behind this
 * interface when one machine is outgrown: consumers handle events idempotently and keep their own cursor
 * (`fact-cursor.ts`), so at-least-once delivery is all they need.
 */
export interface FactFeed {
  readonly source: string;
  pull(after: bigint, limit: number): Promise<FeedPage>;
}

/**
 * GET <subgraph>/facts, signed as a service principal the feed accepts (`FEED_READERS` of protocol/service.ts;
 * finance's fact service by default). A source running as several replicas (a comma-separated `<SOURCE>_URL`) is
 * read from any of them: they share one database, and a read is safe to send again to the next replica when one is
 * down.
 */
export class HttpFactFeed implements FactFeed {
  private readonly replicas: ReplicaPool;

  constructor(
    readonly source: string,
    /** The subgraph's URL (only its origin is used), e.g. http://127.0.0.1:4103/graphql, or a comma-separated list. */
    urls: string,
    private readonly signingSecret: string,
    private readonly principal: Principal = SERVICE_PRINCIPALS.FINANCE_FACTS,
  ) {
    this.replicas = new ReplicaPool(urls);
  }

  async pull(after: bigint, limit: number): Promise<FeedPage> {
    const response = await this.replicas.run(
      (url) =>
        serviceFetch({
          url: `${new URL(url).origin}${FEED_PATH}?after=${after}&limit=${limit}`,
          target: this.source,
          secret: this.signingSecret,
          principal: this.principal,
        }),
      { replayable: true },
    );
    if (!response.ok) throw new Error(`${this.source} feed answered HTTP ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as { events: OutboxEvent[]; head: string };
    return { events: body.events, head: BigInt(body.head) };
  }
}
