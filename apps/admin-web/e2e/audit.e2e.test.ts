/**
 * 查看完整身份证号 and 审计日志, end to end on the real platform: HRSS reveals a person's ID number with a reason; the
 * auditor (市审计局) signs in, finds the entry on /audit with that reason and the request id the gateway answered the
 * reveal with, and exports it to Excel.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser';

const baseUrl = inject('baseUrl');
const REASON = `端到端测试：核对补贴申请材料 ${Date.now()}`;

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
});

/** Picks an option of an antd select by its words, typed into its search (a long list shows only its first rows). */
async function chooseOption(select: ReturnType<Page['getByTestId']>, text: string) {
  await select.click();
  await select.locator('input').fill(text);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: text })
    .first()
    .click();
}

async function signIn(username: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').or(page.getByTestId('logout')).waitFor();
  if (await page.getByTestId('logout').isVisible()) {
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
  }
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('jining2025');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('header-display-name').waitFor();
}

describe('revealing an ID number is audited', () => {
  let personId = '';
  let fullNumber = '';
  let requestId = '';

  it('hrss reveals a person’s full ID number with a reason', async () => {
    await signIn('hrss');
    await page.getByTestId('nav-people').click();
    const table = page.getByTestId('people-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await table.getByTestId('person-link').first().click();
    await page.waitForURL(/\/people\/[^/]+$/);
    personId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const masked = await page.getByTestId('person-id-number').textContent();
    expect(masked).toMatch(/^\d{6}\*+[\dX]{4}$/);
    // Only the audit page shows the menu entry to the auditor; HRSS has none.
    expect(await page.getByTestId('nav-audit').count()).toBe(0);

    await page.getByTestId('reveal-id-number').click();
    const modal = page.getByTestId('reveal-id-modal');
    await modal.waitFor();
    // A one-character reason is refused in Chinese before anything is sent.
    await page.getByTestId('reveal-reason').fill('看');
    await page.getByRole('button', { name: /^查\s?看$/ }).click();
    await page.getByText('查看理由至少 2 个字').waitFor();

    await page.getByTestId('reveal-reason').fill(REASON);
    const answered = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().postDataJSON()?.operationName === 'RevealIdNumber',
    );
    await page.getByRole('button', { name: /^查\s?看$/ }).click();
    const response = await answered;
    requestId = response.headers()['x-request-id'] ?? '';
    expect(requestId).not.toBe('');
    fullNumber = (await page.getByTestId('revealed-id-number').textContent())!.trim();
    expect(fullNumber).toMatch(/^\d{17}[\dX]$/);
    expect(fullNumber.slice(0, 6)).toBe(masked!.slice(0, 6));
    expect(fullNumber.slice(-4)).toBe(masked!.slice(-4));

    // The footer's 关闭, not the dialog's × (also named 关闭).
    await page
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /^关\s?闭$/ })
      .click();
    await modal.waitFor({ state: 'detached' });
    expect(await page.getByTestId('person-id-number').textContent()).toBe(masked);
    expect(await page.content()).not.toContain(fullNumber);
  });

  it('the auditor signs in, finds the entry on /audit and exports it', async () => {
    await signIn('auditor');
    // The auditor's 工作台 has nothing to work; the audit trail is first in its menu.
    await page.getByTestId('home-no-work').waitFor();
    await page.getByTestId('nav-audit').click();
    await page.waitForURL(/\/audit/);
    const filter = page.getByTestId('filter-entity').locator('input');
    await filter.fill(personId);
    await filter.press('Enter');
    await page.waitForURL(/entity=/);
    const row = page.getByTestId('audit-table').locator('tbody tr.ant-table-row').filter({ hasText: REASON });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('查看完整身份证号');
    expect(text).toContain('市人社局 · 职业能力建设科');
    expect(text).toContain(requestId);
    expect(text).toContain(personId);
    expect(await page.content()).not.toContain(fullNumber);

    const download = page.waitForEvent('download');
    await page.getByTestId('export-excel').click();
    const file = await (await download).path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file!);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toContain('理由');
    const cells = sheet.getSheetValues().flat().map(String);
    expect(cells).toContain(REASON);
    expect(cells).toContain(requestId);
    expect(pageErrors).toEqual([]);
  });

  it('the auditor reads finance’s trail too: a budget set by 市财政局, with what it became', async () => {
    // Finance sets a budget through the API (its page has its own test); the auditor then finds the step.
    const login = await fetch(`${baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'finance', password: 'jining2025' }),
    });
    const { token } = (await login.json()) as { token: string };
    const amount = 50_000_000 + Math.floor(Math.random() * 10_000);
    const set = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation ($input: SetBudgetInput!) { setBudget(input: $input) { budget } }`,
        variables: { input: { payer: 'CITY', year: 2029, benefitGroup: 'SKILL_CERTIFICATE_SUBSIDY', amount } },
      }),
    });
    expect(((await set.json()) as { errors?: unknown }).errors).toBeUndefined();

    await page.goto(`${baseUrl}/audit`);
    await page.getByTestId('audit-trail').getByText('资金待遇').click();
    await page.waitForURL(/trail=finance/);
    await chooseOption(page.getByTestId('filter-action'), '设置预算');
    await page.waitForURL(/action=SET_BUDGET/);
    const row = page
      .getByTestId('audit-table')
      .locator('tbody tr.ant-table-row')
      .filter({ hasText: `"amount":"${amount}"` });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('设置预算');
    expect(text).toContain('市财政局 · 社会保障科');
    expect(text).toContain('预算');
    // Back restores the directory's trail.
    await page.goBack();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('trail')).toBeNull();
    expect(pageErrors).toEqual([]);
  });
});
