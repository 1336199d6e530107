/**
 * The craftsman college workflow (二(六), R9, T11) against a real database over HTTP: every step allowed and refused,
 * by role and by state; maker-checker; the directory check of the host unit; twenty concurrent approvals; and the
 * facts each step emits (one per approval, none for a refusal, a reversal for a revocation), with history and audit;
 * the T11 view; Organisation.craftsmanColleges.
 */
import { randomUUID } from 'node:crypto';
import { demoDataset } from '@jining/demo-data';
import {
  CRAFTSMAN_COLLEGE_ACTION,
  CRAFTSMAN_COLLEGE_STATUS,
  POLICY_WINDOW,
  type CraftsmanCollegeAction,
  type CraftsmanCollegeStatus,
} from '@jining/rules';
import { listReferences, readOutbox } from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLEGE_STEPS } from '../src/domain/college-workflow.ts';
import { trainingToday } from '../src/domain/settings.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { training } from '../src/subgraph.ts';

const { organisations, people } = demoDataset();
const HOST = organisations[0]!.id;
const OTHER_HOST = organisations[1]!.id;

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(training, {
    references: listReferences({ people: people.map((p) => p.id), organisations: organisations.map((o) => o.id) }),
  });
});
afterAll(async () => sg?.stop());

const UNION = devPrincipal('union');
const APPROVER = devPrincipal('union-approver');

const FIELDS = `id name status foundedOn appliedOn reviewedBy approvedBy approvedOn statusReason host { id }
  history { action fromStatus toStatus actorId actorName note at }`;

interface College {
  id: string;
  name: string;
  status: CraftsmanCollegeStatus;
  foundedOn: string;
  appliedOn: string;
  reviewedBy: string | null;
  approvedBy: string | null;
  approvedOn: string | null;
  statusReason: string | null;
  host: { id: string };
  history: {
    action: CraftsmanCollegeAction;
    fromStatus: CraftsmanCollegeStatus | null;
    toStatus: CraftsmanCollegeStatus;
    actorId: string;
    actorName: string;
    note: string | null;
  }[];
}

type Principal = ReturnType<typeof devPrincipal>;
type Result = { college?: College; error?: { code: string; reason?: string; field?: string; message: string } };

const INPUT: Record<string, string> = {
  applyForCraftsmanCollege: 'ApplyForCraftsmanCollegeInput',
  reviewCraftsmanCollege: 'CraftsmanCollegeNoteInput',
  rejectCraftsmanCollege: 'CraftsmanCollegeReasonInput',
  approveCraftsmanCollege: 'CraftsmanCollegeNoteInput',
  revokeCraftsmanCollege: 'CraftsmanCollegeReasonInput',
};

async function call(mutation: string, input: Record<string, unknown>, principal: Principal = UNION): Promise<Result> {
  const res = await sg.request<Record<string, College>>(
    `mutation ($input: ${INPUT[mutation]}!) { ${mutation}(input: $input) { ${FIELDS} } }`,
    { input },
    principal,
  );
  if (res.errors?.length) {
    const e = res.errors[0]!;
    const ext = (e.extensions ?? {}) as { code: string; reason?: string; field?: string };
    return { error: { code: ext.code, reason: ext.reason, field: ext.field, message: e.message } };
  }
  return { college: res.data![mutation]! };
}

async function must(mutation: string, input: Record<string, unknown>, principal: Principal = UNION): Promise<College> {
  const r = await call(mutation, input, principal);
  expect(r.error, JSON.stringify(r.error)).toBeUndefined();
  return r.college!;
}

