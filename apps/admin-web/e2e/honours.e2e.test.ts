/**
 * One 济宁市首席技师 nomination, driven in Chromium against the real platform as the people the policy requires (issue
 * 11, "Done when"): 市人社局 · 职业能力建设科 (`hrss`) nominates a person from the directory with the attestation the
 * kind asks (frontline leader of a key industry: no record proves it), enters two experts' scores and publishes it
 * (公示); the publicity list masks the name and ID number on screen and in the Excel file. The window passes
 * (FINANCE_CLOCK_FILE, the platform clock of the kit, moves every subgraph's today eight days on): the nominator is not
 * offered approval (maker-checker); 市人社局 · 人才评价审核岗 (`hrss-reviewer`) approves it within the year's quota
 * (T14, 五(十四)) and a certificate number is given. The history names both, and the person's page shows the honour.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { maskIdNumber } from '../src/format/idNumber';
import { maskPersonName } from '../src/format/personName';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');
/** Days the platform adds to today (development mode): '8' lets a 7-day publicity window pass. */
const clockFile = inject('financeClockFile');

let session: E2ESession;
let page: Page;

/** What the steps share: the year with a place left, the person nominated, and the honour. */
const flow = { year: 0, personId: '', personName: '', idNumber: '', honourId: '' };

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('honours', task.name);
});

afterAll(async () => {
  // Today is today again for whatever runs on this platform next, even when a step failed with the clock moved.
  if (clockFile) writeFileSync(clockFile, '0');
  await session?.close();
});

async function exported(testId: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return download;
}

