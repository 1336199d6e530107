import { randomUUID } from 'node:crypto';
import { createTestDatabase, type Database } from '@jining/db';
import { devPrincipal } from '@jining/protocol/dev-accounts';
import type { Principal } from '@jining/protocol/principal';
import { enableDevMode, readSecret, type Env } from '@jining/protocol/secrets';
import { signRequest } from '@jining/protocol/signature';
import { startSubgraph, type DemoSeed, type RunningSubgraph, type SubgraphDefinition } from './subgraph.ts';
import type { FactFeed, FeedPage } from './fact-feed.ts';
import type { OutboxEvent } from './outbox.ts';
import type { ReferenceChecker } from './references.ts';

// Tests run in development mode: random secrets for this test process, shared by the subgraphs it starts and the
// requests it signs. Nothing in the source is a secret, not even for tests.
enableDevMode();

export { devPrincipal, DEV_ACCOUNTS } from '@jining/protocol/dev-accounts';

/**
 * A GraphQL answer over HTTP. `T` is the shape of `data` the operation selects; a test names it at the request
 * (`sg.request<{ honour: { status: string } | null }>(…)`). Left out, `data` is a record of `unknown` fields:
 * enough to compare whole values, not to reach into them.
 */
export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Relay's PageInfo, as the kit's connections serve it. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A Relay connection of `N` (the node fields the query selects), as the kit's connections serve it. */
export interface Connection<N> {
  totalCount: number;
  edges: { cursor: string; node: N }[];
  pageInfo: PageInfo;
}

/**
 * The data of a federation `_entities(representations:)` query: one entry per representation, in their order.
 * `T` is what the query selects on the entity type; add `| null` where a representation may not resolve.
 */
export interface Entities<T> {
  _entities: T[];
}

/** The enum values of an introspected type: the data of `{ __type(name: …) { enumValues { name … } } }`. */
export interface EnumIntrospection<V = { name: string }> {
  __type: { enumValues: V[] };
}

/** `request` of a test subgraph: a GraphQL operation over real HTTP, signed for `principal` (default the HRSS dev account; `null`: unsigned). */
export type TestRequest = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  principal?: Principal | null,
) => Promise<GraphQLResult<T>>;

/** A running subgraph of a test, with its Prisma client typed as `Client` (the subgraph's generated PrismaClient). */
export type TestSubgraph<Client> = RunningSubgraph<Client> & { request: TestRequest };

/**
 * Posts a GraphQL operation over real HTTP. `principal`: signed as the gateway would, for the subgraph named
 * `target` over the exact body sent; `null`: sent without any signature (to prove it is refused).
 */
export async function graphqlRequest<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  principal: Principal | null = devPrincipal('hrss'),
  options: { target: string; headers?: Record<string, string> },
): Promise<GraphQLResult<T>> {
  const sent = JSON.stringify({ query, variables });
  const signature = principal
    ? signRequest(
        principal,
        { method: 'POST', target: options.target, path: new URL(url).pathname, body: sent },
        readSecret('GATEWAY_SIGNING_SECRET'),
      )
    : {};
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signature, ...options.headers },
    body: sent,
  });
  const body = (await response.json()) as Omit<GraphQLResult<T>, 'status'>;
  return { status: response.status, ...body };
}

/** Starts a real subgraph server on a free port against a fresh test database (PGlite, or TEST_DATABASE_URL). */
export async function startTestSubgraph<Client extends { $disconnect(): Promise<void> }>(
  def: SubgraphDefinition<Client>,
  /** background: false leaves the definition's background work (finance's consumer) to the test. */
  /** references: how writes check the ids they name (default: every id accepted, as no directory runs here). */
  /** env: where secrets and development mode are read (default process.env; a production-like run passes its own). */
  /** db: an already-open database (default: a fresh test database, closed on stop). */
  options: {
    demo?: DemoSeed<Client>;
    background?: boolean;
    references?: ReferenceChecker;
    env?: Env;
    db?: Database;
  } = {},
): Promise<TestSubgraph<Client>> {
  const db = options.db ?? (await createTestDatabase(def.name));
  const running = await startSubgraph(def, { db, port: 0, ...options, log: () => {} });
  return {
    ...running,
    request: (query, variables, principal) =>
      graphqlRequest(running.url, query, variables, principal === undefined ? devPrincipal('hrss') : principal, {
        target: def.name,
      }),
    async stop() {
      await running.stop();
      await db.close();
    },
  };
}

/**
 * A source's outbox as a list, for driving a fact consumer page by page in tests: events get the next position as
 * they are appended, and `pull` serves them as the HTTP feed would (after a position, at most `limit`, with the head).
 */
export class MemoryFactFeed implements FactFeed {
  readonly events: OutboxEvent[] = [];
  /** Each test may read its own source, so each has its own cursor: a new feed has a source of its own by default. */
  constructor(readonly source: string = `feed-${randomUUID()}`) {}

  /** Appends one event of the protocol, as its source's outbox would. */
  append(
    kind: string,
    subjectId: string,
    occurredOn: string,
    payload: object,
    eventId: string = randomUUID(),
  ): OutboxEvent {
    const event: OutboxEvent = {
      seq: String(this.events.length + 1),
      eventId,
      kind,
      version: 1,
      subjectId,
      occurredOn,
      payload: { ...payload },
      recordedAt: new Date().toISOString(),
    };
    this.events.push(event);
    return event;
  }

  async pull(after: bigint, limit: number): Promise<FeedPage> {
    return {
      events: this.events.filter((e) => BigInt(e.seq) > after).slice(0, limit),
      head: BigInt(this.events.length),
    };
  }
}
