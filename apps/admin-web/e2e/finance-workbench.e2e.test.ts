/**
 * The finance workbench, driven in Chromium against the real platform as three people (issue 10, "Done when"):
 * 市人社局 records a 高级技师 certificate for an employee of a 任城区 enterprise on the person's page; within seconds
 * finance has computed ¥3,000.00, split ¥1,500.00 city / ¥1,500.00 任城区, and the page shows the fact as granted.
 * 市财政局 · 社会保障科 finds it in the 待审核 queue, reads why (the employer by name, the clause cited in full) and
 * reviews it; the page will not let the reviewer approve. 市财政局 · 审批岗 approves it; the history names both. 任城区
 * sees it, read-only. Screenshots of the workbench and the entitlement's page per role go beside the person test's.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');

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
  employerName: '',
  entitlementId: '',
};

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('finance', task.name);
});

afterAll(async () => {
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

describe('finance workbench, end to end as three people', () => {
  it('HRSS records a 高级技师 certificate on the person’s page, and sees the fact granted within seconds', async () => {
    await signIn('hrss');
    // A new employee of a 任城区 enterprise (the directory has no person form in the web yet: through the API).
    const { organisations } = await api<{ organisations: { edges: { node: { id: string; name: string } }[] } }>(
      `query($county: ID) { organisations(kind: ENTERPRISE, countyCode: $county, first: 1) { edges { node { id name } } } }`,
      { county: ENTERPRISE_COUNTY },
    );
    const employer = organisations.edges[0]!.node;
    flow.employerName = employer.name;
    flow.personName = `工作台测${'甲乙丙丁戊己庚辛壬癸'[Math.floor(Math.random() * 10)]}`;
    const { createPerson } = await api<{ createPerson: { id: string } }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      {
        input: { name: flow.personName, idNumber: idNumber(), countyCode: ENTERPRISE_COUNTY, employerId: employer.id },
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
    // Home for finance is the workbench, on the 待审核 queue, with the fact feed's progress.
    await expect.poll(() => new URL(page.url()).pathname).toBe('/finance');
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
});
