/**
 * A city competition with its results, in Chromium against the real platform (三(九), 四(十三)): 市人社局 registers a
 * competition (an end date before the start is refused on its field first), imports an Excel file made here with one
 * row whose ID number nobody in the directory holds — the row says so in Chinese and nothing is written — then imports
 * only the valid rows (matched by full ID number through the gateway and the directory), which appear in the results;
 * registers a team result; and the list's T12 card counts the competition for the year.
 */
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');

let session: E2ESession;
let page: Page;

const year = new Date().getFullYear();
const flow = {
  id: '',
  name: `${year}年济宁市测试数控车工技能竞赛${Math.floor(Math.random() * 1e6)}`,
  people: [] as { id: string; name: string; idNumber: string }[],
  teamMember: { id: '', name: '' },
  cityBefore: 0,
};
/** Well formed, and held by nobody the demo directory registers (its people were born 1966–2003). */
const NOBODY = '370802201912311236';

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('competitions', task.name);
});

afterAll(async () => {
  await session?.close();
});

async function resultsFile(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('竞赛成绩');
  sheet.addRow(['身份证号', '名次', '奖次']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const resultCount = async () =>
  (
    await session.api<{ competition: { results: unknown[] } }>(
      `query ($id: ID!) { competition(id: $id) { results { id } } }`,
      {
        id: flow.id,
      },
    )
  ).competition.results.length;

describe('a city competition: results imported from Excel, a team result, T12', () => {
  it('HRSS registers a competition; an end before the start is refused on its field first', async () => {
    await session.signIn('hrss');
    // Three demo people with distinct names; the two placed individually by their full ID numbers (revealed, audited).
    const { people } = await session.api<{ people: { edges: { node: { id: string; name: string } }[] } }>(
      `{ people(first: 60) { edges { node { id name } } } }`,
    );
    const names = new Map<string, { id: string; name: string }>();
    for (const { node } of people.edges) if (!names.has(node.name)) names.set(node.name, node);
    const chosen = [...names.values()].slice(0, 3);
    for (const p of chosen.slice(0, 2)) {
      const { revealIdNumber } = await session.api<{ revealIdNumber: { idNumber: string } }>(
        `mutation ($id: ID!) { revealIdNumber(personId: $id, reason: "竞赛成绩导入核对身份证号") { idNumber } }`,
        { id: p.id },
      );
      flow.people.push({ ...p, idNumber: revealIdNumber.idNumber });
    }
    flow.teamMember = chosen[2]!;

    await page.getByTestId('nav-competitions').click();
    const count = page.getByTestId('competition-year-count');
    await count.waitFor();
    flow.cityBefore = Number(await count.getAttribute('data-count'));

    await page.getByTestId('competition-create').click();
    await page.getByTestId('competition-create-form').waitFor();
    await page.getByTestId('competition-form-name').fill(flow.name);
    await page.getByTestId('competition-form-trade').fill('数控车工');
    await page.getByTestId('competition-form-organiser').fill('济宁市人力资源和社会保障局');
    await page.getByTestId('competition-form-held-on').fill(`${year}-06-10`);
    await page.getByTestId('competition-form-ends-on').fill(`${year}-06-01`);
    await page.getByTestId('competition-create-submit').click();
    const form = page.getByTestId('competition-create-form');
    await expect.poll(() => form.textContent()).toContain('结束日期不能早于开始日期');
    expect(page.url()).toMatch(/\/competitions$/);

    await page.getByTestId('competition-form-ends-on').fill(`${year}-06-12`);
    await page.getByTestId('competition-create-submit').click();
    await page.waitForURL(/\/competitions\/[^/]+$/);
    flow.id = decodeURIComponent(page.url().split('/').pop()!);
    expect(await page.getByTestId('competition-name').textContent()).toBe(flow.name);
    expect(await page.getByTestId('competition-dates').textContent()).toBe(`${year}-06-10 至 ${year}-06-12`);
  });

  it('an Excel file with one bad row: the row is reported in Chinese and nothing is written', async () => {
    await page.getByRole('tab', { name: '从 Excel 导入' }).click();
    const [a, b] = flow.people;
    await page.getByTestId('results-import-file').setInputFiles({
      name: '竞赛成绩.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await resultsFile([
        [a!.idNumber, 1, '金牌'],
        [b!.idNumber, 2, '银牌'],
        [NOBODY, 3, '铜牌'],
      ]),
    });
    const summary = page.getByTestId('results-import-summary');
    await expect.poll(() => summary.textContent()).toBe('共 3 行：2 行无误，1 行有错误');
    expect(await page.getByTestId('results-import-row-error').allTextContents()).toEqual([
      `人员库中无此身份证号：${NOBODY}`,
    ]);
    expect(await page.getByTestId('results-import-all').isDisabled()).toBe(true);
    expect(await resultCount()).toBe(0);
    await page.screenshot({ path: shot('competition-import-checked'), fullPage: true });
  });

  it('仅导入无误的行 writes the two valid rows, which appear in the results', async () => {
    await page.getByTestId('results-import-valid-only').click();
    await expect.poll(() => page.getByTestId('results-import-written').textContent()).toBe('已导入 2 条成绩');
    const results = page.getByTestId('competition-results');
    for (const p of flow.people) await expect.poll(() => results.textContent()).toContain(p.name);
    expect(await results.textContent()).toContain('金牌');
    expect(await resultCount()).toBe(2);
    await expect
      .poll(() => page.getByTestId('competition-history-action').allTextContents())
      .toContain('批量登记竞赛成绩（2 条）');
  });

  it('HRSS registers a team result with its member', async () => {
    await page.getByTestId('competition-team').click();
    const modal = page.getByTestId('competition-team-modal');
    await modal.waitFor();
    await page.getByTestId('competition-team-name').fill('济宁测试代表队');
    await page.getByTestId('competition-team-rank').fill('1');
    await session.choose(page.getByTestId('competition-team-medal'), '金牌');
    await session.choose(
      page.getByTestId('competition-team-member').first(),
      `${flow.teamMember.name}（`,
      flow.teamMember.name,
    );
    await page.getByTestId('competition-team-modal-ok').click();
    await modal.waitFor({ state: 'detached' });
    const teams = page.getByTestId('competition-teams');
    await expect.poll(() => teams.textContent()).toContain('济宁测试代表队');
    expect(await teams.textContent()).toContain(flow.teamMember.name);
    expect(await resultCount()).toBe(3);
    await page.screenshot({ path: shot('competition-results'), fullPage: true });
  });

  it('the T12 card counts the competition for the year', async () => {
    await page.getByTestId('nav-competitions').click();
    await page.getByTestId('competition-year-select').waitFor();
    await expect
      .poll(async () => Number(await page.getByTestId('competition-year-count').getAttribute('data-count')))
      .toBe(flow.cityBefore + 1);
    expect(await page.getByTestId('competition-year-clause').textContent()).toContain('四(十三)');
    expect(session.pageErrors).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});
