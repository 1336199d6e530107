/**
 * The finance workbench, driven in Chromium against the real platform as four people (issue 10, "Done when"):
 * 市人社局 records a 高级技师 certificate for an employee of a 任城区 enterprise on the person's page; within seconds
 * finance has computed ¥3,000.00, split ¥1,500.00 city / ¥1,500.00 任城区, and the page shows the fact as granted.
 * 市财政局 · 社会保障科 finds it in the 待审核 queue, reads why (the employer by name, the clause cited in full) and
 * reviews it; the page will not let the reviewer approve. 市财政局 · 审批岗 approves it; the history names both. 任城区
 * sees it, read-only. Then the money goes out: 市财政局 publishes it (the list masks the name and ID number; the Excel
 * file too), lets the window pass (FINANCE_CLOCK_FILE moves finance's clock eight days on), ends the publicity, makes
 * the city's payment batch, exports its lines and marks the city's line paid; 任城区 makes its own batch and
 * pays its line; the entitlement reads 已发放. Screenshots of each page per role go beside the person test's.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Download, Locator, Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');
/** Days finance adds to today (development mode): '8' lets a 7-day publicity window pass. */
const clockFile = inject('financeClockFile');

const ENTERPRISE_COUNTY = '370811'; // 任城区
const REVIEWER = '市财政局 · 社会保障科';
const APPROVER = '市财政局 · 审批岗';

let session: E2ESession;
let page: Page;
const signIn = (username: string) => session.signIn(username);
const signOut = () => session.signOut();
const api = <T>(query: string, variables?: Record<string, unknown>) => session.api<T>(query, variables);
const choose = (select: Locator, text: string, search?: string) => session.choose(select, text, search);

/** What the steps share: the person HRSS registers, the employer, and the entitlement finance computes. */
const flow = {
  personId: '',
  personName: '',
  idNumber: '',
  employerName: '',
  entitlementId: '',
  publicityTitle: '',
};

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('finance', task.name);
});

afterAll(async () => {
  // Today is today again for whatever runs on this platform next, even when a step failed with the clock moved.
  if (clockFile) writeFileSync(clockFile, '0');
  await session?.close();
});

