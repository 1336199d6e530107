/**
 * R10–R13 三(九) in finance: a skill award recorded in competitions (SKILL_AWARD_RECORDED) is completed with the
 * winners' and the unit's names and assessed by the rules — the winner's grant (WorldSkills gold / silver / bronze by
 * the role played; 中华技能大奖, 全国技术能手) and the introducing or cultivating unit's beside it (R11 per person or
 * team, R13 per person), all paid by the city. Two awards linked as one achievement pay only the higher; a winner
 * neither introduced nor cultivated earns nothing and the fact says why; a revocation cancels what is unpaid.
 * Real database, real subgraph over HTTP; the feed and directory are finance's interfaces.
 */
import { randomUUID } from 'node:crypto';
import type { SkillAwardRecordedV1, SkillAwardRevokedV1 } from '@jining/subgraph-kit';
import { startTestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskGateway } from '../src/facts/gateway-client.ts';
import type { OrganisationFacts, PersonFacts } from '../src/facts/lookups.ts';
import { finance } from '../src/subgraph.ts';
import {
  APPROVE,
  APPROVER,
  drain,
  enterprise,
  FINANCE,
  ListFeed,
  ok,
  person,
  REVIEW,
  SET_BUDGET,
  type Finance,
} from './helpers.ts';

let sg: Finance;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { background: false });
  for (const benefitGroup of ['INDIVIDUAL_SKILL_AWARD', 'UNIT_TALENT_AWARD']) {
    ok(
      await sg.request(
        SET_BUDGET,
        { input: { payer: 'CITY', year: 2025, benefitGroup, amount: 10_000_000_000 } },
        FINANCE,
      ),
    );
  }
});
afterAll(async () => sg?.stop());

const directoryOf =
  (people: PersonFacts[], orgs: OrganisationFacts[]): AskGateway =>
  async (_query, variables) =>
    ({
      peopleByIds: (variables.people as string[]).map((id) => people.find((p) => p.id === id) ?? null),
      organisationsByIds: (variables.organisations as string[]).map((id) => orgs.find((o) => o.id === id) ?? null),
    }) as never;

const award = (winner: PersonFacts, unit: OrganisationFacts | null, over: Partial<SkillAwardRecordedV1> = {}) => {
  const awardId = randomUUID();
  return {
    awardId,
    award: 'WORLDSKILLS_GOLD',
    winnerKind: 'PERSON',
    winnerId: winner.id,
    personIds: [winner.id],
    teamName: null,
    awardedOn: '2025-09-15',
    documentNo: `人社部函〔2025〕${awardId.slice(0, 4)}号`,
    route: 'CULTIVATED',
    unitId: unit?.id ?? null,
    rolePercent: null,
    competitionResultId: null,
    achievementId: null,
    ...over,
  } satisfies SkillAwardRecordedV1;
};

const record = (feed: ListFeed, a: SkillAwardRecordedV1) =>
  feed.addEvent('SKILL_AWARD_RECORDED', a.awardId, a.awardedOn, a);

interface Entitlement {
  id: string;
  ruleId: string;
  status: string;
  amount: number;
  stacking: string;
  description: string;
  shares: { payer: string; amount: number }[];
}
const FIELDS = `id ruleId status amount stacking description shares { payer amount }`;

/** The entitlements of a person or a unit (a team's: of the award), in the order granted. */
async function entitlementsOf(beneficiaryId: string): Promise<Entitlement[]> {
  const ids = await sg.db.query<{ id: string }>(
    `SELECT e.id FROM entitlement e JOIN fact f ON f.id = e.fact_id
      WHERE e.beneficiary_person_id = $1 OR e.beneficiary_organisation_id = $1
      ORDER BY f.seq, e.rule_id, e.id`,
    [beneficiaryId],
  );
  const out: Entitlement[] = [];
  for (const { id } of ids) {
    out.push(
      ok(
        await sg.request<{ entitlement: Entitlement }>(
          `query ($id: ID!) { entitlement(id: $id) { ${FIELDS} } }`,
          { id },
          FINANCE,
        ),
      ).entitlement,
    );
  }
  return out;
}

const WAN = 1_000_000; // 1 万元 in fen

