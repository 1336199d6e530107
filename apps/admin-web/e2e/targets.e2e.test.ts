/**
 * 政策目标进度 (T1–T15) in Chromium against the real platform, on the demo data: HRSS opens the dashboard from the menu
 * and reads three targets back against the API's numbers (T2, T5, T12), T1 as a ratio over the recorded employed
 * population and T3 as an assessed qualitative target; switches to 任城区 and finds its contribution to T12 (a city
 * competition it hosts, recorded here) as the API counts it; exports the county view to Excel and reads the file back.
 * A county finance account sees its own county by default.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');
const RENCHENG = '370811';

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

interface Api {
  id: string;
  status: string;
  components: { key: string; achieved: number; achievedPercent: string | null }[];
}
const FIELDS = 'id status components { key achieved achievedPercent }';
/** Every subgraph's targets for the year, for the city or one county, as the API counts them. */
async function apiTargets(county: string | null = null): Promise<Map<string, Api>> {
  const data = await session.api<Record<string, Api[]>>(
    `query ($year: Int!, $county: String) {
      evaluationTargets(year: $year, county: $county) { ${FIELDS} }
      trainingTargets(year: $year, county: $county) { ${FIELDS} }
      competitionsTargets(year: $year, county: $county) { ${FIELDS} }
      awardsTargets(year: $year, county: $county) { ${FIELDS} }
    }`,
    { year: YEAR, county },
  );
  return new Map(Object.values(data).flatMap((list) => list.map((t) => [t.id, t] as const)));
}
const achieved = (m: Map<string, Api>, id: string, key: string) =>
  m.get(id)!.components.find((c) => c.key === key)!.achieved;
const bold = async (testId: string) => Number(await page.getByTestId(testId).locator('b').textContent());

describe('the targets dashboard', () => {
  it('HRSS reads T2, T5 and T12 back as the API counts them; T1 is a ratio, T3 an assessed standing', async () => {
    await session.signIn('hrss');
    // A city competition 任城区 hosts, so the county's share of T12 is at least this one.
    await session.api(`mutation ($input: CreateCompetitionInput!) { createCompetition(input: $input) { id } }`, {
      input: {
        name: `${YEAR}年济宁市目标看板测试竞赛${Math.floor(Math.random() * 1e6)}`,
        tier: 'CITY_CATEGORY_2',
        trade: '电工',
        year: YEAR,
        organiser: '济宁市人力资源和社会保障局',
        countyCode: RENCHENG,
      },
    });
    const api = await apiTargets();

    await page.getByTestId('nav-targets').click();
    await page.waitForURL(/\/targets/);
    await page.getByTestId('target-figure-T12-competitions').waitFor();
    expect(await page.title()).toContain('政策目标进度');
    for (const [id, key] of [
      ['T2', 'highSkilled'],
      ['T5', 'apprentices'],
      ['T12', 'competitions'],
    ] as const) {
      await expect.poll(() => bold(`target-figure-${id}-${key}`), { message: id }).toBe(achieved(api, id, key));
      expect(achieved(api, id, key), `${id} from demo data`).toBeGreaterThan(0);
    }
    expect(await page.locator('[data-target="T12"]').textContent()).toContain('济人社发〔2024〕9号 第四部分（十三）');

    // T1: the demo's employed population is recorded, so the share is a percentage with its parts.
    const t1 = api.get('T1')!.components[0]!;
    expect(t1.achievedPercent).toMatch(/^\d+\.\d\d$/);
    expect(await page.getByTestId('target-figure-T1-skilledShare').textContent()).toContain(
      `${t1.achievedPercent}％（${t1.achieved} /`,
    );
    // T3: qualitative, shown with its standing rather than a number.
    await page.getByTestId('target-assessment-T3').waitFor();
    expect(api.get('T3')!.status).toBe('QUALITATIVE');
    // Every target the platform counts shows; at most T6–T8 (college majors and courses) may still be uncounted.
    const notCounted = await page.getByTestId('target-not-counted').count();
    expect(notCounted).toBeLessThanOrEqual(3);
    for (const id of ['T1', 'T2', 'T3', 'T4', 'T5', 'T9', 'T10', 'T11', 'T12', 'T13', 'T14', 'T15']) {
      expect(await page.locator(`[data-target="${id}"]`).getByTestId('target-not-counted').count(), id).toBe(0);
    }
    await page.getByTestId('target-card-T12').getByRole('img', { name: 'T12 各月累计完成与目标' }).waitFor();
    await page.screenshot({ path: shot('targets-dashboard'), fullPage: true });
  });

  it('switches to 任城区: its contribution to each city target, kept in the URL, as the API counts it', async () => {
    await session.choose(page.getByTestId('targets-county'), '任城区');
    await page.waitForURL(new RegExp(`county=${RENCHENG}`));
    await page.getByTestId('targets-county-note').waitFor();
    expect(await page.getByTestId('targets-county-note').textContent()).toContain('全市目标');
    const county = await apiTargets(RENCHENG);
    const mine = achieved(county, 'T12', 'competitions');
    expect(mine).toBeGreaterThanOrEqual(1);
    await expect.poll(() => bold('target-county-T12-competitions')).toBe(mine);
    // The city's figure stays beside it, the city's own (not the county's answer in its place).
    const city = achieved(await apiTargets(), 'T12', 'competitions');
    expect(city).toBeGreaterThan(mine);
    expect(await bold('target-figure-T12-competitions')).toBe(city);
    await page.screenshot({ path: shot('targets-dashboard-county'), fullPage: true });
  });

  it('exports the county view: the city’s figures, the county’s and its share, read back from the file', async () => {
    const county = await apiTargets(RENCHENG);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-excel').click()]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^政策目标进度-${YEAR}-任城区-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await download.path())!)).buffer as ArrayBuffer);
    const sheet = book.getWorksheet('目标进度')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    const header = values(1);
    expect(header.slice(0, 9)).toEqual([
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
    expect(header.slice(-4)).toEqual(['完成情况', '县（市、区）', '本县完成数', '占全市']);
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => values(i + 2));
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(Array.from({ length: 15 }, (_, i) => `T${i + 1}`)));
    const col = (name: string) => header.indexOf(name);
    const t12 = rows.find((r) => r[0] === 'T12')!;
    expect(t12[col('县（市、区）')]).toBe('任城区');
    expect(t12[col('本县完成数')]).toBe(achieved(county, 'T12', 'competitions'));
    expect(String(t12[col('占全市')])).toMatch(/^\d+\.\d％$/);
    expect(t12[7]).toBe(`${YEAR}-12-31`);
    expect(rows.find((r) => r[0] === 'T1')![6]).not.toBe('平台尚未统计');
    expect(String(rows.find((r) => r[0] === 'T3')![col('完成情况')])).not.toBe('');
  });

  it('a county finance account sees its own county by default', async () => {
    await session.signOut();
    await session.signIn('rencheng-finance');
    await page.getByTestId('nav-targets').click();
    await page.getByTestId('targets-county-note').waitFor();
    await expect.poll(() => page.getByTestId('target-county-T12-competitions').textContent()).toMatch(/^\d+/);
    expect(session.pageErrors).toEqual([]);
  });
});
