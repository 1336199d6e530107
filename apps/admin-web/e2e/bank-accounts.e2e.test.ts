/**
 * 收款账户 and 支付文件, end to end on the real platform (DESIGN.md "Cross-domain flow" 4): HRSS sets a person's
 * 社保卡金融账户 on the person's page — a bad number first, refused on its field — and sees it masked, and in full
 * only after giving a reason; the person's entitlement is brought to payable through the API (as the finance
 * workbench test drives it by hand); 市财政局 sees the account masked on the batch page, exports the payment file
 * with a reason, and the file read back holds the full account; the auditor finds the export, with its reason, in
 * finance's audit trail.
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');
const clockFile = inject('financeClockFile');

const COUNTY = '370811'; // 任城区
const BANK = '中国工商银行济宁分行';
const ACCOUNT = `62170023${String(Date.now()).slice(-11)}`;
const MASKED = `${BANK} ****${ACCOUNT.slice(-4)}`;
const REASON = `端到端测试：报送国库支付 ${Date.now()}`;

let session: E2ESession;
let page: Page;
const api = <T>(query: string, variables?: Record<string, unknown>) => session.api<T>(query, variables);

const flow = { personId: '', personName: '', entitlementId: '', batchId: '' };

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('bank-accounts', task.name);
});
afterAll(async () => {
  if (clockFile) writeFileSync(clockFile, '0');
  await session?.close();
});

/** A valid resident ID number (GB 11643 check digit) of someone born in 1986 and registered in 任城区. */
function idNumber(): string {
  const body = `${COUNTY}19860412${String(100 + Math.floor(Math.random() * 900))}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((n, digit, i) => n + Number(digit) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

describe('payment accounts and the payment file', () => {
  it('HRSS sets a person’s 社保卡 account: a bad number is refused on its field; then masked, and revealed with a reason', async () => {
    await session.signIn('hrss');
    const { organisations } = await api<{ organisations: { edges: { node: { id: string } }[] } }>(
      `query($county: ID) { organisations(kind: ENTERPRISE, countyCode: $county, first: 1) { edges { node { id } } } }`,
      { county: COUNTY },
    );
    flow.personName = `账户测${'甲乙丙丁戊己庚辛壬癸'[Math.floor(Math.random() * 10)]}${'子丑寅卯辰'[Math.floor(Math.random() * 5)]}`;
    const { createPerson } = await api<{ createPerson: { id: string } }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      {
        input: {
          name: flow.personName,
          idNumber: idNumber(),
          countyCode: COUNTY,
          employerId: organisations.edges[0]!.node.id,
        },
      },
    );
    flow.personId = createPerson.id;
    // A 高级技师 certificate (through the API: the form is driven by the finance workbench test) earns ¥3,000.00.
    const issuer = (
      await api<{ organisations: { edges: { node: { id: string } }[] } }>(
        `{ organisations(first: 1, search: "职业技能鉴定指导中心") { edges { node { id } } } }`,
      )
    ).organisations.edges[0]!.node.id;
    await api(`mutation($input: CreateSkillCertificateInput!) { createSkillCertificate(input: $input) { id } }`, {
      input: {
        personId: flow.personId,
        level: 'SENIOR_TECHNICIAN',
        occupation: '电工',
        issuerId: issuer,
        issuedOn: '2025-11-01',
        route: 'SKILL_LEVEL_CERTIFICATION',
        certificateNo: `E2E-BA-${Date.now()}`,
      },
    });

    await page.goto(`${baseUrl}/people/${flow.personId}`);
    expect(await page.getByTestId('payment-account').textContent()).toBe('未登记');
    await page.getByTestId('edit-payment-account').click();
    const form = page.getByTestId('payment-account-form');
    await form.waitFor();
    await page.getByTestId('payment-account-bank').fill(BANK);
    await page.getByTestId('payment-account-number').fill('6217-ABC-123');
    await page.getByTestId('payment-account-submit').click();
    await expect
      .poll(() => form.locator('.ant-form-item-explain-error').allTextContents())
      .toEqual(['账号应为 12–30 位数字']);
    expect(await page.getByTestId('payment-account').textContent()).toBe('未登记');

    await page.getByTestId('payment-account-number').fill(ACCOUNT.replace(/(\d{4})/g, '$1 ').trim());
    await page.getByTestId('payment-account-submit').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('payment-account').textContent()).toBe(MASKED);
    expect(await page.content()).not.toContain(ACCOUNT);

    await page.getByTestId('reveal-payment-account').click();
    await page.getByTestId('reveal-account-modal').waitFor();
    await page.getByTestId('reveal-account-reason').fill('核对发放账户');
    await page.getByRole('button', { name: /^查\s?看$/ }).click();
    expect((await page.getByTestId('revealed-account-number').textContent())?.trim()).toBe(ACCOUNT);
    // The footer's 关闭, not the dialog's × (also named 关闭).
    await page
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /^关\s?闭$/ })
      .click();
    await page.getByTestId('reveal-account-modal').waitFor({ state: 'detached' });
    expect(await page.getByTestId('payment-account').textContent()).toBe(MASKED);
    await page.screenshot({ path: shot('bank-account-person'), fullPage: true });

    // Finance computes the entitlement from the certificate within seconds.
    await expect
      .poll(
        async () => {
          const { person } = await api<{ person: { entitlements: { id: string }[] | null } }>(
            `query($id: ID!) { person(id: $id) { entitlements { id } } }`,
            { id: flow.personId },
          );
          flow.entitlementId = person.entitlements?.[0]?.id ?? '';
          return flow.entitlementId;
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .not.toBe('');
  });

  it('finance sees the account masked on the batch page, exports the payment file with a reason: it holds the full account', async () => {
    expect(clockFile, 'FINANCE_CLOCK_FILE of the platform under test').not.toBe('');
    // Payable through the API: reviewed, approved by another account, published, the window passed.
    await session.signIn('finance');
    await api(`mutation($id: ID!) { reviewEntitlement(id: $id) { status } }`, { id: flow.entitlementId });
    await session.signIn('finance-approver');
    await api(`mutation($id: ID!) { approveEntitlement(id: $id) { status } }`, { id: flow.entitlementId });
    await session.signIn('finance');
    const { createPublicityBatch } = await api<{ createPublicityBatch: { id: string } }>(
      `mutation($input: CreatePublicityBatchInput!) { createPublicityBatch(input: $input) { id } }`,
      { input: { entitlementIds: [flow.entitlementId] } },
    );
    writeFileSync(clockFile, '8');
    await api(`mutation($id: ID!) { closePublicityBatch(id: $id) { status } }`, { id: createPublicityBatch.id });
    const { createPaymentBatch } = await api<{ createPaymentBatch: { id: string } }>(
      `mutation($input: CreatePaymentBatchInput!) { createPaymentBatch(input: $input) { id } }`,
      { input: { payer: 'CITY' } },
    );
    flow.batchId = createPaymentBatch.id;

    await page.goto(`${baseUrl}/finance/payments/${flow.batchId}`);
    const line = page.getByTestId('payment-lines').locator(`tr[data-entitlement-id="${flow.entitlementId}"]`);
    await line.waitFor();
    expect(await line.getByTestId('payment-line-account').textContent()).toBe(MASKED);
    expect(await page.content()).not.toContain(ACCOUNT);

    await page.getByTestId('export-payment-file').click();
    await page.getByTestId('payment-file-modal').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByTestId('payment-file-reason')
        .fill(REASON)
        .then(() => page.getByTestId('payment-file-modal-ok').click()),
    ]);
    expect(download.suggestedFilename()).toMatch(/^支付文件-市财政-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.getWorksheet('支付文件')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['序号', '收款人', '账户类型', '开户行', '账号', '金额（元）', '条款']);
    const ours = rows.find((r) => r[1] === flow.personName)!;
    expect(ours.slice(1)).toEqual([flow.personName, '社保卡金融账户', BANK, ACCOUNT, 1500, '二(二)']);
    // Other payable lines of the demo data without an account are listed, never dropped.
    for (const r of rows.slice(1)) expect(r[4]).toMatch(/^(\d{12,30}|账户缺失)$/);
    await page.screenshot({ path: shot('bank-account-payment-file'), fullPage: true });
    // The page still shows the account masked.
    expect(await page.content()).not.toContain(ACCOUNT);
  });

  it('the auditor finds the export in finance’s audit trail, with who and why', async () => {
    await session.signIn('auditor');
    await page.goto(`${baseUrl}/audit?trail=finance&entity=${encodeURIComponent(flow.batchId)}`);
    const row = page.getByTestId('audit-table').locator('tbody tr.ant-table-row').filter({ hasText: REASON });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('导出支付文件');
    expect(text).toContain('市财政局');
    expect(await page.content()).not.toContain(ACCOUNT);
    expect(session.pageErrors).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});
