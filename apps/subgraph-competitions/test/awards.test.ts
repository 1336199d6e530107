/**
 * The awards of 三(九) recorded in competitions — a vocational college's prize (R14) and a person's or team's skill
 * award (R10–R13) — against a real subgraph over HTTP on a real database: each mutation allowed and refused by role,
 * bad input writing nothing, one fact per record, a reversal fact per revocation, twenty concurrent identical records
 * giving one. The directory is a fixed list (the kit's `listReferences`), with the kinds of its units.
 */
import { listReferences, readOutbox } from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { competitions } from '../src/subgraph.ts';

const PEOPLE = ['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6'];
const COLLEGE = 'org-college';
const ENTERPRISE = 'org-enterprise';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(competitions, {
    references: listReferences({
      people: PEOPLE,
      organisations: [COLLEGE, ENTERPRISE],
      organisationKinds: { [COLLEGE]: 'VOCATIONAL_COLLEGE', [ENTERPRISE]: 'ENTERPRISE' },
    }),
  });
});
afterAll(async () => sg?.stop());

const HRSS = devPrincipal('hrss');
const EDUCATION = devPrincipal('education');
type Principal = ReturnType<typeof devPrincipal>;

const FIELDS: Record<string, string> = {
  recordCollegePrize:
    'id status prize stage tier documentNo awardedOn canRevoke revokeReason college { id } history { action actorName note }',
  revokeCollegePrize: 'id status revokeReason canRevoke history { action note }',
  recordSkillAward:
    'id award winnerKind teamName status rolePercent route canRevoke winners { id } unit { id } competitionResult { id } history { action }',
  revokeSkillAward: 'id status revokeReason canRevoke history { action note }',
};
const INPUT: Record<string, string> = {
  recordCollegePrize: 'RecordCollegePrizeInput',
  revokeCollegePrize: 'RevokeCollegePrizeInput',
  recordSkillAward: 'RecordSkillAwardInput',
  revokeSkillAward: 'RevokeSkillAwardInput',
};

type Record_ = Record<string, unknown> & { id: string };
type Result = { data?: Record_; error?: { code: string; reason?: string; field?: string; message: string } };

async function call(mutation: string, input: Record<string, unknown>, principal: Principal): Promise<Result> {
  const res = await sg.request<Record<string, Record_>>(
    `mutation ($input: ${INPUT[mutation]}!) { ${mutation}(input: $input) { ${FIELDS[mutation]} } }`,
    { input },
    principal,
  );
  if (res.errors?.length) {
    const ext = (res.errors[0]!.extensions ?? {}) as { code: string; reason?: string; field?: string };
    return { error: { code: ext.code, reason: ext.reason, field: ext.field, message: res.errors[0]!.message } };
  }
  return { data: res.data![mutation]! };
}

async function must(mutation: string, input: Record<string, unknown>, principal: Principal): Promise<Record_> {
  const r = await call(mutation, input, principal);
  expect(r.error, JSON.stringify(r.error)).toBeUndefined();
  return r.data!;
}

