/**
 * Publicity (公示): approved entitlements published in a batch with an objection window; objections recorded and
 * resolved (upheld: rejected with the finding; dismissed: proceeds); closed only after the window, when what is left
 * becomes payable. The window is moved into the past by SQL (the steps compare China's date with the batch's end).
 */
import { devPrincipal, startTestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaToday } from '../src/domain/clock.ts';
import { finance } from '../src/subgraph.ts';
import {
  ampleBudgets,
  approved,
  backdate,
  CLOSE_PUBLICITY,
  computed,
  count,
  CREATE_PUBLICITY,
  FINANCE,
  ok,
  refusal,
  RENCHENG,
  statuses,
  type Finance,
} from './helpers.ts';

let sg: Finance;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { background: false });
  await ampleBudgets(sg);
});
afterAll(async () => sg?.stop());

interface Batch {
  id: string;
  status: string;
  startsOn: string;
  endsOn: string;
  closableFrom: string;
  windowDays: number;
  lineCount: number;
}
const publish = async (input: Record<string, unknown>) =>
  ok(await sg.request<{ createPublicityBatch: Batch }>(CREATE_PUBLICITY, { input }, FINANCE)).createPublicityBatch;

const RECORD = `mutation ($input: RecordObjectionInput!) { recordObjection(input: $input) { id status text } }`;
const RESOLVE = `mutation ($input: ResolveObjectionInput!) { resolveObjection(input: $input) { id status resolution } }`;

const plusDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

describe('publishing', () => {
  it('APPROVED → IN_PUBLICITY for 7 calendar days by default; the list gives who (a reference), how much, which clause', async () => {
    const ids = await approved(sg, await computed(sg, ['王建国', '李明']));
    const batch = await publish({ entitlementIds: ids });
    const today = chinaToday();
    expect(batch).toMatchObject({
      status: 'OPEN',
      startsOn: today,
      endsOn: plusDays(today, 6),
      closableFrom: plusDays(today, 7),
      windowDays: 7,
      lineCount: 2,
    });
    expect(await statuses(sg, ids)).toEqual(['IN_PUBLICITY', 'IN_PUBLICITY']);
    const res = await sg.request<{
      publicityBatch: {
        lines: { amount: number; beneficiaryPerson: { id: string }; citation: string; ruleId: string }[];
      };
    }>(
      `query ($id: ID!) { publicityBatch(id: $id) { lines { amount ruleId citation beneficiaryPerson { id } } } }`,
      { id: batch.id },
      FINANCE,
    );
    expect(ok(res).publicityBatch.lines).toHaveLength(2);
    for (const line of res.data!.publicityBatch.lines) {
      expect(line).toMatchObject({ amount: 200_000, ruleId: 'R1', citation: '济人社发〔2024〕9号 第二部分（二）' });
      expect(line.beneficiaryPerson.id).toMatch(/^p-/);
    }
    const history = await sg.db.query<{ action: string; note: string }>(
      `SELECT action, note FROM entitlement_history WHERE entitlement_id = $1 ORDER BY at, id`,
      [ids[0]],
    );
    expect(history.map((h) => h.action)).toEqual(['CALCULATED', 'REVIEWED', 'APPROVED', 'IN_PUBLICITY']);
    expect(history[3]!.note).toContain(`公示期 ${today} 至 ${plusDays(today, 6)}`);
  });

  it('"all approved" publishes every approved entitlement and nothing else', async () => {
    const ids = await approved(sg, await computed(sg, ['全部一', '全部二', '全部三']));
    const approvedBefore = await count(sg, `entitlement WHERE status = 'APPROVED'`);
    const batch = await publish({ allApproved: true, windowDays: 10, title: '2025年第二批技能补贴公示' });
    expect(batch.lineCount).toBe(approvedBefore);
    expect(await statuses(sg, ids)).toEqual(['IN_PUBLICITY', 'IN_PUBLICITY', 'IN_PUBLICITY']);
    expect(await count(sg, `entitlement WHERE status = 'APPROVED'`)).toBe(0);
    const again = await sg.request(CREATE_PUBLICITY, { input: { allApproved: true } }, FINANCE);
    expect(refusal(again)).toMatchObject({ code: 'CONFLICT', reason: 'NOTHING_TO_PUBLISH' });
  });

  it('refuses what cannot be published, with a code; nothing is written', async () => {
    const [calculated] = await computed(sg, ['未审批']);
    const [ready] = await approved(sg, await computed(sg, ['已审批']));
    const before = await count(sg, 'publicity_batch');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ entitlementIds: [ready, calculated] }, 'CONFLICT', 'WRONG_STATUS'],
      [{ entitlementIds: [ready, 'nope'] }, 'NOT_FOUND', 'NOT_FOUND'],
      [{ entitlementIds: [ready], windowDays: 3 }, 'BAD_USER_INPUT', 'WINDOW_OUT_OF_RANGE'],
      [{ entitlementIds: [ready], windowDays: 31 }, 'BAD_USER_INPUT', 'WINDOW_OUT_OF_RANGE'],
      [{ entitlementIds: [ready], allApproved: true }, 'BAD_USER_INPUT', 'ONE_SELECTION_REQUIRED'],
      [{}, 'BAD_USER_INPUT', 'ONE_SELECTION_REQUIRED'],
    ];
    for (const [input, code, reason] of cases) {
      expect(refusal(await sg.request(CREATE_PUBLICITY, { input }, FINANCE)), reason).toMatchObject({ code, reason });
    }
    for (const who of [RENCHENG, devPrincipal('hrss')]) {
      expect(refusal(await sg.request(CREATE_PUBLICITY, { input: { entitlementIds: [ready] } }, who))).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect(await count(sg, 'publicity_batch')).toBe(before);
    expect(await statuses(sg, [calculated!, ready!])).toEqual(['CALCULATED', 'APPROVED']);
  });
});

