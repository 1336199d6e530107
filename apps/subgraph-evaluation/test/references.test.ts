/**
 * A certificate naming a person or issuer the directory does not know is refused as BAD_USER_INPUT naming the field
 * (PERSON_NOT_FOUND / ORGANISATION_NOT_FOUND), and nothing is written: no certificate, no fact event. The directory
 * is a fixed list here (the kit's `listReferences`); through the real gateway and directory it is probed by
 * apps/gateway/test/platform/security.e2e.test.ts.
 */
import { listReferences, readOutbox } from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { evaluation } from '../src/subgraph.ts';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(evaluation, {
    references: listReferences({ people: ['known-person'], organisations: ['known-issuer'] }),
  });
});
afterAll(async () => sg?.stop());

const CREATE = `mutation ($input: CreateSkillCertificateInput!) { createSkillCertificate(input: $input) { id } }`;
const input = (personId: string, issuerId: string, certificateNo: string) => ({
  personId,
  level: 'TECHNICIAN',
  occupation: '电工',
  issuerId,
  issuedOn: '2025-09-01',
  route: 'SKILL_LEVEL_CERTIFICATION',
  certificateNo,
});

describe('references to the directory', () => {
  it('refuses a person or issuer that exists nowhere, naming the field, and writes nothing', async () => {
    const before = (await readOutbox(sg.db, 0n, 100)).head;
    const ghost = await sg.request(CREATE, { input: input('ghost', 'known-issuer', 'REF-1') }, devPrincipal('hrss'));
    expect(ghost.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PERSON_NOT_FOUND',
      field: 'input.personId',
    });
    expect(ghost.errors?.[0]?.message).toBe('人员库中没有此人员（ghost）');
    const issuer = await sg.request(CREATE, { input: input('known-person', 'nowhere', 'REF-2') }, devPrincipal('hrss'));
    expect(issuer.errors?.[0]?.extensions).toMatchObject({ reason: 'ORGANISATION_NOT_FOUND', field: 'input.issuerId' });
    expect((await readOutbox(sg.db, 0n, 100)).head).toBe(before);
    expect(await sg.db.query(`SELECT 1 FROM skill_certificate WHERE certificate_no LIKE 'REF-%'`)).toEqual([]);

    const known = await sg.request(
      CREATE,
      { input: input('known-person', 'known-issuer', 'REF-3') },
      devPrincipal('hrss'),
    );
    expect(known.errors).toBeUndefined();
  });
});