/** A valid resident ID number (GB 11643 check digit) of someone born in 1985 and registered in 任城区. */
function idNumber(): string {
  const body = `${ENTERPRISE_COUNTY}19850315${String(100 + Math.floor(Math.random() * 900))}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((n, digit, i) => n + Number(digit) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

const count = async (queue: string) => Number(await page.getByTestId(`queue-${queue}`).getAttribute('data-count'));

const table = () => page.getByTestId('workbench-table');
const total = async () => Number((await page.getByTestId('row-count').textContent())?.match(/共 (\d+) 条/)?.[1]);

/** Waits until the list has answered: rows or "no data" shown, and no spinner over the table. */
async function listSettled() {
  await table().locator('tbody tr.ant-table-row, .ant-empty').first().waitFor();
  await expect.poll(() => table().locator('.ant-spin-spinning').count()).toBe(0);
}

/** Opens a queue from its tab and waits until the list shows that queue (every row in its status). */
async function openQueue(key: string, statusLabel: string) {
  await page.getByTestId(`queue-${key}`).click();
  await expect.poll(() => page.url()).toContain(`queue=${key}`);
  await expect
    .poll(async () => {
      const statuses = await table().locator('tbody tr.ant-table-row td:last-child').allTextContents();
      return statuses.length > 0 && statuses.every((s) => s === statusLabel);
    })
    .toBe(true);
  await listSettled();
}

/** The workbench row of this test's entitlement, paging on with 加载更多 until it shows. */
async function findRow(): Promise<Locator> {
  const row = table().locator('tbody tr.ant-table-row', { has: page.locator(`[data-person-id="${flow.personId}"]`) });
  await listSettled();
  for (let pages = 0; pages < 20 && (await row.count()) === 0; pages++) {
    const more = page.getByTestId('load-more');
    if ((await more.count()) === 0) break;
    const rows = await table().locator('tbody tr.ant-table-row').count();
    await more.click();
    await expect.poll(() => table().locator('tbody tr.ant-table-row').count()).toBeGreaterThan(rows);
    await listSettled();
  }
  await row.waitFor();
  return row;
}

/** The name as a publicity list shows it: first and last characters, the rest hidden (工作台测甲 → 工***甲). */
const masked = (name: string) => `${name[0]}${'*'.repeat(name.length - 2)}${name[name.length - 1]}`;

/** Clicks an export button and returns the file the browser saved. */
async function exported(testId: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return download;
}

/** A downloaded workbook's sheet as rows of cell values (header first), read the way a spreadsheet program would. */
async function sheetRows(download: Download, sheetName: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  const sheet = book.getWorksheet(sheetName);
  expect(sheet, `sheet ${sheetName} in ${download.suggestedFilename()}`).toBeDefined();
  const rows: unknown[][] = [];
  sheet!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** The line of this test's entitlement in a batch's table (publicity-lines or payment-lines). */
const lineOf = (tableTestId: string) =>
  page.getByTestId(tableTestId).locator(`tr[data-entitlement-id="${flow.entitlementId}"]`);

/** 生成支付批次 for a payer from the payments page; ends on the new batch, checking our line and the total. */
async function createPaymentBatch(payer: 'CITY' | 'COUNTY') {
  await page.getByTestId('nav-payments').click();
  await page.getByTestId(`create-batch-${payer}`).click();
  await page.getByTestId('create-batch-modal').waitFor();
  await page.getByTestId('create-batch-modal-ok').click();
  // The step answers after the finance lists it changed have been read again (awaitRefetchQueries): on a loaded
  // machine that took longer than the default 20 s once, with the batch already made.
  await page.waitForURL(/\/finance\/payments\/[^/?]+$/, { timeout: 60_000 });
  await lineOf('payment-lines').waitFor();
  expect(await lineOf('payment-lines').getByTestId('payment-line-amount').textContent()).toBe('¥1,500.00');
  expect(await lineOf('payment-lines').getByTestId('payment-line-status').textContent()).toBe('待银行回单');
  // The batch's total is the sum of its lines, to the fen.
  expect(await page.getByTestId('payment-batch-total').textContent()).toBe(
    await page.getByTestId('payment-lines-sum').textContent(),
  );
  expect(await page.getByTestId('payment-batch-mismatch').count()).toBe(0);
}

/** 登记支付 of our line with the bank's reference, dated today (the form's default). */
async function markOurLinePaid(reference: string) {
  await lineOf('payment-lines').getByTestId('mark-paid').click();
  const modal = page.getByTestId('mark-paid-modal');
  await modal.getByTestId('paid-reference').fill(reference);
  await page.getByTestId('mark-paid-modal-ok').click();
  await expect.poll(() => lineOf('payment-lines').getByTestId('payment-line-status').textContent()).toBe('已发放');
  expect(await lineOf('payment-lines').getByTestId('payment-line-reference').textContent()).toBe(reference);
}

describe('finance workbench, end to end as four people', () => {
  it('HRSS records a 高级技师 certificate on the person’s page, and sees the fact granted within seconds', async () => {
    await signIn('hrss');
    // Not a finance department: no 财政 menu.
    expect(await page.getByTestId('nav-publicity').count()).toBe(0);
    expect(await page.getByTestId('nav-payments').count()).toBe(0);
    // A new employee of a 任城区 enterprise (the directory has no person form in the web yet: through the API).
    const { organisations } = await api<{ organisations: { edges: { node: { id: string; name: string } }[] } }>(
      `query($county: ID) { organisations(kind: ENTERPRISE, countyCode: $county, first: 1) { edges { node { id name } } } }`,
      { county: ENTERPRISE_COUNTY },
    );
    const employer = organisations.edges[0]!.node;
    flow.employerName = employer.name;
    flow.personName = `工作台测${'甲乙丙丁戊己庚辛壬癸'[Math.floor(Math.random() * 10)]}`;
    flow.idNumber = idNumber();
    const { createPerson } = await api<{ createPerson: { id: string } }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      {
        input: {
          name: flow.personName,
          idNumber: flow.idNumber,
          countyCode: ENTERPRISE_COUNTY,
          employerId: employer.id,
        },
      },
    );
    flow.personId = createPerson.id;
    const { skillCertificates } = await api<{ skillCertificates: { edges: { node: { certificateNo: string } }[] } }>(
      `{ skillCertificates(first: 1) { edges { node { certificateNo } } } }`,
    );
    const takenNumber = skillCertificates.edges[0]!.node.certificateNo;

    await page.goto(`${baseUrl}/people/${flow.personId}`);
    expect(await page.getByTestId('person-name').textContent()).toBe(flow.personName);
    await page.getByTestId('record-certificate').click();
    const form = page.getByTestId('certificate-form');
    await form.waitFor();
    await choose(page.getByTestId('certificate-form-level'), '高级技师');
    await page.getByTestId('certificate-form-occupation').fill('电工');
    await choose(page.getByTestId('certificate-form-issuer'), '职业技能鉴定指导中心', '职业技能鉴定指导中心');
    // First a number already recorded: the server's message lands on its field, and nothing is recorded.
    await page.getByTestId('certificate-form-number').fill(takenNumber);
    await page.getByTestId('certificate-submit').click();
    await expect
      .poll(() => form.locator('.ant-form-item-explain-error').allTextContents())
      .toEqual([`证书编号已登记：${takenNumber}`]);
    await page.getByTestId('certificate-form-number').fill(`E2E-${Date.now()}`);
    await page.getByTestId('certificate-submit').click();
    await form.waitFor({ state: 'detached' });

    // Without a reload: the certificate is listed, and finance's decision on it arrives within seconds.
    const certificates = page.getByTestId('person-certificates');
    await expect.poll(() => certificates.getByTestId('certificate-level').allTextContents()).toEqual(['高级技师']);
    const facts = page.getByTestId('person-facts');
    await expect.poll(() => facts.getByTestId('fact-outcome').allTextContents()).toEqual(['已核定待遇']);
    const granted = facts.getByTestId('fact-entitlement-link');
    expect(await granted.textContent()).toBe('¥3,000.00 · 待审核');
    flow.entitlementId = (await granted.getAttribute('href'))!.split('/').pop()!;
    await page.screenshot({ path: shot('hrss-person'), fullPage: true });
    await signOut();
  });

  let waitingBefore = 0;

  it('finance finds it in 待审核 with its amount and shares, reads why, reviews it, and may not approve it', async () => {
    await signIn('finance');
    // Home is the 工作台: the entitlements to review wait there, and the link opens the workbench's 待审核 queue with
    // the fact feed's progress.
    await expect.poll(() => new URL(page.url()).pathname).toBe('/home');
    await page.getByTestId('work-link-ENTITLEMENT_TO_REVIEW').click();
    await expect
      .poll(() => `${new URL(page.url()).pathname}${new URL(page.url()).search}`)
      .toBe('/finance?queue=CALCULATED');
    await expect.poll(() => page.title()).toBe('财政工作台 · 济宁市高技能人才政策管理平台');
    await expect
      .poll(() => page.getByTestId('fact-feed-evaluation').textContent())
      .toMatch(/^事实订阅：技能评价 已处理 \d+ \/ 积压 \d+/);
    await expect.poll(() => count('CALCULATED')).toBeGreaterThan(0);
    waitingBefore = await count('CALCULATED');
    await listSettled();
    const everywhere = await total();
    await choose(page.locator('.ant-select', { has: page.getByLabel('按县（市、区）筛选') }), '任城区');
    await expect.poll(() => page.url()).toContain('county=370811');
    // The filtered list has replaced the whole queue (fewer rows, ours among them).
    await expect.poll(total).toBeLessThan(everywhere);

    const row = await findRow();
    expect(await row.getByTestId('entitlement-row-amount').textContent()).toBe('¥3,000.00');
    expect(await row.textContent()).toContain('市财政：¥1,500.00县级财政（任城区）：¥1,500.00');
    await page.screenshot({ path: shot('finance-workbench'), fullPage: true });

    await row.getByTestId('entitlement-link').click();
    await page.waitForURL(new RegExp(`/entitlements/${flow.entitlementId}$`));
    expect(await page.getByTestId('entitlement-status').textContent()).toBe('待审核');
    expect(await page.getByTestId('entitlement-amount').textContent()).toBe('¥3,000.00');
    expect(await page.getByTestId('entitlement-citation').textContent()).toBe('济人社发〔2024〕9号 第二部分（二）');
    expect(await page.getByTestId('share-amount').allTextContents()).toEqual(['¥1,500.00', '¥1,500.00']);
    expect(await page.getByTestId('share-payer').allTextContents()).toEqual(['市财政', '县级财政（任城区）']);
    // Why, in plain Chinese: the employer and the person by name, no ids, no internal codes, each clause cited in full.
    const explanation = (await page.getByTestId('entitlement-explanation').textContent())!;
    expect(explanation).toContain(`${flow.employerName}：符合“企业职工”的条件。`);
    expect(explanation).toContain(`${flow.personName}：符合“新取得该等级”的条件。`);
    expect(explanation).toContain('济人社发〔2024〕9号 第二部分（二）');
    expect(explanation).not.toMatch(/[A-Z]\d*_[A-Z_]+|\bR\d+\b|二\(二\)|[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await page.getByTestId('entitlement-fact').getByTestId('fact-outcome').textContent()).toBe('已核定待遇');

    await page.getByTestId('action-review').click();
    await page.getByTestId('step-modal-review').waitFor();
    await page.getByTestId('step-note').fill('材料齐全，同意');
    await page.getByRole('button', { name: '确认审核' }).click();
    await expect.poll(() => page.getByTestId('entitlement-status').textContent()).toBe('已审核');
    // The reviewer may not approve: the button says so before the server would.
    expect(await page.getByTestId('action-approve').isDisabled()).toBe(true);
    expect(await page.getByTestId('approve-blocked').textContent()).toContain(REVIEWER);
    expect(await page.getByTestId('history-actor').allTextContents()).toEqual(['资金待遇计算服务', REVIEWER]);
    await page.screenshot({ path: shot('finance-entitlement'), fullPage: true });

    // Back in the workbench (no reload) the queue counts have moved.
    await page.getByTestId('nav-workbench').click();
    await expect.poll(() => count('CALCULATED')).toBe(waitingBefore - 1);
    await signOut();
  });

  it('another finance account approves it; the status is 已审批 and the history names both', async () => {
    await signIn('finance-approver');
    await page.goto(`${baseUrl}/finance?queue=REVIEWED&county=370811`);
    const row = await findRow();
    await row.getByTestId('entitlement-link').click();
    await page.waitForURL(new RegExp(`/entitlements/${flow.entitlementId}$`));
    expect(await page.getByTestId('action-approve').isDisabled()).toBe(false);
    await page.getByTestId('action-approve').click();
    await page.getByTestId('step-modal-approve').waitFor();
    await page.getByRole('button', { name: '确认审批' }).click();
    await expect.poll(() => page.getByTestId('entitlement-status').textContent()).toBe('已审批');
    expect(await page.getByTestId('entitlement-actions').count()).toBe(0);
    expect(await page.getByTestId('history-actor').allTextContents()).toEqual(['资金待遇计算服务', REVIEWER, APPROVER]);
    expect(await page.getByTestId('history-note').allTextContents()).toEqual(['材料齐全，同意']);
    await page.screenshot({ path: shot('finance-approver-entitlement'), fullPage: true });

    // The person's page, reached from the entitlement, shows the fact granted and the entitlement approved.
    await page.getByTestId('entitlement-summary').getByTestId('person-link').click();
    await page.getByTestId('person-facts').getByTestId('fact-outcome').waitFor();
    expect(await page.getByTestId('person-facts').getByTestId('fact-outcome').allTextContents()).toEqual([
      '已核定待遇',
    ]);
    expect(await page.getByTestId('fact-entitlement-link').textContent()).toBe('¥3,000.00 · 已审批');

    await page.getByTestId('nav-workbench').click();
    await openQueue('APPROVED', '已审批');
    await page.screenshot({ path: shot('finance-approver-workbench'), fullPage: true });
    await signOut();
  });

  it('任城区 finance sees its county’s entitlement, read-only', async () => {
    await signIn('rencheng-finance');
    await page.getByTestId('nav-workbench').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/finance');
    await page.getByTestId('county-scope-note').waitFor();
    expect(await page.getByLabel('按县（市、区）筛选').count()).toBe(0);
    await openQueue('APPROVED', '已审批');
    await findRow();
    await page.screenshot({ path: shot('county-workbench'), fullPage: true });
    await page.goto(`${baseUrl}/entitlements/${flow.entitlementId}`);
    await expect.poll(() => page.getByTestId('entitlement-status').textContent()).toBe('已审批');
    expect(await page.getByTestId('entitlement-actions').count()).toBe(0);
    await page.getByTestId('county-read-only').waitFor();
    await page.screenshot({ path: shot('county-entitlement'), fullPage: true });

    expect(session.pageErrors).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });

  it('finance publishes it from the 已审批 queue; the list masks the name and ID number, on screen and in Excel', async () => {
    expect(clockFile, 'FINANCE_CLOCK_FILE of the platform under test').not.toBe('');
    await signIn('finance');
    await page.goto(`${baseUrl}/finance?queue=APPROVED`);
    await page.getByTestId('queue-next').click();
    await expect.poll(() => page.url()).toContain('/finance/publicity?publish=1');
    const dialog = page.getByTestId('publish-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('publish-chosen').click();
    await choose(dialog.locator('.ant-select', { has: page.getByLabel('按县（市、区）筛选') }), '任城区');
    // Ours among the approved entitlements of 任城区, paging on until it shows.
    const list = dialog.getByTestId('publish-entitlements');
    const ours = list.locator(`tr[data-row-key="${flow.entitlementId}"]`);
    // Each 加载更多 waits until its page has arrived: clicking again while one loads raced the button's removal
    // after the last page (a 20 s click timeout in CI, where earlier files had approved more 任城区 entitlements).
    const listRows = list.locator('tbody tr.ant-table-row');
    // The county filter has replaced the list: every row shown is 任城区's (ours among them, somewhere).
    await expect
      .poll(async () => {
        const shown = await listRows.allTextContents();
        return shown.length > 0 && shown.every((row) => row.includes('任城区'));
      })
      .toBe(true);
    await expect.poll(() => list.locator('.ant-spin-spinning').count()).toBe(0);
    for (let pages = 0; pages < 20 && (await ours.count()) === 0; pages++) {
      const more = list.getByTestId('load-more');
      if ((await more.count()) === 0) break;
      const shown = await listRows.count();
      await more.click();
      await expect.poll(() => listRows.count()).toBeGreaterThan(shown);
    }
    await ours.locator('.ant-checkbox-input').check();
    await expect.poll(() => dialog.getByTestId('publish-chosen-count').textContent()).toBe('（已选 1 项）');
    flow.publicityTitle = `端到端测试公示（${Date.now()}）`;
    await dialog.getByTestId('publish-title').fill(flow.publicityTitle);
    await page.getByTestId('publish-dialog-ok').click();
    await page.waitForURL(/\/finance\/publicity\/[^/?]+$/);

    expect(await page.getByTestId('publicity-title').textContent()).toBe(flow.publicityTitle);
    expect(await page.getByTestId('publicity-status').textContent()).toBe('公示中');
    expect(await page.getByTestId('publicity-count').textContent()).toBe('1');
    const line = lineOf('publicity-lines');
    expect(await line.getByTestId('publicity-line-name').textContent()).toBe(masked(flow.personName));
    expect(await line.getByTestId('publicity-line-id').textContent()).toBe(
      `${flow.idNumber.slice(0, 6)}********${flow.idNumber.slice(14)}`,
    );
    expect(await line.getByTestId('publicity-line-amount').textContent()).toBe('¥3,000.00');
    expect(await line.textContent()).toContain('济人社发〔2024〕9号 第二部分（二）');
    expect(await page.getByTestId('publicity-lines').textContent()).not.toContain(flow.personName);
    await page.screenshot({ path: shot('finance-publicity-batch'), fullPage: true });

    const file = await exported('export-excel');
    expect(file.suggestedFilename()).toMatch(/^公示名单-端到端测试公示.*\.xlsx$/);
    const rows = await sheetRows(file, '公示名单');
    expect(rows[0]).toEqual([
      '序号',
      '姓名/单位',
      '身份证号/统一社会信用代码',
      '县（市、区）',
      '待遇事项',
      '金额（元）',
      '政策依据',
      '异议',
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(0, 4)).toEqual([
      '1',
      masked(flow.personName),
      `${flow.idNumber.slice(0, 6)}********${flow.idNumber.slice(14)}`,
      '任城区',
    ]);
    expect(rows[1]![5]).toBe(3000);
    expect(JSON.stringify(rows)).not.toContain(flow.personName);

    await page.getByTestId('nav-publicity').click();
    await page.getByTestId('publicity-batches-table').getByText(flow.publicityTitle).waitFor();
    await page.screenshot({ path: shot('finance-publicity'), fullPage: true });
  });

  it('finance may not end the publicity within its window; eight days later it ends, and the entitlement is payable', async () => {
    await page.getByTestId('publicity-batches-table').getByText(flow.publicityTitle).click();
    await page.getByTestId('close-publicity').click();
    await page.getByTestId('close-publicity-modal-ok').click();
    expect(await page.getByTestId('close-publicity-modal-error').textContent()).toMatch(
      /^公示期至 \d{4}-\d{2}-\d{2} 止，\d{4}-\d{2}-\d{2} 起方可结束公示$/,
    );
    await page
      .getByRole('button', { name: '取 消' })
      .or(page.getByRole('button', { name: '取消' }))
      .click();
    expect(await page.getByTestId('publicity-status').textContent()).toBe('公示中');

    writeFileSync(clockFile, '8');
    await page.getByTestId('close-publicity').click();
    await page.getByTestId('close-publicity-modal-ok').click();
    await expect.poll(() => page.getByTestId('publicity-status').getAttribute('data-status')).toBe('CLOSED');
    expect(await page.getByTestId('close-publicity').count()).toBe(0);
    await page.goto(`${baseUrl}/entitlements/${flow.entitlementId}`);
    await expect.poll(() => page.getByTestId('entitlement-status').textContent()).toBe('待支付');
  });

  it('finance makes the city’s payment batch, exports its lines and marks the city’s line paid', async () => {
    await createPaymentBatch('CITY');
    expect(await page.getByTestId('payment-batch-title').textContent()).toBe('市财政支付批次');

    // The lines as Excel (导出明细); the payment file with full accounts is bank-accounts.e2e's.
    const file = await exported('export-payment-lines');
    expect(file.suggestedFilename()).toMatch(/^支付明细-市财政-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await sheetRows(file, '支付明细');
    expect(rows[0]!.slice(0, 7)).toEqual([
      '序号',
      '收款人/单位',
      '身份证号/统一社会信用代码',
      '收款账户',
      '待遇事项',
      '出资方',
      '金额（元）',
    ]);
    const ours = rows.find((r) => r.includes(flow.entitlementId))!;
    expect(ours[1]).toBe(flow.personName);
    expect(ours[3]).toBe('未登记');
    expect(ours[5]).toBe('市财政');
    expect(ours[6]).toBe(1500);
    expect(ours[7]).toBe('待银行回单');

    await markOurLinePaid('GK-E2E-0001');
    await page.screenshot({ path: shot('finance-payment-batch'), fullPage: true });
    // The county's half stays with the county: the city is not offered its batch.
    await page.getByTestId('nav-payments').click();
    await page.getByTestId('payment-batches-table').getByTestId('payment-batch-link').first().waitFor();
    expect(await page.getByTestId('create-batch-COUNTY').count()).toBe(0);
    await page.screenshot({ path: shot('finance-payments'), fullPage: true });
    await page.goto(`${baseUrl}/entitlements/${flow.entitlementId}`);
    await expect.poll(() => page.getByTestId('entitlement-status').textContent()).toBe('支付中');
    await signOut();
  });

  it('任城区 reads the publicity list, makes its own batch and pays its line; the entitlement is 已发放', async () => {
    await signIn('rencheng-finance');
    await page.getByTestId('nav-publicity').click();
    await page.getByTestId('publicity-read-only').waitFor();
    expect(await page.getByTestId('publish-open').count()).toBe(0);
    await page.getByTestId('publicity-batches-table').getByText(flow.publicityTitle).click();
    await lineOf('publicity-lines').waitFor();
    expect(await lineOf('publicity-lines').getByTestId('publicity-line-name').textContent()).toBe(
      masked(flow.personName),
    );
    expect(await page.getByTestId('close-publicity').count()).toBe(0);
    expect(await page.getByTestId('record-objection').count()).toBe(0);
    await page.screenshot({ path: shot('county-publicity-batch'), fullPage: true });

    await createPaymentBatch('COUNTY');
    expect(await page.getByTestId('payment-batch-title').textContent()).toBe('县级财政（任城区）支付批次');
    await markOurLinePaid('RC-E2E-0001');
    await page.screenshot({ path: shot('county-payment-batch'), fullPage: true });
    await page.getByTestId('nav-payments').click();
    await page.getByTestId('county-payments-note').waitFor();
    await page.screenshot({ path: shot('county-payments'), fullPage: true });

    await page.goto(`${baseUrl}/entitlements/${flow.entitlementId}`);
    await expect.poll(() => page.getByTestId('entitlement-status').textContent()).toBe('已发放');
    await page.screenshot({ path: shot('county-entitlement-paid'), fullPage: true });
    writeFileSync(clockFile, '0');

    await signOut();
  });

  it('HRSS revokes a certificate recorded in error: its unpaid subsidy is cancelled; the paid one is listed for recovery', async () => {
    await signIn('hrss');
    // A 特级技师 certificate recorded for the same person (through the API: the form is driven above).
    await api(`mutation($input: CreateSkillCertificateInput!) { createSkillCertificate(input: $input) { id } }`, {
      input: {
        personId: flow.personId,
        level: 'PRINCIPAL_TECHNICIAN',
        occupation: '电工',
        issuerId: (
          await api<{ organisations: { edges: { node: { id: string } }[] } }>(
            `{ organisations(first: 1, search: "职业技能鉴定指导中心") { edges { node { id } } } }`,
          )
        ).organisations.edges[0]!.node.id,
        issuedOn: '2025-11-01',
        route: 'SKILL_LEVEL_CERTIFICATION',
        certificateNo: `E2E-PT-${Date.now()}`,
      },
    });
    await page.goto(`${baseUrl}/people/${flow.personId}`);
    const facts = page.getByTestId('person-facts');
    await expect
      .poll(
        async () => {
          await page.reload();
          await facts.waitFor();
          return facts.getByTestId('fact-entitlement-link').allTextContents();
        },
        { timeout: 30_000 },
      )
      .toContain('¥5,000.00 · 待审核');

    const certificates = page.getByTestId('person-certificates');
    const revoke = async (level: string, reason: string) => {
      await certificates.locator('tbody tr', { hasText: level }).getByTestId('revoke-certificate').click();
      const modal = page.getByTestId('revoke-certificate-modal');
      await modal.waitFor();
      // No reason: refused in the form, nothing sent.
      await page.getByRole('button', { name: /确认撤销/ }).click();
      await modal.getByText('须写明撤销理由').waitFor();
      await page.getByTestId('revoke-reason').fill(reason);
      await page.getByRole('button', { name: /确认撤销/ }).click();
      await modal.waitFor({ state: 'detached' });
      await expect
        .poll(() =>
          certificates.locator('tbody tr', { hasText: level }).getByTestId('certificate-revoked').textContent(),
        )
        .toBe(`已撤销：${reason}`);
    };

    // The unpaid 特级技师 subsidy is cancelled: its row reads 已撤销 and the total leaves it out.
    await revoke('特级技师', '等级登记有误');
    await expect
      .poll(() => facts.getByTestId('fact-outcome').allTextContents(), { timeout: 30_000 })
      .toContain('事实已撤销');
    const entitlements = page.getByTestId('person-entitlements');
    await expect
      .poll(() => entitlements.locator('tbody tr', { hasText: '特级技师' }).textContent())
      .toContain('已撤销');
    expect(await page.getByTestId('entitlements-total').textContent()).toBe('合计（不含未通过、已撤销）：¥3,000.00');
    expect(await page.getByTestId('person-highest-level').textContent()).toBe('高级技师');

    // The 高级技师 subsidy was paid: it stays 已发放, and the revocation says it must be recovered.
    await revoke('高级技师', '发证机构撤回');
    await expect.poll(() => facts.textContent(), { timeout: 30_000 }).toContain('须另行追回');
    await expect
      .poll(() => entitlements.locator('tbody tr', { hasText: '高级技师' }).first().textContent())
      .toContain('已发放');
    await page.screenshot({ path: shot('hrss-revoked'), fullPage: true });

    expect(session.pageErrors).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});
