/**
 * The studio workflow (二(六)) against a real database over HTTP: every step allowed and refused, by role and by
 * state; the stated condition; maker-checker; the publicity window; twenty concurrent approvals; and the facts each
 * step emits (one per approval or upgrade, none for a refusal, a reversal for a revocation), with history and audit.
 */
import { randomUUID } from 'node:crypto';
import { demoDataset } from '@jining/demo-data';
import { STUDIO_ACTION, STUDIO_STATUS, type StudioAction, type StudioStatus } from '@jining/rules';
import { readOutbox } from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEPS } from '../src/domain/workflow.ts';
import { trainingToday } from '../src/domain/settings.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { training } from '../src/subgraph.ts';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(training);
});
afterAll(async () => sg?.stop());

const HRSS = devPrincipal('hrss');
const REVIEWER = devPrincipal('hrss-reviewer');
const { organisations } = demoDataset();
const HOST = organisations[0]!.id;

const FIELDS = `id name level status trade appliedOn approvedOn selectedBy approvedBy publicityStartsOn publicityEndsOn
  documentNo documentDate statusReason urgentFieldAttested
  history { action fromStatus toStatus level actorId actorName note at }
  objections { content receivedOn recordedBy }
  assessments { year result note }`;

interface Studio {
  id: string;
  status: StudioStatus;
  level: string;
  approvedOn: string | null;
  selectedBy: string | null;
  approvedBy: string | null;
  publicityStartsOn: string | null;
  publicityEndsOn: string | null;
  documentNo: string | null;
  statusReason: string | null;
  urgentFieldAttested: boolean;
  history: {
    action: StudioAction;
    fromStatus: StudioStatus | null;
    toStatus: StudioStatus;
    level: string;
    actorId: string;
    actorName: string;
    note: string | null;
  }[];
  objections: { content: string; receivedOn: string; recordedBy: string }[];
  assessments: { year: number; result: string; note: string | null }[];
}

type Principal = ReturnType<typeof devPrincipal>;
type Result = { studio?: Studio; error?: { code: string; reason?: string; message: string } };

/** Each mutation with its input type: call(name, input, principal) → the studio or the coded error. */
const INPUT: Record<string, string> = {
  applyForStudio: 'ApplyForStudioInput',
  reviewStudio: 'ReviewStudioInput',
  rejectStudio: 'StudioReasonInput',
  selectStudio: 'SelectStudioInput',
  publishStudio: 'PublishStudioInput',
  objectToStudio: 'ObjectToStudioInput',
  approveStudio: 'StudioNoteInput',
  recordHigherStudioApproval: 'RecordHigherStudioApprovalInput',
  upgradeStudio: 'UpgradeStudioInput',
  recordStudioAssessment: 'RecordStudioAssessmentInput',
  suspendStudio: 'StudioReasonInput',
  resumeStudio: 'StudioNoteInput',
  revokeStudio: 'StudioReasonInput',
};

async function call(mutation: string, input: Record<string, unknown>, principal: Principal = HRSS): Promise<Result> {
  const res = await sg.request<Record<string, Studio>>(
    `mutation ($input: ${INPUT[mutation]}!) { ${mutation}(input: $input) { ${FIELDS} } }`,
    { input },
    principal,
  );
  if (res.errors?.length) {
    const e = res.errors[0]!;
    const ext = (e.extensions ?? {}) as { code: string; reason?: string };
    return { error: { code: ext.code, reason: ext.reason, message: e.message } };
  }
  return { studio: res.data![mutation]! };
}

async function must(mutation: string, input: Record<string, unknown>, principal: Principal = HRSS): Promise<Studio> {
  const r = await call(mutation, input, principal);
  expect(r.error, JSON.stringify(r.error)).toBeUndefined();
  return r.studio!;
}

