/**
 * R3 二(三) in finance: a college's national or provincial high-level major (COLLEGE_MAJOR_APPROVED from training) is
 * paid "up to" its level's maximum by the city, and the college's yearly cap runs across its majors in approval
 * order: at the cap's edge the major that crosses it gets the remainder, the next gets nothing and says why; another
 * year, or another college, starts afresh — whether the majors arrive in one page or one by one. A unit outside the
 * city's colleges earns nothing and says why; a revocation cancels what is unpaid. Every figure from the rules.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_PARAMETERS, valueAt } from '@jining/rules';
import type { CollegeMajorApprovedV1, CollegeMajorRevokedV1 } from '@jining/subgraph-kit';
import { startTestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskGateway } from '../src/facts/gateway-client.ts';
import type { OrganisationFacts } from '../src/facts/lookups.ts';
import { finance } from '../src/subgraph.ts';
import { drain, ListFeed, type Finance } from './helpers.ts';

let sg: Finance;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { background: false });
});
afterAll(async () => sg?.stop());

const ON = '2025-06-30';
const NATIONAL = valueAt(DEFAULT_PARAMETERS.R3_NATIONAL_MAJOR_MAX_FEN, ON).value;
const PROVINCIAL = valueAt(DEFAULT_PARAMETERS.R3_PROVINCIAL_MAJOR_MAX_FEN, ON).value;
const CAP = valueAt(DEFAULT_PARAMETERS.R3_COLLEGE_YEARLY_CAP_FEN, ON).value;

const college = (kind = 'TECHNICAL_SCHOOL', county = '370811'): OrganisationFacts => ({
  id: `org-${randomUUID()}`,
  name: `济宁市技师学院${randomUUID().slice(0, 4)}`,
  kind,
  county: { code: county },
});

const directoryOf =
  (...orgs: OrganisationFacts[]): AskGateway =>
  async (_query, variables) =>
    ({
      peopleByIds: (variables.people as string[]).map(() => null),
      organisationsByIds: (variables.organisations as string[]).map((id) => orgs.find((o) => o.id === id) ?? null),
    }) as never;

function approve(feed: ListFeed, collegeId: string, level: string, over: Partial<CollegeMajorApprovedV1> = {}) {
  const name = over.name ?? `专业群${randomUUID().slice(0, 6)}`;
  const p: CollegeMajorApprovedV1 = {
    recordId: randomUUID(),
    majorId: `${collegeId}:${name}`,
    collegeId,
    name,
    level,
    documentNo: '鲁教职字〔2025〕12号',
    approvedOn: ON,
    ...over,
  };
  feed.addEvent('COLLEGE_MAJOR_APPROVED', p.recordId, p.approvedOn, p);
  return p;
}

interface Outcome {
  outcome: string;
  amount: number | null;
  reasons: { code: string; zh: string }[];
}
async function outcomes(collegeId: string): Promise<Outcome[]> {
  const rows = await sg.db.query<{ outcome: string; amount: string | null; reasons: Outcome['reasons'] }>(
    `SELECT f.outcome::text AS outcome, e.amount::text AS amount, f.reasons
     FROM fact f LEFT JOIN entitlement e ON e.fact_id = f.id AND e.status::text NOT IN ('CANCELLED')
     WHERE f.beneficiary_organisation_id = $1 AND f.kind = 'COLLEGE_MAJOR_APPROVED' ORDER BY f.seq::bigint, f.id`,
    [collegeId],
  );
  return rows.map((r) => ({
    outcome: r.outcome,
    amount: r.amount === null ? null : Number(r.amount),
    reasons: r.reasons,
  }));
}

describe('a college’s high-level majors of one year (R3)', () => {
  it('are paid up to their level’s maximum until the college’s yearly cap; the crossing one gets the remainder', async () => {
    // The cap's edge as the policy has it: 20 + 50 + 50 > 100 (wan yuan).
    expect(PROVINCIAL + NATIONAL < CAP && PROVINCIAL + 2 * NATIONAL > CAP).toBe(true);
    for (const pageSize of [100, 1]) {
      const c = college();
      const feed = new ListFeed(`training-${randomUUID()}`);
      approve(feed, c.id, 'PROVINCIAL');
      approve(feed, c.id, 'NATIONAL');
      approve(feed, c.id, 'NATIONAL');
      approve(feed, c.id, 'PROVINCIAL');
      // Another year of the same college starts afresh.
      approve(feed, c.id, 'NATIONAL', { approvedOn: '2026-03-01' });
      await drain(sg, feed, directoryOf(c), pageSize);
      const got = await outcomes(c.id);
      expect(
        got.map((o) => [o.outcome, o.amount]),
        `page size ${pageSize}`,
      ).toEqual([
        ['GRANTED', PROVINCIAL],
        ['GRANTED', NATIONAL],
        ['GRANTED', CAP - PROVINCIAL - NATIONAL],
        ['NOT_ELIGIBLE', null],
        ['GRANTED', NATIONAL],
      ]);
      expect(got[3]!.reasons.map((r) => r.code)).toEqual(['COLLEGE_YEARLY_CAP_REACHED']);
      expect(got[3]!.reasons[0]!.zh).toMatch(/[\u4e00-\u9fff]/);
      const shares = await sg.db.query<{ payer: string }>(
        `SELECT DISTINCT s.payer::text AS payer FROM cost_share s JOIN entitlement e ON e.id = s.entitlement_id
         WHERE e.beneficiary_organisation_id = $1`,
        [c.id],
      );
      expect(shares.map((s) => s.payer)).toEqual(['CITY']);
    }
  });

  it('a provincial major later made national pays the difference (the same major), within the cap', async () => {
    const c = college();
    const feed = new ListFeed(`training-${randomUUID()}`);
    approve(feed, c.id, 'PROVINCIAL', { name: '机电一体化专业群' });
    approve(feed, c.id, 'NATIONAL', { name: '机电一体化专业群' });
    await drain(sg, feed, directoryOf(c));
    expect((await outcomes(c.id)).map((o) => [o.outcome, o.amount])).toEqual([
      ['GRANTED', PROVINCIAL],
      ['GRANTED', NATIONAL - PROVINCIAL],
    ]);
  });

  it('a unit that is not one of the city’s colleges earns nothing and says why', async () => {
    const enterprise = college('ENTERPRISE');
    const outside = college('VOCATIONAL_COLLEGE', '110101');
    const feed = new ListFeed(`training-${randomUUID()}`);
    approve(feed, enterprise.id, 'NATIONAL');
    approve(feed, outside.id, 'NATIONAL');
    await drain(sg, feed, directoryOf(enterprise, outside));
    for (const c of [enterprise, outside]) {
      const [o] = await outcomes(c.id);
      expect(o).toMatchObject({ outcome: 'NOT_ELIGIBLE', amount: null });
      expect(o!.reasons.map((r) => r.code)).toContain('COLLEGE_NOT_IN_CITY');
    }
  });

  it('is cancelled while unpaid when training revokes the major, and the cap then counts it no more', async () => {
    const c = college();
    const feed = new ListFeed(`training-${randomUUID()}`);
    const first = approve(feed, c.id, 'NATIONAL');
    const revoked: CollegeMajorRevokedV1 = {
      recordId: first.recordId,
      majorId: first.majorId,
      collegeId: c.id,
      name: first.name,
      reason: '批准文件撤回',
    };
    feed.addEvent('COLLEGE_MAJOR_REVOKED', first.recordId, '2025-12-01', revoked);
    approve(feed, c.id, 'NATIONAL');
    approve(feed, c.id, 'NATIONAL');
    await drain(sg, feed, directoryOf(c));
    const statuses = await sg.db.query<{ status: string; amount: string }>(
      `SELECT e.status::text AS status, e.amount::text AS amount FROM entitlement e JOIN fact f ON f.id = e.fact_id
       WHERE e.beneficiary_organisation_id = $1 ORDER BY f.seq::bigint`,
      [c.id],
    );
    expect(statuses.map((s) => [s.status, Number(s.amount)])).toEqual([
      ['CANCELLED', NATIONAL],
      ['CALCULATED', NATIONAL],
      ['CALCULATED', NATIONAL],
    ]);
    const note = await sg.db.query<{ note: string }>(
      `SELECT note FROM fact WHERE kind = 'COLLEGE_MAJOR_REVOKED' AND subject_id = $1`,
      [first.recordId],
    );
    expect(note[0]!.note).toContain('批准文件撤回');
  });
});
