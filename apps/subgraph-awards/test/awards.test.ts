import { demoDataset, demoProgrammes, SHOWCASE_PERSON_ID } from '@jining/demo-data';
import { competitions } from '@jining/subgraph-competitions/subgraph';
import { competitionResultLookup, listReferences, readSecret } from '@jining/subgraph-kit';
import {
  devPrincipal,
  startTestSubgraph,
  type Connection,
  type Entities,
  type EnumIntrospection,
  type TestSubgraph,
} from '@jining/subgraph-kit/testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canManageHonourKind,
  DUTIES,
  honourQuotaFor,
  HONOUR_KINDS,
  HONOUR_STATUS,
  POLICY_YEARS as HONOUR_YEARS,
} from '@jining/rules';
import { seedDemo } from '../dev/seed.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { awards } from '../src/subgraph.ts';

let sg: TestSubgraph<PrismaClient>;
/**
 * A real competitions subgraph: a nomination's competition result is looked up there (signed as the references
 * service, as the gateway is asked in production) and its person and tier taken from it.
 */
let comps: TestSubgraph<{ $disconnect(): Promise<void> }>;
const competitionOfTier: Record<string, string> = {};
// The platform clock (FINANCE_CLOCK_FILE, development mode): the tests let a publicity window pass by moving it.
const clockDir = mkdtempSync(join(tmpdir(), 'awards-clock-'));
const clockFile = join(clockDir, 'clock');
const saved = { dev: process.env.JINING_DEV_MODE, clock: process.env.FINANCE_CLOCK_FILE };
beforeAll(async () => {
  process.env.JINING_DEV_MODE = 'true';
  process.env.FINANCE_CLOCK_FILE = clockFile;
  writeFileSync(clockFile, '0');
  comps = await startTestSubgraph(competitions);
  for (const tier of ['WORLD', 'PROVINCIAL', 'CITY_CATEGORY_1', 'CITY_CATEGORY_2']) {
    const made = await comps.request<{ createCompetition: { id: string } }>(
      `mutation ($input: CreateCompetitionInput!) { createCompetition(input: $input) { id } }`,
      {
        input: {
          name: `表彰测试竞赛（${tier}）`,
          tier,
          trade: '数控车工',
          year: 2026,
          organiser: '济宁市人力资源和社会保障局',
          heldOn: '2026-05-10',
          endsOn: '2026-05-12',
        },
      },
    );
    expect(made.errors).toBeUndefined();
    competitionOfTier[tier] = made.data!.createCompetition.id;
  }
  sg = await startTestSubgraph(awards, {
    demo: seedDemo,
    references: {
      ...listReferences(null),
      competitionResult: competitionResultLookup(
        { url: comps.url, target: 'competitions' },
        readSecret('GATEWAY_SIGNING_SECRET'),
      ),
    },
  });
});
afterAll(async () => {
  await sg?.stop();
  await comps?.stop();
  rmSync(clockDir, { recursive: true, force: true });
  for (const [k, v] of [
    ['JINING_DEV_MODE', saved.dev],
    ['FINANCE_CLOCK_FILE', saved.clock],
  ] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});
/** Days the platform clock is moved on. */
const setClock = (days: number) => writeFileSync(clockFile, String(days));

const demo = demoDataset();
// 不重复: the dataset lists a few (person, kind, year) twice; the database keeps one of each.
// The dataset's honours (once per person, kind and year) and this year's approved ones of the programmes' slice.
const distinctDemo =
  new Set(demo.honours.map((h) => `${h.personId}|${h.kind}|${h.year}`)).size + demoProgrammes().honours2026.length;

const HONOUR_FIELDS = /* GraphQL */ `
  id
  kind
  year
  status
  citation
  certificateNo
  reason
  averageScore
  openObjections
  publicityStartsOn
  publicityEndsOn
  person {
    id
  }
  scores {
    expertName
    score
    enteredBy
  }
  objections {
    id
    status
  }
  history {
    action
    fromStatus
    toStatus
    actorId
    note
  }
`;
const NOMINATE = `mutation ($input: NominateHonourInput!) { nominateHonour(input: $input) { ${HONOUR_FIELDS} } }`;
const SCORE = `mutation ($input: ScoreHonourInput!) { scoreHonour(input: $input) { ${HONOUR_FIELDS} } }`;
const PUBLISH = `mutation ($input: PublishHonoursInput!) { publishHonours(input: $input) { ${HONOUR_FIELDS} } }`;
const OBJECT = `mutation ($input: RecordHonourObjectionInput!) { recordHonourObjection(input: $input) { ${HONOUR_FIELDS} } }`;
const RESOLVE = `mutation ($input: ResolveHonourObjectionInput!) { resolveHonourObjection(input: $input) { ${HONOUR_FIELDS} } }`;
const APPROVE = `mutation ($id: ID!) { approveHonour(id: $id) { ${HONOUR_FIELDS} } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectHonour(id: $id, reason: $reason) { ${HONOUR_FIELDS} } }`;
const REVOKE = `mutation ($id: ID!, $reason: String!) { revokeHonour(id: $id, reason: $reason) { ${HONOUR_FIELDS} } }`;

interface HonourView {
  id: string;
  kind: string;
  year: number;
  status: string;
  citation: string | null;
  certificateNo: string | null;
  reason: string | null;
  averageScore: string | null;
  openObjections: number;
  publicityStartsOn: string | null;
  publicityEndsOn: string | null;
  person: { id: string };
  scores: { expertName: string; score: number; enteredBy: string }[];
  objections: { id: string; status: string }[];
  history: { action: string; fromStatus: string | null; toStatus: string; actorId: string; note: string | null }[];
}
type GqlError = { message: string; extensions?: Record<string, unknown> };
type Answer<T> = { data?: T | null; errors?: GqlError[] };

const rows = async () => Number((await sg.db.query<{ n: string }>('SELECT count(*)::text AS n FROM honour'))[0]!.n);
const count = async (sql: string, params: unknown[] = []) =>
  Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${sql}`, params))[0]!.n);
const rowsWhere = (where: string) => count(`honour WHERE ${where}`);
const approvedIn = (kind: string, year: number) =>
  rowsWhere(`kind = '${kind}' AND year = ${year} AND status = 'APPROVED'`);
/** Everything a refused step could have written: the honour's row, its lines, the audit trail. */
const footprint = async (id: string) => ({
  row: (
    await sg.db.query(
      `SELECT status::text AS status, certificate_no, reason, decided_by, publicity_ends_on::text AS ends
       FROM honour WHERE id = $1`,
      [id],
    )
  )[0],
  history: await count('honour_history WHERE honour_id = $1', [id]),
  scores: await count('honour_score WHERE honour_id = $1', [id]),
  objections: await count(`honour_objection WHERE honour_id = $1`, [id]),
  openObjections: await count(`honour_objection WHERE honour_id = $1 AND status = 'OPEN'`, [id]),
  audit: await count('_kit_audit WHERE entity_id = $1', [id]),
});
const stored = async (id: string) =>
  (
    await sg.db.query<{ status: string; nominated_by: string | null; decided_by: string | null }>(
      'SELECT status::text AS status, nominated_by, decided_by FROM honour WHERE id = $1',
      [id],
    )
  )[0];
/** A second HRSS account: decides what `hrss` (the default signer) nominates. */
const REVIEWER = devPrincipal('hrss-reviewer');
const UNION = devPrincipal('union');
const FINANCE = devPrincipal('finance');
const person = (n: number) => demo.people[n]!.id;
/** Directory ids are not checked here (the directory's to answer): quota tests nominate many made-up people. */
const someone = (n: number) => `quota-test-person-${n}`;
/** A result of `personId` in the test competition of `tier` (one per person and competition), recorded once. */
const results = new Map<string, Promise<string>>();
function resultOf(personId: string, tier: string): Promise<string> {
  const key = `${personId}|${tier}`;
  if (!results.has(key)) {
    results.set(
      key,
      comps
        .request<{ recordCompetitionResult: { id: string } }>(
          `mutation ($input: RecordCompetitionResultInput!) { recordCompetitionResult(input: $input) { id } }`,
          { input: { competitionId: competitionOfTier[tier], personId, rank: 1, medal: 'GOLD' } },
        )
        .then((res) => {
          expect(res.errors).toBeUndefined();
          return res.data!.recordCompetitionResult.id;
        }),
    );
  }
  return results.get(key)!;
}
/** The tier of the result each competition-based kind is nominated from by default (both qualify). */
const RESULT_TIER: Record<string, string> = { SKILLS_CHAMPION: 'PROVINCIAL', TECHNICAL_EXPERT: 'CITY_CATEGORY_2' };
/**
 * The evidence each kind's eligibility asks (rules: honourEligibilityRefusal): 首席技师 an attestation; 技能状元 and
 * 技术能手 a competition result of the nominee's own, in the competitions subgraph.
 */
async function evidenceFor(kind: string, personId: string): Promise<Record<string, unknown>> {
  if (kind === 'CHIEF_TECHNICIAN') {
    return { attestedBy: '济宁某重工集团', attestation: '数控车间一线技能领军人才，重点产业企业' };
  }
  const tier = RESULT_TIER[kind];
  return tier ? { competitionResultId: await resultOf(personId, tier) } : {};
}

const errorOf = (res: Answer<unknown>) => {
  expect(res.errors, 'expected a refusal').toBeDefined();
  return res.errors![0]!;
};
async function nominate(input: Record<string, unknown>, as = devPrincipal('hrss')): Promise<HonourView> {
  const kind = String(input.kind);
  const res = await sg.request<{ nominateHonour: HonourView }>(
    NOMINATE,
    { input: { ...(await evidenceFor(kind, String(input.personId))), ...input } },
    as,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.nominateHonour;
}
async function score(honourId: string, expertName: string, value: number, as = devPrincipal('hrss')) {
  const res = await sg.request<{ scoreHonour: HonourView }>(
    SCORE,
    { input: { honourId, expertName, score: value } },
    as,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.scoreHonour;
}
async function publish(ids: string[], as = devPrincipal('hrss'), windowDays = 7) {
  setClock(0);
  const res = await sg.request<{ publishHonours: HonourView[] }>(
    PUBLISH,
    { input: { honourIds: ids, windowDays } },
    as,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.publishHonours;
}
/** Nominated, scored by one expert, published, and the window passed: ready to approve. */
async function throughPublicity(inputs: Record<string, unknown>[], as = devPrincipal('hrss')): Promise<string[]> {
  const ids: string[] = [];
  for (const input of inputs) {
    const h = await nominate(input, as);
    await score(h.id, '专家甲', 90, as);
    ids.push(h.id);
  }
  await publish(ids, as);
  setClock(8);
  return ids;
}
const approve = (id: string, as = REVIEWER) => sg.request<{ approveHonour: HonourView }>(APPROVE, { id }, as);

describe('awards subgraph', () => {
  it('loads the demo honours (one per person, kind and year), and seeding again changes nothing', async () => {
    expect(await rows()).toBe(distinctDemo);
    await seedDemo({ prisma: sg.prisma, log: () => {} });
    expect(await rows()).toBe(distinctDemo);
  });

  it('uses exactly the honour kinds and statuses of @jining/rules and the policy window years', async () => {
    const kinds = await sg.request<EnumIntrospection>(`{ __type(name: "HonourKind") { enumValues { name } } }`);
    expect(kinds.data!.__type.enumValues.map((v: { name: string }) => v.name).sort()).toEqual([...HONOUR_KINDS].sort());
    const statuses = await sg.request<EnumIntrospection>(`{ __type(name: "HonourStatus") { enumValues { name } } }`);
    expect(statuses.data!.__type.enumValues.map((v: { name: string }) => v.name).sort()).toEqual(
      [...HONOUR_STATUS.codes].sort(),
    );
    expect(HONOUR_YEARS).toEqual({ first: 2025, last: 2029 });
  });

  it('lists honours as a Relay connection with totalCount, pages and filters', async () => {
    const first = await sg.request<{ honours: Connection<{ id: string }> }>(
      `{ honours(first: 5) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.honours.totalCount).toBeGreaterThanOrEqual(distinctDemo);
    expect(first.data!.honours.edges).toHaveLength(5);
    const next = await sg.request<{ honours: Connection<{ id: string }> }>(
      `query ($after: String) { honours(first: 5, after: $after) { edges { node { id } } } }`,
      { after: first.data!.honours.pageInfo.endCursor },
    );
    const seen = new Set(first.data!.honours.edges.map((e) => e.node.id));
    for (const e of next.data!.honours.edges) expect(seen.has(e.node.id)).toBe(false);

    const chiefs = await sg.request<{ honours: Connection<{ kind: string; year: number; status: string }> }>(
      `{ honours(first: 50, kind: CHIEF_TECHNICIAN, year: 2025, status: APPROVED) { totalCount edges { node { kind year status } } } }`,
    );
    const expected = demo.honours.filter(
      (h) => h.kind === 'CHIEF_TECHNICIAN' && h.year === 2025 && h.status === 'APPROVED',
    ).length;
    expect(chiefs.data!.honours.totalCount).toBe(expected);
    expect(
      chiefs.data!.honours.edges.every(
        (e) => e.node.kind === 'CHIEF_TECHNICIAN' && e.node.year === 2025 && e.node.status === 'APPROVED',
      ),
    ).toBe(true);
    const one = demo.honours[0]!;
    const byPerson = await sg.request<{ honours: { totalCount: number } }>(
      `query ($p: ID!) { honours(first: 50, personId: $p) { totalCount } }`,
      { p: one.personId },
    );
    expect(byPerson.data!.honours.totalCount).toBe(await rowsWhere(`person_id = '${one.personId}'`));

    const single = await sg.request(`query ($id: ID!) { honour(id: $id) { kind year person { id } } }`, { id: one.id });
    expect(single.data!.honour).toEqual({ kind: one.kind, year: one.year, person: { id: one.personId } });
    expect((await sg.request(`{ honour(id: "nope") { id } }`)).data!.honour).toBeNull();
  });

  it('takes a 首席技师 from nomination through expert review and publicity to approval, then revocation, with history and audit', async () => {
    const h = await nominate({
      kind: 'CHIEF_TECHNICIAN',
      year: 2026,
      personId: person(200),
      citation: ' 数控加工一线技能领军人才 ',
    });
    expect(h).toMatchObject({
      kind: 'CHIEF_TECHNICIAN',
      year: 2026,
      status: 'NOMINATED',
      citation: '数控加工一线技能领军人才',
      person: { id: person(200) },
      certificateNo: null,
    });
    expect(h.history).toEqual([
      expect.objectContaining({ action: 'NOMINATED', fromStatus: null, toStatus: 'NOMINATED', actorId: 'acc-hrss' }),
    ]);

    // Expert review: two experts' scores, entered by staff, averaged.
    const one = await score(h.id, '王专家', 88);
    expect(one.status).toBe('REVIEWED');
    const two = await score(h.id, '李专家', 91, REVIEWER);
    expect(two.averageScore).toBe('89.50');
    expect(two.scores).toEqual([
      { expertName: '王专家', score: 88, enteredBy: 'acc-hrss' },
      { expertName: '李专家', score: 91, enteredBy: 'acc-hrss-reviewer' },
    ]);
    const sameExpert = await sg.request(SCORE, { input: { honourId: h.id, expertName: '王专家', score: 70 } });
    expect(errorOf(sameExpert).extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_SCORE' });

    // Publicity: a window of 7 days from today; an objection taken, then dismissed.
    const [published] = await publish([h.id]);
    expect(published).toMatchObject({ status: 'IN_PUBLICITY' });
    expect(published!.publicityStartsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const objected = await sg.request<{ recordHonourObjection: HonourView }>(OBJECT, {
      input: { honourId: h.id, text: '群众反映：该人员非一线岗位' },
    });
    expect(objected.errors).toBeUndefined();
    expect(objected.data!.recordHonourObjection.openObjections).toBe(1);

    // Too early: the window is open.
    let before = await footprint(h.id);
    const early = await approve(h.id);
    expect(errorOf(early).extensions).toMatchObject({ code: 'CONFLICT', reason: 'PUBLICITY_NOT_ENDED' });
    expect(await footprint(h.id)).toEqual(before);

    // The window passes: no objection can be taken any more, and an open objection still blocks approval.
    setClock(8);
    const late = await sg.request(OBJECT, { input: { honourId: h.id, text: '迟到的异议' } });
    expect(errorOf(late).extensions).toMatchObject({ code: 'CONFLICT', reason: 'WINDOW_CLOSED' });
    before = await footprint(h.id);
    const blocked = await approve(h.id);
    expect(errorOf(blocked).extensions).toMatchObject({ code: 'CONFLICT', reason: 'OBJECTION_OPEN' });
    expect(await footprint(h.id)).toEqual(before);
    const dismissed = await sg.request<{ resolveHonourObjection: HonourView }>(RESOLVE, {
      input: {
        objectionId: objected.data!.recordHonourObjection.objections[0]!.id,
        upheld: false,
        finding: '经核实，该人员为车间一线班组长',
      },
    });
    expect(dismissed.errors).toBeUndefined();
    expect(dismissed.data!.resolveHonourObjection).toMatchObject({ status: 'IN_PUBLICITY', openObjections: 0 });
    const again = await sg.request(RESOLVE, {
      input: { objectionId: objected.data!.recordHonourObjection.objections[0]!.id, upheld: true, finding: '再处理' },
    });
    expect(errorOf(again).extensions).toMatchObject({ code: 'CONFLICT', reason: 'OBJECTION_ALREADY_RESOLVED' });

    // Maker-checker: the nominator may not approve.
    before = await footprint(h.id);
    const own = await approve(h.id, devPrincipal('hrss'));
    expect(errorOf(own).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SAME_PERSON_CANNOT_DECIDE' });
    expect(await footprint(h.id)).toEqual(before);

    const approved = await approve(h.id);
    expect(approved.errors).toBeUndefined();
    const a = approved.data!.approveHonour;
    expect(a.status).toBe('APPROVED');
    expect(a.certificateNo).toMatch(/^济宁市首席技师〔2026〕第\d{3}号$/);
    expect(await stored(h.id)).toEqual({
      status: 'APPROVED',
      nominated_by: 'acc-hrss',
      decided_by: 'acc-hrss-reviewer',
    });
    expect(a.history.map((l) => l.action)).toEqual([
      'NOMINATED',
      'SCORED',
      'SCORED',
      'PUBLISHED',
      'OBJECTION_RECORDED',
      'OBJECTION_DISMISSED',
      'APPROVED',
    ]);
    expect(a.history.at(-1)).toMatchObject({
      fromStatus: 'IN_PUBLICITY',
      toStatus: 'APPROVED',
      actorId: 'acc-hrss-reviewer',
      note: `证书编号 ${a.certificateNo}`,
    });
    // Every step wrote its audit record.
    expect(await count('_kit_audit WHERE entity_id = $1', [h.id])).toBe(a.history.length);

    // Approved is final for approval; revocation needs a reason, then is final.
    expect(errorOf(await approve(h.id)).extensions).toMatchObject({ reason: 'INVALID_TRANSITION' });
    const noReason = await sg.request(REVOKE, { id: h.id, reason: '  ' }, REVIEWER);
    expect(errorOf(noReason).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const revoked = await sg.request<{ revokeHonour: HonourView }>(REVOKE, { id: h.id, reason: '弄虚作假' }, REVIEWER);
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeHonour).toMatchObject({
      status: 'REVOKED',
      reason: '弄虚作假',
      certificateNo: a.certificateNo,
    });
    before = await footprint(h.id);
    const twice = await sg.request(REVOKE, { id: h.id, reason: '再撤销' }, REVIEWER);
    expect(errorOf(twice).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TRANSITION' });
    expect(errorOf(twice).message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await footprint(h.id)).toEqual(before);
    setClock(0);
  });

  it('tells each account which steps it may take now (availableSteps): duty, state, maker-checker, window', async () => {
    const STEPS = `query ($id: ID!) { honour(id: $id) { availableSteps } }`;
    const steps = async (id: string, as = REVIEWER) =>
      (await sg.request<{ honour: { availableSteps: string[] } }>(STEPS, { id }, as)).data!.honour.availableSteps;
    const h = await nominate({ kind: 'CHIEF_TECHNICIAN', year: 2026, personId: person(290) });
    expect(await steps(h.id)).toEqual(['SCORE', 'REJECT']);
    expect(await steps(h.id, devPrincipal('hrss'))).toEqual(['SCORE']);
    expect(await steps(h.id, UNION)).toEqual([]);
    expect(await steps(h.id, FINANCE)).toEqual([]);
    await score(h.id, '专家甲', 80);
    expect(await steps(h.id)).toEqual(['SCORE', 'PUBLISH', 'REJECT']);
    await publish([h.id]);
    expect(await steps(h.id)).toEqual(['RECORD_OBJECTION', 'REJECT']);
    setClock(8);
    expect(await steps(h.id)).toEqual(['APPROVE', 'REJECT']);
    expect(await steps(h.id, devPrincipal('hrss'))).toEqual([]);
    expect((await approve(h.id)).errors).toBeUndefined();
    expect(await steps(h.id)).toEqual(['REVOKE']);
    setClock(0);
  });

  it('refuses every step in a state it does not start from, writing nothing', async () => {
    const nominated = await nominate({ kind: 'GRAND_CRAFTSMAN', year: 2026, personId: person(230) });
    const reviewed = await nominate({ kind: 'GRAND_CRAFTSMAN', year: 2026, personId: person(231) });
    await score(reviewed.id, '专家甲', 80);
    const inPublicity = await nominate({ kind: 'GRAND_CRAFTSMAN', year: 2026, personId: person(232) });
    await score(inPublicity.id, '专家甲', 80);
    await publish([inPublicity.id]);
    const cases: [string, string, string, Record<string, unknown>][] = [
      ['publish a nomination not yet reviewed', nominated.id, PUBLISH, { input: { honourIds: [nominated.id] } }],
      ['approve a nomination not yet published', reviewed.id, APPROVE, { id: reviewed.id }],
      ['approve a nomination only nominated', nominated.id, APPROVE, { id: nominated.id }],
      ['object to an honour not in publicity', reviewed.id, OBJECT, { input: { honourId: reviewed.id, text: '异议' } }],
      [
        'score an honour in publicity',
        inPublicity.id,
        SCORE,
        { input: { honourId: inPublicity.id, expertName: '专家乙', score: 70 } },
      ],
      ['publish an honour already in publicity', inPublicity.id, PUBLISH, { input: { honourIds: [inPublicity.id] } }],
      ['revoke an honour not approved', inPublicity.id, REVOKE, { id: inPublicity.id, reason: '原因' }],
    ];
    for (const [what, id, mutation, variables] of cases) {
      const before = await footprint(id);
      const res = await sg.request(mutation, variables, REVIEWER);
      expect(errorOf(res).extensions, what).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TRANSITION' });
      expect(errorOf(res).message, what).toMatch(/当前状态为/);
      expect(await footprint(id), what).toEqual(before);
    }
    // Rejection is allowed from each state before approval, by someone other than the nominator, with a reason.
    for (const h of [nominated, reviewed, inPublicity]) {
      const own = await sg.request(REJECT, { id: h.id, reason: '不符合条件' });
      expect(errorOf(own).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SAME_PERSON_CANNOT_DECIDE' });
      const empty = await sg.request(REJECT, { id: h.id, reason: '' }, REVIEWER);
      expect(errorOf(empty).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      const res = await sg.request<{ rejectHonour: HonourView }>(
        REJECT,
        { id: h.id, reason: '事迹材料不足' },
        REVIEWER,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.rejectHonour).toMatchObject({ status: 'REJECTED', reason: '事迹材料不足' });
      expect(res.data!.rejectHonour.history.at(-1)).toMatchObject({ action: 'REJECTED', toStatus: 'REJECTED' });
      const before = await footprint(h.id);
      const again = await sg.request(REJECT, { id: h.id, reason: '再次' }, REVIEWER);
      expect(errorOf(again).extensions).toMatchObject({ reason: 'INVALID_TRANSITION' });
      expect(await footprint(h.id)).toEqual(before);
    }
    expect(errorOf(await approve('no-such-honour')).extensions?.code).toBe('NOT_FOUND');
  });

  it('rejects an honour whose objection is upheld (the finding its reason)', async () => {
    const h = await nominate({ kind: 'CRAFTSMAN', year: 2026, personId: person(240) }, UNION);
    await score(h.id, '专家甲', 75, UNION);
    await publish([h.id], UNION);
    const objected = await sg.request<{ recordHonourObjection: HonourView }>(
      OBJECT,
      { input: { honourId: h.id, text: '该人员事迹与实际不符' } },
      UNION,
    );
    const objectionId = objected.data!.recordHonourObjection.objections[0]!.id;
    const upheld = await sg.request<{ resolveHonourObjection: HonourView }>(
      RESOLVE,
      { input: { objectionId, upheld: true, finding: '经核查异议属实' } },
      devPrincipal('hrss'),
    );
    expect(upheld.errors).toBeUndefined();
    expect(upheld.data!.resolveHonourObjection).toMatchObject({ status: 'REJECTED', reason: '经核查异议属实' });
    expect(upheld.data!.resolveHonourObjection.objections[0]!.status).toBe('UPHELD');
  });

  it('counts the honours waiting for each account on its 工作台: its kinds only, the decision never the nominator’s', async () => {
    const work = async (as: ReturnType<typeof devPrincipal>) => {
      const res = await sg.request<{ awardsWork: { item: string; count: number }[] }>(
        `{ awardsWork { item count } }`,
        {},
        as,
      );
      expect(res.errors).toBeUndefined();
      return Object.fromEntries(res.data!.awardsWork.map((w) => [w.item, w.count]));
    };
    const APPROVER = devPrincipal('union-approver');
    const HRSS = devPrincipal('hrss');
    const before = { union: await work(UNION), approver: await work(APPROVER), hrss: await work(HRSS) };
    // A 首席技师 is not the Union's kind: it waits for HRSS only.
    await nominate({ kind: 'CHIEF_TECHNICIAN', year: 2029, personId: someone(901) });
    const h = await nominate({ kind: 'CRAFTSMAN', year: 2029, personId: someone(900) }, UNION);
    expect((await work(UNION)).HONOUR_TO_REVIEW).toBe(before.union.HONOUR_TO_REVIEW! + 1);
    expect((await work(HRSS)).HONOUR_TO_REVIEW).toBe(before.hrss.HONOUR_TO_REVIEW! + 2);
    await score(h.id, '专家甲', 80, UNION);
    expect((await work(UNION)).HONOUR_TO_PUBLISH).toBe(before.union.HONOUR_TO_PUBLISH! + 1);
    await publish([h.id], UNION);
    // In publicity: the decision is a second account's, so it waits for union-approver and HRSS, not its nominator.
    expect((await work(UNION)).HONOUR_IN_PUBLICITY).toBe(before.union.HONOUR_IN_PUBLICITY);
    expect((await work(APPROVER)).HONOUR_IN_PUBLICITY).toBe(before.approver.HONOUR_IN_PUBLICITY! + 1);
    expect((await work(HRSS)).HONOUR_IN_PUBLICITY).toBe(before.hrss.HONOUR_IN_PUBLICITY! + 1);
    const objected = await sg.request(OBJECT, { input: { honourId: h.id, text: '事迹待核实' } }, UNION);
    expect(objected.errors).toBeUndefined();
    expect((await work(APPROVER)).HONOUR_OBJECTION_OPEN).toBe(before.approver.HONOUR_OBJECTION_OPEN! + 1);
    // Finance, Education and the auditor decide no honour: nothing waits for them here.
    for (const other of ['finance', 'education', 'auditor']) expect(await work(devPrincipal(other))).toEqual({});
  });

  it('lets each department act only on the kinds the duty map gives it (首席技师: not the Union; Finance: nothing)', async () => {
    const before = await rows();
    const chief = await sg.request(
      NOMINATE,
      {
        input: {
          kind: 'CHIEF_TECHNICIAN',
          year: 2026,
          personId: person(220),
          ...(await evidenceFor('CHIEF_TECHNICIAN', person(220))),
        },
      },
      UNION,
    );
    expect(errorOf(chief).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THIS_DEPARTMENTS_DUTY' });
    expect(errorOf(chief).message).toContain('五(十四)');
    expect(await rows()).toBe(before + 0);
    // An HRSS nomination of 首席技师 cannot be scored, published, objected to, approved or rejected by the Union.
    const [id] = await throughPublicity([{ kind: 'CHIEF_TECHNICIAN', year: 2027, personId: person(221) }]);
    const fp = await footprint(id!);
    for (const [mutation, variables] of [
      [SCORE, { input: { honourId: id, expertName: '工会专家', score: 60 } }],
      [PUBLISH, { input: { honourIds: [id] } }],
      [OBJECT, { input: { honourId: id, text: '异议' } }],
      [APPROVE, { id }],
      [REJECT, { id, reason: '原因' }],
      [REVOKE, { id, reason: '原因' }],
    ] as const) {
      const res = await sg.request(mutation, variables, UNION);
      expect(errorOf(res).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THIS_DEPARTMENTS_DUTY' });
      const fin = await sg.request(mutation, variables, FINANCE);
      expect(errorOf(fin).extensions?.code).toBe('FORBIDDEN');
    }
    expect(await footprint(id!)).toEqual(fp);
    setClock(0);
    // 四(十三): the Union co-leads 技术能手 and 技能状元; 五(十四) reading: it handles the craftsman honours.
    for (const kind of DUTIES.HONOUR.codes) {
      const res = await sg.request(
        NOMINATE,
        { input: { kind, year: 2027, personId: person(222), ...(await evidenceFor(kind, person(222))) } },
        UNION,
      );
      if (canManageHonourKind('UNION', kind)) expect(res.errors, kind).toBeUndefined();
      else expect(res.errors?.[0]?.extensions?.code, kind).toBe('FORBIDDEN');
    }
    // Reading is open to every signed-in department.
    expect((await sg.request(`{ honours(first: 1) { totalCount } }`, {}, FINANCE)).errors).toBeUndefined();
  });

  it.each([
    [
      '技能状元 without a competition result',
      { kind: 'SKILLS_CHAMPION', competitionResultId: null },
      'input.competitionResultId',
      'COMPETITION_RESULT_REQUIRED',
      /四\(十三\)/,
    ],
    [
      '技能状元 from a city category-2 result',
      { kind: 'SKILLS_CHAMPION', resultTier: 'CITY_CATEGORY_2' },
      'input.competitionResultId',
      'COMPETITION_TIER_NOT_ELIGIBLE',
      /市级一类竞赛、省级以上.*该成绩所属竞赛为“市级二类/,
    ],
    [
      '技术能手 from a provincial result',
      { kind: 'TECHNICAL_EXPERT', resultTier: 'PROVINCIAL' },
      'input.competitionResultId',
      'COMPETITION_TIER_NOT_ELIGIBLE',
      /市级职业技能竞赛/,
    ],
    [
      '技术能手 without a result',
      { kind: 'TECHNICAL_EXPERT', competitionResultId: '  ' },
      'input.competitionResultId',
      'COMPETITION_RESULT_REQUIRED',
      /四\(十三\)/,
    ],
    [
      '技能状元 from a result the competitions subgraph does not hold',
      { kind: 'SKILLS_CHAMPION', competitionResultId: 'no-such-result' },
      'input.competitionResultId',
      'COMPETITION_RESULT_NOT_FOUND',
      /竞赛成绩库中没有此成绩（no-such-result）/,
    ],
    [
      '技术能手 from another person’s result',
      { kind: 'TECHNICAL_EXPERT', resultOfPerson: 207 },
      'input.competitionResultId',
      'COMPETITION_RESULT_OF_ANOTHER_PERSON',
      /不是被提名人员本人的成绩/,
    ],
    [
      '技能状元 claiming a higher tier than its result’s',
      { kind: 'SKILLS_CHAMPION', resultTier: 'CITY_CATEGORY_2', competitionTier: 'WORLD' },
      'input.competitionTier',
      'COMPETITION_TIER_MISMATCH',
      /所填竞赛级别“世界.*”与该成绩所属竞赛的级别“市级二类.*”不符/,
    ],
    [
      '首席技师 without who attests',
      { kind: 'CHIEF_TECHNICIAN', attestedBy: null },
      'input.attestedBy',
      'ATTESTATION_REQUIRED',
      /五\(十四\)/,
    ],
    [
      '首席技师 without the attestation',
      { kind: 'CHIEF_TECHNICIAN', attestation: ' ' },
      'input.attestation',
      'ATTESTATION_REQUIRED',
      /一线技能领军人才/,
    ],
  ])('refuses %s (eligibility, rules package), writing nothing', async (_case, patch, field, reason, words) => {
    const before = await rows();
    const audits = await count('_kit_audit');
    const { resultTier, resultOfPerson, ...given } = patch as Record<string, unknown>;
    const kind = String(given.kind);
    const personId = person(205);
    // The result a case names: of the nominee in a competition of `resultTier`, or of someone else.
    const named = resultTier
      ? { competitionResultId: await resultOf(personId, String(resultTier)) }
      : resultOfPerson
        ? { competitionResultId: await resultOf(person(Number(resultOfPerson)), RESULT_TIER[kind]!) }
        : {};
    const res = await sg.request(NOMINATE, {
      input: { year: 2027, personId, ...(await evidenceFor(kind, personId)), ...named, ...given },
    });
    expect(errorOf(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(errorOf(res).message).toMatch(words);
    expect(await rows()).toBe(before);
    expect(await count('_kit_audit')).toBe(audits);
  });

  it('accepts the qualifying evidence, taking the tier from the result: 技能状元 from city category 1 or higher, 技术能手 from either city category', async () => {
    for (const [kind, tier, n] of [
      ['SKILLS_CHAMPION', 'CITY_CATEGORY_1', 250],
      ['SKILLS_CHAMPION', 'WORLD', 251],
      ['TECHNICAL_EXPERT', 'CITY_CATEGORY_1', 252],
      ['TECHNICAL_EXPERT', 'CITY_CATEGORY_2', 253],
    ] as const) {
      const resultId = await resultOf(person(n), tier);
      // No tier given: the result's is stored (and one given that agrees is accepted, for older callers).
      const h = await nominate({
        kind,
        year: 2027,
        personId: person(n),
        competitionResultId: resultId,
        ...(n === 253 ? { competitionTier: tier } : {}),
      });
      const read = await sg.request<{ honour: { competitionResultId: string; competitionTier: string } }>(
        `query ($id: ID!) { honour(id: $id) { competitionResultId competitionTier } }`,
        { id: h.id },
      );
      expect(read.data!.honour).toEqual({ competitionResultId: resultId, competitionTier: tier });
    }
    const craftsman = await nominate({ kind: 'GRAND_CRAFTSMAN', year: 2027, personId: person(254) });
    expect(craftsman.status).toBe('NOMINATED');
  });

  it.each([
    ['a year before the policy window', { year: 2024 }, 'BAD_USER_INPUT', 'OUTSIDE_POLICY_WINDOW'],
    ['a year after the policy window', { year: 2030 }, 'BAD_USER_INPUT', 'OUTSIDE_POLICY_WINDOW'],
    ['an overlong citation', { citation: '长'.repeat(2001) }, 'BAD_USER_INPUT', 'VALIDATION_FAILED'],
    ['an unknown kind', { kind: 'NOBEL_PRIZE' }, 'BAD_USER_INPUT', undefined],
  ])('refuses a nomination with %s, writing nothing', async (_case, patch, code, reason) => {
    const before = await rows();
    const res = await sg.request(NOMINATE, {
      input: {
        kind: 'TECHNICAL_EXPERT',
        year: 2027,
        personId: person(202),
        ...(await evidenceFor('TECHNICAL_EXPERT', person(202))),
        ...patch,
      },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    if (reason) {
      expect(res.errors?.[0]?.extensions?.reason).toBe(reason);
      expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await rows()).toBe(before);
  });

  it('refuses a second honour of the same kind for the same person and year as CONFLICT, also under 20 at once', async () => {
    await nominate({ kind: 'TECHNICAL_EXPERT', year: 2028, personId: person(203) });
    const before = await rows();
    const again = await sg.request(NOMINATE, {
      input: {
        kind: 'TECHNICAL_EXPERT',
        year: 2028,
        personId: person(203),
        ...(await evidenceFor('TECHNICAL_EXPERT', person(203))),
      },
    });
    expect(errorOf(again).extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_HONOUR' });
    expect(errorOf(again).message).toContain('济宁市技术能手');
    expect(await rows()).toBe(before);
    const input = { kind: 'CRAFTSMAN', year: 2028, personId: person(206) };
    const answers = await Promise.all(Array.from({ length: 20 }, () => sg.request(NOMINATE, { input })));
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(await rowsWhere(`person_id = '${person(206)}' AND kind = 'CRAFTSMAN' AND year = 2028`)).toBe(1);
    expect(
      await count(`honour_history h JOIN honour o ON o.id = h.honour_id WHERE o.person_id = $1`, [person(206)]),
    ).toBe(1);
  });

  it('gives one approval of 20 identical concurrent requests: one history line, one certificate number', async () => {
    const [id] = await throughPublicity([{ kind: 'HANDICRAFT_CRAFTSMAN', year: 2027, personId: person(260) }]);
    const answers = await Promise.all(Array.from({ length: 20 }, () => approve(id!)));
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    for (const a of answers.filter((x) => x.errors)) expect(errorOf(a).extensions?.reason).toBe('INVALID_TRANSITION');
    expect(await count(`honour_history WHERE honour_id = $1 AND action = 'APPROVED'`, [id])).toBe(1);
    setClock(0);
  });

  it('holds H3 under 21 concurrent approvals: exactly 20 首席技师 a year, numbered 001–020, the 21st refused naming T14 and 五(十四)', async () => {
    const year = 2028;
    const quota = honourQuotaFor('CHIEF_TECHNICIAN', year)!;
    expect(quota.ceiling).toBe(20);
    expect(await approvedIn('CHIEF_TECHNICIAN', year)).toBe(0);
    const ids = await throughPublicity(
      Array.from({ length: quota.ceiling + 1 }, (_, i) => ({
        kind: 'CHIEF_TECHNICIAN',
        year,
        personId: someone(300 + i),
      })),
    );
    const answers = await Promise.all(ids.map((id) => approve(id)));
    const ok = answers.filter((a) => !a.errors);
    const refused = answers.filter((a) => a.errors);
    expect(ok).toHaveLength(20);
    expect(refused).toHaveLength(1);
    const refusal = errorOf(refused[0]!);
    expect(refusal.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'HONOUR_QUOTA_EXCEEDED',
      quota: 'T14_CHIEF_TECHNICIANS',
      clause: '五(十四)',
    });
    expect(refusal.message).toMatch(/T14.*五\(十四\)/);
    expect(refusal.message).toContain('20');
    expect(await approvedIn('CHIEF_TECHNICIAN', year)).toBe(20);
    // Numbered without gaps or repeats, although they were approved at once.
    const numbers = ok.map((a) => a.data!.approveHonour.certificateNo!).sort();
    expect(numbers).toEqual(
      Array.from({ length: 20 }, (_, i) => `济宁市首席技师〔${year}〕第${String(i + 1).padStart(3, '0')}号`),
    );
    // The refused one wrote nothing: still in publicity, no number, no history line of approval.
    const left = ids[answers.findIndex((a) => a.errors)]!;
    expect((await footprint(left)).row).toMatchObject({ status: 'IN_PUBLICITY', certificate_no: null });
    // A full quota still lets a nomination be rejected, and another year has its own places (and numbers).
    expect((await sg.request(REJECT, { id: left, reason: '名额已满' }, REVIEWER)).errors).toBeUndefined();
    const [next] = await throughPublicity([{ kind: 'CHIEF_TECHNICIAN', year: year + 1, personId: someone(300) }]);
    const n = await approve(next!);
    expect(n.data!.approveHonour.certificateNo).toBe(`济宁市首席技师〔${year + 1}〕第001号`);
    setClock(0);
  });

  it('numbers concurrent approvals of a kind without a quota without gaps (技术能手)', async () => {
    const year = 2029;
    const ids = await throughPublicity(
      Array.from({ length: 12 }, (_, i) => ({ kind: 'TECHNICAL_EXPERT', year, personId: someone(500 + i) })),
    );
    const answers = await Promise.all(ids.map((id) => approve(id)));
    expect(answers.filter((a) => a.errors)).toHaveLength(0);
    expect(answers.map((a) => a.data!.approveHonour.certificateNo).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `济宁市技术能手〔${year}〕第${String(i + 1).padStart(3, '0')}号`),
    );
    setClock(0);
  });

  it('holds H4: about 5 大工匠 (at most 6), and 工匠 with 手造工匠 sharing about 30 (at most 36)', async () => {
    const year = 2029;
    const grandCeiling = honourQuotaFor('GRAND_CRAFTSMAN', year)!.ceiling;
    expect(grandCeiling).toBe(6);
    const grand = await throughPublicity(
      Array.from({ length: grandCeiling + 1 }, (_, i) => ({
        kind: 'GRAND_CRAFTSMAN',
        year,
        personId: someone(400 + i),
      })),
    );
    for (const id of grand.slice(0, grandCeiling)) expect((await approve(id)).errors).toBeUndefined();
    expect(errorOf(await approve(grand.at(-1)!)).extensions?.reason).toBe('HONOUR_QUOTA_EXCEEDED');
    const craftCeiling = honourQuotaFor('CRAFTSMAN', year)!.ceiling;
    expect(craftCeiling).toBe(36);
    const crafts = await throughPublicity(
      Array.from({ length: craftCeiling + 1 }, (_, i) => ({
        kind: i % 2 ? 'CRAFTSMAN' : 'HANDICRAFT_CRAFTSMAN',
        year,
        personId: someone(600 + i),
      })),
    );
    for (const id of crafts.slice(0, craftCeiling)) expect((await approve(id)).errors).toBeUndefined();
    const over = await approve(crafts.at(-1)!);
    expect(errorOf(over).extensions).toMatchObject({ reason: 'HONOUR_QUOTA_EXCEEDED', quota: 'T15_CRAFTSMEN' });
    expect(errorOf(over).message).toMatch(/T15.*五\(十四\)/);
    // H1 (≥ 200 技术能手) is a minimum, not a ceiling: approvals are not capped.
    expect(honourQuotaFor('TECHNICAL_EXPERT', year)).toBeNull();

    // The year view: used and remaining per quota with its clause, and T13–T15 progress.
    const view = await sg.request<{
      honourYear: {
        quotas: { id: string; clause: string; used: number; remaining: number; ceiling: number }[];
        targets: { id: string; clause: string; status: string; components: { key: string; achieved: number }[] }[];
      };
    }>(
      `query ($y: Int!) { honourYear(year: $y) { quotas { id clause used remaining ceiling } targets { id clause status components { key achieved } } } }`,
      { y: year },
    );
    expect(view.errors).toBeUndefined();
    expect(view.data!.honourYear.quotas).toEqual(
      expect.arrayContaining([
        { id: 'T15_GRAND_CRAFTSMEN', clause: '五(十四)', used: 6, remaining: 0, ceiling: 6 },
        { id: 'T15_CRAFTSMEN', clause: '五(十四)', used: 36, remaining: 0, ceiling: 36 },
        expect.objectContaining({ id: 'T14_CHIEF_TECHNICIANS', clause: '五(十四)', ceiling: 20 }),
      ]),
    );
    const t13 = view.data!.honourYear.targets.find((t) => t.id === 'T13')!;
    expect(t13).toMatchObject({ clause: '四(十三)' });
    expect(t13.components[0]!.achieved).toBe(await approvedIn('TECHNICAL_EXPERT', year));
    expect(view.data!.honourYear.targets.map((t) => t.id)).toEqual(['T13', 'T14', 'T15']);
    setClock(0);
  });

  it('lists the publicity (公示) of a year: only honours in publicity', async () => {
    const [id] = await throughPublicity([{ kind: 'GRAND_CRAFTSMAN', year: 2025, personId: person(270) }]);
    setClock(0);
    const res = await sg.request<{ honourPublicity: { id: string; status: string }[] }>(
      `{ honourPublicity(year: 2025) { id status } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.honourPublicity.map((h) => h.id)).toContain(id);
    expect(res.data!.honourPublicity.every((h) => h.status === 'IN_PUBLICITY')).toBe(true);
  });

  it('records H5 standing measures per person (五(十五) bodies only), once per measure and year', async () => {
    const RECORD = `mutation ($input: RecordStandingMeasureInput!) { recordStandingMeasure(input: $input) { id measure measureName year note recordedBy person { id } } }`;
    const input = {
      personId: person(280),
      measure: 'RECUPERATION_AND_STUDY',
      year: 2026,
      note: '参加2026年高技能人才疗养研修',
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => sg.request(RECORD, { input }, UNION)));
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    for (const a of answers.filter((x) => x.errors)) expect(errorOf(a).extensions?.reason).toBe('DUPLICATE_MEASURE');
    expect(await count('standing_measure WHERE person_id = $1', [person(280)])).toBe(1);
    const second = await sg.request(RECORD, {
      input: { ...input, measure: 'CANDIDATE_RECOMMENDATION', note: '推荐为政协委员候选人' },
    });
    expect(second.errors).toBeUndefined();
    for (const [what, patch, reason] of [
      ['an unknown measure', { measure: 'FREE_LUNCH' }, 'VALIDATION_FAILED'],
      ['a year outside the window', { year: 2031, measure: 'EXPERT_CONTACT_LIST' }, 'OUTSIDE_POLICY_WINDOW'],
    ] as const) {
      const res = await sg.request(RECORD, { input: { ...input, ...patch } });
      expect(errorOf(res).extensions, what).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    }
    const fin = await sg.request(RECORD, { input: { ...input, measure: 'EXPERT_CONTACT_LIST' } }, FINANCE);
    expect(errorOf(fin).extensions?.code).toBe('FORBIDDEN');
    expect(await count('standing_measure WHERE person_id = $1', [person(280)])).toBe(2);
    expect(await count(`_kit_audit WHERE action = 'RECORD_STANDING_MEASURE'`)).toBe(2);
    const read = await sg.request<Entities<{ standingMeasures: { measure: string }[] }>>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { standingMeasures { measure } } } }`,
      { reps: [{ __typename: 'Person', id: person(280) }] },
    );
    expect(read.data!._entities[0]!.standingMeasures.map((m) => m.measure).sort()).toEqual([
      'CANDIDATE_RECOMMENDATION',
      'RECUPERATION_AND_STUDY',
    ]);
  });

  it('refuses calls without the gateway signature', async () => {
    const res = await sg.request(`{ honours(first: 1) { totalCount } }`, {}, null);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('GATEWAY_SIGNATURE_REQUIRED');
  });

  it('answers Person._entities with honours for many people in one SQL statement', async () => {
    const reps = demo.people.slice(0, 60).map((p) => ({ __typename: 'Person', id: p.id }));
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id honours { id kind year status } } } }`;
    const {
      result,
      count: statementsCount,
      statements,
    } = await sg.db.countQueries(() =>
      sg.request<Entities<{ id: string; honours: { id: string; kind: string; year: number; status: string }[] }>>(
        query,
        { reps },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(60);
    expect(statementsCount, statements.join('\n')).toBe(1);
    const showcase = result.data!._entities.find((e: { id: string }) => e.id === SHOWCASE_PERSON_ID);
    expect(showcase!.honours.map((h: { kind: string }) => h.kind)).toEqual(
      expect.arrayContaining(['TECHNICAL_EXPERT', 'SKILLS_CHAMPION']),
    );
  });

  it('resolves Honour entities by key', async () => {
    const h = demo.honours[5]!;
    const res = await sg.request<Entities<{ kind: string; year: number; status: string; person: { id: string } }>>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Honour { kind year status person { id } } } }`,
      { reps: [{ __typename: 'Honour', id: h.id }] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0]).toEqual({
      kind: h.kind,
      year: h.year,
      status: h.status,
      person: { id: h.personId },
    });
  });
});
