/**
 * Colleges' majors and courses (二(三): R3, T6–T8) against a real database over HTTP: recorded from the approving
 * document by Education (or HRSS, the other lead), approved by another account; an approved high-level major appends
 * COLLEGE_MAJOR_APPROVED in the same transaction, the other kinds count toward T6–T8 only; refusals (unknown college,
 * a unit that is not a college, a date outside the policy window, a duplicate, a department without the duty, the
 * recorder approving) write nothing; revocation appends COLLEGE_MAJOR_REVOKED.
 */
import { POLICY_WINDOW } from '@jining/rules';
import { listReferences, readOutbox, type CollegeMajorApprovedV1 } from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { training } from '../src/subgraph.ts';

const COLLEGE = 'org-college'; // a vocational college
const SCHOOL = 'org-technician-school'; // a technical school (技工院校)
const ENTERPRISE = 'org-enterprise';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(training, {
    references: listReferences({
      people: [],
      organisations: [COLLEGE, SCHOOL, ENTERPRISE],
      organisationKinds: { [COLLEGE]: 'VOCATIONAL_COLLEGE', [SCHOOL]: 'TECHNICAL_SCHOOL', [ENTERPRISE]: 'ENTERPRISE' },
    }),
  });
});
afterAll(async () => sg?.stop());

const EDUCATION = devPrincipal('education');
const HRSS = devPrincipal('hrss');
const UNION = devPrincipal('union');
type Principal = ReturnType<typeof devPrincipal>;

const FIELDS = `id kind name level documentNo documentDate status statusReason recordedBy approvedBy college { id }
  history { action actorName note }`;
interface Major {
  id: string;
  kind: string;
  status: string;
  level: string | null;
  recordedBy: string;
  approvedBy: string | null;
  history: { action: string; actorName: string; note: string | null }[];
}
type Failure = { code: string; reason?: string; field?: string; message: string };

const TYPES: Record<string, string> = {
  recordCollegeMajor: 'RecordCollegeMajorInput',
  approveCollegeMajor: 'ApproveCollegeMajorInput',
  revokeCollegeMajor: 'RevokeCollegeMajorInput',
};

async function call(mutation: string, input: Record<string, unknown>, principal: Principal) {
  const res = await sg.request<Record<string, Major>>(
    `mutation ($input: ${TYPES[mutation]}!) { ${mutation}(input: $input) { ${FIELDS} } }`,
    { input },
    principal,
  );
  if (res.errors?.length) {
    const ext = (res.errors[0]!.extensions ?? {}) as { code: string; reason?: string; field?: string };
    return { error: { code: ext.code, reason: ext.reason, field: ext.field, message: res.errors[0]!.message } };
  }
  return { data: res.data![mutation]! };
}
async function must(mutation: string, input: Record<string, unknown>, principal: Principal): Promise<Major> {
  const r = await call(mutation, input, principal);
  expect(r.error, JSON.stringify(r.error)).toBeUndefined();
  return r.data!;
}