describe('WorldSkills medals (R10, R11)', () => {
  const feed = new ListFeed(`competitions-${randomUUID()}`);

  it('pays a gold at ¥1,000,000 to the person and ¥200,000 to the cultivating unit, by the city', async () => {
    const unit = enterprise('370811', `培养单位${randomUUID().slice(0, 6)}`);
    const winner = person('王金牌', unit);
    record(feed, award(winner, unit));
    await drain(sg, feed, directoryOf([winner], [unit]));
    const [mine] = await entitlementsOf(winner.id);
    expect(mine).toMatchObject({
      ruleId: 'R10',
      status: 'CALCULATED',
      amount: 100 * WAN,
      shares: [{ payer: 'CITY', amount: 100 * WAN }],
    });
    expect(mine!.description).toMatch(/^世界技能大赛金奖奖励：王金牌（人社部函〔2025〕.+号）$/);
    const [units] = await entitlementsOf(unit.id);
    expect(units).toMatchObject({ ruleId: 'R11', amount: 20 * WAN, shares: [{ payer: 'CITY', amount: 20 * WAN }] });
    // Finance reviews, another account approves.
    ok(await sg.request(REVIEW, { id: mine!.id }, FINANCE));
    expect(
      ok(await sg.request<{ approveEntitlement: { status: string } }>(APPROVE, { id: mine!.id }, APPROVER))
        .approveEntitlement.status,
    ).toBe('APPROVED');
  });

  it('pays silver ¥500,000 and bronze ¥200,000; a role of 50% halves the person’s grant, not the unit’s', async () => {
    const unit = enterprise('370811', `引才单位${randomUUID().slice(0, 6)}`);
    const silver = person('李银牌', unit);
    const bronze = person('赵铜牌', unit);
    const half = person('钱一半', unit);
    record(feed, award(silver, unit, { award: 'WORLDSKILLS_SILVER', route: 'INTRODUCED_FULL_TIME' }));
    record(feed, award(bronze, unit, { award: 'WORLDSKILLS_BRONZE' }));
    record(feed, award(half, unit, { rolePercent: 50 }));
    await drain(sg, feed, directoryOf([silver, bronze, half], [unit]));
    expect((await entitlementsOf(silver.id)).map((e) => e.amount)).toEqual([50 * WAN]);
    expect((await entitlementsOf(bronze.id)).map((e) => e.amount)).toEqual([20 * WAN]);
    expect((await entitlementsOf(half.id)).map((e) => e.amount)).toEqual([50 * WAN]);
    // R11: ¥200,000 per winner to the unit, whatever the medal or role.
    expect((await entitlementsOf(unit.id)).map((e) => [e.ruleId, e.amount])).toEqual([
      ['R11', 20 * WAN],
      ['R11', 20 * WAN],
      ['R11', 20 * WAN],
    ]);
  });

  it('pays a team once (its award is its key) and its unit once per team', async () => {
    const unit = enterprise('370811', `团队单位${randomUUID().slice(0, 6)}`);
    const a = person('孙队员', unit);
    const b = person('周队员', unit);
    const t = award(a, unit, { winnerKind: 'TEAM', personIds: [a.id, b.id], teamName: '济宁代表队' });
    t.winnerId = t.awardId;
    record(feed, t);
    await drain(sg, feed, directoryOf([a, b], [unit]));
    const [team] = await entitlementsOf(t.awardId);
    expect(team).toMatchObject({ ruleId: 'R10', amount: 100 * WAN });
    expect(team!.description).toContain('济宁代表队（孙队员、周队员）');
    expect((await entitlementsOf(unit.id)).map((e) => [e.ruleId, e.amount])).toEqual([['R11', 20 * WAN]]);
  });
});

describe('中华技能大奖 and 全国技术能手 (R12, R13)', () => {
  const feed = new ListFeed(`competitions-${randomUUID()}`);

  it('pays ¥500,000 / ¥200,000 to the person and ¥100,000 to the unit', async () => {
    const unit = enterprise('370811', `国家奖单位${randomUUID().slice(0, 6)}`);
    const grand = person('吴大奖', unit);
    const expert = person('郑能手', unit);
    record(feed, award(grand, unit, { award: 'CHINA_SKILLS_GRAND_AWARD' }));
    record(feed, award(expert, unit, { award: 'NATIONAL_TECHNICAL_EXPERT', route: 'INTRODUCED_FULL_TIME' }));
    await drain(sg, feed, directoryOf([grand, expert], [unit]));
    expect(await entitlementsOf(grand.id)).toMatchObject([{ ruleId: 'R12', amount: 50 * WAN }]);
    expect(await entitlementsOf(expert.id)).toMatchObject([{ ruleId: 'R12', amount: 20 * WAN }]);
    expect((await entitlementsOf(unit.id)).map((e) => [e.ruleId, e.amount])).toEqual([
      ['R13', 10 * WAN],
      ['R13', 10 * WAN],
    ]);
  });

  it('a person without a named unit is paid; no unit grant is made', async () => {
    const alone = person('冯无单位', null);
    record(feed, award(alone, null, { award: 'NATIONAL_TECHNICAL_EXPERT' }));
    await drain(sg, feed, directoryOf([alone], []));
    expect(await entitlementsOf(alone.id)).toMatchObject([{ ruleId: 'R12', amount: 20 * WAN }]);
    const facts = await sg.db.query<{ outcome: string }>(
      `SELECT outcome::text AS outcome FROM fact WHERE beneficiary_person_id = $1`,
      [alone.id],
    );
    expect(facts).toEqual([{ outcome: 'GRANTED' }]);
  });
});

