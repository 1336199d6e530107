/**
 * The competition result lookup a nomination rests on (competition-results.ts): a result the answer does not hold
 * is null; an answer with errors (the competitions subgraph down behind the gateway answers `null` with an error) or
 * no answer at all is SERVICE_UNAVAILABLE, never "no such result". The request is signed as the references service.
 * Against the real competitions subgraph it runs in apps/subgraph-awards/test/awards.test.ts.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSecret } from '@jining/protocol/secrets';
import { SERVICE_PRINCIPALS } from '@jining/protocol';
import { competitionResultLookup } from '../src/competition-results.ts';
import '../src/testing.ts';

/** What the stand-in endpoint answers next, and the principal header it saw last. */
let answer: unknown = null;
let seenPrincipal = '';
let server: Server;
let url = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    seenPrincipal = String(req.headers['x-jining-principal'] ?? '');
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const lookup = () => competitionResultLookup({ url, target: 'gateway' }, readSecret('GATEWAY_SIGNING_SECRET'));

describe('competition result lookup', () => {
  it('reads the person and the tier of a result, signed as the references service', async () => {
    answer = {
      data: {
        competitionResult: {
          id: 'r-1',
          rank: 1,
          medal: 'GOLD',
          person: { id: 'p-1' },
          competition: { id: 'c-1', tier: 'PROVINCIAL' },
        },
      },
    };
    expect(await lookup()('r-1')).toEqual({
      id: 'r-1',
      personId: 'p-1',
      competitionId: 'c-1',
      tier: 'PROVINCIAL',
      rank: 1,
      medal: 'GOLD',
    });
    expect(Buffer.from(seenPrincipal, 'base64url').toString()).toContain(SERVICE_PRINCIPALS.REFERENCES.accountId);
  });

  it('answers null for a result nobody holds, and for an id far too long to be one (without asking)', async () => {
    answer = { data: { competitionResult: null } };
    expect(await lookup()('nowhere')).toBeNull();
    answer = { data: { competitionResult: { id: 'x' } } };
    expect(await lookup()('x'.repeat(101))).toBeNull();
  });

  it('is SERVICE_UNAVAILABLE when competitions cannot answer, never "no such result"', async () => {
    answer = { data: { competitionResult: null }, errors: [{ message: 'subgraph down' }] };
    await expect(lookup()('r-1')).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'COMPETITIONS_UNAVAILABLE' },
    });
    const closed = competitionResultLookup(
      { url: 'http://127.0.0.1:1/graphql', target: 'gateway' },
      readSecret('GATEWAY_SIGNING_SECRET'),
    );
    await expect(closed('r-1')).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
  });
});
