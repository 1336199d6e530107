import { startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { evaluation } from '../src/subgraph.ts';

// No demo data: the counts are exactly the certificates inserted here.
let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(evaluation);
  let n = 0;
  const cert = (person: string, level: string, issuedOn: string, revoked = false) =>
    sg.db.query(
      `INSERT INTO skill_certificate (id, certificate_no, person_id, level, occupation, issuer_id, issued_on, route, revoked_at)
       VALUES (gen_random_uuid(), $1, $2, $3::"SkillLevel", '电工', 'org-1', $4::date, 'SKILL_LEVEL_CERTIFICATION',
               CASE WHEN $5 THEN now() END)`,
      [`T-${++n}`, person, level, issuedOn, revoked],
    );
  await cert('p1', 'SENIOR', '2019-04-01'); // high-skilled long before the policy
  await cert('p1', 'TECHNICIAN', '2025-03-05'); // a technician trained in 2025; p1 is not counted twice in T2
  await cert('p2', 'SENIOR_TECHNICIAN', '2025-06-10');
  await cert('p3', 'TECHNICIAN', '2025-06-20', true); // revoked: counts nowhere
  await cert('p4', 'INTERMEDIATE', '2025-02-01'); // skilled, not high-skilled
  await cert('p5', 'PRINCIPAL_TECHNICIAN', '2026-01-05'); // next year
});
afterAll(async () => sg?.stop());

const TARGETS = /* GraphQL */ `
  query ($year: Int!) {
    evaluationTargets(year: $year) {
      id
      dueDate
      status
      components {
        key
        target
        achieved
        monthly {
          achieved
        }
      }
    }
  }
`;
type Result = {
  evaluationTargets: {
    id: string;
    dueDate: string;
    status: string;
    components: { key: string; target: number; achieved: number; monthly: { achieved: number | null }[] }[];
  }[];
};
const byId = (r: Result, id: string) => r.evaluationTargets.find((t) => t.id === id)!;

describe('evaluationTargets (T2 and T4 on the targets dashboard)', () => {
  it('T4 counts the year’s unrevoked certificates at 技师 or above, by month of issue', async () => {
    const res = await sg.request<Result>(TARGETS, { year: 2025 });
    expect(res.errors).toBeUndefined();
    const t4 = byId(res.data!, 'T4');
    expect(t4.components[0]).toMatchObject({ key: 'technicians', target: 1000, achieved: 2 });
    expect(t4.components[0]!.monthly.map((m) => m.achieved)).toEqual([0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2]);
    expect(t4.status).toBe('NOT_MET');
  });

  it('T2 counts each high-skilled person once, from their first such certificate, whenever it was', async () => {
    const res = await sg.request<Result>(TARGETS, { year: 2025 });
    const t2 = byId(res.data!, 'T2');
    expect(t2).toMatchObject({ dueDate: '2025-12-31' });
    expect(t2.components[0]).toMatchObject({ key: 'highSkilled', target: 320000, achieved: 2 });
    expect(t2.components[0]!.monthly.map((m) => m.achieved)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2]);
    // A stock keeps counting after its due date: in 2026 the principal technician joins.
    const next = await sg.request<Result>(TARGETS, { year: 2026 });
    expect(byId(next.data!, 'T2').components[0]!.monthly[0]!.achieved).toBe(3);
  });
});
