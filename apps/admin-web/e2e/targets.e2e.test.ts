/**
 * 政策目标进度 (T1–T15) in Chromium against the real platform: HRSS records a city competition, opens the dashboard from
 * the menu and finds T12's figure equal to what competitions counts for the year, drawn month by month, the targets the
 * platform does not count yet marked as such, and exports the dashboard to Excel (read back and checked). A county
 * finance account reads the same dashboard.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');

let session: E2ESession;
let page: Page;
// The dashboard opens on this year in China (the browser's clock is the machine's).
const YEAR = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('targets', task.name);
});
afterAll(async () => {
  await session?.close();
});

const cityCompetitions = async () =>
  (
    await session.api<{ competitionYear: { cityCompetitions: number } }>(
      `query ($year: Int!) { competitionYear(year: $year) { cityCompetitions } }`,
      { year: YEAR },
    )
  ).competitionYear.cityCompetitions;

describe('the targets dashboard', () => {
  it('HRSS sees T12 count the city competition it just recorded, with its clause and trend', async () => {
    await session.signIn('hrss');
    await session.api(`mutation ($input: CreateCompetitionInput!) { createCompetition(input: $input) { id } }`, {
      input: {
        name: `${YEAR}年济宁市目标看板测试竞赛${Math.floor(Math.random() * 1e6)}`,
        tier: 'CITY_CATEGORY_2',
        trade: '电工',
        year: YEAR,
        organiser: '济宁市人力资源和社会保障局',
      },
    });
    const expected = await cityCompetitions();
    expect(expected).toBeGreaterThan(0);

    await page.getByTestId('nav-targets').click();
    await page.waitForURL(/\/targets/);
    const figure = page.getByTestId('target-figure-T12-competitions');
    await expect.poll(() => figure.textContent()).toBe(`${expected} / 不少于 100`);
    expect(await page.title()).toContain('政策目标进度');
    const row = page.locator('[data-target="T12"]');
    expect(await row.textContent()).toContain('济人社发〔2024〕9号 第四部分（十三）');
    // The trend is drawn (a canvas named for screen readers), and T1 — an employment statistic the platform does not
    // hold — says it is not counted rather than showing 0.
    await page.getByTestId('target-card-T12').getByRole('img', { name: 'T12 各月累计完成与目标' }).waitFor();
    expect(await page.locator('[data-target="T1"]').getByTestId('target-not-counted').count()).toBe(1);
    await page.screenshot({ path: shot('targets-dashboard'), fullPage: true });
  });

  it('exports the dashboard: one row per target component, months as cumulative numbers', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-excel').click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^政策目标进度-${YEAR}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await download.path())!)).buffer as ArrayBuffer);
    const sheet = book.getWorksheet('目标进度')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1).slice(0, 9)).toEqual([
      '目标',
      '条款',
      '目标原文',
      '指标',
      '目标数',
      '完成数',
      '进度',
      '考核截止',
      `${YEAR}年1月末`,
    ]);
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => values(i + 2));
    const ids = rows.map((r) => r[0]);
    expect(new Set(ids)).toEqual(new Set(Array.from({ length: 15 }, (_, i) => `T${i + 1}`)));
    const t12 = rows.find((r) => r[0] === 'T12')!;
    expect(t12[5]).toBe(await cityCompetitions());
    expect(t12[7]).toBe(`${YEAR}-12-31`);
    expect(rows.find((r) => r[0] === 'T1')![6]).toBe('平台尚未统计');
  });

  it('a county finance account reads the same dashboard', async () => {
    await session.signIn('rencheng-finance');
    await page.getByTestId('nav-targets').click();
    await expect
      .poll(() => page.getByTestId('target-figure-T12-competitions').textContent())
      .toMatch(/^\d+ \/ 不少于 100$/);
    expect(session.pageErrors).toEqual([]);
  });
});