describe('one achievement, two awards: only the higher is paid', () => {
  const feed = new ListFeed(`competitions-${randomUUID()}`);

  it('the 全国技术能手 earned by a WorldSkills gold adds nothing for the person or the unit', async () => {
    const unit = enterprise('370811', `同一成就${randomUUID().slice(0, 6)}`);
    const winner = person('陈双奖', unit);
    record(feed, award(winner, unit, { achievementId: 'ACH-1' }));
    record(feed, award(winner, unit, { award: 'NATIONAL_TECHNICAL_EXPERT', achievementId: 'ACH-1' }));
    await drain(sg, feed, directoryOf([winner], [unit]));
    expect((await entitlementsOf(winner.id)).map((e) => e.amount)).toEqual([100 * WAN]);
    expect((await entitlementsOf(unit.id)).map((e) => [e.ruleId, e.amount])).toEqual([['R11', 20 * WAN]]);
    const facts = await sg.db.query<{ outcome: string; note: string | null }>(
      `SELECT outcome::text AS outcome, note FROM fact WHERE beneficiary_person_id = $1 ORDER BY seq`,
      [winner.id],
    );
    expect(facts.map((f) => f.outcome)).toEqual(['GRANTED', 'NOT_HIGHER']);
    expect(facts[1]!.note).toContain('从优、就高、不重复');
  });

  it('the lower first, then the higher: the higher pays the difference (补差额)', async () => {
    const unit = enterprise('370811', `先低后高${randomUUID().slice(0, 6)}`);
    const winner = person('褚补差', unit);
    record(feed, award(winner, unit, { award: 'NATIONAL_TECHNICAL_EXPERT', achievementId: 'ACH-2' }));
    record(feed, award(winner, unit, { award: 'WORLDSKILLS_SILVER', achievementId: 'ACH-2' }));
    await drain(sg, feed, directoryOf([winner], [unit]));
    expect((await entitlementsOf(winner.id)).map((e) => [e.amount, e.stacking])).toEqual([
      [20 * WAN, 'NEW'],
      [30 * WAN, 'TOP_UP'],
    ]);
    expect((await entitlementsOf(unit.id)).map((e) => [e.ruleId, e.amount, e.stacking])).toEqual([
      ['R13', 10 * WAN, 'NEW'],
      ['R11', 10 * WAN, 'TOP_UP'],
    ]);
  });
});

describe('not eligible, and revoked', () => {
  const feed = new ListFeed(`competitions-${randomUUID()}`);

  it('a winner neither introduced nor cultivated earns nothing, and the fact says why', async () => {
    const unit = enterprise('370811', `非引进${randomUUID().slice(0, 6)}`);
    const winner = person('卫未引进', unit);
    record(feed, award(winner, unit, { route: 'NONE' }));
    await drain(sg, feed, directoryOf([winner], [unit]));
    const rows = await sg.db.query<{ outcome: string; reasons: { code: string; ruleId: string }[] }>(
      `SELECT outcome::text AS outcome, reasons FROM fact WHERE beneficiary_person_id = $1`,
      [winner.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.outcome).toBe('NOT_ELIGIBLE');
    expect(rows[0]!.reasons.map((r) => [r.ruleId, r.code])).toEqual([
      ['R10', 'NOT_INTRODUCED_OR_CULTIVATED'],
      ['R11', 'NOT_INTRODUCED_OR_CULTIVATED'],
    ]);
    expect(await entitlementsOf(winner.id)).toEqual([]);
    expect(await entitlementsOf(unit.id)).toEqual([]);
  });

  it('a revocation cancels the person’s and the unit’s unpaid grants', async () => {
    const unit = enterprise('370811', `撤销单位${randomUUID().slice(0, 6)}`);
    const winner = person('蒋撤销', unit);
    const a = award(winner, unit, { award: 'WORLDSKILLS_BRONZE' });
    record(feed, a);
    const revoked: SkillAwardRevokedV1 = {
      awardId: a.awardId,
      award: a.award,
      winnerId: winner.id,
      personIds: [winner.id],
      documentNo: a.documentNo,
      reason: '获奖文件撤回',
    };
    feed.addEvent('SKILL_AWARD_REVOKED', a.awardId, '2025-12-01', revoked);
    await drain(sg, feed, directoryOf([winner], [unit]));
    expect((await entitlementsOf(winner.id)).map((e) => e.status)).toEqual(['CANCELLED']);
    expect((await entitlementsOf(unit.id)).map((e) => e.status)).toEqual(['CANCELLED']);
    const note = await sg.db.query<{ note: string }>(
      `SELECT note FROM fact WHERE kind = 'SKILL_AWARD_REVOKED' AND subject_id = $1`,
      [a.awardId],
    );
    expect(note[0]!.note).toContain('世界技能大赛铜奖');
  });
});
