import { startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { awards } from '../src/subgraph.ts';

// No demo data: the counts are exactly the honours inserted here.
let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(awards);
  let n = 0;
  const honour = (kind: string, year: number, status: string, decidedAt: string | null) =>
    sg.db.query(
      `INSERT INTO honour (id, kind, year, person_id, status, decided_at)
       VALUES (gen_random_uuid(), $1::"HonourKind", $2, $3, $4::"HonourStatus", $5::timestamp)`,
      [kind, year, `p-${++n}`, status, decidedAt],
    );
  await honour('CHIEF_TECHNICIAN', 2025, 'APPROVED', '2025-04-10 02:00');
  await honour('CHIEF_TECHNICIAN', 2025, 'APPROVED', '2025-04-11 02:00');
  // Approved for 2025 in January 2026: it is 2025's, shown at the year's end.
  await honour('CHIEF_TECHNICIAN', 2025, 'APPROVED', '2026-01-08 02:00');
  await honour('CHIEF_TECHNICIAN', 2025, 'REVOKED', '2025-05-01 02:00');
  await honour('CHIEF_TECHNICIAN', 2025, 'NOMINATED', null);
  await honour('GRAND_CRAFTSMAN', 2025, 'APPROVED', '2025-09-01 02:00');
  await honour('CRAFTSMAN', 2025, 'APPROVED', '2025-09-01 02:00');
  await honour('HANDICRAFT_CRAFTSMAN', 2025, 'APPROVED', '2025-10-01 02:00');
  await honour('TECHNICAL_EXPERT', 2026, 'APPROVED', '2026-03-01 02:00');
});
afterAll(async () => sg?.stop());

const TARGETS = /* GraphQL */ `
  query ($year: Int!) {
    awardsTargets(year: $year) {
      id
      status
      components {
        key
        target
        upper
        achieved
        monthly {
          achieved
        }
      }
    }
  }
`;
type Result = {
  awardsTargets: {
    id: string;
    status: string;
    components: {
      key: string;
      target: number;
      upper: number | null;
      achieved: number;
      monthly: { achieved: number }[];
    }[];
  }[];
};

describe('awardsTargets (T13–T15 on the targets dashboard)', () => {
  it('counts the approved honours of the year by kind, in the month approved', async () => {
    const res = await sg.request<Result>(TARGETS, { year: 2025 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.awardsTargets.map((t) => t.id)).toEqual(['T13', 'T14', 'T15']);
    const [t13, t14, t15] = res.data!.awardsTargets;
    expect(t13!.components[0]).toMatchObject({ key: 'technicalExperts', target: 200, achieved: 0 });
    expect(t14!.components[0]).toMatchObject({ key: 'chiefTechnicians', target: 20, upper: 20, achieved: 3 });
    expect(t14!.components[0]!.monthly.map((m) => m.achieved)).toEqual([0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 3]);
    expect(t15!.components.map((c) => [c.key, c.achieved])).toEqual([
      ['grandCraftsmen', 1],
      ['craftsmen', 2],
    ]);
    expect(t15!.components[1]!.monthly.map((m) => m.achieved).slice(7)).toEqual([0, 1, 2, 2, 2]);
  });
});
