/**
 * trainingTargets on the demo data, for the city and one county: T5, T9, T10 and T11 each count demo records, a
 * county counts only its own (the county each record stored), and seeding twice adds nothing.
 */
import { demoProgrammes } from '@jining/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../dev/seed.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { training } from '../src/subgraph.ts';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(training, { demo: seedDemo });
});
afterAll(async () => sg?.stop());

const TARGETS = /* GraphQL */ `
  query ($year: Int!, $county: String) {
    trainingTargets(year: $year, county: $county) {
      id
      county
      components {
        key
        achieved
      }
    }
  }
`;
type Result = {
  trainingTargets: { id: string; county: string | null; components: { key: string; achieved: number }[] }[];
};
const figures = async (year: number, county: string | null = null) => {
  const res = await sg.request<Result>(TARGETS, { year, county });
  expect(res.errors).toBeUndefined();
  return Object.fromEntries(res.data!.trainingTargets.map((t) => [t.id, t.components[0]!.achieved]));
};

describe('trainingTargets on the demo data', () => {
  it('counts the demo apprentices, completions, studios and craftsman colleges', async () => {
    const p = demoProgrammes();
    const city = await figures(2026);
    expect(city.T5).toBe(p.apprenticeships.filter((a) => a.startedOn.startsWith('2026')).length);
    expect(city.T9).toBe(
      p.trainingClasses.filter((c) => c.endsOn.startsWith('2026')).reduce((n, c) => n + c.completions.length, 0),
    );
    expect(city.T11).toBe(p.craftsmanColleges.length);
    expect(city.T10).toBeGreaterThanOrEqual(0);
  });

  it('a county counts only its own records, and the counties add up to the city', async () => {
    const p = demoProgrammes();
    const county = p.apprenticeships.find((a) => a.startedOn.startsWith('2026'))!.countyCode;
    const mine = await figures(2026, county);
    expect(mine.T5).toBe(
      p.apprenticeships.filter((a) => a.startedOn.startsWith('2026') && a.countyCode === county).length,
    );
    expect(mine.T11).toBe(p.craftsmanColleges.filter((c) => c.countyCode === county).length);
    const counties = [...new Set(p.apprenticeships.map((a) => a.countyCode))];
    let sum = 0;
    for (const c of counties) sum += (await figures(2026, c)).T5!;
    expect(sum).toBe((await figures(2026)).T5);
  });

  it('seeding again adds nothing', async () => {
    const before = await figures(2026);
    await seedDemo({ prisma: sg.prisma, log: () => {} });
    expect(await figures(2026)).toEqual(before);
  });
});