const n = async (table: string) =>
  Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`))[0]!.n);
const events = async () => (await readOutbox(sg.db, 0n, 10_000)).events;
const footprint = async () => ({
  majors: await n('college_major'),
  audit: await n('_kit_audit'),
  events: (await events()).length,
  states: await sg.db.query('SELECT id, status::text FROM college_major ORDER BY id'),
});
async function refused(
  mutation: string,
  input: Record<string, unknown>,
  principal: Principal,
  expected: Partial<Failure>,
): Promise<void> {
  const before = await footprint();
  const r = await call(mutation, input, principal);
  expect(r.error, `${mutation} should be refused`).toMatchObject(expected);
  expect(r.error!.message).toMatch(/[\u4e00-\u9fff]/);
  expect(await footprint()).toEqual(before);
}

const major = (over: Record<string, unknown> = {}) => ({
  kind: 'HIGH_LEVEL_MAJOR',
  collegeId: SCHOOL,
  name: '数控技术专业群',
  level: 'NATIONAL',
  documentNo: '鲁教职字〔2025〕12号',
  documentDate: '2025-06-30',
  ...over,
});

describe('recording a college major', () => {
  it('refuses bad input and writes nothing', async () => {
    await refused('recordCollegeMajor', major({ collegeId: 'org-nobody' }), EDUCATION, {
      code: 'BAD_USER_INPUT',
      reason: 'ORGANISATION_NOT_FOUND',
      field: 'input.collegeId',
    });
    await refused('recordCollegeMajor', major({ collegeId: ENTERPRISE }), EDUCATION, {
      code: 'BAD_USER_INPUT',
      reason: 'ORGANISATION_WRONG_KIND',
      field: 'input.collegeId',
    });
    const dayBefore = new Date(Date.parse(`${POLICY_WINDOW.from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await refused('recordCollegeMajor', major({ documentDate: dayBefore }), EDUCATION, {
      code: 'BAD_USER_INPUT',
      reason: 'DATE_OUTSIDE_POLICY_WINDOW',
      field: 'input.documentDate',
    });
    await refused('recordCollegeMajor', major({ level: null }), EDUCATION, {
      code: 'BAD_USER_INPUT',
      reason: 'LEVEL_REQUIRED',
      field: 'input.level',
    });
    await refused('recordCollegeMajor', major({ name: 'x' }), EDUCATION, { code: 'BAD_USER_INPUT' });
    // 二(三) is Education's and HRSS's: the union holds training:manage for its colleges, not this duty.
    await refused('recordCollegeMajor', major(), UNION, { code: 'FORBIDDEN', reason: 'NOT_THIS_DEPARTMENTS_DUTY' });
  });

  it('records, refuses a duplicate, lets another account approve and emits R3’s fact', async () => {
    const recorded = await must('recordCollegeMajor', major({ note: '教育部双高计划' }), EDUCATION);
    expect(recorded).toMatchObject({ status: 'RECORDED', level: 'NATIONAL', recordedBy: EDUCATION.accountId });
    expect(recorded.history.map((h) => h.action)).toEqual(['RECORD']);
    await refused('recordCollegeMajor', major({ documentNo: '另一文号' }), HRSS, {
      code: 'CONFLICT',
      reason: 'MAJOR_ALREADY_RECORDED',
    });
    // Nothing goes to finance before approval.
    expect((await events()).filter((e) => e.kind === 'COLLEGE_MAJOR_APPROVED')).toHaveLength(0);
    await refused('approveCollegeMajor', { id: recorded.id }, EDUCATION, {
      code: 'FORBIDDEN',
      reason: 'SAME_RECORDER_AND_APPROVER',
    });
    const approved = await must('approveCollegeMajor', { id: recorded.id }, HRSS);
    expect(approved).toMatchObject({ status: 'APPROVED', approvedBy: HRSS.accountId });
    expect(approved.history.map((h) => h.action)).toEqual(['RECORD', 'APPROVE']);
    const facts = (await events()).filter((e) => e.kind === 'COLLEGE_MAJOR_APPROVED');
    expect(facts).toHaveLength(1);
    const payload = facts[0]!.payload as unknown as CollegeMajorApprovedV1;
    expect(payload).toMatchObject({
      recordId: recorded.id,
      collegeId: SCHOOL,
      level: 'NATIONAL',
      approvedOn: '2025-06-30',
      documentNo: '鲁教职字〔2025〕12号',
    });
    await refused('approveCollegeMajor', { id: recorded.id }, EDUCATION, { code: 'CONFLICT', reason: 'WRONG_STATUS' });
  });

  it('counts approved items toward T6–T8 and emits nothing for them', async () => {
    const before = (await events()).length;
    const items = [
      major({ kind: 'HIGH_LEVEL_COLLEGE', collegeId: COLLEGE, name: '济宁职业技术学院', level: 'PROVINCIAL' }),
      major({ kind: 'QUALITY_COURSE', name: '数控车削加工', level: null, documentDate: '2025-09-10' }),
      major({ kind: 'QUALITY_COURSE', name: '电工基础', level: null, documentDate: '2025-10-10' }),
      major({ kind: 'INTEGRATED_MAJOR', name: '电气自动化设备安装与维修', level: null }),
      major({ kind: 'FEATURED_MAJOR', name: '智能制造专业群', level: null }),
    ];
    for (const item of items) {
      const r = await must('recordCollegeMajor', item, EDUCATION);
      await must('approveCollegeMajor', { id: r.id }, HRSS);
    }
    // A recorded, unapproved course counts for nothing.
    await must('recordCollegeMajor', major({ kind: 'QUALITY_COURSE', name: '待确认课程', level: null }), EDUCATION);
    expect((await events()).length).toBe(before);
    const res = await sg.request<{
      trainingTargets: { id: string; components: { key: string; achieved: number }[] }[];
    }>(`{ trainingTargets(year: 2025) { id components { key achieved } } }`);
    expect(res.errors).toBeUndefined();
    const achieved = (id: string) =>
      Object.fromEntries(
        res.data!.trainingTargets.find((t) => t.id === id)!.components.map((c) => [c.key, c.achieved]),
      );
    expect(achieved('T6')).toEqual({ colleges: 1, majors: 1 });
    expect(achieved('T7')).toEqual({ courses: 2 });
    expect(achieved('T8')).toEqual({ integratedMajors: 1, featuredMajors: 1 });
    const work = await sg.request<{ trainingWork: { item: string; count: number }[] }>(
      `{ trainingWork { item count } }`,
      {},
      HRSS,
    );
    expect(work.data!.trainingWork.find((w) => w.item === 'COLLEGE_MAJOR_TO_APPROVE')?.count).toBe(1);
  });

  it('revokes with a reason; an approved high-level major’s revocation goes to finance', async () => {
    const list = await sg.request<{ collegeMajors: { totalCount: number; edges: { node: Major }[] } }>(
      `{ collegeMajors(kind: HIGH_LEVEL_MAJOR, status: APPROVED, year: 2025) { totalCount edges { node { id } } } }`,
    );
    expect(list.data!.collegeMajors.totalCount).toBe(1);
    const id = list.data!.collegeMajors.edges[0]!.node.id;
    await refused('revokeCollegeMajor', { id, reason: '' }, EDUCATION, { code: 'BAD_USER_INPUT' });
    const revoked = await must('revokeCollegeMajor', { id, reason: '批准文件撤回' }, EDUCATION);
    expect(revoked).toMatchObject({ status: 'REVOKED', statusReason: '批准文件撤回' });
    const last = (await events()).at(-1)!;
    expect(last).toMatchObject({ kind: 'COLLEGE_MAJOR_REVOKED', subjectId: id });
    // Revoked, the same major may be recorded again.
    await must('recordCollegeMajor', major(), EDUCATION);
  });

  it('twenty identical records give one; twenty approvals of it give one approval and one fact', async () => {
    const input = major({ name: '并发测试专业群', collegeId: COLLEGE, level: 'PROVINCIAL' });
    const answers = await Promise.all(Array.from({ length: 20 }, () => call('recordCollegeMajor', input, EDUCATION)));
    const made = answers.filter((a) => !a.error);
    expect(made).toHaveLength(1);
    for (const a of answers.filter((x) => x.error)) expect(a.error).toMatchObject({ reason: 'MAJOR_ALREADY_RECORDED' });
    const id = made[0]!.data!.id;
    const before = (await events()).length;
    const approvals = await Promise.all(Array.from({ length: 20 }, () => call('approveCollegeMajor', { id }, HRSS)));
    expect(approvals.filter((a) => !a.error)).toHaveLength(1);
    for (const a of approvals.filter((x) => x.error)) expect(a.error).toMatchObject({ reason: 'WRONG_STATUS' });
    const after = await events();
    expect(after.length - before).toBe(1);
    expect(after.at(-1)).toMatchObject({ kind: 'COLLEGE_MAJOR_APPROVED', subjectId: id });
  });
});
