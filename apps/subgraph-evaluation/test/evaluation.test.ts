import { demoDataset, SHOWCASE_PERSON_ID } from '@jining/demo-data';
import { highestLevel, SKILL_LEVELS, type SkillLevel } from '@jining/rules';
import {
  devPrincipal,
  startTestSubgraph,
  type Connection,
  type Entities,
  type TestSubgraph,
} from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInJining as jiningToday } from '@jining/subgraph-kit';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { SkillLevel as PrismaSkillLevel } from '../src/generated/prisma/enums.ts';
import { evaluation } from '../src/subgraph.ts';
import { seedDemo } from '../dev/seed.ts';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(evaluation, { demo: seedDemo });
});
afterAll(async () => sg?.stop());

const demo = demoDataset();
const CREATE = /* GraphQL */ `
  mutation ($input: CreateSkillCertificateInput!) {
    createSkillCertificate(input: $input) {
      id
      certificateNo
      level
      occupation
      issuedOn
      route
      person {
        id
      }
      issuer {
        id
      }
    }
  }
`;
const PERSON_CERTS = /* GraphQL */ `
  query ($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on Person {
        id
        highestLevel
        certificates {
          certificateNo
          level
          issuedOn
        }
      }
    }
  }
`;
/** A Person as PERSON_CERTS selects it. */
type PersonCerts = {
  id: string;
  highestLevel: string | null;
  certificates: { certificateNo: string; level: string; issuedOn: string }[];
};
const count = async () =>
  Number((await sg.db.query<{ n: string }>('SELECT count(*)::text AS n FROM skill_certificate'))[0]!.n);
const ISSUER = demo.organisations.find((o) => o.kind === 'EVALUATION_ORGANISATION')!.id;
// A directory person with no demo certificate (the dataset gives roughly three in four people one).
const UNCERTIFIED = demo.people.find((p) => !demo.certificates.some((c) => c.personId === p.id))!.id;
let serial = 0;
const input = (over: Record<string, unknown> = {}) => ({
  personId: UNCERTIFIED,
  level: 'SENIOR',
  occupation: '电工',
  issuerId: ISSUER,
  issuedOn: '2025-06-30',
  route: 'SKILL_LEVEL_CERTIFICATION',
  certificateNo: `T2025370800${String(++serial).padStart(4, '0')}`,
  ...over,
});

