/**
 * Each recorded certificate leaves evaluation as exactly one fact event, in the same transaction: the outbox reads
 * back in commit order with no gap, a refused certificate leaves no event, and the feed serves only the signed services
 * that may read it (finance's facts, the directory's levels).
 */
import { HttpFactFeed, SERVICE_PRINCIPALS, signRequest, readOutbox, type Principal } from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { evaluation } from '../src/subgraph.ts';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(evaluation);
});
afterAll(async () => sg?.stop());

const HRSS = devPrincipal('hrss');
const CREATE = `mutation ($input: CreateSkillCertificateInput!) { createSkillCertificate(input: $input) { id } }`;
const input = (n: number, overrides: Record<string, unknown> = {}) => ({
  personId: `person-outbox-${n % 7}`,
  level: 'TECHNICIAN',
  occupation: '电工',
  issuerId: 'org-issuer',
  issuedOn: '2025-09-01',
  route: 'SKILL_LEVEL_CERTIFICATION',
  certificateNo: `OUTBOX-${n}`,
  ...overrides,
});

describe('the outbox', () => {
  it('holds one event per certificate, in order, with no gap, whether written one by one or at once', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 10; n++) {
      const res = await sg.request<{ createSkillCertificate: { id: string } }>(CREATE, { input: input(n) }, HRSS);
      expect(res.errors).toBeUndefined();
      ids.push(res.data!.createSkillCertificate.id);
      // Each one is readable as soon as it is answered.
      const { events } = await readOutbox(sg.db, 0n, 500);
      expect(events.map((e) => e.subjectId)).toEqual(ids);
    }
    await Promise.all(Array.from({ length: 20 }, (_, n) => sg.request(CREATE, { input: input(100 + n) }, HRSS)));
    const { events, head } = await readOutbox(sg.db, 0n, 500);
    expect(events).toHaveLength(30);
    expect(events.map((e) => Number(e.seq))).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(head).toBe('30');
    expect(events[0]).toMatchObject({
      kind: 'SKILL_CERTIFICATE_RECORDED',
      version: 1,
      occurredOn: '2025-09-01',
      payload: { certificateNo: 'OUTBOX-0', level: 'TECHNICIAN', personId: 'person-outbox-0', newlyObtained: true },
    });
    // The holder's second technician certificate is not newly obtained.
    expect(events[7]!.payload).toMatchObject({ personId: 'person-outbox-0', newlyObtained: false });
  });

  it('writes no event for a refused certificate, and refuses to change or delete an event', async () => {
    const before = (await readOutbox(sg.db, 0n, 500)).head;
    const dup = await sg.request(CREATE, { input: input(0) }, HRSS);
    expect(dup.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const future = await sg.request(CREATE, { input: input(999, { issuedOn: '2999-01-01' }) }, HRSS);
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await readOutbox(sg.db, 0n, 500)).head).toBe(before);
    await expect(sg.db.query(`UPDATE _kit_outbox SET kind = 'X'`)).rejects.toThrow(/append-only/);
    await expect(sg.db.query(`DELETE FROM _kit_outbox`)).rejects.toThrow(/append-only/);
  });
});

describe('the fact feed', () => {
  const feed = (path: string, principal: Principal = SERVICE_PRINCIPALS.FINANCE_FACTS, target = 'evaluation') =>
    fetch(new URL(path, sg.url), {
      headers: signRequest(
        principal,
        { method: 'GET', target, path, body: '' },
        process.env.GATEWAY_SIGNING_SECRET ?? '',
      ),
    });

  it('serves finance’s fact service a page after a position, with the head', async () => {
    const res = await feed('/facts?after=28&limit=5');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { events: { seq: string }[]; head: string };
    expect(body.events.map((e) => e.seq)).toEqual(['29', '30']);
    expect(body.head).toBe('30');
  });

  it('serves the directory’s level service too (the people list’s level filter), through the kit’s HttpFactFeed', async () => {
    const feed = new HttpFactFeed(
      'evaluation',
      sg.url,
      process.env.GATEWAY_SIGNING_SECRET ?? '',
      SERVICE_PRINCIPALS.DIRECTORY_LEVELS,
    );
    const page = await feed.pull(0n, 3);
    expect(page.events.map((e) => [e.seq, e.kind])).toEqual([
      ['1', 'SKILL_CERTIFICATE_RECORDED'],
      ['2', 'SKILL_CERTIFICATE_RECORDED'],
      ['3', 'SKILL_CERTIFICATE_RECORDED'],
    ]);
    expect(page.head).toBe(30n);
  });

  it('refuses anyone else, an unsigned call, a signature for another subgraph, and a bad position', async () => {
    expect((await feed('/facts?after=0', { ...HRSS, permissions: ['facts:read'] })).status).toBe(403);
    // A service of the table that holds no facts:read is refused too, whatever its request claims.
    expect(
      (await feed('/facts?after=0', { ...SERVICE_PRINCIPALS.REFERENCES, permissions: ['facts:read'] })).status,
    ).toBe(403);
    expect((await fetch(new URL('/facts?after=0', sg.url))).status).toBe(401);
    expect((await feed('/facts?after=0', SERVICE_PRINCIPALS.FINANCE_FACTS, 'awards')).status).toBe(401);
    const bad = await feed('/facts?after=-1');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: { reason: string } }[] }).errors[0]!.extensions.reason).toBe(
      'FEED_BAD_POSITION',
    );
  });
});
