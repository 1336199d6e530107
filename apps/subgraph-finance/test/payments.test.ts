/**
 * Payment batches per payer, lines paid or returned, and reconciliation: the shares of payable entitlements go into
 * their payer's batch (a county's: its own county's only), an entitlement is PAID when all its cash shares are, a
 * returned line re-queues its share, TAX credits are never cash; the books reconcile after a full flow and show a
 * difference when a row is corrupted by SQL.
 */
import { devPrincipal, startTestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaToday } from '../src/domain/clock.ts';
import { finance } from '../src/subgraph.ts';
import {
  ampleBudgets,
  approved,
  computed,
  count,
  enterprise,
  FINANCE,
  ok,
  payable,
  refusal,
  RENCHENG,
  statuses,
  YANZHOU,
  type Finance,
} from './helpers.ts';

let sg: Finance;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { background: false });
  await ampleBudgets(sg, ['370811', '370812']);
});
afterAll(async () => sg?.stop());

interface Batch {
  id: string;
  payer: string;
  county: { code: string } | null;
  total: number;
  lineCount: number;
  status: string;
  lines: { id: string; amount: number; status: string; entitlement: { id: string } }[];
}
const BATCH = `id payer county { code } total lineCount status lines { id amount status entitlement { id } }`;
const CREATE = `mutation ($input: CreatePaymentBatchInput!) { createPaymentBatch(input: $input) { ${BATCH} } }`;
const PAID = `mutation ($input: MarkPaymentLinePaidInput!) { markPaymentLinePaid(input: $input) { id status reference paidOn } }`;
const RETURN = `mutation ($input: ReturnPaymentLineInput!) { returnPaymentLine(input: $input) { id status returnedReason } }`;

const createBatch = async (input: Record<string, unknown>, who = FINANCE) =>
  ok(await sg.request<{ createPaymentBatch: Batch }>(CREATE, { input }, who)).createPaymentBatch;
const pay = (lineId: string, who = FINANCE, paidOn = chinaToday()) =>
  sg.request(PAID, { input: { lineId, reference: `HD-${lineId.slice(0, 8)}`, paidOn } }, who);

const lineOf = (batch: Batch, entitlementId: string) => batch.lines.find((l) => l.entitlement.id === entitlementId)!;

interface Reconciliation {
  clean: boolean;
  totals: {
    payer: string;
    county: { code: string } | null;
    committed: number;
    awaitingPublicity: number;
    inPublicity: number;
    payable: number;
    inBatch: number;
    paid: number;
    difference: number;
  }[];
  differences: { kind: string; kindLabel: string; message: string; lineId: string | null; batchId: string | null }[];
}
const RECONCILE = `query ($year: Int!) { reconciliation(year: $year) { clean
  totals { payer county { code } committed awaitingPublicity inPublicity payable inBatch paid difference }
  differences { kind kindLabel message lineId batchId expected actual } } }`;
const reconcile = async (who = FINANCE) =>
  ok(await sg.request<{ reconciliation: Reconciliation }>(RECONCILE, { year: 2025 }, who)).reconciliation;

