/**
 * Studios in finance (R7/R8 二(六)): each approval training emits (MASTER_STUDIO_APPROVED) funds the host unit; an
 * upgrade to a higher level is paid as the rules' reading says — as its own benefit (the platform's reading,
 * READING_STUDIO_UPGRADE_TOPS_UP false) or only the difference (TOP_UP, when the reading is set true) — decided by
 * finance's stacking, never by training; a revocation (MASTER_STUDIO_REVOKED) cancels what the studio's approvals
 * granted and is unpaid. Real database, real subgraph over HTTP; the feed and directory are finance's own interfaces.
 */
import { randomUUID } from 'node:crypto';
import { amendParameter, DEFAULT_PARAMETERS } from '@jining/rules';
import type { MasterStudioApprovedV1 } from '@jining/subgraph-kit';
import { startTestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskGateway } from '../src/facts/gateway-client.ts';
import { finance } from '../src/subgraph.ts';
import { ampleBudgets, drain, enterprise, FINANCE, ListFeed, ok, reviewed, type Finance } from './helpers.ts';

let sg: Finance;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { background: false });
  await ampleBudgets(sg);
});
afterAll(async () => sg?.stop());

interface Entitlement {
  id: string;
  status: string;
  amount: number;
  ruleId: string;
  description: string;
  history: { action: string; note: string | null }[];
}
interface OrgRecord {
  entitlements: Entitlement[];
  factDecisions: { outcome: string; note: string | null }[];
}

async function recordOf(orgId: string): Promise<OrgRecord> {
  const res = await sg.request<{ _entities: [OrgRecord] }>(
    `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organisation {
      entitlements { id status amount ruleId description history { action note } } factDecisions { outcome note } } } }`,
    { reps: [{ __typename: 'Organisation', id: orgId }] },
    FINANCE,
  );
  return ok(res)._entities[0];
}

/** A fresh host unit (its own record) and the directory that knows it. */
function host(): { id: string; ask: AskGateway } {
  const org = enterprise('370811', `工作室依托单位${randomUUID().slice(0, 8)}`);
  const ask: AskGateway = async (_query, variables) =>
    ({
      peopleByIds: (variables.people as string[]).map(() => null),
      organisationsByIds: (variables.organisations as string[]).map((id) => (id === org.id ? org : null)),
    }) as never;
  return { id: org.id, ask };
}

const studio = (
  hostId: string,
  level: string,
  approvedOn: string,
  studioId = randomUUID(),
): MasterStudioApprovedV1 => ({
  studioId,
  name: `测试技能大师工作室${studioId.slice(0, 6)}`,
  hostId,
  leadId: 'p-lead',
  level,
  approvedOn,
  newlyApproved: true,
});

const topsUp = amendParameter(DEFAULT_PARAMETERS, 'READING_STUDIO_UPGRADE_TOPS_UP', {
  value: true,
  validFrom: '2025-01-02',
  source: 'test',
});

describe('an upgraded studio', () => {
  it('under the platform reading, is paid the higher level as its own benefit (each level a different fact)', async () => {
    const unit = host();
    const feed = new ListFeed(`training-${randomUUID()}`);
    const city = studio(unit.id, 'CITY', '2025-06-01');
    feed.addStudio(city);
    feed.addStudio({ ...city, level: 'NATIONAL', approvedOn: '2025-11-01' });
    await drain(sg, feed, unit.ask);
    const record = await recordOf(unit.id);
    expect(record.entitlements.map((e) => [e.ruleId, e.amount]).sort()).toEqual([
      ['R7', 5_000_000],
      ['R8', 50_000_000],
    ]);
    expect(record.factDecisions.map((f) => f.outcome)).toEqual(['GRANTED', 'GRANTED']);
  });

  it('with READING_STUDIO_UPGRADE_TOPS_UP, is paid only the difference (TOP_UP from the stacking)', async () => {
    const unit = host();
    const feed = new ListFeed(`training-${randomUUID()}`);
    const city = studio(unit.id, 'CITY', '2025-06-01');
    feed.addStudio(city);
    await drain(sg, feed, unit.ask, 100, { parameters: topsUp });
    feed.addStudio({ ...city, level: 'QILU_STATION', approvedOn: '2025-09-01' });
    feed.addStudio({ ...city, level: 'NATIONAL', approvedOn: '2025-11-01' });
    await drain(sg, feed, unit.ask, 100, { parameters: topsUp });
    const record = await recordOf(unit.id);
    const byRule = record.entitlements.map((e) => [e.ruleId, e.amount, e.description.endsWith('（补差额）')]);
    // 5万 new; the Qilu station tops up to 30万 (25万); national tops up to 50万 (20万): 50万 in all.
    expect(byRule).toEqual(
      expect.arrayContaining([
        ['R7', 5_000_000, false],
        ['R8', 25_000_000, true],
        ['R8', 20_000_000, true],
      ]),
    );
    expect(record.entitlements.reduce((sum, e) => sum + e.amount, 0)).toBe(50_000_000);
    // The same approval delivered again, or a lower level after a higher one, pays nothing.
    feed.addStudio({ ...city, level: 'PROVINCIAL_WORKSTATION', approvedOn: '2025-12-01' });
    await drain(sg, feed, unit.ask, 100, { parameters: topsUp });
    expect((await recordOf(unit.id)).factDecisions.map((f) => f.outcome)).toEqual(
      expect.arrayContaining(['NOT_HIGHER']),
    );
    expect((await recordOf(unit.id)).entitlements).toHaveLength(3);
  });
});

describe('a revoked studio', () => {
  it('cancels every unpaid grant of its approvals with a history line; a fact on the host unit records it', async () => {
    const unit = host();
    const feed = new ListFeed(`training-${randomUUID()}`);
    const city = studio(unit.id, 'CITY', '2025-06-01');
    feed.addStudio(city);
    feed.addStudio({ ...city, level: 'NATIONAL', approvedOn: '2025-11-01' });
    await drain(sg, feed, unit.ask);
    const granted = (await recordOf(unit.id)).entitlements;
    expect(granted).toHaveLength(2);
    await reviewed(sg, [granted[0]!.id]);

    feed.addStudioRevocation(city, '年度考核不合格');
    await drain(sg, feed, unit.ask);
    const record = await recordOf(unit.id);
    expect(record.entitlements.map((e) => e.status)).toEqual(['CANCELLED', 'CANCELLED']);
    for (const e of record.entitlements) {
      expect(e.history.at(-1)).toEqual({
        action: 'CANCELLED',
        note: `工作室“${city.name}”已撤销命名（年度考核不合格）`,
      });
    }
    const revocation = record.factDecisions.find((f) => f.outcome === 'CANCELLED')!;
    expect(revocation.note).toBe(
      `工作室“${city.name}”已撤销命名（年度考核不合格）；已撤销未发放的待遇 2 项，共 ¥550,000.00`,
    );
  });

  it('leaves another studio of the same host alone', async () => {
    const unit = host();
    const feed = new ListFeed(`training-${randomUUID()}`);
    const a = studio(unit.id, 'CITY', '2025-06-01');
    const b = studio(unit.id, 'CITY', '2025-07-01');
    feed.addStudio(a);
    feed.addStudio(b);
    feed.addStudioRevocation(a);
    await drain(sg, feed, unit.ask);
    const record = await recordOf(unit.id);
    const statusOf = (s: MasterStudioApprovedV1) =>
      record.entitlements.find((e) => e.description.includes(s.name))!.status;
    expect(statusOf(a)).toBe('CANCELLED');
    expect(statusOf(b)).toBe('CALCULATED');
  });
});
