/**
 * Two replicas of one subgraph on one database (docs/operations.md § 13): a signed mutation captured on the wire and
 * sent to the other replica is refused and writes nothing, because the mutation's nonce is claimed in a table both
 * share; twenty copies raced over both replicas write once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devPrincipal } from '@jining/protocol/dev-accounts';
import { readSecret } from '@jining/protocol/secrets';
import { nonceExpiresAt, signRequest } from '@jining/protocol/signature';
import { SERVICE_NONCE_TABLE, SharedNonces } from '../src/service-nonces.ts';
import { startSubgraph, type RunningSubgraph } from '../src/subgraph.ts';
import { startTestSubgraph, type TestSubgraph } from '../src/testing.ts';
import { tiny, written } from './fixtures/tiny-subgraph.ts';

type Tiny = { $disconnect(): Promise<void> };
let first: TestSubgraph<Tiny>;
let second: RunningSubgraph<Tiny>;
beforeAll(async () => {
  first = await startTestSubgraph(tiny);
  // The second replica: its own process state (guard, nonce cache, HTTP server), the same database.
  second = await startSubgraph(tiny, { db: first.db, port: 0, log: () => {} });
});
afterAll(async () => {
  await second?.stop();
  await first?.stop();
});

const sign = (body: string) =>
  signRequest(
    devPrincipal('finance'),
    { method: 'POST', target: 'tiny', path: '/graphql', body },
    readSecret('GATEWAY_SIGNING_SECRET'),
  );

async function post(url: string, headers: Record<string, string>, body: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const answer = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions: { code: string; reason?: string } }[];
  };
  return { status: response.status, answer };
}

const payment = (amount: number) =>
  JSON.stringify({ query: `mutation { pay(input: { amount: ${amount}, paidOn: "2026-03-01" }) }` });

describe('used nonces shared by the replicas of a subgraph', () => {
  it('refuses a signed mutation replayed at the other replica, and writes nothing', async () => {
    const body = payment(101);
    const headers = sign(body);
    expect((await post(first.url, headers, body)).status).toBe(200);
    const before = written.length;

    const replay = await post(second.url, headers, body);
    expect(replay.status).toBe(401);
    expect(replay.answer.data).toBeUndefined();
    expect(replay.answer.errors![0]!.extensions).toEqual({
      code: 'GATEWAY_SIGNATURE_REQUIRED',
      reason: 'GATEWAY_SIGNATURE_REPLAYED',
      messageEn: 'nonce already used (by another replica of this subgraph)',
    });
    expect(replay.answer.errors![0]!.message).toBe('只接受经网关签名的请求（该签名已使用过）');
    expect(written.length).toBe(before);
  });

  it('writes once for twenty copies of one signed mutation sent to both replicas at once', async () => {
    const body = payment(202);
    const headers = sign(body);
    const before = written.length;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post(i % 2 ? second.url : first.url, headers, body)),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 401)).toHaveLength(19);
    for (const refused of answers.filter((a) => a.status === 401)) {
      expect(refused.answer.errors![0]!.extensions.reason).toBe('GATEWAY_SIGNATURE_REPLAYED');
    }
    expect(written.filter((w) => w.amount === 202n)).toHaveLength(1);
    expect(written.length).toBe(before + 1);
  });

  it('serves different signed mutations on both replicas: each nonce once, none refused', async () => {
    const before = written.length;
    const answers = await Promise.all(
      [301, 302, 303, 304].map((amount, i) =>
        post(i % 2 ? second.url : first.url, sign(payment(amount)), payment(amount)),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(written.length).toBe(before + 4);
  });

  it('leaves reads to each replica’s own cache: a read replays only what its captured answer already showed', async () => {
    const body = JSON.stringify({ query: '{ whoami }' });
    const headers = sign(body);
    expect((await post(first.url, headers, body)).status).toBe(200);
    expect((await post(first.url, headers, body)).answer.errors![0]!.extensions.reason).toBe(
      'GATEWAY_SIGNATURE_REPLAYED',
    );
    const claimed = await first.db.query(`SELECT 1 FROM ${SERVICE_NONCE_TABLE} WHERE nonce = $1`, [
      headers['x-jining-nonce'],
    ]);
    expect(claimed).toHaveLength(0);
  });

  it('keeps a nonce until its signature expires, then sweeps it', async () => {
    const shared = new SharedNonces(first.db);
    const nonce = 'sweep-test-nonce-0001';
    const kept = async () =>
      (await first.db.query(`SELECT 1 FROM ${SERVICE_NONCE_TABLE} WHERE nonce = $1`, [nonce])).length === 1;
    const signedAt = Date.now();
    expect(await shared.claim(nonce, nonceExpiresAt(signedAt), signedAt)).toBe(true);
    expect(await shared.claim(nonce, nonceExpiresAt(signedAt), signedAt)).toBe(false);
    await shared.sweep(nonceExpiresAt(signedAt) - 1);
    expect(await kept()).toBe(true);
    expect(await shared.sweep(nonceExpiresAt(signedAt) + 1)).toBeGreaterThanOrEqual(1);
    expect(await kept()).toBe(false);
  });
});