describe('objections and the end of the window', () => {
  it('upheld → REJECTED with the finding; dismissed → proceeds; closed only after the window, the rest PAYABLE', async () => {
    const [upheld, dismissed, quiet] = await approved(sg, await computed(sg, ['异议成立', '异议不成立', '无异议']));
    const batch = await publish({ entitlementIds: [upheld, dismissed, quiet] });

    const o1 = ok(
      await sg.request<{ recordObjection: { id: string; status: string } }>(
        RECORD,
        { input: { entitlementId: upheld, text: '群众反映该证书系代考取得' } },
        FINANCE,
      ),
    ).recordObjection;
    const o2 = ok(
      await sg.request<{ recordObjection: { id: string } }>(
        RECORD,
        { input: { entitlementId: dismissed, text: '反映其不在本单位工作' } },
        FINANCE,
      ),
    ).recordObjection;
    expect(o1.status).toBe('OPEN');

    // The window is open: too early to close.
    const early = await sg.request(CLOSE_PUBLICITY, { id: batch.id }, FINANCE);
    expect(refusal(early)).toMatchObject({ code: 'CONFLICT', reason: 'WINDOW_NOT_ENDED' });
    expect(early.errors![0]!.message).toBe(`公示期至 ${batch.endsOn} 止，${batch.closableFrom} 起方可结束公示`);

    await backdate(sg, batch.id);
    // After the window: no new objection; and the batch does not close while one is open.
    expect(
      refusal(await sg.request(RECORD, { input: { entitlementId: quiet, text: '逾期提出的异议' } }, FINANCE)),
    ).toMatchObject({ code: 'CONFLICT', reason: 'WINDOW_ENDED' });
    expect(refusal(await sg.request(CLOSE_PUBLICITY, { id: batch.id }, FINANCE))).toMatchObject({
      reason: 'OPEN_OBJECTIONS',
    });

    expect(
      ok(await sg.request(RESOLVE, { input: { id: o1.id, upheld: true, note: '经核实证书系代考取得' } }, FINANCE)),
    ).toEqual({ resolveObjection: { id: o1.id, status: 'UPHELD', resolution: '经核实证书系代考取得' } });
    ok(await sg.request(RESOLVE, { input: { id: o2.id, upheld: false, note: '经核实其劳动合同有效' } }, FINANCE));
    expect(
      refusal(await sg.request(RESOLVE, { input: { id: o2.id, upheld: true, note: '再次处理' } }, FINANCE)),
    ).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_RESOLVED' });
    expect(await statuses(sg, [upheld!, dismissed!, quiet!])).toEqual(['REJECTED', 'IN_PUBLICITY', 'IN_PUBLICITY']);
    const [rejected] = await sg.db.query<{ rejected_reason: string }>(
      `SELECT rejected_reason FROM entitlement WHERE id = $1`,
      [upheld],
    );
    expect(rejected!.rejected_reason).toBe('公示异议成立：经核实证书系代考取得');

    expect(ok(await sg.request(CLOSE_PUBLICITY, { id: batch.id }, FINANCE))).toEqual({
      closePublicityBatch: { id: batch.id, status: 'CLOSED' },
    });
    expect(await statuses(sg, [upheld!, dismissed!, quiet!])).toEqual(['REJECTED', 'PAYABLE', 'PAYABLE']);
    expect(refusal(await sg.request(CLOSE_PUBLICITY, { id: batch.id }, FINANCE))).toMatchObject({
      reason: 'ALREADY_CLOSED',
    });

    const actions = async (id: string) =>
      (
        await sg.db.query<{ action: string }>(
          `SELECT action FROM entitlement_history WHERE entitlement_id = $1 ORDER BY at, id`,
          [id],
        )
      ).map((h) => h.action);
    expect(await actions(upheld!)).toEqual([
      'CALCULATED',
      'REVIEWED',
      'APPROVED',
      'IN_PUBLICITY',
      'OBJECTION_RECORDED',
      'REJECTED',
    ]);
    expect(await actions(dismissed!)).toEqual([
      'CALCULATED',
      'REVIEWED',
      'APPROVED',
      'IN_PUBLICITY',
      'OBJECTION_RECORDED',
      'OBJECTION_DISMISSED',
      'PAYABLE',
    ]);
    expect(await actions(quiet!)).toEqual(['CALCULATED', 'REVIEWED', 'APPROVED', 'IN_PUBLICITY', 'PAYABLE']);
    // The audit trail holds each step that succeeded, with the objection's finding as the reason; none refused.
    const audit = await sg.db.query<{ action: string; reason: string | null }>(
      `SELECT action, reason FROM _kit_audit WHERE entity_id = ANY($1) ORDER BY seq`,
      [[batch.id, o1.id, o2.id]],
    );
    expect(audit).toEqual([
      { action: 'CREATE_PUBLICITY_BATCH', reason: null },
      { action: 'RECORD_OBJECTION', reason: null },
      { action: 'RECORD_OBJECTION', reason: null },
      { action: 'RESOLVE_OBJECTION', reason: '经核实证书系代考取得' },
      { action: 'RESOLVE_OBJECTION', reason: '经核实其劳动合同有效' },
      { action: 'CLOSE_PUBLICITY_BATCH', reason: null },
    ]);

    // The entitlement's page shows its publicity and objections.
    const page = await sg.request<{
      entitlement: { publicity: { batch: { status: string }; objections: { status: string; text: string }[] } };
    }>(
      `query ($id: ID!) { entitlement(id: $id) { publicity { batch { status } objections { status text } } } }`,
      { id: upheld },
      FINANCE,
    );
    expect(ok(page).entitlement.publicity).toEqual({
      batch: { status: 'CLOSED' },
      objections: [{ status: 'UPHELD', text: '群众反映该证书系代考取得' }],
    });
  });

  it('an upheld objection gives the budget back: a rejected entitlement commits nothing', async () => {
    const committed = async () =>
      Number(
        (
          await sg.db.query<{ n: string }>(
            `SELECT COALESCE(SUM(s.amount), 0)::text AS n FROM cost_share s JOIN entitlement e ON e.id = s.entitlement_id
             WHERE s.payer = 'COUNTY' AND e.status IN ('APPROVED','IN_PUBLICITY','PAYABLE','IN_PAYMENT','PAID')`,
          )
        )[0]!.n,
      );
    const [id] = await approved(sg, await computed(sg, ['退回预算']));
    await publish({ entitlementIds: [id] });
    const before = await committed();
    const o = ok(
      await sg.request<{ recordObjection: { id: string } }>(
        RECORD,
        { input: { entitlementId: id, text: '重复申报' } },
        FINANCE,
      ),
    ).recordObjection;
    ok(await sg.request(RESOLVE, { input: { id: o.id, upheld: true, note: '确属重复申报' } }, FINANCE));
    expect(await committed()).toBe(before - 100_000);
  });

  it('objections need text, and only Finance records or resolves them', async () => {
    const [id] = await approved(sg, await computed(sg, ['无权异议']));
    await publish({ entitlementIds: [id] });
    expect(refusal(await sg.request(RECORD, { input: { entitlementId: id, text: ' ' } }, FINANCE))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(refusal(await sg.request(RECORD, { input: { entitlementId: id, text: '异议' } }, RENCHENG))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const [notPublished] = await computed(sg, ['未公示']);
    expect(
      refusal(await sg.request(RECORD, { input: { entitlementId: notPublished, text: '异议内容' } }, FINANCE)),
    ).toMatchObject({ code: 'CONFLICT', reason: 'NOT_IN_PUBLICITY' });
    expect(await count(sg, `objection WHERE entitlement_id IN ($1, $2)`, [id, notPublished])).toBe(0);
  });
});
