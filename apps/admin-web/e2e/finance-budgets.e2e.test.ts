/**
 * 预算执行 and 报表与对账, driven in Chromium against the real platform: 市财政局 sets a 任城区 budget in the form and
 * sees what remains, raises it and sees the remainder move by exactly as much, types an amount with three decimals and
 * one below what is approved and sees each refused in Chinese with nothing written; reads this year's report by county
 * and exports it, reading the file back; sees the year's reconciliation. 任城区 finance sees its own county only,
 * without the form. Screenshots per page and role go beside the workbench test's.
 */
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');
const YEAR = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
// A 任城区 line the workbench test never approves against, so both may run at once on one platform.
const KEY = 'COUNTY|370811|GRADUATE_HIRING_SUBSIDY';
const RENCHENG = '县级财政（任城区）';

let session: E2ESession;
let page: Page;

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('budgets', task.name);
});

afterAll(async () => {
  await session?.close();
});

/** '¥1,234.56' or '-¥0.05' as fen, digit by digit. */
function fen(text: string | null): bigint {
  const match = /^(-?)¥([\d,]+)\.(\d{2})$/.exec(text?.trim() ?? '');
  if (!match) throw new Error(`not an amount: ${text}`);
  const value = BigInt(match[2]!.replaceAll(',', '')) * 100n + BigInt(match[3]!);
  return match[1] ? -value : value;
}

const row = (key: string) => page.locator(`[data-budget-key="${key}"]`);
/** A money cell of a budget row by its column on screen: 出资方, 待遇类别, 预算, 已审批, 待审批, 已发放, 剩余. */
const cell = (r: Locator, column: number) => r.locator('td').nth(column);
const COMMITTED = 3;

async function budgetsSettled() {
  const table = page.getByTestId('budgets-table');
  await table.locator('tbody tr[data-testid="budget-row"], .ant-empty').first().waitFor();
  await expect.poll(() => table.locator('.ant-spin-spinning').count()).toBe(0);
}

/** Types an amount into the open form and saves it. */
async function submitAmount(amount: string) {
  await page.getByTestId('budget-form-amount').fill(amount);
  await page.getByTestId('budget-submit').click();
}

const amountError = () => page.getByTestId('budget-form').locator('.ant-form-item-explain-error').allTextContents();

/** The line's budget as the API has it (null: none), to show a refusal wrote nothing. */
async function storedBudget(key: string): Promise<number | null> {
  const { budgets } = await session.api<{
    budgets: { payer: string; county: { code: string } | null; benefitGroup: string; budget: number | null }[];
  }>(`query($year: Int!) { budgets(year: $year) { payer county { code } benefitGroup budget } }`, { year: YEAR });
  const line = budgets.find((b) => `${b.payer}|${b.county?.code ?? ''}|${b.benefitGroup}` === key);
  return line ? line.budget : null;
}

