import { FEED_PATH, type OutboxEvent } from '@jining/subgraph-kit';
import { SERVICE_PRINCIPALS, serviceFetch } from '@jining/subgraph-kit';

/** One page of a source's outbox after a position, and the source's newest position (for the lag). */
export interface FeedPage {
  events: OutboxEvent[];
  head: bigint;
}

/**
 * Where finance reads a domain's facts. The embedded default pulls the domain's feed over HTTP (`HttpFactFeed`);
 * a message broker can take its place behind this interface when one machine is outgrown: finance's handling is
 * idempotent by event id and keeps its own cursor, so at-least-once delivery is all it needs.
 */
export interface FactFeed {
  readonly source: string;
  pull(after: bigint, limit: number): Promise<FeedPage>;
}

/** GET <subgraph>/facts, signed as finance's fact service (only it may read the feed). */
export class HttpFactFeed implements FactFeed {
  constructor(
    readonly source: string,
    /** The subgraph's origin, e.g. http://127.0.0.1:4103 */
    private readonly origin: string,
    private readonly signingSecret: string,
  ) {}

  async pull(after: bigint, limit: number): Promise<FeedPage> {
    const response = await serviceFetch({
      url: `${this.origin}${FEED_PATH}?after=${after}&limit=${limit}`,
      target: this.source,
      secret: this.signingSecret,
      principal: SERVICE_PRINCIPALS.FINANCE_FACTS,
    });
    if (!response.ok) throw new Error(`${this.source} feed answered HTTP ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as { events: OutboxEvent[]; head: string };
    return { events: body.events, head: BigInt(body.head) };
  }
}
