import { startTestSubgraph, type Entities, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { evaluation } from '../src/subgraph.ts';

// E2 三(八): the professional-title tier a level is treated as, where a person's level is shown.
let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(evaluation);
  let n = 0;
  const cert = (person: string, level: string, revoked = false) =>
    sg.db.query(
      `INSERT INTO skill_certificate (id, certificate_no, person_id, level, occupation, issuer_id, issued_on, route, revoked_at)
       VALUES (gen_random_uuid(), $1, $2, $3::"SkillLevel", '电工', 'org-1', '2025-05-01', 'SKILL_LEVEL_CERTIFICATION',
               CASE WHEN $4 THEN now() END)`,
      [`E-${++n}`, person, level, revoked],
    );
  await cert('senior-worker', 'SENIOR');
  await cert('technician', 'TECHNICIAN');
  await cert('senior-technician', 'SENIOR_TECHNICIAN');
  await cert('senior-technician', 'TECHNICIAN');
  await cert('principal', 'PRINCIPAL_TECHNICIAN');
  await cert('chief', 'CHIEF_TECHNICIAN');
  // A revoked 高级技师 leaves the 技师 certificate as the level held.
  await cert('revoked', 'TECHNICIAN');
  await cert('revoked', 'SENIOR_TECHNICIAN', true);
});
afterAll(async () => sg?.stop());

const PEOPLE = ['senior-worker', 'technician', 'senior-technician', 'principal', 'chief', 'revoked', 'nobody'];

describe('E2: a level read as a professional-title tier', () => {
  it('技师 → 中级, 高级技师 → 副高级, 特级技师 and 首席技师 → 正高级, nothing below 技师', async () => {
    const res = await sg.request<
      Entities<{
        highestLevel: string | null;
        highestLevelTitleEquivalent: { title: string; label: string; citation: string } | null;
      }>
    >(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
        highestLevel highestLevelTitleEquivalent { title label citation } } } }`,
      { r: PEOPLE.map((id) => ({ __typename: 'Person', id })) },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities.map((p) => p.highestLevelTitleEquivalent?.label ?? null)).toEqual([
      null,
      '中级',
      '副高级',
      '正高级',
      '正高级',
      '中级',
      null,
    ]);
    expect(res.data!._entities[2]!.highestLevelTitleEquivalent!.citation).toBe('济人社发〔2024〕9号 第三部分（八）');
  });

  it('each certificate says the tier of its level', async () => {
    const res = await sg.request<{
      skillCertificates: { edges: { node: { level: string; titleEquivalent: { title: string } | null } }[] };
    }>(`{ skillCertificates(first: 20) { edges { node { level titleEquivalent { title } } } } }`);
    const byLevel = Object.fromEntries(
      res.data!.skillCertificates.edges.map((e) => [e.node.level, e.node.titleEquivalent?.title ?? null]),
    );
    expect(byLevel).toEqual({
      SENIOR: null,
      TECHNICIAN: 'INTERMEDIATE',
      SENIOR_TECHNICIAN: 'DEPUTY_SENIOR',
      PRINCIPAL_TECHNICIAN: 'FULL_SENIOR',
      CHIEF_TECHNICIAN: 'FULL_SENIOR',
    });
  });
});
