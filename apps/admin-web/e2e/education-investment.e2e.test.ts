/**
 * 产教融合型企业投资 (R4 二(四)) in Chromium against the real platform: 市人社局 records a pilot enterprise's tax year —
 * first with a listing document dated in the future, which the server refuses under that field, then correctly — finds
 * it in the list filtered by year (the filter in the URL) and exports it; the finance fact service turns it into the
 * enterprise's credit ledger (30 % of ¥100,000.00 earned, ¥10,000.00 used against the surcharges, ¥20,000.00 carried
 * forward), which the organisation page shows, and Finance reads the same ledger in its workbench. A correction with
 * its reason keeps both steps in the history and recomputes the ledger.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');
/** The drawer's default tax year: this year, in Beijing time (the browser's and the platform's year). */
const YEAR = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));

let session: E2ESession;
let page: Page;
const flow = { id: '', enterpriseId: '', enterprise: '' };

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('education-investment', task.name);
});
afterAll(async () => {
  await session?.close();
});

/** The error antd shows under a form field (the item holding the control with this test id). */
const fieldError = (testId: string) =>
  page
    .getByTestId(testId)
    .locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-form-item ")][1]')
    .locator('.ant-form-item-explain');

/** The ledger's figures of the year, as shown: [earned, used, carried forward]. */
async function ledgerFigures(): Promise<string[] | null> {
  const ledger = page.getByTestId('tax-credit-ledger');
  if ((await ledger.count()) === 0) return null;
  const row = ledger.locator(`[data-ledger-year="${YEAR}"]`);
  if ((await row.count()) === 0) return null;
  return Promise.all(
    ['ledger-earned', 'ledger-used', 'ledger-carried-forward'].map(
      async (id) => (await row.getByTestId(id).textContent()) ?? '',
    ),
  );
}

describe('a pilot enterprise’s investment and its credit ledger', () => {
  it('HRSS records the year: a document dated in the future is refused on its field, then saved', async () => {
    await session.signIn('hrss');
    const { organisations } = await session.api<{
      organisations: { edges: { node: { id: string; name: string; educationInvestments: unknown[] | null } }[] };
    }>(`{ organisations(first: 50, kind: ENTERPRISE) { edges { node { id name educationInvestments { id } } } } }`);
    const free = organisations.edges
      .map((e) => e.node)
      .filter((o) => (o.educationInvestments ?? []).length === 0)
      .at(-2)!;
    flow.enterprise = free.name;
    flow.enterpriseId = free.id;

    await page.getByTestId('nav-education-investments').click();
    await page.getByTestId('investment-table').waitFor();
    await page.getByTestId('investment-record').click();
    await page.getByTestId('investment-form').waitFor();
    await session.choose(page.getByTestId('investment-form-enterprise'), flow.enterprise, flow.enterprise);
    await page.getByTestId('investment-form-document-no').fill('济发改社会〔2025〕12号');
    await page.getByTestId('investment-form-document-date').fill('2099-01-01');
    await page.getByTestId('investment-form-investment').fill('100000');
    await page.getByTestId('investment-form-surcharge').fill('10000');
    await page.getByTestId('investment-submit').click();
    await expect.poll(() => fieldError('investment-form-document-date').textContent()).toContain('不能晚于今天');
    await page.screenshot({ path: shot('education-investment-refused'), fullPage: true });

    await page.getByTestId('investment-form-document-date').fill('2025-03-01');
    await page.getByTestId('investment-submit').click();
    await page.waitForURL(/\/training\/education-investments\/[^/]+$/);
    flow.id = decodeURIComponent(page.url().split('/').pop()!);
    await expect.poll(() => page.getByTestId('investment-amount').textContent()).toBe('¥100,000.00');
    expect(await page.getByTestId('investment-surcharge').textContent()).toBe('¥10,000.00');
    expect(await page.getByTestId('investment-pilot').getAttribute('data-pilot')).toBe('true');
  });

  it('the list filtered by year (in the URL) shows it, and the export reads back', async () => {
    await page.goto(`${baseUrl}/training/education-investments?year=${YEAR}`);
    await page.locator(`[data-investment-id="${flow.id}"]`).waitFor();
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(YEAR));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-excel').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await download.path())!)).buffer as ArrayBuffer);
    const sheet = book.getWorksheet('产教融合型企业投资')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)[0]).toBe('企业');
    const ours = Array.from({ length: sheet.rowCount - 1 }, (_, i) => values(i + 2)).find(
      (r) => r[0] === flow.enterprise,
    )!;
    expect(ours[1]).toBe(YEAR);
    expect(ours[2]).toBe('试点企业');
  });

  it('the organisation page shows finance’s ledger: earned, used against the surcharges, carried forward', async () => {
    await expect
      .poll(
        async () => {
          await page.goto(`${baseUrl}/organisations/${encodeURIComponent(flow.enterpriseId)}`);
          await page.getByTestId('organisation-name').waitFor();
          return ledgerFigures();
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toEqual(['¥30,000.00', '¥10,000.00', '¥20,000.00']);
    await page.screenshot({ path: shot('education-investment-ledger'), fullPage: true });
  });

  it('a correction with its reason keeps both steps and recomputes the ledger', async () => {
    await page.goto(`${baseUrl}/training/education-investments/${encodeURIComponent(flow.id)}`);
    await page.getByTestId('investment-correct').click();
    await page.getByTestId('investment-form').waitFor();
    await page.getByTestId('investment-form-surcharge').fill('40000');
    await page.getByTestId('investment-submit').click();
    await expect.poll(() => fieldError('investment-form-reason').textContent()).toContain('更正须说明理由');
    await page.getByTestId('investment-form-reason').fill('按税务部门核定的附加更正');
    await page.getByTestId('investment-submit').click();
    await expect.poll(() => page.getByTestId('investment-surcharge').textContent()).toBe('¥40,000.00');
    const history = page.getByTestId('investment-history');
    await expect
      .poll(() => history.getByTestId('investment-history-action').allTextContents())
      .toEqual(['登记投资', '更正投资']);
    expect(await history.textContent()).toContain('按税务部门核定的附加更正');
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByTestId('investment-title').waitFor();
          return ledgerFigures();
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toEqual(['¥30,000.00', '¥30,000.00', '¥0.00']);
  });

  it('Finance reads the same ledger in its workbench and cannot record', async () => {
    await session.signOut();
    await session.signIn('finance');
    await page.getByTestId('nav-tax-credits').click();
    await session.choose(page.getByTestId('ledger-enterprise'), flow.enterprise, flow.enterprise);
    await expect.poll(() => new URL(page.url()).searchParams.get('enterprise')).toBe(flow.enterpriseId);
    await expect.poll(ledgerFigures).toEqual(['¥30,000.00', '¥30,000.00', '¥0.00']);
    await page.getByTestId('nav-education-investments').click();
    await page.locator(`[data-investment-id="${flow.id}"]`).waitFor();
    expect(await page.getByTestId('investment-record').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
