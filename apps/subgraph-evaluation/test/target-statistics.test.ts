/**
 * T1 and T3 on the targets dashboard, and a county's share: HRSS records the employed population (a dated, sourced
 * statistic, city and county) and T3's standing; T1 divides the certified people by it, or says it is missing; a
 * county counts only its own people's certificates. Bad or foreign input writes nothing; a repeated one writes once.
 */
import { devPrincipal, startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { evaluation } from '../src/subgraph.ts';

const RENCHENG = '370811';
const YANZHOU = '370812';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(evaluation);
  let n = 0;
  const cert = (person: string, level: string, issuedOn: string, county: string | null) =>
    sg.db.query(
      `INSERT INTO skill_certificate (id, certificate_no, person_id, level, occupation, issuer_id, issued_on, route, county_code)
       VALUES (gen_random_uuid(), $1, $2, $3::"SkillLevel", '电工', 'org-1', $4::date, 'SKILL_LEVEL_CERTIFICATION', $5)`,
      [`S-${++n}`, person, level, issuedOn, county],
    );
  await cert('p1', 'TECHNICIAN', '2025-03-05', RENCHENG);
  await cert('p2', 'SENIOR_TECHNICIAN', '2025-06-10', RENCHENG);
  await cert('p3', 'TECHNICIAN', '2025-07-01', YANZHOU);
  await cert('p4', 'INTERMEDIATE', '2025-02-01', null); // recorded before counties were stored: the city's only
});
afterAll(async () => sg?.stop());

const HRSS = devPrincipal('hrss');
const TARGETS = /* GraphQL */ `
  query ($year: Int!, $county: String) {
    evaluationTargets(year: $year, county: $county) {
      id
      county
      status
      summary
      assessment {
        status
        note
        assessedBy
      }
      components {
        key
        achieved
        achievedPercent
        denominator
        denominatorNote
        status
      }
    }
  }
`;
type Target = {
  id: string;
  county: string | null;
  status: string;
  summary: string;
  assessment: { status: string; note: string; assessedBy: string } | null;
  components: {
    key: string;
    achieved: number;
    achievedPercent: string | null;
    denominator: number | null;
    denominatorNote: string | null;
    status: string;
  }[];
};
const targets = async (year: number, county?: string) => {
  const res = await sg.request<{ evaluationTargets: Target[] }>(TARGETS, { year, county: county ?? null });
  expect(res.errors).toBeUndefined();
  return Object.fromEntries(res.data!.evaluationTargets.map((t) => [t.id, t]));
};
const RECORD = `mutation ($input: RecordEmployedPopulationInput!) { recordEmployedPopulation(input: $input) { id place value } }`;
const ASSESS = `mutation ($input: AssessTargetInput!) { assessTarget(input: $input) }`;
const rows = async (table: string) =>
  Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`))[0]!.n);
const employed = (over: Record<string, unknown> = {}) => ({
  year: 2025,
  value: 10,
  source: '济宁市2024年国民经济和社会发展统计公报',
  publishedOn: '2025-03-15',
  ...over,
});

describe('T1 技能人才占比 from the recorded employed population', () => {
  it('says the employed population is missing rather than dividing by nothing', async () => {
    const t1 = (await targets(2025)).T1!;
    expect(t1.status).toBe('NO_STATISTIC');
    expect(t1.components[0]).toMatchObject({
      key: 'skilledShare',
      achieved: 4,
      achievedPercent: null,
      denominator: null,
    });
    expect(t1.summary).toContain('尚未登记2025年全市就业人员数');
  });

  it('refuses a bad statistic, and a department other than HRSS, writing nothing', async () => {
    const before = await rows('employed_population');
    const bad = [
      employed({ value: 0 }),
      employed({ countyCode: '999999' }),
      employed({ year: 2019 }),
      employed({ publishedOn: '2999-01-01' }),
      employed({ source: ' ' }),
    ];
    for (const input of bad) {
      const res = await sg.request(RECORD, { input }, HRSS);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const union = await sg.request(RECORD, { input: employed() }, devPrincipal('union'));
    expect(union.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rows('employed_population')).toBe(before);
  });

  it('divides certified people by the city’s figure, and a county’s by its own (recorded once however often sent)', async () => {
    for (let i = 0; i < 3; i++) expect((await sg.request(RECORD, { input: employed() }, HRSS)).errors).toBeUndefined();
    expect(await rows('employed_population')).toBe(1);
    const county = await sg.request<{ recordEmployedPopulation: { place: string } }>(
      RECORD,
      { input: employed({ countyCode: RENCHENG, value: 4 }) },
      HRSS,
    );
    expect(county.data!.recordEmployedPopulation.place).toBe('任城区');

    const city = (await targets(2025)).T1!;
    expect(city.components[0]).toMatchObject({ achieved: 4, achievedPercent: '40.00', denominator: 10, status: 'MET' });
    expect(city.components[0]!.denominatorNote).toContain('统计公报');
    const rencheng = (await targets(2025, RENCHENG)).T1!;
    expect(rencheng).toMatchObject({ county: RENCHENG });
    expect(rencheng.components[0]).toMatchObject({ achieved: 2, achievedPercent: '50.00', denominator: 4 });
    // A later year without its own figure takes the latest earlier one, and says so.
    expect((await targets(2026)).T1!.components[0]!.denominatorNote).toContain('沿用2025年');
  });
});

describe('a county’s contribution to T2 and T4', () => {
  it('counts only the certificates stored with that county', async () => {
    const city = await targets(2025);
    const yanzhou = await targets(2025, YANZHOU);
    expect(city.T4!.components[0]!.achieved).toBe(3);
    expect(yanzhou.T4!.components[0]!.achieved).toBe(1);
    expect((await targets(2025, RENCHENG)).T4!.components[0]!.achieved).toBe(2);
    const unknown = await sg.request(TARGETS, { year: 2025, county: 'nowhere' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('T3, a qualitative target: a standing HRSS records, not a number', () => {
  it('shows none before an assessment, then the latest one with its note; a counted target is refused', async () => {
    expect((await targets(2025)).T3).toMatchObject({ status: 'QUALITATIVE', assessment: null, components: [] });
    const input = { targetId: 'T3', year: 2025, status: 'ON_TRACK', note: '高技能人才结构与产业基本匹配' };
    for (let i = 0; i < 2; i++) expect((await sg.request(ASSESS, { input }, HRSS)).errors).toBeUndefined();
    expect(await rows('target_assessment')).toBe(1);
    const t3 = (await targets(2025)).T3!;
    expect(t3.assessment).toMatchObject({ status: 'ON_TRACK', note: '高技能人才结构与产业基本匹配' });
    expect(t3.summary).toContain('进展顺利');

    const counted = await sg.request(ASSESS, { input: { ...input, targetId: 'T12' } }, HRSS);
    expect(counted.errors?.[0]?.extensions?.reason).toBe('NOT_A_QUALITATIVE_TARGET');
    const finance = await sg.request(ASSESS, { input }, devPrincipal('finance'));
    expect(finance.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rows('target_assessment')).toBe(1);
  });
});
