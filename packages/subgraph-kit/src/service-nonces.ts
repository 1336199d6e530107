import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { Database } from '@jining/db';
import { KitError } from '@jining/graphql-server/errors';
import { ErrorCode } from '@jining/protocol/errors';
import { NONCE_HEADER, nonceExpiresAt, SIGNED_AT_HEADER, SignatureRefusal } from '@jining/protocol/signature';

/**
 * Used gateway nonces that every replica of a subgraph shares, so that a signed mutation captured on the wire cannot
 * be replayed at a second replica within its signature's minute (docs/operations.md § 13).
 *
 * The HTTP guard's `NonceCache` refuses a replay to the replica that saw the original, for every call. This table adds
 * the other replicas, for **mutations only**: a replayed mutation writes again, while a replayed read returns what the
 * captured request's own answer already carried over the same wire. Mutations write anyway, so one more small insert
 * costs them little; the hot reads (a person record is nine subgraph calls) keep no database round trip for this.
 *
 * The table is the kit's (a `_kit_` table, like the outbox), created at start in every subgraph's schema. It is
 * UNLOGGED: a row lives about a minute, and a database crash that empties it only matters for a request captured in
 * the minute before the crash, while each insert skips the write-ahead log and its flush.
 */
export const SERVICE_NONCE_TABLE = '_kit_service_nonce';

/** Expired rows go at most this often (by the replica that claims next): the table stays about a minute's mutations. */
const SWEEP_EVERY_MS = 60_000;

export async function ensureServiceNonces(db: Database): Promise<void> {
  await db.query(
    `CREATE UNLOGGED TABLE IF NOT EXISTS ${SERVICE_NONCE_TABLE} (nonce text PRIMARY KEY, expires_at bigint NOT NULL)`,
  );
}

export class SharedNonces {
  private lastSweep = 0;

  constructor(
    private readonly db: Database,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /**
   * Records `nonce` until `expiresAt` (ms); false when any replica already recorded it. Atomic in the database: of
   * twenty copies claimed at once on different replicas, one gets true.
   */
  async claim(nonce: string, expiresAt: number, now = Date.now()): Promise<boolean> {
    const inserted = await this.db.query(
      `INSERT INTO ${SERVICE_NONCE_TABLE} (nonce, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING nonce`,
      [nonce, expiresAt],
    );
    if (now - this.lastSweep >= SWEEP_EVERY_MS) {
      this.lastSweep = now;
      // Not awaited: the caller's mutation does not wait for housekeeping, and a failed sweep is retried next minute.
      this.sweep(now).catch((error: unknown) => this.log(`sweeping used nonces failed: ${String(error)}`));
    }
    return inserted.length === 1;
  }

  /** Drops the nonces whose signatures the time check now refuses by itself; returns how many. */
  async sweep(now = Date.now()): Promise<number> {
    const swept = await this.db.query(`DELETE FROM ${SERVICE_NONCE_TABLE} WHERE expires_at < $1 RETURNING nonce`, [
      now,
    ]);
    return swept.length;
  }
}

/**
 * Claims the signed call's nonce in the shared table before a mutation runs. The guard has already verified the
 * signature, so the nonce and signed-at headers are present and well formed here.
 */
export function claimMutationNonces<Context extends object>(nonces: SharedNonces): ApolloServerPlugin<Context> {
  // One set of hooks for every request (they keep no state of their own): every subgraph call passes through here.
  const hooks: GraphQLRequestListener<Context> = {
    async didResolveOperation({ operation, request }) {
      if (operation?.operation !== 'mutation') return;
      const nonce = request.http?.headers.get(NONCE_HEADER);
      const signedAt = Number(request.http?.headers.get(SIGNED_AT_HEADER));
      if (!nonce || !Number.isFinite(signedAt)) throw new Error('a mutation reached GraphQL without a signature');
      if (await nonces.claim(nonce, nonceExpiresAt(signedAt))) return;
      const refusal = new KitError(ErrorCode.GATEWAY_SIGNATURE_REQUIRED, '只接受经网关签名的请求（该签名已使用过）', {
        reason: SignatureRefusal.REPLAYED,
        messageEn: 'nonce already used (by another replica of this subgraph)',
      });
      // The same 401 as the guard's refusal of a replay to this replica (formatError drops `http`).
      Object.assign(refusal.extensions, { http: { status: 401 } });
      throw refusal;
    },
  };
  return { requestDidStart: async () => hooks };
}
