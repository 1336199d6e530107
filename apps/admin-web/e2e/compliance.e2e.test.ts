/**
 * 企业合规报告 (六, 三(八)) in Chromium against the real platform: 市人社局 records an enterprise's employee-education
 * funds — first with more spent on frontline workers than in total, seeing the rules' refusal under that field, then
 * a share just under the policy's minimum, which is saved as 不符合 — finds it in the list and the year's summary
 * without reloading, exports the list (read back), and corrects the report with a reason, after which it complies
 * and its history holds both steps. A finance account reads the list and cannot record.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');

let session: E2ESession;
let page: Page;
const flow = { enterprise: '', reportId: '' };

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('compliance', task.name);
});
afterAll(async () => {
  await session?.close();
});

const verdict = () => page.getByTestId('compliance-verdict').first().getAttribute('data-verdict');
/** The error antd shows under a form field (the item holding the control with this test id). */
const fieldError = (testId: string) =>
  page
    .getByTestId(testId)
    .locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-form-item ")][1]')
    .locator('.ant-form-item-explain');

describe('an enterprise’s compliance report', () => {
  it('HRSS records the funds: more to the frontline than in total is refused on its field, then saved as 不符合', async () => {
    await session.signIn('hrss');
    const { organisations } = await session.api<{ organisations: { edges: { node: { name: string } }[] } }>(
      `{ organisations(first: 5, kind: ENTERPRISE) { edges { node { name } } } }`,
    );
    flow.enterprise = organisations.edges.at(-1)!.node.name;
    await page.getByTestId('nav-compliance').click();
    await page.getByTestId('compliance-table').waitFor();
    await page.getByTestId('compliance-record').click();
    await page.getByTestId('compliance-form').waitFor();
    await session.choose(page.getByTestId('compliance-form-enterprise'), flow.enterprise, flow.enterprise);
    await page.getByTestId('compliance-form-fundsUsedFen').fill('100000');
    await page.getByTestId('compliance-form-frontlineFen').fill('100000.01');
    await page.getByTestId('compliance-submit').click();
    await expect
      .poll(() => fieldError('compliance-form-frontlineFen').textContent())
      .toContain('用于一线职工的经费不能超过经费总额');

    await page.getByTestId('compliance-form-frontlineFen').fill('59999.99');
    await page.getByTestId('compliance-submit').click();
    await page.waitForURL(/\/training\/compliance\/[^/]+$/);
    flow.reportId = decodeURIComponent(page.url().split('/').pop()!);
    await expect.poll(verdict).toBe('NOT_COMPLIANT');
    expect(await page.getByTestId('compliance-conclusion').textContent()).toContain('未达到60％以上的要求');
    expect(await page.getByTestId('compliance-figures').textContent()).toBe('经费 ¥100,000.00，其中一线 ¥59,999.99');
    await page.screenshot({ path: shot('compliance-report'), fullPage: true });
  });

  it('the list and the year’s summary show it at once, and the export reads back', async () => {
    await page.getByTestId('nav-compliance').click();
    const row = page.locator(`[data-report-id="${flow.reportId}"]`);
    await row.waitFor();
    const summary = page.locator('[data-check="FRONTLINE_EDUCATION_FUNDS"]');
    await expect.poll(() => summary.textContent()).toMatch(/不符合[1-9]/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-excel').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await download.path())!)).buffer as ArrayBuffer);
    const sheet = book.getWorksheet('企业合规报告')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['企业', '年度', '检查事项', '条款', '报告数据', '结论', '说明']);
    const ours = Array.from({ length: sheet.rowCount - 1 }, (_, i) => values(i + 2)).find(
      (r) => r[0] === flow.enterprise && r[2] === '职工教育经费用于一线职工',
    )!;
    expect(ours[3]).toBe('六');
    expect(ours[5]).toBe('不符合');
  });

  it('a correction with its reason makes it comply, and the history keeps both steps', async () => {
    await page.locator(`[data-report-id="${flow.reportId}"]`).click();
    await page.getByTestId('compliance-correct').click();
    await page.getByTestId('compliance-form').waitFor();
    await page.getByTestId('compliance-form-fundsUsedFen').fill('100000');
    await page.getByTestId('compliance-form-frontlineFen').fill('60000');
    await page.getByTestId('compliance-submit').click();
    await expect.poll(() => fieldError('compliance-form-note').textContent()).toContain('更正报告须说明理由');
    await page.getByTestId('compliance-form-note').fill('企业补报了一线职工培训经费');
    await page.getByTestId('compliance-submit').click();
    await expect.poll(verdict).toBe('COMPLIANT');
    const history = page.getByTestId('compliance-history');
    await expect
      .poll(() => history.getByTestId('compliance-history-action').allTextContents())
      .toEqual(['登记报告', '更正报告']);
    expect(await history.textContent()).toContain('企业补报了一线职工培训经费');
  });

  it('finance reads the reports and cannot record one', async () => {
    await session.signIn('finance');
    await page.getByTestId('nav-compliance').click();
    await page.locator(`[data-report-id="${flow.reportId}"]`).waitFor();
    expect(await page.getByTestId('compliance-record').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