const n = async (sql: string, params: unknown[] = []) =>
  Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${sql}`, params))[0]!.n);
const events = async () => (await readOutbox(sg.db, 0n, 10_000)).events;
/** Everything a refused step must leave as it was. */
const footprint = async () => ({
  studios: await n('master_studio'),
  history: await n('studio_history'),
  objections: await n('studio_objection'),
  assessments: await n('studio_assessment'),
  audit: await n('_kit_audit'),
  events: (await events()).length,
  states: await sg.db.query('SELECT id, status::text, level::text FROM master_studio ORDER BY id'),
});

/** Lets a studio's publicity window pass (the database's dates moved back, as finance's tests do). */
const windowPassed = (id: string) =>
  sg.db.query(
    `UPDATE master_studio SET publicity_starts_on = publicity_starts_on - 30, publicity_ends_on = publicity_ends_on - 30 WHERE id = $1`,
    [id],
  );

const lead = () => `p-test-${randomUUID()}`;
const application = (over: Record<string, unknown> = {}) => ({
  name: '测试焊接技能大师工作室',
  level: 'CITY',
  leadId: lead(),
  hostId: HOST,
  trade: '焊工',
  ...over,
});

/** A studio brought to `status` by the city's steps (selected by hrss, approved by hrss-reviewer). */
async function studioIn(status: StudioStatus): Promise<Studio> {
  let s = await must('applyForStudio', application());
  if (status === 'APPLIED') return s;
  if (status === 'REJECTED') return must('rejectStudio', { id: s.id, reason: '评审不通过' });
  s = await must('reviewStudio', { id: s.id, urgentFieldAttested: true });
  if (status === 'REVIEWED') return s;
  s = await must('selectStudio', { id: s.id, level: 'CITY' });
  if (status === 'SELECTED') return s;
  s = await must('publishStudio', { id: s.id });
  if (status === 'IN_PUBLICITY') return s;
  await windowPassed(s.id);
  s = await must('approveStudio', { id: s.id }, REVIEWER);
  if (status === 'APPROVED') return s;
  if (status === 'SUSPENDED') return must('suspendStudio', { id: s.id, reason: '整改' });
  return must('revokeStudio', { id: s.id, reason: '考核不合格' });
}

describe('a city studio from application to approval', () => {
  it('goes through every step, each with its history line and audit record, and emits one fact at approval', async () => {
    const before = (await events()).length;
    const auditBefore = await n('_kit_audit');
    let s = await must('applyForStudio', application({ name: '李明数控技能大师工作室', trade: '数控车工' }));
    expect(s).toMatchObject({ status: 'APPLIED', level: 'CITY', approvedOn: null });
    s = await must('reviewStudio', { id: s.id, urgentFieldAttested: true, note: '属急需紧缺领域' });
    expect(s).toMatchObject({ status: 'REVIEWED', urgentFieldAttested: true });
    s = await must('selectStudio', { id: s.id, level: 'CITY' });
    expect(s).toMatchObject({ status: 'SELECTED', selectedBy: HRSS.accountId });
    s = await must('publishStudio', { id: s.id, days: 7 });
    expect(s.status).toBe('IN_PUBLICITY');
    expect(s.publicityStartsOn).toBe(trainingToday());
    s = await must('objectToStudio', { id: s.id, content: '群众来信：领办人业绩存疑' });
    expect(s.objections).toEqual([
      { content: '群众来信：领办人业绩存疑', receivedOn: trainingToday(), recordedBy: HRSS.accountId },
    ]);
    expect(s.status).toBe('IN_PUBLICITY');

    // Not before the window has passed; never by the one who selected it.
    expect((await call('approveStudio', { id: s.id }, REVIEWER)).error).toMatchObject({
      code: 'CONFLICT',
      reason: 'PUBLICITY_NOT_ENDED',
    });
    await windowPassed(s.id);
    const same = await call('approveStudio', { id: s.id }, HRSS);
    expect(same.error).toMatchObject({ code: 'FORBIDDEN', reason: 'SAME_SELECTOR_AND_APPROVER' });
    expect(same.error!.message).toMatch(/遴选人不能命名/);
    expect((await events()).length).toBe(before);

    s = await must('approveStudio', { id: s.id, note: '异议已核实不成立' }, REVIEWER);
    expect(s).toMatchObject({ status: 'APPROVED', approvedOn: trainingToday(), approvedBy: REVIEWER.accountId });
    expect(s.history.map((h) => [h.action, h.fromStatus, h.toStatus, h.actorId])).toEqual([
      ['APPLY', null, 'APPLIED', HRSS.accountId],
      ['REVIEW', 'APPLIED', 'REVIEWED', HRSS.accountId],
      ['SELECT', 'REVIEWED', 'SELECTED', HRSS.accountId],
      ['PUBLISH', 'SELECTED', 'IN_PUBLICITY', HRSS.accountId],
      ['OBJECT', 'IN_PUBLICITY', 'IN_PUBLICITY', HRSS.accountId],
      ['APPROVE', 'IN_PUBLICITY', 'APPROVED', REVIEWER.accountId],
    ]);
    expect(s.history[5]!.actorName).toBe(REVIEWER.displayName);
    expect(s.history[5]!.note).toBe('异议已核实不成立');
    expect(await n('_kit_audit')).toBe(auditBefore + 6);
    const audit = await sg.db.query<{ action: string; actor_account_id: string }>(
      `SELECT action, actor_account_id FROM _kit_audit WHERE entity_id = $1 ORDER BY seq`,
      [s.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'STUDIO_APPLY',
      'STUDIO_REVIEW',
      'STUDIO_SELECT',
      'STUDIO_PUBLISH',
      'STUDIO_OBJECT',
      'STUDIO_APPROVE',
    ]);

    const after = await events();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({
      kind: 'MASTER_STUDIO_APPROVED',
      version: 1,
      subjectId: s.id,
      occurredOn: trainingToday(),
      payload: { studioId: s.id, hostId: HOST, level: 'CITY', approvedOn: trainingToday(), newlyApproved: true },
    });
  });
});

describe('refusals by state', () => {
  const inputFor = (action: StudioAction, id: string): [string, Record<string, unknown>] | null => {
    switch (action) {
      case 'REVIEW':
        return ['reviewStudio', { id, urgentFieldAttested: true }];
      case 'REJECT':
        return ['rejectStudio', { id, reason: '测试理由' }];
      case 'SELECT':
        return ['selectStudio', { id, level: 'CITY' }];
      case 'PUBLISH':
        return ['publishStudio', { id }];
      case 'OBJECT':
        return ['objectToStudio', { id, content: '测试异议' }];
      case 'APPROVE':
        return ['approveStudio', { id }];
      case 'UPGRADE':
        return [
          'upgradeStudio',
          { id, level: 'NATIONAL', documentNo: '人社厅函〔2026〕1号', documentDate: '2026-01-05' },
        ];
      case 'ASSESS':
        return ['recordStudioAssessment', { id, year: Number(trainingToday().slice(0, 4)), result: 'PASS' }];
      case 'SUSPEND':
        return ['suspendStudio', { id, reason: '测试理由' }];
      case 'RESUME':
        return ['resumeStudio', { id }];
      case 'REVOKE':
        return ['revokeStudio', { id, reason: '测试理由' }];
      default:
        return null; // APPLY and RECORD_HIGHER_APPROVAL make a new studio: no state to refuse
    }
  };

  it('refuses every step from every state it may not start from, in Chinese, writing nothing', async () => {
    const statuses = STUDIO_STATUS.codes;
    const made = new Map<StudioStatus, Studio>();
    for (const status of statuses) made.set(status, await studioIn(status));
    let refusals = 0;
    for (const action of STUDIO_ACTION.codes) {
      for (const status of statuses) {
        if (STEPS[action].from.includes(status)) continue;
        const step = inputFor(action, made.get(status)!.id);
        if (!step) continue;
        const before = await footprint();
        const r = await call(step[0], step[1], REVIEWER);
        expect(r.error, `${action} from ${status}`).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS' });
        expect(r.error!.message).toContain(`工作室当前为“${STUDIO_STATUS.label(status)}”`);
        expect(await footprint(), `${action} from ${status}`).toEqual(before);
        refusals += 1;
      }
    }
    expect(refusals).toBeGreaterThan(60);
  });

  it('answers NOT_FOUND for an unknown studio', async () => {
    expect((await call('reviewStudio', { id: 'no-such', urgentFieldAttested: true })).error).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'STUDIO_NOT_FOUND',
    });
  });
});

describe('refusals by role', () => {
  it.each(['finance', 'union', 'education', 'auditor', 'rencheng-finance'])(
    '%s may take no step (二(六): HRSS leads) and writes nothing',
    async (username) => {
      const s = await studioIn('REVIEWED');
      const before = await footprint();
      for (const [mutation, input] of [
        ['applyForStudio', application()],
        ['reviewStudio', { id: s.id, urgentFieldAttested: true }],
        ['selectStudio', { id: s.id, level: 'CITY' }],
        ['revokeStudio', { id: s.id, reason: '测试理由' }],
        [
          'recordHigherStudioApproval',
          { ...application({ level: 'NATIONAL' }), documentNo: '人社部函〔2026〕9号', documentDate: '2026-01-05' },
        ],
      ] as const) {
        const r = await call(mutation, input, devPrincipal(username));
        expect(r.error?.code, `${username} ${mutation}`).toBe('FORBIDDEN');
      }
      expect(await footprint()).toEqual(before);
    },
  );

  it('lets both HRSS accounts take the steps', async () => {
    const s = await must('applyForStudio', application(), REVIEWER);
    await must('reviewStudio', { id: s.id, urgentFieldAttested: true }, HRSS);
  });
});

describe('conditions (二(六))', () => {
  it('refuses a review that does not attest the urgently needed or shortage field, naming the clause', async () => {
    const s = await studioIn('APPLIED');
    const before = await footprint();
    const r = await call('reviewStudio', { id: s.id, urgentFieldAttested: false });
    expect(r.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'STUDIO_CONDITION_NOT_MET' });
    expect(r.error!.message).toContain('急需、紧缺行业领域');
    expect(r.error!.message).toContain('二(六)');
    expect(await footprint()).toEqual(before);
  });

  it('checks no skill level of the lead and no kind of host: the text states none', async () => {
    // A lead the platform knows nothing about (no certificate) and any unit: the application stands.
    const s = await must('applyForStudio', application({ hostId: organisations.at(-1)!.id }));
    expect((await must('reviewStudio', { id: s.id, urgentFieldAttested: true })).status).toBe('REVIEWED');
  });

  it('lets a person lead one live studio per level; a turned-down application frees the place', async () => {
    const who = lead();
    const first = await must('applyForStudio', application({ leadId: who }));
    const before = await footprint();
    expect((await call('applyForStudio', application({ leadId: who }))).error).toMatchObject({
      code: 'CONFLICT',
      reason: 'STUDIO_ALREADY_LED_AT_LEVEL',
    });
    expect(await footprint()).toEqual(before);
    await must('rejectStudio', { id: first.id, reason: '材料不全' });
    expect((await must('applyForStudio', application({ leadId: who }))).status).toBe('APPLIED');
  });

  it('selects only at city level: the others are approved above', async () => {
    const s = await studioIn('REVIEWED');
    expect((await call('selectStudio', { id: s.id, level: 'NATIONAL' })).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_A_CITY_SELECTION',
    });
  });

  it('keeps the publicity window within the settings', async () => {
    const s = await studioIn('SELECTED');
    for (const days of [1, 4, 31]) {
      expect((await call('publishStudio', { id: s.id, days })).error).toMatchObject({
        reason: 'PUBLICITY_DAYS_OUT_OF_RANGE',
      });
    }
    const published = await must('publishStudio', { id: s.id, days: 5 });
    const start = new Date(`${published.publicityStartsOn}T00:00:00Z`);
    start.setUTCDate(start.getUTCDate() + 4);
    expect(published.publicityEndsOn).toBe(start.toISOString().slice(0, 10));
  });

  it('takes objections only inside the window', async () => {
    const s = await studioIn('IN_PUBLICITY');
    await windowPassed(s.id);
    expect((await call('objectToStudio', { id: s.id, content: '逾期异议' })).error).toMatchObject({
      code: 'CONFLICT',
      reason: 'PUBLICITY_ENDED',
    });
  });
});

describe('twenty concurrent approvals', () => {
  it('give one approval and one fact event; the others are refused', async () => {
    const s = await studioIn('IN_PUBLICITY');
    await windowPassed(s.id);
    const before = (await events()).length;
    const results = await Promise.all(Array.from({ length: 20 }, () => call('approveStudio', { id: s.id }, REVIEWER)));
    expect(results.filter((r) => r.studio?.status === 'APPROVED')).toHaveLength(1);
    expect(results.filter((r) => r.error?.reason === 'WRONG_STATUS')).toHaveLength(19);
    const after = (await events()).filter((e) => e.subjectId === s.id);
    expect(after).toHaveLength(1);
    expect((await events()).length).toBe(before + 1);
    expect(await n('studio_history WHERE studio_id = $1 AND action = $2', [s.id, 'APPROVE'])).toBe(1);
  });
});

describe('after approval', () => {
  it('records an annual assessment once a year, suspends and resumes, and revokes with a reversal fact', async () => {
    const s = await studioIn('APPROVED');
    const year = Number(trainingToday().slice(0, 4));
    let now = await must('recordStudioAssessment', { id: s.id, year, result: 'FAIL', note: '未完成带徒任务' });
    expect(now.assessments).toEqual([{ year, result: 'FAIL', note: '未完成带徒任务' }]);
    expect(now.status).toBe('APPROVED');
    expect((await call('recordStudioAssessment', { id: s.id, year, result: 'PASS' })).error).toMatchObject({
      code: 'CONFLICT',
      reason: 'ASSESSMENT_ALREADY_RECORDED',
    });
    expect((await call('recordStudioAssessment', { id: s.id, year: year + 1, result: 'PASS' })).error).toMatchObject({
      reason: 'INVALID_ASSESSMENT_YEAR',
    });
    now = await must('suspendStudio', { id: s.id, reason: '考核不合格，限期整改' });
    expect(now).toMatchObject({ status: 'SUSPENDED', statusReason: '考核不合格，限期整改' });
    now = await must('resumeStudio', { id: s.id, note: '整改完成' });
    expect(now).toMatchObject({ status: 'APPROVED', statusReason: null });

    const before = (await events()).length;
    now = await must('revokeStudio', { id: s.id, reason: '弄虚作假' });
    expect(now).toMatchObject({ status: 'REVOKED', statusReason: '弄虚作假' });
    const after = await events();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({
      kind: 'MASTER_STUDIO_REVOKED',
      version: 1,
      subjectId: s.id,
      payload: { studioId: s.id, hostId: HOST, level: 'CITY', reason: '弄虚作假' },
    });
    // Revoked twice: refused, no second reversal.
    expect((await call('revokeStudio', { id: s.id, reason: '重复撤销' })).error).toMatchObject({
      reason: 'WRONG_STATUS',
    });
    expect(await events()).toHaveLength(before + 1);
    expect(now.history.map((h) => h.action)).toEqual([
      'APPLY',
      'REVIEW',
      'SELECT',
      'PUBLISH',
      'APPROVE',
      'ASSESS',
      'SUSPEND',
      'RESUME',
      'REVOKE',
    ]);
  });

  it('upgrades to a higher level from the higher authority’s document, emitting the new level’s approval', async () => {
    const s = await studioIn('APPROVED');
    const before = await footprint();
    expect(
      (await call('upgradeStudio', { id: s.id, level: 'CITY', documentNo: '文号1', documentDate: '2026-01-05' })).error,
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_A_HIGHER_LEVEL' });
    expect(await footprint()).toEqual(before);
    const up = await must('upgradeStudio', {
      id: s.id,
      level: 'NATIONAL',
      documentNo: '人社部函〔2026〕12号',
      documentDate: '2026-01-05',
    });
    expect(up).toMatchObject({ status: 'APPROVED', level: 'NATIONAL', documentNo: '人社部函〔2026〕12号' });
    expect(up.approvedOn).toBe('2026-01-05');
    expect(up.history.at(-1)).toMatchObject({ action: 'UPGRADE', level: 'NATIONAL' });
    const after = await events();
    expect(after).toHaveLength(before.events + 1);
    expect(after.at(-1)).toMatchObject({
      kind: 'MASTER_STUDIO_APPROVED',
      subjectId: s.id,
      payload: { level: 'NATIONAL', approvedOn: '2026-01-05', newlyApproved: true },
    });
  });
});

describe('national and provincial approvals', () => {
  it('are recorded from the document, approved at once, with their fact; a city level is refused', async () => {
    const before = (await events()).length;
    const s = await must('recordHigherStudioApproval', {
      ...application({ level: 'QILU_STATION', name: '齐鲁技能大师特色工作站（测试）' }),
      documentNo: '鲁人社字〔2025〕88号',
      documentDate: '2025-10-10',
    });
    expect(s).toMatchObject({ status: 'APPROVED', level: 'QILU_STATION', approvedOn: '2025-10-10' });
    expect(s.history.map((h) => [h.action, h.toStatus])).toEqual([['RECORD_HIGHER_APPROVAL', 'APPROVED']]);
    expect((await events()).at(-1)).toMatchObject({
      kind: 'MASTER_STUDIO_APPROVED',
      payload: { level: 'QILU_STATION' },
    });
    const city = await call('recordHigherStudioApproval', {
      ...application(),
      documentNo: '济人社字〔2025〕1号',
      documentDate: '2025-10-10',
    });
    expect(city.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CITY_LEVEL_GOES_THROUGH_SELECTION' });
    expect((await events()).length).toBe(before + 1);
  });
});

describe('the year view (T10)', () => {
  it('counts the year’s city approvals against ≈ 10 a year, revoked ones left out', async () => {
    const year = Number(trainingToday().slice(0, 4));
    const q = `query ($year: Int!) { studioYear(year: $year) { year citySelected target lower upper remaining status clause zh } }`;
    const before = (await sg.request<{ studioYear: { citySelected: number } }>(q, { year })).data!.studioYear;
    await studioIn('APPROVED');
    await studioIn('REVOKED');
    const res = await sg.request<{ studioYear: Record<string, unknown> }>(q, { year });
    expect(res.errors).toBeUndefined();
    expect(res.data!.studioYear).toMatchObject({
      year,
      citySelected: before.citySelected + 1,
      target: 10,
      clause: '二(六)',
    });
    expect(res.data!.studioYear.zh).toContain('１０家左右');
    const outside = await sg.request(q, { year: 2019 });
    expect(outside.errors?.[0]?.extensions).toMatchObject({ reason: 'YEAR_OUTSIDE_POLICY_WINDOW' });
  });

  it('the targets dashboard’s T10 and T11 count what the year view and the colleges’ card count', async () => {
    const year = Number(trainingToday().slice(0, 4));
    await studioIn('APPROVED');
    const res = await sg.request<{
      studioYear: { citySelected: number };
      craftsmanCollegeTarget: { approved: number };
      trainingTargets: {
        id: string;
        clause: string;
        components: { achieved: number; monthly: { achieved: number | null }[] }[];
      }[];
    }>(
      `query ($year: Int!) {
        studioYear(year: $year) { citySelected }
        craftsmanCollegeTarget { approved }
        trainingTargets(year: $year) { id clause components { achieved monthly { achieved } } }
      }`,
      { year },
    );
    expect(res.errors).toBeUndefined();
    const t10 = res.data!.trainingTargets.find((t) => t.id === 'T10');
    const t11 = res.data!.trainingTargets.find((t) => t.id === 'T11');
    expect(t10).toMatchObject({ id: 'T10', clause: '二(六)' });
    expect(t10!.components[0]!.achieved).toBe(res.data!.studioYear.citySelected);
    expect(t10!.components[0]!.achieved).toBeGreaterThan(0);
    // The last month shown holds the year's figure.
    const shown = t10!.components[0]!.monthly.filter((m) => m.achieved !== null);
    expect(shown.at(-1)!.achieved).toBe(t10!.components[0]!.achieved);
    expect(t11).toMatchObject({ id: 'T11' });
    expect(t11!.components[0]!.achieved).toBe(res.data!.craftsmanCollegeTarget.approved);
  });
});

describe('the waiting work on the 工作台 (trainingWork)', () => {
  type Work = { item: string; label: string; clause: string | null; count: number };
  const work = async (principal: Principal) => {
    const res = await sg.request<{ trainingWork: Work[] }>(
      `{ trainingWork { item label clause count } }`,
      {},
      principal,
    );
    expect(res.errors).toBeUndefined();
    return Object.fromEntries(res.data!.trainingWork.map((w) => [w.item, w]));
  };
  const counts = async (principal: Principal) =>
    Object.fromEntries(Object.entries(await work(principal)).map(([k, w]) => [k, w.count]));

  it('counts each step’s studios for HRSS, leaves the approval to whoever did not select, and shows no other department studio work', async () => {
    const hrss0 = await counts(HRSS);
    const reviewer0 = await counts(REVIEWER);
    await studioIn('APPLIED');
    await studioIn('REVIEWED');
    await studioIn('SELECTED');
    await studioIn('IN_PUBLICITY'); // selected by hrss: hrss-reviewer approves it
    const hrss = await counts(HRSS);
    expect(hrss.STUDIO_TO_REVIEW).toBe(hrss0.STUDIO_TO_REVIEW! + 1);
    expect(hrss.STUDIO_TO_SELECT).toBe(hrss0.STUDIO_TO_SELECT! + 1);
    expect(hrss.STUDIO_TO_PUBLISH).toBe(hrss0.STUDIO_TO_PUBLISH! + 1);
    expect(hrss.STUDIO_IN_PUBLICITY).toBe(hrss0.STUDIO_IN_PUBLICITY);
    expect((await counts(REVIEWER)).STUDIO_IN_PUBLICITY).toBe(reviewer0.STUDIO_IN_PUBLICITY! + 1);
    // The words and clause come from the rules' vocabulary.
    expect((await work(HRSS)).STUDIO_TO_REVIEW).toMatchObject({ label: '待审核的工作室申请', clause: '二(六)' });

    // The Trade Union works craftsman colleges, not studios; the auditor and a county's finance have no training work.
    const union = await counts(devPrincipal('union'));
    expect(Object.keys(union).sort()).toEqual(['COLLEGE_TO_APPROVE', 'COLLEGE_TO_REVIEW']);
    expect(await counts(devPrincipal('auditor'))).toEqual({});
    expect(await counts(devPrincipal('rencheng-finance'))).toEqual({});
    expect(Object.keys(await counts(devPrincipal('rencheng-hrss')))).toEqual(['APPRENTICESHIP_YEAR_TO_CONFIRM']);
  });
});