const n = async (table: string) =>
  Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`))[0]!.n);
const events = async () => (await readOutbox(sg.db, 0n, 10_000)).events;
const footprint = async () => ({
  prizes: await n('college_prize'),
  awards: await n('skill_award'),
  winners: await n('skill_award_winner'),
  audit: await n('_kit_audit'),
  events: (await events()).length,
  revoked: await n(`college_prize WHERE status = 'REVOKED'`),
  awardsRevoked: await n(`skill_award WHERE status = 'REVOKED'`),
});

/** A refusal: the coded error with a Chinese message, and nothing written. */
async function refused(
  mutation: string,
  input: Record<string, unknown>,
  principal: Principal,
  expected: { code: string; reason?: string; field?: string },
) {
  const before = await footprint();
  const r = await call(mutation, input, principal);
  expect(r.error, `${mutation} should be refused`).toMatchObject(expected);
  expect(r.error!.message).toMatch(/[\u4e00-\u9fff]/);
  expect(await footprint()).toEqual(before);
}

const prizeInput = (over: Record<string, unknown> = {}) => ({
  collegeId: COLLEGE,
  eventName: '2025年全国职业院校技能大赛',
  eventKey: 'NVCSC-2025',
  entryName: '智能制造赛项 张三',
  entryKey: 'E-001',
  tier: 'NATIONAL',
  stage: 'FINAL',
  prize: 1,
  documentNo: '教职成函〔2025〕12号',
  awardedOn: '2025-08-20',
  ...over,
});

const awardInput = (over: Record<string, unknown> = {}) => ({
  award: 'WORLDSKILLS_GOLD',
  personId: 'p-1',
  awardedOn: '2025-09-15',
  documentNo: '人社部函〔2025〕88号',
  route: 'CULTIVATED',
  unitId: ENTERPRISE,
  rolePercent: 50,
  ...over,
});

describe('college prizes (R14)', () => {
  it('Education records a prize: the record, one audit line and one COLLEGE_PRIZE_RECORDED fact', async () => {
    const before = await footprint();
    const prize = await must('recordCollegePrize', prizeInput(), EDUCATION);
    expect(prize).toMatchObject({ status: 'ACTIVE', prize: 1, stage: 'FINAL', tier: 'NATIONAL', canRevoke: true });
    expect(prize.history).toEqual([{ action: 'RECORD', actorName: EDUCATION.displayName, note: null }]);
    const after = await footprint();
    expect(after).toMatchObject({ prizes: before.prizes + 1, audit: before.audit + 1, events: before.events + 1 });
    const fact = (await events()).at(-1)!;
    expect(fact).toMatchObject({
      kind: 'COLLEGE_PRIZE_RECORDED',
      version: 1,
      subjectId: prize.id,
      occurredOn: '2025-08-20',
    });
    expect(fact.payload).toMatchObject({
      prizeId: prize.id,
      collegeId: COLLEGE,
      eventId: 'NVCSC-2025',
      entryId: 'E-001',
      tier: 'NATIONAL',
      stage: 'FINAL',
      prize: 1,
      documentNo: '教职成函〔2025〕12号',
    });
  });

  it('HRSS (lead of 三(九)) records too; the Union, Finance, the county and the auditor may not', async () => {
    await must('recordCollegePrize', prizeInput({ entryKey: 'E-002', entryName: '赛项 李四' }), HRSS);
    for (const username of ['union', 'finance', 'rencheng-finance', 'auditor']) {
      await refused('recordCollegePrize', prizeInput({ entryKey: 'E-003' }), devPrincipal(username), {
        code: 'FORBIDDEN',
      });
    }
  });

  it('refuses bad input with a coded Chinese error naming the field, writing nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ prize: 4 }, 'INVALID_PRIZE', 'input.prize'],
      [{ prize: 0 }, 'INVALID_PRIZE', 'input.prize'],
      [{ tier: 'PROVINCIAL' }, 'TIER_NOT_COVERED', 'input.tier'],
      [{ documentNo: ' ' }, 'INVALID_TEXT', 'input.documentNo'],
      [{ eventName: '赛' }, 'INVALID_TEXT', 'input.eventName'],
      [{ entryKey: '' }, 'INVALID_TEXT', 'input.entryKey'],
      [{ awardedOn: '2999-01-01' }, 'AWARDED_ON_IN_FUTURE', 'input.awardedOn'],
      [{ collegeId: 'ghost' }, 'ORGANISATION_NOT_FOUND', 'input.collegeId'],
      [{ collegeId: ENTERPRISE }, 'ORGANISATION_WRONG_KIND', 'input.collegeId'],
    ];
    for (const [over, reason, field] of cases) {
      await refused('recordCollegePrize', prizeInput({ entryKey: 'E-BAD', ...over }), EDUCATION, {
        code: 'BAD_USER_INPUT',
        reason,
        field,
      });
    }
  });

  it('gives one record and one fact for twenty concurrent identical records', async () => {
    const before = await footprint();
    const input = prizeInput({ entryKey: 'E-RACE', stage: 'RANKING', prize: 2 });
    const results = await Promise.all(Array.from({ length: 20 }, () => call('recordCollegePrize', input, EDUCATION)));
    expect(results.filter((r) => r.data)).toHaveLength(1);
    for (const r of results.filter((r) => r.error)) {
      expect(r.error).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_COLLEGE_PRIZE' });
    }
    const after = await footprint();
    expect(after).toMatchObject({ prizes: before.prizes + 1, audit: before.audit + 1, events: before.events + 1 });
  });

  it('revokes with a reason: one COLLEGE_PRIZE_REVOKED fact; a second revocation is refused', async () => {
    const prize = await must('recordCollegePrize', prizeInput({ entryKey: 'E-REV' }), EDUCATION);
    await refused('revokeCollegePrize', { id: prize.id, reason: '文件有误' }, devPrincipal('union'), {
      code: 'FORBIDDEN',
    });
    await refused('revokeCollegePrize', { id: prize.id, reason: '误' }, EDUCATION, {
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    await refused('revokeCollegePrize', { id: 'nope', reason: '文件有误' }, EDUCATION, { code: 'NOT_FOUND' });
    const before = await footprint();
    const revoked = await must('revokeCollegePrize', { id: prize.id, reason: '获奖文件撤回' }, HRSS);
    expect(revoked).toMatchObject({ status: 'REVOKED', revokeReason: '获奖文件撤回', canRevoke: false });
    expect(revoked.history).toEqual([
      { action: 'RECORD', note: null },
      { action: 'REVOKE', note: '获奖文件撤回' },
    ]);
    const after = await footprint();
    expect(after).toMatchObject({ revoked: before.revoked + 1, audit: before.audit + 1, events: before.events + 1 });
    const fact = (await events()).at(-1)!;
    expect(fact).toMatchObject({ kind: 'COLLEGE_PRIZE_REVOKED', subjectId: prize.id });
    expect(fact.payload).toMatchObject({ prizeId: prize.id, collegeId: COLLEGE, reason: '获奖文件撤回' });
    await refused('revokeCollegePrize', { id: prize.id, reason: '再次撤销' }, HRSS, {
      code: 'CONFLICT',
      reason: 'ALREADY_REVOKED',
    });
    // Revoked, the prize may be recorded again (a corrected record).
    await must('recordCollegePrize', prizeInput({ entryKey: 'E-REV', documentNo: '教职成函〔2025〕13号' }), EDUCATION);
  });

  it('lists with filters and pages, and the college shows its prizes', async () => {
    const list = await sg.request<{ collegePrizes: { totalCount: number; edges: { node: { prize: number } }[] } }>(
      `{ collegePrizes(first: 2, collegeId: "${COLLEGE}", year: 2025, prize: 1, status: ACTIVE) { totalCount edges { node { prize } } } }`,
      {},
      HRSS,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.collegePrizes.totalCount).toBeGreaterThanOrEqual(2);
    expect(list.data!.collegePrizes.edges).toHaveLength(2);
    for (const e of list.data!.collegePrizes.edges) expect(e.node.prize).toBe(1);
    const org = await sg.request<{ _entities: { collegePrizes: { id: string }[] }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { collegePrizes { id } } } }`,
      { r: [{ __typename: 'Organisation', id: COLLEGE }] },
      HRSS,
    );
    expect(org.errors).toBeUndefined();
    expect(org.data!._entities[0]!.collegePrizes.length).toBeGreaterThanOrEqual(4);
  });
});