const n = async (sql: string, params: unknown[] = []) =>
  Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${sql}`, params))[0]!.n);
const events = async () => (await readOutbox(sg.db, 0n, 10_000)).events;
/** Everything a refused step must leave as it was. */
const footprint = async () => ({
  colleges: await n('craftsman_college'),
  history: await n('craftsman_college_history'),
  audit: await n('_kit_audit'),
  events: (await events()).length,
  states: await sg.db.query('SELECT id, status::text FROM craftsman_college ORDER BY id'),
});

const application = (over: Record<string, unknown> = {}) => ({
  name: `济宁机械工匠学院${randomUUID().slice(0, 6)}`,
  hostId: HOST,
  foundedOn: POLICY_WINDOW.from,
  ...over,
});

/** A college brought to `status` (applied and reviewed by union, approved by union-approver). */
async function collegeIn(status: CraftsmanCollegeStatus): Promise<College> {
  let c = await must('applyForCraftsmanCollege', application());
  if (status === 'APPLIED') return c;
  if (status === 'REJECTED') return must('rejectCraftsmanCollege', { id: c.id, reason: '材料不全' });
  c = await must('reviewCraftsmanCollege', { id: c.id });
  if (status === 'REVIEWED') return c;
  c = await must('approveCraftsmanCollege', { id: c.id }, APPROVER);
  if (status === 'APPROVED') return c;
  return must('revokeCraftsmanCollege', { id: c.id, reason: '弄虚作假' });
}

describe('a craftsman college from application to approval', () => {
  it('goes through every step with its history line and audit record, and emits one fact at approval', async () => {
    const before = (await events()).length;
    const auditBefore = await n('_kit_audit');
    let c = await must('applyForCraftsmanCollege', application({ name: '济宁数控工匠学院', note: '企业自建' }));
    expect(c).toMatchObject({ status: 'APPLIED', appliedOn: trainingToday(), approvedOn: null, host: { id: HOST } });
    c = await must('reviewCraftsmanCollege', { id: c.id, note: '材料齐全' });
    expect(c).toMatchObject({ status: 'REVIEWED', reviewedBy: UNION.accountId });
    expect((await events()).length).toBe(before);

    // The reviewer may not approve (maker-checker): refused, nothing written.
    const snap = await footprint();
    const same = await call('approveCraftsmanCollege', { id: c.id }, UNION);
    expect(same.error).toMatchObject({ code: 'FORBIDDEN', reason: 'SAME_REVIEWER_AND_APPROVER' });
    expect(same.error!.message).toMatch(/评审人不能批准/);
    expect(await footprint()).toEqual(snap);

    c = await must('approveCraftsmanCollege', { id: c.id, note: '同意建设' }, APPROVER);
    expect(c).toMatchObject({ status: 'APPROVED', approvedOn: trainingToday(), approvedBy: APPROVER.accountId });
    expect(c.history.map((h) => [h.action, h.fromStatus, h.toStatus, h.actorId, h.note])).toEqual([
      ['APPLY', null, 'APPLIED', UNION.accountId, '企业自建'],
      ['REVIEW', 'APPLIED', 'REVIEWED', UNION.accountId, '材料齐全'],
      ['APPROVE', 'REVIEWED', 'APPROVED', APPROVER.accountId, '同意建设'],
    ]);
    expect(c.history[2]!.actorName).toBe(APPROVER.displayName);
    expect(await n('_kit_audit')).toBe(auditBefore + 3);
    const audit = await sg.db.query<{ action: string }>(
      `SELECT action FROM _kit_audit WHERE entity_id = $1 ORDER BY seq`,
      [c.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'CRAFTSMAN_COLLEGE_APPLY',
      'CRAFTSMAN_COLLEGE_REVIEW',
      'CRAFTSMAN_COLLEGE_APPROVE',
    ]);
    const emitted = (await events()).slice(before);
    expect(emitted).toHaveLength(1);
    expect(emitted[0]).toMatchObject({
      kind: 'CRAFTSMAN_COLLEGE_APPROVED',
      version: 1,
      subjectId: c.id,
      occurredOn: trainingToday(),
      payload: {
        collegeId: c.id,
        name: '济宁数控工匠学院',
        hostId: HOST,
        foundedOn: POLICY_WINDOW.from,
        approvedOn: trainingToday(),
        cityLevel: true,
        newlyBuilt: true,
      },
    });
  });

  it('revokes an approved college with a reason, emitting the reversal fact', async () => {
    const c = await collegeIn('APPROVED');
    const before = (await events()).length;
    const r = await must('revokeCraftsmanCollege', { id: c.id, reason: '未按计划建设' }, APPROVER);
    expect(r).toMatchObject({ status: 'REVOKED', statusReason: '未按计划建设' });
    const emitted = (await events()).slice(before);
    expect(emitted.map((e) => [e.kind, e.subjectId])).toEqual([['CRAFTSMAN_COLLEGE_REVOKED', c.id]]);
    expect(emitted[0]!.payload).toEqual({ collegeId: c.id, name: c.name, hostId: HOST, reason: '未按计划建设' });
  });

  it('turns down an application or a reviewed college with a reason, emitting nothing', async () => {
    const before = (await events()).length;
    const a = await must('rejectCraftsmanCollege', { id: (await collegeIn('APPLIED')).id, reason: '不属市级' });
    const b = await must('rejectCraftsmanCollege', { id: (await collegeIn('REVIEWED')).id, reason: '材料不实' });
    expect([a.status, b.status]).toEqual(['REJECTED', 'REJECTED']);
    expect(b.statusReason).toBe('材料不实');
    expect((await events()).length).toBe(before);
  });
});

describe('refusals by state', () => {
  const inputFor = (action: CraftsmanCollegeAction, id: string): [string, Record<string, unknown>] | null => {
    switch (action) {
      case 'REVIEW':
        return ['reviewCraftsmanCollege', { id }];
      case 'REJECT':
        return ['rejectCraftsmanCollege', { id, reason: '测试理由' }];
      case 'APPROVE':
        return ['approveCraftsmanCollege', { id }];
      case 'REVOKE':
        return ['revokeCraftsmanCollege', { id, reason: '测试理由' }];
      default:
        return null; // APPLY makes a new college: no state to refuse
    }
  };

  it('refuses every step from every state it may not start from, in Chinese, writing nothing', async () => {
    const made = new Map<CraftsmanCollegeStatus, College>();
    for (const status of CRAFTSMAN_COLLEGE_STATUS.codes) made.set(status, await collegeIn(status));
    let refusals = 0;
    for (const action of CRAFTSMAN_COLLEGE_ACTION.codes) {
      for (const status of CRAFTSMAN_COLLEGE_STATUS.codes) {
        if (COLLEGE_STEPS.steps[action].from.includes(status)) continue;
        const step = inputFor(action, made.get(status)!.id);
        if (!step) continue;
        const before = await footprint();
        const r = await call(step[0], step[1], APPROVER);
        expect(r.error, `${action} from ${status}`).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS' });
        expect(r.error!.message).toContain(`工匠学院当前为“${CRAFTSMAN_COLLEGE_STATUS.label(status)}”`);
        expect(await footprint(), `${action} from ${status}`).toEqual(before);
        refusals += 1;
      }
    }
    // REVIEW ×4, REJECT ×3, APPROVE ×4, REVOKE ×4.
    expect(refusals).toBe(15);
  });

  it('answers NOT_FOUND for an unknown college', async () => {
    expect((await call('reviewCraftsmanCollege', { id: 'no-such' })).error).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'COLLEGE_NOT_FOUND',
    });
  });
});

describe('refusals by role', () => {
  it.each(['hrss', 'hrss-reviewer', 'finance', 'finance-approver', 'education', 'auditor', 'rencheng-finance'])(
    '%s may take no step (二(六): the Trade Union pays and handles colleges) and writes nothing',
    async (username) => {
      const reviewed = await collegeIn('REVIEWED');
      const approved = await collegeIn('APPROVED');
      for (const [mutation, input] of [
        ['applyForCraftsmanCollege', application()],
        ['reviewCraftsmanCollege', { id: (await collegeIn('APPLIED')).id }],
        ['rejectCraftsmanCollege', { id: reviewed.id, reason: '测试理由' }],
        ['approveCraftsmanCollege', { id: reviewed.id }],
        ['revokeCraftsmanCollege', { id: approved.id, reason: '测试理由' }],
      ] as const) {
        const snap = await footprint();
        const r = await call(mutation, input, devPrincipal(username));
        expect(r.error?.code, `${username} ${mutation}`).toBe('FORBIDDEN');
        expect(await footprint(), `${username} ${mutation}`).toEqual(snap);
      }
    },
  );

  it('names the clause and the union in the refusal', async () => {
    const r = await call('applyForCraftsmanCollege', application(), devPrincipal('hrss'));
    expect(r.error).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THIS_DEPARTMENTS_DUTY' });
    expect(r.error!.message).toContain('二(六)');
    expect(r.error!.message).toContain('市总工会');
  });

  it('lets either union account record, review and turn down', async () => {
    const c = await must('applyForCraftsmanCollege', application(), APPROVER);
    await must('reviewCraftsmanCollege', { id: c.id }, APPROVER);
    // Reviewed by union-approver: now union approves.
    expect((await must('approveCraftsmanCollege', { id: c.id }, UNION)).status).toBe('APPROVED');
  });
});

describe('bad input', () => {
  it('refuses an unknown host unit, naming the field, writing nothing', async () => {
    const before = await footprint();
    const r = await call('applyForCraftsmanCollege', application({ hostId: 'no-such-unit' }));
    expect(r.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ORGANISATION_NOT_FOUND', field: 'input.hostId' });
    expect(await footprint()).toEqual(before);
  });

  it('refuses a founding date before the policy or after today, a short name, a missing reason', async () => {
    const before = await footprint();
    const early = await call('applyForCraftsmanCollege', application({ foundedOn: '2024-12-31' }));
    expect(early.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_NEWLY_BUILT', field: 'input.foundedOn' });
    expect(early.error!.message).toContain('不是新建设的工匠学院');
    const future = await call('applyForCraftsmanCollege', application({ foundedOn: '2099-01-01' }));
    expect(future.error).toMatchObject({ reason: 'INVALID_DATE', field: 'input.foundedOn' });
    const short = await call('applyForCraftsmanCollege', application({ name: '院' }));
    expect(short.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(short.error!.message).toContain('工匠学院名称至少 2 个字');
    expect(await footprint()).toEqual(before);
    const c = await collegeIn('APPROVED');
    const snap = await footprint();
    const noReason = await call('revokeCraftsmanCollege', { id: c.id, reason: ' ' });
    expect(noReason.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(await footprint()).toEqual(snap);
  });

  it('refuses a second application of the same live college; a turned-down one may apply again', async () => {
    const first = await must('applyForCraftsmanCollege', application({ name: '济宁焊接工匠学院' }));
    const again = await call('applyForCraftsmanCollege', application({ name: '济宁焊接工匠学院' }));
    expect(again.error).toMatchObject({ code: 'CONFLICT', reason: 'COLLEGE_ALREADY_APPLIED', field: 'input.name' });
    // Another host may use the name.
    await must('applyForCraftsmanCollege', application({ name: '济宁焊接工匠学院', hostId: OTHER_HOST }));
    await must('rejectCraftsmanCollege', { id: first.id, reason: '材料不全' });
    await must('applyForCraftsmanCollege', application({ name: '济宁焊接工匠学院' }));
  });
});

describe('twenty concurrent approvals', () => {
  it('give one approval and one fact event; the others are refused', async () => {
    const c = await collegeIn('REVIEWED');
    const before = (await events()).length;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => call('approveCraftsmanCollege', { id: c.id }, APPROVER)),
    );
    expect(results.filter((r) => r.college?.status === 'APPROVED')).toHaveLength(1);
    expect(results.filter((r) => r.error?.reason === 'WRONG_STATUS')).toHaveLength(19);
    expect((await events()).filter((e) => e.subjectId === c.id)).toHaveLength(1);
    expect((await events()).length).toBe(before + 1);
    expect(await n('craftsman_college_history WHERE college_id = $1 AND action = $2', [c.id, 'APPROVE'])).toBe(1);
  });
});

describe('the T11 view and the organisation', () => {
  const TARGET = `{ craftsmanCollegeTarget { approved target lower upper remaining from dueDate status clause zh
    byYear { year approved } } }`;
  type Target = {
    approved: number;
    target: number;
    upper: number | null;
    remaining: number | null;
    from: string;
    dueDate: string;
    status: string;
    clause: string;
    zh: string;
    byYear: { year: number; approved: number }[];
  };

  it('counts approvals within three years against ≈ 20, revoked ones left out', async () => {
    const read = async () =>
      (await sg.request<{ craftsmanCollegeTarget: Target }>(TARGET, {}, UNION)).data!.craftsmanCollegeTarget;
    const before = await read();
    expect(before).toMatchObject({ target: 20, from: POLICY_WINDOW.from, dueDate: '2027-12-31', clause: '二(六)' });
    expect(before.zh).toContain('３年内建设２０个左右市级工匠学院');
    expect(before.byYear.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    await collegeIn('APPROVED');
    await collegeIn('REVOKED');
    await collegeIn('REVIEWED');
    const after = await read();
    const inWindow = trainingToday() <= '2027-12-31';
    expect(after.approved).toBe(before.approved + (inWindow ? 1 : 0));
    expect(after.byYear.reduce((s, y) => s + y.approved, 0)).toBe(after.approved);
    if (after.upper !== null) expect(after.remaining).toBe(Math.max(0, after.upper - after.approved));
  });

  it('lists an organisation’s colleges on Organisation.craftsmanColleges', async () => {
    const c = await must('applyForCraftsmanCollege', application({ hostId: OTHER_HOST }));
    const res = await sg.request<{ _entities: [{ craftsmanColleges: { id: string; status: string }[] }] }>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organisation { craftsmanColleges { id status } } } }`,
      { reps: [{ __typename: 'Organisation', id: OTHER_HOST }] },
      UNION,
    );
    expect(res.data!._entities[0].craftsmanColleges).toContainEqual({ id: c.id, status: 'APPLIED' });
  });

  it('filters the list by status, host and name', async () => {
    const c = await must(
      'applyForCraftsmanCollege',
      application({ name: `筛选测试工匠学院${randomUUID().slice(0, 4)}` }),
    );
    const res = await sg.request<{ craftsmanColleges: { totalCount: number; edges: { node: { id: string } }[] } }>(
      `query ($s: String) { craftsmanColleges(first: 10, status: APPLIED, hostId: "${HOST}", search: $s) {
        totalCount edges { node { id } } } }`,
      { s: c.name.slice(-8) },
      devPrincipal('finance'),
    );
    expect(res.data!.craftsmanColleges.edges.map((e) => e.node.id)).toEqual([c.id]);
  });
});