describe('evaluation subgraph', () => {
  it('keeps the database ladder equal to the rules ladder', () => {
    expect(Object.values(PrismaSkillLevel)).toEqual([...SKILL_LEVELS]);
  });

  it('loads the demo certificates, and loading again adds nothing', async () => {
    expect(await count()).toBe(demo.certificates.length);
    await seedDemo({ prisma: sg.prisma, log: () => {} });
    expect(await count()).toBe(demo.certificates.length);
  });

  it('lists certificates as a Relay connection with a total, and pages on', async () => {
    const res = await sg.request<{
      skillCertificates: Connection<{
        id: string;
        certificateNo: string;
        level: string;
        route: string;
        issuedOn: string;
        person: { id: string };
        issuer: { id: string };
      }>;
    }>(
      `{ skillCertificates(first: 5) { totalCount edges { cursor node { id certificateNo level route issuedOn person { id } issuer { id } } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(res.errors).toBeUndefined();
    const page = res.data!.skillCertificates;
    expect(page.totalCount).toBeGreaterThanOrEqual(demo.certificates.length);
    expect(page.edges).toHaveLength(5);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await sg.request<{ skillCertificates: Connection<{ id: string }> }>(
      `query ($after: String) { skillCertificates(first: 5, after: $after) { edges { node { id } } } }`,
      { after: page.pageInfo.endCursor },
    );
    const firstIds = page.edges.map((e) => e.node.id);
    for (const edge of next.data!.skillCertificates.edges) expect(firstIds).not.toContain(edge.node.id);
  });

  it('filters by level and by person, and the total follows the filter', async () => {
    const technicians = demo.certificates.filter((c) => c.level === 'TECHNICIAN');
    const byLevel = await sg.request<{ skillCertificates: Connection<{ level: string }> }>(
      `{ skillCertificates(first: 100, level: TECHNICIAN) { totalCount edges { node { level } } } }`,
    );
    expect(byLevel.data!.skillCertificates.totalCount).toBe(technicians.length);
    expect(byLevel.data!.skillCertificates.edges.every((e) => e.node.level === 'TECHNICIAN')).toBe(true);
    const mine = demo.certificates.filter((c) => c.personId === SHOWCASE_PERSON_ID);
    const byPerson = await sg.request<{ skillCertificates: Connection<{ person: { id: string } }> }>(
      `query ($p: ID) { skillCertificates(first: 10, personId: $p) { totalCount edges { node { person { id } } } } }`,
      { p: SHOWCASE_PERSON_ID },
    );
    expect(byPerson.data!.skillCertificates.totalCount).toBe(mine.length);
    expect(byPerson.data!.skillCertificates.edges).toHaveLength(mine.length);
  });

  it('reads one certificate by id, and null for an unknown id', async () => {
    const cert = demo.certificates[0]!;
    const res = await sg.request(
      `query ($id: ID!) { skillCertificate(id: $id) { certificateNo level occupation issuedOn route } }`,
      { id: cert.id },
    );
    expect(res.data!.skillCertificate).toEqual({
      certificateNo: cert.certificateNo,
      level: cert.level,
      occupation: cert.occupation,
      issuedOn: cert.issuedOn,
      route: cert.route,
    });
    const none = await sg.request(`{ skillCertificate(id: "no-such-id") { id } }`);
    expect(none.errors).toBeUndefined();
    expect(none.data!.skillCertificate).toBeNull();
  });

  it("gives a person's certificates newest first and the highest level on the ladder", async () => {
    const res = await sg.request<{ _entities: [PersonCerts, PersonCerts] }>(PERSON_CERTS, {
      reps: [
        { __typename: 'Person', id: SHOWCASE_PERSON_ID },
        { __typename: 'Person', id: 'person-without-certificates' },
      ],
    });
    expect(res.errors).toBeUndefined();
    const [showcase, nobody] = res.data!._entities;
    const dates = showcase.certificates.map((c) => c.issuedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(showcase.certificates.length).toBe(
      demo.certificates.filter((c) => c.personId === SHOWCASE_PERSON_ID).length,
    );
    expect(showcase.highestLevel).toBe(
      highestLevel(
        demo.certificates.filter((c) => c.personId === SHOWCASE_PERSON_ID).map((c) => c.level as SkillLevel),
      ),
    );
    expect(showcase.highestLevel).not.toBeNull();
    expect(nobody).toEqual({ id: 'person-without-certificates', highestLevel: null, certificates: [] });
  });

  it('records a certificate, and the holder sees it first with the new highest level', async () => {
    const before = await count();
    const given = input({ level: 'SENIOR', issuedOn: '2025-06-30' });
    const res = await sg.request(CREATE, {
      input: { ...given, occupation: '  电工 ', certificateNo: ` ${given.certificateNo} ` },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createSkillCertificate).toMatchObject({
      certificateNo: given.certificateNo,
      level: 'SENIOR',
      occupation: '电工',
      issuedOn: '2025-06-30',
      route: 'SKILL_LEVEL_CERTIFICATION',
      person: { id: UNCERTIFIED },
      issuer: { id: ISSUER },
    });
    expect(await count()).toBe(before + 1);
    // Recorded with its audit record, which the auditor reads as evaluationAuditEntries.
    const id = (res.data!.createSkillCertificate as { id: string }).id;
    const trail = await sg.request<{
      evaluationAuditEntries: { edges: { node: { action: string; actorAccountId: string } }[] };
    }>(
      `query ($id: ID) { evaluationAuditEntries(first: 5, entityId: $id) { edges { node { action actorAccountId } } } }`,
      { id },
      devPrincipal('auditor'),
    );
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.evaluationAuditEntries.edges.map((e) => e.node)).toEqual([
      { action: 'CREATE_SKILL_CERTIFICATE', actorAccountId: 'acc-hrss' },
    ]);
    // A lower level issued later is the newest, but not the highest.
    expect(
      (await sg.request(CREATE, { input: input({ level: 'INTERMEDIATE', issuedOn: '2025-09-01' }) })).errors,
    ).toBeUndefined();
    const person = await sg.request<{ _entities: [PersonCerts] }>(PERSON_CERTS, {
      reps: [{ __typename: 'Person', id: UNCERTIFIED }],
    });
    expect(person.data!._entities[0].certificates.map((c) => c.level)).toEqual(['INTERMEDIATE', 'SENIOR']);
    expect(person.data!._entities[0].highestLevel).toBe('SENIOR');
  });

  it('accepts direct certification (企业直接认定) at 高级工 and above, and today as the issue date', async () => {
    for (const level of ['SENIOR', 'TECHNICIAN']) {
      const res = await sg.request(CREATE, {
        input: input({ level, route: 'DIRECT_CERTIFICATION', issuedOn: jiningToday() }),
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.createSkillCertificate).toMatchObject({ level, route: 'DIRECT_CERTIFICATION' });
    }
  });

  it.each([
    ['a level not on the ladder', { level: 'GRANDMASTER' }, undefined],
    ['an impossible date', { issuedOn: '2025-02-30' }, 'INVALID_DATE'],
    ['a date that is not a date', { issuedOn: '30/06/2025' }, 'INVALID_DATE'],
    ['an issue date in the future', { issuedOn: '2099-01-01' }, 'FUTURE_DATE'],
    [
      'direct certification below 高级工',
      { level: 'INTERMEDIATE', route: 'DIRECT_CERTIFICATION' },
      'DIRECT_CERTIFICATION_BELOW_SENIOR',
    ],
    ['an unknown route', { route: 'BOUGHT_ONLINE' }, undefined],
    ['an empty occupation', { occupation: '  ' }, 'VALIDATION_FAILED'],
    ['an empty certificate number', { certificateNo: ' ' }, 'VALIDATION_FAILED'],
    ['a missing person', { personId: undefined }, undefined],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, over, reason) => {
    const before = await count();
    const res = await sg.request(CREATE, { input: input(over) });
    expect(res.data?.createSkillCertificate ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    if (reason) {
      expect(res.errors?.[0]?.extensions?.reason).toBe(reason);
      expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await count()).toBe(before);
  });

  it('refuses a certificate number already recorded as CONFLICT, writing nothing (no audit record either)', async () => {
    const before = await count();
    const audited = async () =>
      Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM _kit_audit`))[0]!.n);
    const auditedBefore = await audited();
    const res = await sg.request(CREATE, { input: input({ certificateNo: demo.certificates[0]!.certificateNo }) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_CERTIFICATE_NO' });
    expect(await count()).toBe(before);
    expect(await audited()).toBe(auditedBefore);
  });

  it('lets only accounts with evaluation:manage record certificates; others may read', async () => {
    const before = await count();
    const res = await sg.request(CREATE, { input: input() }, devPrincipal('finance'));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
    const read = await sg.request(`{ skillCertificates(first: 1) { totalCount } }`, {}, devPrincipal('finance'));
    expect(read.errors).toBeUndefined();
  });

  it('refuses calls without the gateway signature', async () => {
    const res = await sg.request(`{ skillCertificates(first: 1) { totalCount } }`, {}, null);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('GATEWAY_SIGNATURE_REQUIRED');
  });

  it('answers Person._entities (certificates and highestLevel) with one SQL statement however many people', async () => {
    const reps = demo.people.slice(0, 50).map((p) => ({ __typename: 'Person', id: p.id }));
    const {
      result,
      count: statements,
      statements: sql,
    } = await sg.db.countQueries(() => sg.request<Entities<PersonCerts>>(PERSON_CERTS, { reps }));
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(50);
    expect(result.data!._entities.filter((p) => p.highestLevel !== null).length).toBeGreaterThan(10);
    expect(statements, sql.join('\n')).toBe(1);
  });

  it('answers SkillCertificate._entities with one SQL statement', async () => {
    const reps = demo.certificates.slice(0, 30).map((c) => ({ __typename: 'SkillCertificate', id: c.id }));
    const { result, count: statements } = await sg.db.countQueries(() =>
      sg.request<Entities<{ id: string; level: string }>>(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on SkillCertificate { id level } } }`,
        { reps },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((c) => c.id)).toEqual(reps.map((r) => r.id));
    expect(statements).toBe(1);
  });
});