describe('skill awards (R10–R13)', () => {
  it('HRSS records a WorldSkills gold of a person: the record, one audit line and one SKILL_AWARD_RECORDED fact', async () => {
    const before = await footprint();
    const award = await must('recordSkillAward', awardInput(), HRSS);
    expect(award).toMatchObject({
      award: 'WORLDSKILLS_GOLD',
      winnerKind: 'PERSON',
      status: 'ACTIVE',
      rolePercent: 50,
      winners: [{ id: 'p-1' }],
      unit: { id: ENTERPRISE },
      canRevoke: true,
    });
    const after = await footprint();
    expect(after).toMatchObject({ awards: before.awards + 1, audit: before.audit + 1, events: before.events + 1 });
    const fact = (await events()).at(-1)!;
    expect(fact).toMatchObject({ kind: 'SKILL_AWARD_RECORDED', version: 1, subjectId: award.id });
    expect(fact.payload).toEqual({
      awardId: award.id,
      award: 'WORLDSKILLS_GOLD',
      winnerKind: 'PERSON',
      winnerId: 'p-1',
      personIds: ['p-1'],
      teamName: null,
      awardedOn: '2025-09-15',
      documentNo: '人社部函〔2025〕88号',
      route: 'CULTIVATED',
      unitId: ENTERPRISE,
      rolePercent: 50,
      competitionResultId: null,
      achievementId: null,
    });
  });

  it('records a team (WorldSkills only), keyed by the award for the rules', async () => {
    const award = await must(
      'recordSkillAward',
      awardInput({ personId: null, teamName: '济宁代表队', memberIds: ['p-2', 'p-3'], award: 'WORLDSKILLS_SILVER' }),
      HRSS,
    );
    expect(award).toMatchObject({
      winnerKind: 'TEAM',
      teamName: '济宁代表队',
      winners: [{ id: 'p-2' }, { id: 'p-3' }],
    });
    expect((await events()).at(-1)!.payload).toMatchObject({
      winnerKind: 'TEAM',
      winnerId: award.id,
      personIds: ['p-2', 'p-3'],
    });
  });

  it('links a WORLD competition result of the winner, and refuses one of another tier or person', async () => {
    const comp = async (tier: string) =>
      (
        await sg.request<{ createCompetition: { id: string } }>(
          `mutation ($input: CreateCompetitionInput!) { createCompetition(input: $input) { id } }`,
          { input: { name: `第48届世界技能大赛 ${tier}`, tier, trade: '焊接', year: 2025, organiser: '世界技能组织' } },
          HRSS,
        )
      ).data!.createCompetition.id;
    const result = async (competitionId: string, personId: string) =>
      (
        await sg.request<{ recordCompetitionResult: { id: string } }>(
          `mutation ($input: RecordCompetitionResultInput!) { recordCompetitionResult(input: $input) { id } }`,
          { input: { competitionId, personId, rank: 1, medal: 'GOLD' } },
          HRSS,
        )
      ).data!.recordCompetitionResult.id;
    const world = await comp('WORLD');
    const national = await comp('NATIONAL');
    const mine = await result(world, 'p-4');
    const other = await result(world, 'p-5');
    const notWorld = await result(national, 'p-4');
    const base = awardInput({ personId: 'p-4', documentNo: '人社部函〔2025〕90号' });
    await refused('recordSkillAward', { ...base, competitionResultId: other }, HRSS, {
      code: 'BAD_USER_INPUT',
      reason: 'RESULT_NOT_WINNERS',
    });
    await refused('recordSkillAward', { ...base, competitionResultId: notWorld }, HRSS, {
      code: 'BAD_USER_INPUT',
      reason: 'RESULT_NOT_WORLD',
    });
    await refused('recordSkillAward', { ...base, competitionResultId: 'nope' }, HRSS, {
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_RESULT',
    });
    const award = await must('recordSkillAward', { ...base, competitionResultId: mine }, HRSS);
    expect(award.competitionResult).toEqual({ id: mine });
  });

  it('only HRSS records them (三(九) lead): Education, the Union, Finance and the auditor are refused', async () => {
    for (const username of ['education', 'union', 'finance', 'rencheng-finance', 'auditor']) {
      await refused('recordSkillAward', awardInput({ personId: 'p-6' }), devPrincipal(username), { code: 'FORBIDDEN' });
    }
  });

  it('refuses bad input with a coded Chinese error naming the field, writing nothing', async () => {
    const base = awardInput({ personId: 'p-6', documentNo: '人社部函〔2025〕99号' });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ personId: null }, 'WINNER_REQUIRED', 'input.personId'],
      [{ teamName: '队', memberIds: ['p-2'] }, 'PERSON_OR_TEAM_NOT_BOTH', 'input.personId'],
      [
        { award: 'NATIONAL_TECHNICAL_EXPERT', personId: null, teamName: '队', memberIds: ['p-2'], rolePercent: null },
        'TEAM_NOT_ALLOWED',
        'input.teamName',
      ],
      [{ personId: null, teamName: '队', memberIds: [] }, 'MEMBERS_REQUIRED', 'input.memberIds'],
      [{ personId: null, teamName: '队', memberIds: ['p-2', 'p-2'] }, 'DUPLICATE_MEMBER', 'input.memberIds'],
      [{ rolePercent: 0 }, 'INVALID_ROLE_PERCENT', 'input.rolePercent'],
      [{ rolePercent: 101 }, 'INVALID_ROLE_PERCENT', 'input.rolePercent'],
      [{ award: 'CHINA_SKILLS_GRAND_AWARD', rolePercent: 50 }, 'ROLE_PERCENT_NOT_ALLOWED', 'input.rolePercent'],
      [{ documentNo: 'x' }, 'INVALID_TEXT', 'input.documentNo'],
      [{ awardedOn: '2999-01-01' }, 'AWARDED_ON_IN_FUTURE', 'input.awardedOn'],
      [{ personId: 'ghost' }, 'PERSON_NOT_FOUND', 'input.personId'],
      [{ unitId: 'ghost' }, 'ORGANISATION_NOT_FOUND', 'input.unitId'],
    ];
    for (const [over, reason, field] of cases) {
      await refused('recordSkillAward', { ...base, ...over }, HRSS, { code: 'BAD_USER_INPUT', reason, field });
    }
  });

  it('gives one record and one fact for twenty concurrent identical records', async () => {
    const before = await footprint();
    const input = awardInput({
      personId: 'p-6',
      award: 'NATIONAL_TECHNICAL_EXPERT',
      rolePercent: null,
      documentNo: '人社部发〔2025〕7号',
    });
    const results = await Promise.all(Array.from({ length: 20 }, () => call('recordSkillAward', input, HRSS)));
    expect(results.filter((r) => r.data)).toHaveLength(1);
    for (const r of results.filter((r) => r.error)) {
      expect(r.error).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_SKILL_AWARD' });
    }
    const after = await footprint();
    expect(after).toMatchObject({
      awards: before.awards + 1,
      winners: before.winners + 1,
      audit: before.audit + 1,
      events: before.events + 1,
    });
  });

  it('revokes with a reason: one SKILL_AWARD_REVOKED fact; refused to others and twice', async () => {
    const award = await must(
      'recordSkillAward',
      awardInput({ personId: 'p-5', documentNo: '人社部函〔2025〕91号' }),
      HRSS,
    );
    await refused('revokeSkillAward', { id: award.id, reason: '文件有误' }, EDUCATION, { code: 'FORBIDDEN' });
    await refused('revokeSkillAward', { id: award.id, reason: ' ' }, HRSS, {
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    const before = await footprint();
    const revoked = await must(
      'revokeSkillAward',
      { id: award.id, reason: '获奖文件撤回' },
      devPrincipal('hrss-reviewer'),
    );
    expect(revoked).toMatchObject({ status: 'REVOKED', revokeReason: '获奖文件撤回', canRevoke: false });
    expect(revoked.history).toEqual([
      { action: 'RECORD', note: null },
      { action: 'REVOKE', note: '获奖文件撤回' },
    ]);
    const after = await footprint();
    expect(after).toMatchObject({ awardsRevoked: before.awardsRevoked + 1, events: before.events + 1 });
    const fact = (await events()).at(-1)!;
    expect(fact).toMatchObject({ kind: 'SKILL_AWARD_REVOKED', subjectId: award.id });
    expect(fact.payload).toMatchObject({
      awardId: award.id,
      winnerId: 'p-5',
      personIds: ['p-5'],
      reason: '获奖文件撤回',
    });
    await refused('revokeSkillAward', { id: award.id, reason: '再次撤销' }, HRSS, {
      code: 'CONFLICT',
      reason: 'ALREADY_REVOKED',
    });
  });

  it('lists with filters, and a person and a unit show their awards', async () => {
    const list = await sg.request<{ skillAwards: { totalCount: number; edges: { node: { award: string } }[] } }>(
      `{ skillAwards(first: 10, personId: "p-3", award: WORLDSKILLS_SILVER) { totalCount edges { node { award } } } }`,
      {},
      HRSS,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.skillAwards.totalCount).toBe(1);
    const ents = await sg.request<{
      _entities: { skillAwards?: { id: string }[]; talentSkillAwards?: { id: string }[] }[];
    }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) {
         ... on Person { skillAwards { id } } ... on Organisation { talentSkillAwards { id } } } }`,
      {
        r: [
          { __typename: 'Person', id: 'p-2' },
          { __typename: 'Organisation', id: ENTERPRISE },
        ],
      },
      HRSS,
    );
    expect(ents.errors).toBeUndefined();
    expect(ents.data!._entities[0]!.skillAwards).toHaveLength(1);
    expect(ents.data!._entities[1]!.talentSkillAwards!.length).toBeGreaterThanOrEqual(4);
  });
});