async function sheetRows(download: Download, sheetName: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  const sheet = book.getWorksheet(sheetName);
  expect(sheet, `sheet ${sheetName} in ${download.suggestedFilename()}`).toBeDefined();
  const rows: unknown[][] = [];
  sheet!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const status = () => page.getByTestId('honour-status').getAttribute('data-status');
const step = (name: string) => page.getByTestId(`honour-step-${name}`);

describe('honours in the admin web (Chromium)', () => {
  it('HRSS nominates a 首席技师 with the attestation the kind asks', async () => {
    await session.signIn('hrss');
    // A year of the policy with a 首席技师 place left, and a person without that honour in it.
    const years = [2025, 2026, 2027, 2028, 2029];
    for (const year of years) {
      const { honourYear } = await session.api<{
        honourYear: { quotas: { id: string; remaining: number }[] };
      }>('query ($y: Int!) { honourYear(year: $y) { quotas { id remaining } } }', { y: year });
      if (honourYear.quotas.find((q) => q.id === 'T14_CHIEF_TECHNICIANS')!.remaining > 1) {
        flow.year = year;
        break;
      }
    }
    expect(flow.year, 'a year with a 首席技师 place left').toBeGreaterThan(0);
    const { people } = await session.api<{
      people: { edges: { node: { id: string; name: string; idNumber: string; honours: { kind: string }[] } }[] };
    }>('{ people(first: 100) { edges { node { id name idNumber honours { kind } } } } }');
    const names = people.edges.map((e) => e.node.name);
    const candidate = people.edges
      .map((e) => e.node)
      .find((p) => p.honours.length === 0 && names.filter((n) => n === p.name).length === 1 && p.name.length >= 2)!;
    expect(candidate, 'a person of the directory without honours').toBeDefined();
    Object.assign(flow, { personId: candidate.id, personName: candidate.name, idNumber: candidate.idNumber });

    await page.getByTestId('nav-honours').click();
    await page.getByTestId('nominate-honour').click();
    const form = page.getByTestId('nomination-form');
    await form.waitFor();
    await session.choose(page.getByTestId('nomination-kind'), '济宁市首席技师');
    await page.getByTestId('nomination-year').fill(String(flow.year));
    await session.choose(page.getByTestId('nomination-person'), flow.personName, flow.personName);
    // Without the attestation the form refuses, in Chinese, before anything is sent.
    await page.getByTestId('nomination-submit').click();
    await form.getByText('请填写证明人').waitFor();
    await page.getByTestId('nomination-attested-by').fill('济宁市重点产业链链主企业');
    await page.getByTestId('nomination-attestation').fill('该同志为数控加工车间一线技能领军人才，带领班组攻克关键工艺');
    await page.getByTestId('nomination-citation').fill('长期扎根生产一线，技艺精湛');
    await page.getByTestId('nomination-submit').click();
    await page.waitForURL(/\/awards\/honours\/[^/]+$/);
    flow.honourId = decodeURIComponent(page.url().split('/').pop()!);
    await expect.poll(status).toBe('NOMINATED');
    expect(await page.getByTestId('honour-title').textContent()).toContain(flow.personName);
    expect(session.pageErrors).toEqual([]);
  });

  it('HRSS enters two experts’ scores and publishes it (公示)', async () => {
    for (const [expert, score] of [
      ['王评审', '88'],
      ['李评审', '91'],
    ] as const) {
      await step('SCORE').click();
      const dialog = page.getByTestId('score-dialog');
      await dialog.waitFor();
      await page.getByTestId('score-expert').fill(expert);
      await page.getByTestId('score-value').fill(score);
      await page.getByTestId('score-dialog-ok').click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('honour-scores').getByText(expert).waitFor();
    }
    await expect.poll(status).toBe('REVIEWED');
    expect(await page.getByTestId('honour-average').textContent()).toBe('89.50');
    // The nominator may score and publish, but is never offered the decision.
    expect(await step('APPROVE').count()).toBe(0);
    expect(await step('REJECT').count()).toBe(0);

    await step('PUBLISH').click();
    await page.getByTestId('publish-dialog').waitFor();
    await page.getByTestId('publish-dialog-ok').click();
    await expect.poll(status).toBe('IN_PUBLICITY');
    // Before the window has passed, nobody may approve.
    expect(await step('APPROVE').count()).toBe(0);
    await step('RECORD_OBJECTION').waitFor();
    await page.screenshot({ path: shot('honour-in-publicity'), fullPage: true });
  });

  it('the publicity list masks the name and ID number, on screen and in Excel', async () => {
    await page.getByTestId('nav-honour-publicity').click();
    await page.goto(`${baseUrl}/awards/publicity?year=${flow.year}`);
    const table = page.getByTestId('honour-publicity');
    const ours = table.locator('tr', { has: page.locator(`a[href$="/awards/honours/${flow.honourId}"]`) });
    await ours.waitFor();
    expect(await ours.getByTestId('publicity-honour-name').textContent()).toBe(maskPersonName(flow.personName));
    expect(await ours.getByTestId('publicity-honour-id').textContent()).toBe(maskIdNumber(flow.idNumber));
    expect(await table.textContent()).not.toContain(flow.personName);

    const rows = await sheetRows(await exported('export-honour-publicity'), '公示名单');
    expect(rows[0]!.slice(0, 4)).toEqual(['序号', '姓名', '身份证号', '荣誉类别']);
    const line = rows.find((r) => r[1] === maskPersonName(flow.personName) && r[2] === maskIdNumber(flow.idNumber));
    expect(line, 'our line in the Excel file').toBeDefined();
    expect(line![3]).toBe('济宁市首席技师');
    expect(JSON.stringify(rows)).not.toContain(flow.personName);
    await page.screenshot({ path: shot('honour-publicity'), fullPage: true });
  });

  it('once the window has passed, the reviewer (not the nominator) approves it and a certificate number is given', async () => {
    expect(clockFile, 'FINANCE_CLOCK_FILE of the platform under test').not.toBe('');
    writeFileSync(clockFile, '8');
    await page.goto(`${baseUrl}/awards/honours/${encodeURIComponent(flow.honourId)}`);
    await expect.poll(status).toBe('IN_PUBLICITY');
    await page.getByTestId('honour-actions').waitFor({ state: 'attached' });
    expect(await step('APPROVE').count()).toBe(0);

    await session.signIn('hrss-reviewer');
    await page.goto(`${baseUrl}/awards/honours/${encodeURIComponent(flow.honourId)}`);
    await step('APPROVE').click();
    await page.getByTestId('approve-dialog').waitFor();
    await page.getByTestId('approve-dialog-ok').click();
    await expect.poll(status).toBe('APPROVED');
    expect(await page.getByTestId('honour-certificate').textContent()).toMatch(
      new RegExp(`^济宁市首席技师〔${flow.year}〕第\\d{3}号$`),
    );
    const lines = page.getByTestId('honour-history-line');
    await expect
      .poll(async () => lines.evaluateAll((els) => els.map((e) => e.getAttribute('data-action'))))
      .toEqual(['NOMINATED', 'SCORED', 'SCORED', 'PUBLISHED', 'APPROVED']);
    const history = await page.getByTestId('honour-history').textContent();
    expect(history).toContain('市人社局 · 职业能力建设科');
    expect(history).toContain('市人社局 · 人才评价审核岗');
    await page.screenshot({ path: shot('honour-approved'), fullPage: true });
    writeFileSync(clockFile, '0');

    // The person's page shows the honour with its status and history.
    await page.goto(`${baseUrl}/people/${encodeURIComponent(flow.personId)}`);
    const section = page.getByTestId('person-honours');
    await section.getByTestId('honour-kind').filter({ hasText: '济宁市首席技师' }).first().waitFor();
    const text = await section.textContent();
    expect(text).toContain('已批准');
    expect(text).toContain(`济宁市首席技师〔${flow.year}〕`);
    expect(session.pageErrors).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});