describe('payment batches', () => {
  it('city and county batches take their own shares; PAID when every cash share is paid; every step in the history', async () => {
    const [a, b] = await payable(sg, await approved(sg, await computed(sg, ['支付甲', '支付乙'])));
    const city = await createBatch({ payer: 'CITY' });
    expect(city).toMatchObject({ payer: 'CITY', county: null, status: 'OPEN', lineCount: 2, total: 200_000 });
    expect(city.lines.map((l) => l.entitlement.id).sort()).toEqual([a, b].sort());
    expect(await statuses(sg, [a!, b!])).toEqual(['IN_PAYMENT', 'IN_PAYMENT']);

    // 任城区 pays its own half; its account defaults to its county.
    const county = await createBatch({ payer: 'COUNTY' }, RENCHENG);
    expect(county).toMatchObject({ payer: 'COUNTY', county: { code: '370811' }, lineCount: 2, total: 200_000 });

    ok(await pay(lineOf(city, a!).id));
    ok(await pay(lineOf(city, b!).id));
    expect(await statuses(sg, [a!, b!])).toEqual(['IN_PAYMENT', 'IN_PAYMENT']);
    ok(await pay(lineOf(county, a!).id, RENCHENG));
    expect(await statuses(sg, [a!, b!])).toEqual(['PAID', 'IN_PAYMENT']);
    ok(await pay(lineOf(county, b!).id, RENCHENG));
    expect(await statuses(sg, [a!, b!])).toEqual(['PAID', 'PAID']);

    const batches = await sg.request<{ paymentBatch: { status: string } }>(
      `query ($id: ID!) { paymentBatch(id: $id) { status } }`,
      { id: city.id },
      FINANCE,
    );
    expect(ok(batches).paymentBatch.status).toBe('SETTLED');
    const history = await sg.db.query<{ action: string; from_status: string; to_status: string }>(
      `SELECT action, from_status::text, to_status::text FROM entitlement_history WHERE entitlement_id = $1 ORDER BY at, id`,
      [a],
    );
    expect(history.map((h) => h.action)).toEqual([
      'CALCULATED',
      'REVIEWED',
      'APPROVED',
      'IN_PUBLICITY',
      'PAYABLE',
      'IN_PAYMENT',
      'SHARE_IN_BATCH',
      'SHARE_PAID',
      'PAID',
    ]);
    const audited = () => count(sg, `_kit_audit`);
    const auditedBefore = await audited();
    expect(refusal(await pay(lineOf(city, a!).id))).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS' });
    // Every step wrote its audit record with the change, by the account that took it; the refused one wrote none.
    expect(await audited()).toBe(auditedBefore);
    const trail = await sg.db.query<{ action: string; actor_account_id: string }>(
      `SELECT action, actor_account_id FROM _kit_audit WHERE entity_id = ANY($1) ORDER BY seq`,
      [[a, city.id, county.id, lineOf(city, a!).id, lineOf(county, a!).id]],
    );
    expect(trail.map((t) => `${t.action} ${t.actor_account_id}`)).toEqual([
      'REVIEW_ENTITLEMENT acc-finance',
      'APPROVE_ENTITLEMENT acc-finance-approver',
      'CREATE_PAYMENT_BATCH acc-finance',
      'CREATE_PAYMENT_BATCH acc-rencheng-finance',
      'MARK_PAYMENT_LINE_PAID acc-finance',
      'MARK_PAYMENT_LINE_PAID acc-rencheng-finance',
    ]);
    const read = await sg.request<{
      financeAuditEntries: { totalCount: number; edges: { node: { action: string } }[] };
    }>(
      `query ($id: ID) { financeAuditEntries(first: 5, entityId: $id) { totalCount edges { node { action } } } }`,
      { id: city.id },
      devPrincipal('auditor'),
    );
    expect(ok(read).financeAuditEntries.edges.map((e) => e.node.action)).toEqual(['CREATE_PAYMENT_BATCH']);
    expect(refusal(await sg.request(`{ financeAuditEntries(first: 1) { totalCount } }`, {}, FINANCE))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('a county account cannot batch or pay another county’s shares; city Finance pays no county’s; nothing is written', async () => {
    const [yanzhou] = await payable(
      sg,
      await approved(sg, await computed(sg, ['兖州甲'], { employer: enterprise('370812') })),
    );
    const before = await count(sg, 'payment_batch');
    const other = await sg.request(CREATE, { input: { payer: 'COUNTY', countyCode: '370812' } }, RENCHENG);
    expect(refusal(other)).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_COUNTY' });
    expect(other.errors![0]!.message).toBe('县级财政只能办理本县（市、区）承担的支付');
    expect(
      refusal(await sg.request(CREATE, { input: { payer: 'COUNTY', countyCode: '370812' } }, FINANCE)),
    ).toMatchObject({ code: 'FORBIDDEN' });
    for (const payer of ['CITY', 'UNION']) {
      expect(refusal(await sg.request(CREATE, { input: { payer } }, RENCHENG)), payer).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect(refusal(await sg.request(CREATE, { input: { payer: 'CITY' } }, devPrincipal('hrss')))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await count(sg, 'payment_batch')).toBe(before);
    expect(await statuses(sg, [yanzhou!])).toEqual(['PAYABLE']);

    // 兖州区's own account batches 兖州区's share; 任城区 cannot settle its lines, nor a city line.
    const own = await createBatch({ payer: 'COUNTY' }, YANZHOU);
    expect(own.lines.map((l) => l.entitlement.id)).toEqual([yanzhou]);
    expect(refusal(await pay(own.lines[0]!.id, RENCHENG))).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_COUNTY' });
    const city = await createBatch({ payer: 'CITY' });
    expect(refusal(await pay(city.lines[0]!.id, RENCHENG))).toMatchObject({ code: 'FORBIDDEN' });
    expect(refusal(await pay(own.lines[0]!.id, FINANCE))).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await count(sg, `payment_line WHERE status = 'PAID' AND id IN ($1, $2)`, [own.lines[0]!.id, city.lines[0]!.id]),
    ).toBe(0);
    // … and a county account sees only its own county's batches.
    const listed = await sg.request<{ paymentBatches: { edges: { node: { county: { code: string } | null } }[] } }>(
      `{ paymentBatches(first: 50) { edges { node { county { code } } } } }`,
      {},
      RENCHENG,
    );
    expect(ok(listed).paymentBatches.edges.every((e) => e.node.county?.code === '370811')).toBe(true);
    ok(await pay(own.lines[0]!.id, YANZHOU));
    ok(await pay(city.lines[0]!.id));
    expect(await statuses(sg, [yanzhou!])).toEqual(['PAID']);
  });

  it('a returned line re-queues its share: payable again, into the next batch as a new line, then paid', async () => {
    const [id] = await payable(sg, await approved(sg, await computed(sg, ['退回账户'])));
    const first = await createBatch({ payer: 'CITY' });
    const line = lineOf(first, id!);
    expect(
      ok(await sg.request(RETURN, { input: { lineId: line.id, reason: '社会保障卡金融账户已注销' } }, FINANCE)),
    ).toEqual({ returnPaymentLine: { id: line.id, status: 'RETURNED', returnedReason: '社会保障卡金融账户已注销' } });
    expect(await statuses(sg, [id!])).toEqual(['PAYABLE']);
    const queued = await sg.request<{
      payableShares: { payer: string; county: { code: string } | null; count: number }[];
    }>(`{ payableShares { payer county { code } count amount } }`, {}, FINANCE);
    expect(ok(queued).payableShares.find((p) => p.payer === 'CITY')).toMatchObject({ count: 1 });
    const second = await createBatch({ payer: 'CITY' });
    expect(second.lines.map((l) => l.entitlement.id)).toEqual([id]);
    expect(lineOf(second, id!).id).not.toBe(line.id);
    expect(
      refusal(await sg.request(RETURN, { input: { lineId: line.id, reason: '再次退回' } }, FINANCE)),
    ).toMatchObject({
      reason: 'WRONG_STATUS',
    });
    ok(await pay(lineOf(second, id!).id));
    ok(await pay(lineOf(await createBatch({ payer: 'COUNTY' }, RENCHENG), id!).id, RENCHENG));
    expect(await statuses(sg, [id!])).toEqual(['PAID']);
    const lines = await sg.request<{ entitlement: { paymentLines: { status: string }[] } }>(
      `query ($id: ID!) { entitlement(id: $id) { paymentLines { status } } }`,
      { id },
      FINANCE,
    );
    expect(
      ok(lines)
        .entitlement.paymentLines.map((l) => l.status)
        .sort(),
    ).toEqual(['PAID', 'PAID', 'RETURNED']);
  });

  it('two batches of one payer made at once take each share once', async () => {
    const ids = await payable(sg, await approved(sg, await computed(sg, ['同时一', '同时二', '同时三'])));
    const results = await Promise.all(
      [1, 2, 3].map(() => sg.request<{ createPaymentBatch: Batch }>(CREATE, { input: { payer: 'CITY' } }, FINANCE)),
    );
    const made = results.filter((r) => !r.errors).map((r) => r.data!.createPaymentBatch);
    expect(made).toHaveLength(1);
    expect(results.filter((r) => refusal(r)?.reason === 'NOTHING_TO_PAY')).toHaveLength(2);
    expect(made[0]!.lines.map((l) => l.entitlement.id).sort()).toEqual([...ids].sort());
    for (const l of made[0]!.lines) ok(await pay(l.id));
    const county = await createBatch({ payer: 'COUNTY' }, RENCHENG);
    for (const id of ids) ok(await pay(lineOf(county, id).id, RENCHENG));
  });

  it('refuses a batch with nothing to pay, a TAX batch, a paid date in the future; nothing is written', async () => {
    const before = await count(sg, 'payment_batch');
    expect(refusal(await sg.request(CREATE, { input: { payer: 'UNION' } }, FINANCE))).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOTHING_TO_PAY',
    });
    expect(refusal(await sg.request(CREATE, { input: { payer: 'TAX' } }, FINANCE))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TAX_IS_NOT_CASH',
    });
    expect(
      refusal(await sg.request(CREATE, { input: { payer: 'CITY', countyCode: '370811' } }, FINANCE)),
    ).toMatchObject({ reason: 'COUNTY_ONLY_FOR_COUNTY_PAYER' });
    expect(await count(sg, 'payment_batch')).toBe(before);
    const [id] = await payable(sg, await approved(sg, await computed(sg, ['未来日期'])));
    const batch = await createBatch({ payer: 'CITY' });
    const tomorrow = new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10);
    const res = await pay(lineOf(batch, id!).id, FINANCE, tomorrow);
    expect(refusal(res)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAID_ON_IN_FUTURE', field: 'input.paidOn' });
    expect(
      refusal(
        await sg.request(
          PAID,
          { input: { lineId: lineOf(batch, id!).id, reference: ' ', paidOn: chinaToday() } },
          FINANCE,
        ),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await count(sg, `payment_line WHERE id = $1 AND status = 'IN_BATCH'`, [lineOf(batch, id!).id])).toBe(1);
    ok(await pay(lineOf(batch, id!).id));
    ok(await pay(lineOf(await createBatch({ payer: 'COUNTY' }, RENCHENG), id!).id, RENCHENG));
  });

  it('R4’s tax credit is not cash: its TAX share never enters a batch and stays payable', async () => {
    const id = 'r4-credit-test';
    await sg.db.query(
      `INSERT INTO entitlement (id, rule_id, clause, description, beneficiary_organisation_id, amount, grant_amount,
         year, status, fact_ref, benefit_group, benefit_key)
       VALUES ($1, 'R4', '二(四)', '产教融合型企业教育费附加抵免', 'org-r4', 300000, 300000, 2025, 'PAYABLE', '2025',
         'EDUCATION_SURCHARGE_CREDIT', 'UNIT:org-r4|EDUCATION_SURCHARGE_CREDIT|2025')`,
      [id],
    );
    await sg.db.query(`INSERT INTO cost_share (entitlement_id, payer, amount) VALUES ($1, 'TAX', 300000)`, [id]);
    const [any] = await payable(sg, await approved(sg, await computed(sg, ['同批现金'])));
    const batch = await createBatch({ payer: 'CITY' });
    expect(batch.lines.map((l) => l.entitlement.id)).toEqual([any]);
    expect(await count(sg, `payment_line WHERE entitlement_id = $1`, [id])).toBe(0);
    const shares = await sg.request<{ payableShares: { payer: string }[] }>(`{ payableShares { payer } }`, {}, FINANCE);
    expect(ok(shares).payableShares.map((p) => p.payer)).not.toContain('TAX');
    ok(await pay(lineOf(batch, any!).id));
    ok(await pay(lineOf(await createBatch({ payer: 'COUNTY' }, RENCHENG), any!).id, RENCHENG));
  });
});

describe('reconciliation and reports', () => {
  it('is clean after the full flow, every stage accounted for', async () => {
    // One more in each stage before payment, so every bucket holds money.
    await approved(sg, await computed(sg, ['待公示']));
    const [inPublicity] = await approved(sg, await computed(sg, ['公示中']));
    ok(
      await sg.request(
        `mutation ($input: CreatePublicityBatchInput!) { createPublicityBatch(input: $input) { id } }`,
        { input: { entitlementIds: [inPublicity] } },
        FINANCE,
      ),
    );
    const [queued] = await payable(sg, await approved(sg, await computed(sg, ['在批次中'])));
    await createBatch({ payer: 'CITY' });
    const r = await reconcile();
    expect(r.differences).toEqual([]);
    expect(r.clean).toBe(true);
    const city = r.totals.find((t) => t.payer === 'CITY')!;
    expect(city).toMatchObject({ awaitingPublicity: 100_000, inPublicity: 100_000, inBatch: 100_000, difference: 0 });
    expect(city.payable).toBe(0);
    const rencheng = r.totals.find((t) => t.payer === 'COUNTY' && t.county?.code === '370811')!;
    expect(rencheng.payable).toBe(100_000); // the county half of the one in the city batch
    expect(rencheng.committed).toBe(
      rencheng.awaitingPublicity + rencheng.inPublicity + rencheng.payable + rencheng.inBatch + rencheng.paid,
    );
    expect(r.totals.find((t) => t.payer === 'TAX')).toMatchObject({ committed: 300_000, payable: 300_000 });
    expect(await statuses(sg, [queued!])).toEqual(['IN_PAYMENT']);
    // A county account reconciles its own county's shares only.
    const mine = await reconcile(RENCHENG);
    expect(mine.totals.map((t) => [t.payer, t.county?.code])).toEqual([['COUNTY', '370811']]);
  });

  it('reports totals in fen by county, payer, rule and year', async () => {
    type Report = {
      entitlementReport: {
        rows: { key: string; label: string; count: number; amount: number; paid: number }[];
        total: { count: number; amount: number; committed: number; paid: number };
      };
    };
    const q = `query ($from: Date!, $to: Date!, $groupBy: ReportGrouping!) { entitlementReport(from: $from, to: $to, groupBy: $groupBy) {
      rows { key label count amount committed paid rejected } total { count amount committed paid } } }`;
    const today = chinaToday();
    const report = async (groupBy: string) =>
      ok(await sg.request<Report>(q, { from: '2025-01-01', to: today, groupBy }, FINANCE)).entitlementReport;
    const byPayer = await report('PAYER');
    const byCounty = await report('COUNTY');
    const byRule = await report('RULE');
    const byYear = await report('YEAR');
    expect(byPayer.rows.map((r) => r.key)).toEqual(['CITY', 'COUNTY', 'TAX']);
    expect(byCounty.rows.map((r) => r.label)).toEqual(expect.arrayContaining(['任城区', '兖州区']));
    expect(byRule.rows.map((r) => r.label)).toEqual([
      'R1 济人社发〔2024〕9号 第二部分（二）',
      'R4 济人社发〔2024〕9号 第二部分（四）',
    ]);
    expect(byYear.rows.map((r) => r.key)).toEqual(['2025']);
    for (const r of [byCounty, byRule, byYear]) expect(r.total).toEqual(byPayer.total);
    const [all] = await sg.db.query<{ n: string; amount: string }>(
      `SELECT count(*)::text AS n, COALESCE(SUM(amount), 0)::text AS amount FROM entitlement WHERE status NOT IN ('REJECTED','CANCELLED')`,
    );
    expect(byPayer.total).toMatchObject({ count: Number(all!.n), amount: Number(all!.amount) });
    expect(byPayer.rows.find((r) => r.key === 'CITY')!.paid).toBeGreaterThan(0);
    const empty = await sg.request(q, { from: today, to: '2025-01-01', groupBy: 'YEAR' }, FINANCE);
    expect(refusal(empty)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EMPTY_RANGE' });
  });

  it('reports by the day in China (UTC+8): an entitlement computed at 23:59 counts on that day, at 00:00 on the next', async () => {
    const q = `query ($from: Date!, $to: Date!) { entitlementReport(from: $from, to: $to, groupBy: PAYER) { total { count } } }`;
    const count = async (from: string, to: string) =>
      ok(await sg.request<{ entitlementReport: { total: { count: number } } }>(q, { from, to }, FINANCE))
        .entitlementReport.total.count;
    const [row] = await sg.db.query<{ id: string; created_at: string }>(
      `SELECT id, created_at::text FROM entitlement WHERE status NOT IN ('REJECTED','CANCELLED') ORDER BY id LIMIT 1`,
    );
    try {
      // created_at is UTC: 15:59:59.999 is 23:59:59.999 in China on 30 June, 16:00 is midnight of 1 July.
      await sg.db.query(`UPDATE entitlement SET created_at = '2024-06-30 15:59:59.999' WHERE id = $1`, [row!.id]);
      expect([await count('2024-06-30', '2024-06-30'), await count('2024-07-01', '2024-07-01')]).toEqual([1, 0]);
      await sg.db.query(`UPDATE entitlement SET created_at = '2024-06-30 16:00:00' WHERE id = $1`, [row!.id]);
      expect([await count('2024-06-30', '2024-06-30'), await count('2024-07-01', '2024-07-01')]).toEqual([0, 1]);
      expect(await count('2024-06-29', '2024-07-31')).toBe(1);
    } finally {
      await sg.db.query(`UPDATE entitlement SET created_at = $2::timestamp WHERE id = $1`, [row!.id, row!.created_at]);
    }
  });

  it('lists a difference when a row is corrupted by SQL, and never absorbs it', async () => {
    const [line] = await sg.db.query<{ id: string; batch_id: string }>(
      `SELECT id, batch_id FROM payment_line WHERE status = 'PAID' AND payer = 'CITY' ORDER BY id LIMIT 1`,
    );
    await sg.db.query(`UPDATE payment_line SET amount = amount + 1 WHERE id = $1`, [line!.id]);
    const r = await reconcile();
    expect(r.clean).toBe(false);
    expect(r.differences.map((d) => d.kind).sort()).toEqual(['BATCH_TOTAL', 'BUCKETS', 'LINE_AMOUNT']);
    expect(r.differences.find((d) => d.kind === 'LINE_AMOUNT')).toMatchObject({ lineId: line!.id });
    expect(r.differences.find((d) => d.kind === 'BATCH_TOTAL')).toMatchObject({ batchId: line!.batch_id });
    expect(r.differences.find((d) => d.kind === 'BUCKETS')!.message).toContain('相差 -¥0.01');
    expect(r.totals.find((t) => t.payer === 'CITY')!.difference).toBe(-1);

    // A paid entitlement set back to payable by hand: its lines and its status disagree.
    await sg.db.query(`UPDATE payment_line SET amount = amount - 1 WHERE id = $1`, [line!.id]);
    const [paid] = await sg.db.query<{ id: string }>(
      `SELECT id FROM entitlement WHERE status = 'PAID' ORDER BY id LIMIT 1`,
    );
    await sg.db.query(`UPDATE entitlement SET status = 'PAYABLE' WHERE id = $1`, [paid!.id]);
    const kinds = (await reconcile()).differences.map((d) => d.kind).sort();
    expect(kinds).toEqual(['ENTITLEMENT_STATUS', 'LINE_STATUS', 'LINE_STATUS']);
    await sg.db.query(`UPDATE entitlement SET status = 'PAID' WHERE id = $1`, [paid!.id]);
    expect((await reconcile()).clean).toBe(true);
  });
});
