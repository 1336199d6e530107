/**
 * Revoking a certificate (撤销): the certificate stays, marked revoked with its reason; one SKILL_CERTIFICATE_REVOKED
 * event leaves in the same transaction, however many times the request is raced; a revoked certificate no longer
 * counts for the level held or against a later certificate being newly obtained; bad or foreign requests write
 * nothing.
 */
import { readOutbox } from '@jining/subgraph-kit';
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
const REVOKE = `mutation ($input: RevokeSkillCertificateInput!) {
  revokeSkillCertificate(input: $input) { id revoked revokedAt revokedReason } }`;

async function record(personId: string, certificateNo: string, level = 'SENIOR_TECHNICIAN') {
  const res = await sg.request<{ createSkillCertificate: { id: string } }>(
    CREATE,
    {
      input: {
        personId,
        level,
        occupation: '焊工',
        issuerId: 'org-issuer',
        issuedOn: '2025-09-01',
        route: 'SKILL_LEVEL_CERTIFICATION',
        certificateNo,
      },
    },
    HRSS,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createSkillCertificate.id;
}

const eventsOf = async (subjectId: string) =>
  (await readOutbox(sg.db, 0n, 1000)).events.filter((e) => e.subjectId === subjectId);

describe('revokeSkillCertificate', () => {
  it('marks the certificate revoked and writes one event, though raced twenty times', async () => {
    const id = await record('person-revoke-1', 'REVOKE-1');
    const results = await Promise.all(
      Array.from({ length: 20 }, () => sg.request(REVOKE, { input: { id, reason: '登记有误：等级填错' } }, HRSS)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.reason === 'ALREADY_REVOKED')).toHaveLength(19);
    const events = await eventsOf(id);
    expect(events.map((e) => e.kind)).toEqual(['SKILL_CERTIFICATE_RECORDED', 'SKILL_CERTIFICATE_REVOKED']);
    const audited = await sg.db.query<{ reason: string }>(
      `SELECT reason FROM _kit_audit WHERE action = 'REVOKE_SKILL_CERTIFICATE' AND entity_id = $1`,
      [id],
    );
    expect(audited).toEqual([{ reason: '登记有误：等级填错' }]);
    expect(events[1]!.payload).toEqual({
      certificateId: id,
      certificateNo: 'REVOKE-1',
      personId: 'person-revoke-1',
      reason: '登记有误：等级填错',
    });
    const res = await sg.request<{ skillCertificate: { revoked: boolean; revokedReason: string } }>(
      `query ($id: ID!) { skillCertificate(id: $id) { revoked revokedReason } }`,
      { id },
      HRSS,
    );
    expect(res.data!.skillCertificate).toEqual({ revoked: true, revokedReason: '登记有误：等级填错' });
  });

  it('a revoked certificate does not count: the level held falls back, and the next one is newly obtained', async () => {
    const personId = 'person-revoke-2';
    await record(personId, 'REVOKE-2A', 'TECHNICIAN');
    const wrong = await record(personId, 'REVOKE-2B', 'PRINCIPAL_TECHNICIAN');
    const level = async () =>
      (
        await sg.request<{ _entities: [{ highestLevel: string }] }>(
          `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { highestLevel } } }`,
          { reps: [{ __typename: 'Person', id: personId }] },
          HRSS,
        )
      ).data!._entities[0].highestLevel;
    expect(await level()).toBe('PRINCIPAL_TECHNICIAN');
    expect((await sg.request(REVOKE, { input: { id: wrong, reason: '等级填错' } }, HRSS)).errors).toBeUndefined();
    expect(await level()).toBe('TECHNICIAN');
    const right = await record(personId, 'REVOKE-2C', 'PRINCIPAL_TECHNICIAN');
    expect((await eventsOf(right))[0]!.payload).toMatchObject({ newlyObtained: true });
  });

  it('refuses an unknown id, a short reason and another department, and writes nothing', async () => {
    const id = await record('person-revoke-3', 'REVOKE-3');
    const before = (await readOutbox(sg.db, 0n, 1000)).head;
    const unknown = await sg.request(REVOKE, { input: { id: 'no-such-certificate', reason: '登记有误' } }, HRSS);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CERTIFICATE_NOT_FOUND' });
    const short = await sg.request(REVOKE, { input: { id, reason: ' ' } }, HRSS);
    expect(short.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const union = await sg.request(REVOKE, { input: { id, reason: '登记有误' } }, devPrincipal('union'));
    expect(union.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await readOutbox(sg.db, 0n, 1000)).head).toBe(before);
    const row = await sg.db.query<{ revoked_at: Date | null }>(
      `SELECT revoked_at FROM skill_certificate WHERE id = $1`,
      [id],
    );
    expect(row[0]!.revoked_at).toBeNull();
  });
});