describe('budgets, reports and reconciliation, end to end', () => {
  it('finance sets a 任城区 budget in the form, sees what remains, and raises it', async () => {
    await session.signIn('finance');
    await page.getByTestId('nav-budgets').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/finance/budgets');
    await expect.poll(() => page.title()).toBe('预算执行 · 济宁市高技能人才政策管理平台');
    expect(await page.getByTestId('budget-year').textContent()).toContain(`${YEAR}年`);
    await budgetsSettled();
    expect(await page.getByTestId('budget-row').count()).toBeGreaterThan(0);
    const before = await storedBudget(KEY);

    await page.getByTestId('set-budget').click();
    await page.getByTestId('budget-form').waitFor();
    await session.choose(page.getByTestId('budget-form-payer'), '县级财政');
    await session.choose(page.getByTestId('budget-form-county'), '任城区');
    await session.choose(page.getByTestId('budget-form-year'), `${YEAR}年`);
    await session.choose(page.getByTestId('budget-form-group'), '技工院校毕业生就业补贴', '毕业生');
    // A first budget must be new to the line, else this run sets what a previous one left.
    const first = before === 888_888 ? '8888.87' : '8888.88';
    await submitAmount(first);
    await page.getByTestId('budget-form').waitFor({ state: 'detached' });

    const line = row(KEY);
    await expect.poll(() => line.getByTestId('budget-amount').textContent()).toBe(`¥${first.replace('8888', '8,888')}`);
    expect(await cell(line, 0).textContent()).toBe(RENCHENG);
    const committed = fen(await cell(line, COMMITTED).textContent());
    const remaining = fen(await line.getByTestId('budget-remaining').textContent());
    expect(remaining).toBe(fen(`¥${first.replace('8888', '8,888')}`) - committed);
    await page.screenshot({ path: shot('finance-budgets'), fullPage: true });

    // Raised by ¥1,111.11 from its row: what remains moves by exactly as much.
    await line.getByTestId('budget-edit').click();
    await page.getByTestId('budget-form').waitFor();
    expect(await page.getByTestId('budget-form-amount').inputValue()).toBe(first);
    await submitAmount(first === '8888.88' ? '9999.99' : '9999.98');
    await page.getByTestId('budget-form').waitFor({ state: 'detached' });
    await expect
      .poll(async () => fen(await line.getByTestId('budget-remaining').textContent()))
      .toBe(remaining + 111_111n);
  });

  it('refuses a third decimal and a budget below what is approved, in Chinese, writing nothing', async () => {
    const line = row(KEY);
    const budget = await storedBudget(KEY);
    await line.getByTestId('budget-edit').click();
    await page.getByTestId('budget-form').waitFor();
    await submitAmount('12.345');
    await expect.poll(amountError).toEqual(['金额最多两位小数（精确到分）']);
    await submitAmount('-1');
    await expect.poll(amountError).toEqual(['金额不能为负数']);
    await page.getByTestId('budget-cancel').click();
    await page.getByTestId('budget-form').waitFor({ state: 'detached' });
    expect(await storedBudget(KEY)).toBe(budget);

    // A line with approvals: a budget of one fen is below them, and the server says by how much.
    const approved = page
      .getByTestId('budget-row')
      .filter({ has: page.getByTestId('budget-amount') })
      .filter({ hasNot: page.locator(`td:nth-child(${COMMITTED + 1}):text-is("¥0.00")`) })
      .first();
    const key = (await approved.getAttribute('data-budget-key'))!;
    const approvedBudget = await storedBudget(key);
    await approved.getByTestId('budget-edit').click();
    await page.getByTestId('budget-form').waitFor();
    await submitAmount('0.01');
    await expect
      .poll(amountError)
      .toEqual([expect.stringMatching(/预算不能低于已审批的 ¥[\d,]+\.\d{2}（拟设 ¥0\.01，差 ¥/)]);
    await page.screenshot({ path: shot('finance-budget-refused'), fullPage: true });
    await page.getByTestId('budget-cancel').click();
    expect(await storedBudget(key)).toBe(approvedBudget);
  });

  it('finance reads this year’s report by county, with its total, and exports it to Excel', async () => {
    await page.getByTestId('nav-reports').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/finance/reports');
    expect(await page.getByTestId('report-from').inputValue()).toBe(`${YEAR}-01-01`);
    expect(await page.getByTestId('report-to').inputValue()).toBe(`${YEAR}-12-31`);
    const table = page.getByTestId('report-table');
    const rows = table.locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    const labels = await rows.locator('td:first-child').allTextContents();
    expect(labels).toContain('任城区');
    const total = page.getByTestId('report-total');
    expect(await total.textContent()).toMatch(/^合计（按县（市、区））\d+¥/);
    await page.screenshot({ path: shot('finance-reports'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-excel').click()]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^待遇统计-${YEAR}-01-01至${YEAR}-12-31-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await download.path())!)).buffer as ArrayBuffer);
    const sheet = book.getWorksheet(`待遇统计-${YEAR}-01-01至${YEAR}-12-31`)!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual([
      '县（市、区）',
      '待遇数',
      '核定金额（元）',
      '已审批（元）',
      '已发放（元）',
      '未通过（元）',
    ]);
    // Every row on screen, then the total; the amount cells hold yuan, equal to the screen's to the fen.
    expect(sheet.rowCount).toBe(labels.length + 2);
    expect(Array.from({ length: labels.length }, (_, i) => values(i + 2)[0])).toEqual(labels);
    const last = values(labels.length + 2);
    expect(last[0]).toBe('合计（按县（市、区））');
    const screenTotal = fen(await total.locator('td').nth(2).textContent());
    expect(BigInt(Math.round((last[2] as number) * 100))).toBe(screenTotal);
  });

  it('finance sees this year’s reconciliation: the books agree, 无差异', async () => {
    const section = page.getByTestId('reconciliation');
    expect(await page.getByTestId('reconciliation-year').textContent()).toContain(`${YEAR}年`);
    await page.getByTestId('reconciliation-clean').or(page.getByTestId('reconciliation-differences')).waitFor();
    const differences = await section.getByTestId('reconciliation-difference').allTextContents();
    expect(differences).toEqual([]);
    expect(await page.getByTestId('reconciliation-clean').textContent()).toContain(`${YEAR}年度无差异`);
    const payers = await page
      .getByTestId('reconciliation-table')
      .locator('tbody tr.ant-table-row td:first-child')
      .allTextContents();
    // Each payer once: the city, the Trade Union and each county whose finance pays an approved share.
    expect(payers).toContain('市财政');
    expect(new Set(payers).size).toBe(payers.length);
    await section.screenshot({ path: shot('finance-reconciliation') });
    await session.signOut();
  });

  it('任城区 finance sees its own county only, read-only', async () => {
    await session.signIn('rencheng-finance');
    await page.getByTestId('nav-budgets').click();
    await budgetsSettled();
    await page.getByTestId('county-scope-note').waitFor();
    const payers = await page.getByTestId('budget-row').locator('td:first-child').allTextContents();
    expect(payers.length).toBeGreaterThan(0);
    expect(new Set(payers)).toEqual(new Set([RENCHENG]));
    await row(KEY).waitFor();
    expect(await page.getByTestId('set-budget').count()).toBe(0);
    expect(await page.getByTestId('budget-edit').count()).toBe(0);
    await page.screenshot({ path: shot('county-budgets'), fullPage: true });

    await page.getByTestId('nav-reports').click();
    const rows = page.getByTestId('report-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.locator('td:first-child').allTextContents()).toEqual(['任城区']);
    // The county reconciles the shares it pays itself: none but its own (the demo may have none approved yet).
    await page.getByTestId('reconciliation-clean').waitFor();
    const reconciled = await page
      .getByTestId('reconciliation-table')
      .locator('tbody tr.ant-table-row td:first-child')
      .allTextContents();
    expect(reconciled.filter((payer) => payer !== RENCHENG)).toEqual([]);
    await page.screenshot({ path: shot('county-reports'), fullPage: true });

    expect(session.pageErrors).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});
