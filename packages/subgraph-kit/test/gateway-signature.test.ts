/**
 * A real kit subgraph over real HTTP refuses every request the gateway did not sign for it, now, once, with this
 * body — each with its coded reason — and serves the one it did.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devPrincipal } from '@jining/protocol/dev-accounts';
import { readSecret } from '@jining/protocol/secrets';
import { signRequest } from '@jining/protocol/signature';
import { startTestSubgraph, type TestSubgraph } from '../src/testing.ts';
import { tiny } from './fixtures/tiny-subgraph.ts';

let sg: TestSubgraph<{ $disconnect(): Promise<void> }>;
beforeAll(async () => {
  sg = await startTestSubgraph(tiny);
});
afterAll(() => sg?.stop());

const body = JSON.stringify({ query: '{ whoami }' });
const sign = (overrides: { target?: string; body?: string; now?: number; secret?: string } = {}) =>
  signRequest(
    devPrincipal('finance'),
    { method: 'POST', target: overrides.target ?? 'tiny', path: '/graphql', body: overrides.body ?? body },
    overrides.secret ?? readSecret('GATEWAY_SIGNING_SECRET'),
    { now: overrides.now ?? Date.now() },
  );

async function post(headers: Record<string, string>, sent = body) {
  const response = await fetch(sg.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: sent,
  });
  const answer = (await response.json()) as {
    data?: { whoami: string };
    errors?: { message: string; extensions: { code: string; reason?: string } }[];
  };
  return { status: response.status, answer, reason: answer.errors?.[0]?.extensions.reason };
}

describe('the gateway signature at a subgraph', () => {
  it('serves a request signed for it, as the signed principal', async () => {
    const { status, answer } = await post(sign());
    expect(status).toBe(200);
    expect(answer.data).toEqual({ whoami: 'finance' });
  });

  it('refuses the same signed request a second time (replay)', async () => {
    const headers = sign();
    expect((await post(headers)).status).toBe(200);
    const replay = await post(headers);
    expect(replay.status).toBe(401);
    expect(replay.answer.errors![0]!.extensions).toEqual({
      code: 'GATEWAY_SIGNATURE_REQUIRED',
      reason: 'GATEWAY_SIGNATURE_REPLAYED',
    });
  });

  it('refuses a body altered after signing', async () => {
    const altered = JSON.stringify({ query: 'mutation { pay(input: { amount: 1, paidOn: "2025-01-01" }) }' });
    expect(await post(sign(), altered)).toMatchObject({ status: 401, reason: 'GATEWAY_SIGNATURE_BODY_MISMATCH' });
  });

  it('refuses a signature made for another subgraph', async () => {
    expect(await post(sign({ target: 'finance' }))).toMatchObject({
      status: 401,
      reason: 'GATEWAY_SIGNATURE_WRONG_TARGET',
    });
  });

  it('refuses another secret, an old signature and one from the future', async () => {
    expect(await post(sign({ secret: 'not-the-platform-secret-not-the-platform-secret' }))).toMatchObject({
      status: 401,
      reason: 'GATEWAY_SIGNATURE_INVALID',
    });
    expect(await post(sign({ now: Date.now() - 61_000 }))).toMatchObject({
      status: 401,
      reason: 'GATEWAY_SIGNATURE_EXPIRED',
    });
    expect(await post(sign({ now: Date.now() + 60_000 }))).toMatchObject({
      status: 401,
      reason: 'GATEWAY_SIGNATURE_FROM_FUTURE',
    });
  });

  it('refuses an unsigned call; health answers unsigned', async () => {
    expect(await post({})).toMatchObject({ status: 401, reason: 'GATEWAY_SIGNATURE_MISSING' });
    expect((await sg.request('{ whoami }', {}, null)).errors![0]!.extensions).toMatchObject({
      code: 'GATEWAY_SIGNATURE_REQUIRED',
    });
    expect((await fetch(sg.url.replace('/graphql', '/readyz'))).status).toBe(200);
  });
});
