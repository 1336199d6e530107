/**
 * R6 二(五) in finance: a trainee's completion from training (SUBSIDISED_TRAINING_COMPLETED) carrying the catalogue
 * line dated at the completion date, assessed by the rules against that line alone (finance asks training nothing):
 * the line's amount split between city and the class's county; a later line's amount for a later completion; the
 * age on the completion date from the directory's birth date; ineligible completions kept with their reasons.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_PARAMETERS, valueAt } from '@jining/rules';
import type {
  SubsidisedTrainingCompletedV1,
  SubsidisedTrainingRevokedV1,
  TrainingCatalogueLineV1,
} from '@jining/subgraph-kit';
import { MemoryFactFeed, startTestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskGateway } from '../src/facts/gateway-client.ts';
import type { PersonFacts } from '../src/facts/lookups.ts';
import { finance } from '../src/subgraph.ts';
import { ampleBudgets, drain, FINANCE, type Finance } from './helpers.ts';

let sg: Finance;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { background: false });
  await ampleBudgets(sg, ['370811', '370812']);
});
afterAll(async () => sg?.stop());

const MIN_AGE = valueAt(DEFAULT_PARAMETERS.READING_R6_MIN_WORKING_AGE, '2025-06-15').value;

const trainee = (name: string, birthDate = '1990-05-01'): PersonFacts => ({
  id: `person-${randomUUID()}`,
  name,
  birthDate,
  county: { code: '370812' },
  employer: null,
});

const LINE_2025: TrainingCatalogueLineV1 = {
  lineId: 'line-2025',
  code: 'ZY-2025-001',
  nameZh: '电工（初级）',
  programme: 'VOCATIONAL_SKILLS',
  level: '初级工',
  amountFen: 150_000,
  split: [
    { payer: 'CITY', parts: 1 },
    { payer: 'COUNTY', parts: 1 },
  ],
  validFrom: '2025-01-01',
  validUntil: '2026-01-01',
  requiresCertificate: true,
  source: '济人社字〔2025〕1号',
};
const LINE_2026: TrainingCatalogueLineV1 = {
  ...LINE_2025,
  lineId: 'line-2026',
  amountFen: 180_000,
  split: [
    { payer: 'CITY', parts: 2 },
    { payer: 'COUNTY', parts: 1 },
  ],
  validFrom: '2026-01-01',
  validUntil: null,
  source: '济人社字〔2025〕9号',
};

class TrainingFeed extends MemoryFactFeed {
  complete(who: PersonFacts, over: Partial<SubsidisedTrainingCompletedV1> = {}) {
    const p: SubsidisedTrainingCompletedV1 = {
      completionId: `completion-${randomUUID()}`,
      classId: 'class-1',
      className: '2025 年第一期电工培训班',
      providerId: 'org-provider',
      personId: who.id,
      completedOn: '2025-06-15',
      countyCode: '370812',
      wantsEmploymentOrBusiness: true,
      certificateObtained: true,
      reachedRetirementAge: false,
      line: LINE_2025,
      ...over,
    };
    this.append('SUBSIDISED_TRAINING_COMPLETED', p.completionId, p.completedOn, p);
  }
  revoke(who: PersonFacts, completionId: string, reason = '学员未实际参训') {
    const p: SubsidisedTrainingRevokedV1 = { completionId, classId: 'class-1', personId: who.id, reason };
    this.append('SUBSIDISED_TRAINING_REVOKED', completionId, '2025-12-01', p);
  }
}

function directory(people: PersonFacts[]): AskGateway {
  const p = new Map(people.map((x) => [x.id, x]));
  return (async (_q: string, v: Record<string, unknown>) => ({
    peopleByIds: (v.people as string[]).map((id) => p.get(id) ?? null),
    organisationsByIds: (v.organisations as string[]).map((id) => ({
      id,
      name: '济宁职业技能培训学校',
      kind: 'TRAINING_INSTITUTION',
      county: { code: '370812' },
    })),
  })) as AskGateway;
}

interface PersonView {
  entitlements: {
    status: string;
    amount: number;
    ruleId: string;
    county: { code: string } | null;
    shares: { payer: string; amount: number }[];
  }[];
  factDecisions: {
    outcome: string;
    kindLabel: string;
    note: string | null;
    reasons: { code: string; ruleId: string }[];
  }[];
}

async function view(id: string): Promise<PersonView> {
  const res = await sg.request<{ _entities: [PersonView] }>(
    `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person {
      entitlements { status amount ruleId county { code } shares { payer amount } }
      factDecisions { outcome kindLabel note reasons { code ruleId } } } } }`,
    { reps: [{ __typename: 'Person', id }] },
    FINANCE,
  );
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0];
}

describe('subsidised training completions become entitlements', () => {
  it('pays the line dated at the completion, split between the city and the class’s county', async () => {
    const a = trainee('孙学员');
    const b = trainee('钱学员');
    const feed = new TrainingFeed();
    feed.complete(a);
    feed.complete(b, { completedOn: '2026-01-10', line: LINE_2026, countyCode: '370811' });
    await drain(sg, feed, directory([a, b]));
    const va = await view(a.id);
    expect(va.entitlements).toEqual([
      {
        status: 'CALCULATED',
        amount: 150_000,
        ruleId: 'R6',
        county: { code: '370812' },
        shares: expect.arrayContaining([
          { payer: 'CITY', amount: 75_000 },
          { payer: 'COUNTY', amount: 75_000 },
        ]),
      },
    ]);
    expect(va.factDecisions.map((f) => [f.outcome, f.kindLabel])).toEqual([['GRANTED', '补贴性职业技能培训结业']]);
    const vb = await view(b.id);
    expect(vb.entitlements).toHaveLength(1);
    expect(vb.entitlements[0]).toMatchObject({ amount: 180_000, county: { code: '370811' } });
    expect(vb.entitlements[0]!.shares).toEqual(
      expect.arrayContaining([
        { payer: 'CITY', amount: 120_000 },
        { payer: 'COUNTY', amount: 60_000 },
      ]),
    );
  });

  it('keeps ineligible completions with their reasons', async () => {
    const noWish = trainee('李无意愿');
    const noCert = trainee('周无证书');
    const retired = trainee('吴退休', '1960-01-01');
    const young = trainee('郑未成年', `${2025 - MIN_AGE}-06-16`);
    const feed = new TrainingFeed();
    feed.complete(noWish, { wantsEmploymentOrBusiness: false });
    feed.complete(noCert, { certificateObtained: false });
    feed.complete(retired, { reachedRetirementAge: true });
    feed.complete(young);
    await drain(sg, feed, directory([noWish, noCert, retired, young]));
    const reasons = async (p: PersonFacts) => {
      const v = await view(p.id);
      expect(v.entitlements).toEqual([]);
      expect(v.factDecisions).toHaveLength(1);
      return v.factDecisions[0]!.reasons.map((r) => `${r.ruleId}:${r.code}`);
    };
    expect(await reasons(noWish)).toEqual(['R6:NO_EMPLOYMENT_INTENT']);
    expect(await reasons(noCert)).toEqual(['R6:CERTIFICATE_REQUIRED']);
    expect(await reasons(retired)).toEqual(['R6:ABOVE_RETIREMENT_AGE']);
    expect(await reasons(young)).toEqual(['R6:BELOW_WORKING_AGE']);
  });

  it('grants the same completion once however often it arrives', async () => {
    const c = trainee('冯重复');
    const feed = new TrainingFeed();
    const completionId = `completion-${randomUUID()}`;
    for (let i = 0; i < 5; i++) feed.complete(c, { completionId });
    await drain(sg, feed, directory([c]));
    const v = await view(c.id);
    expect(v.entitlements).toHaveLength(1);
  });

  it('cancels what a revoked completion granted while unpaid, and says why on the trainee’s record', async () => {
    const c = trainee('陈撤销');
    const feed = new TrainingFeed();
    const completionId = `completion-${randomUUID()}`;
    feed.complete(c, { completionId });
    await drain(sg, feed, directory([c]));
    expect((await view(c.id)).entitlements.map((e) => e.status)).toEqual(['CALCULATED']);
    feed.revoke(c, completionId);
    // Delivered twice: reversed once.
    feed.revoke(c, completionId);
    await drain(sg, feed, directory([c]));
    const v = await view(c.id);
    expect(v.entitlements.map((e) => e.status)).toEqual(['CANCELLED']);
    const revocation = v.factDecisions.find((f) => f.kindLabel === '撤销结业学员');
    expect(revocation?.note).toContain('学员未实际参训');
  });
});
