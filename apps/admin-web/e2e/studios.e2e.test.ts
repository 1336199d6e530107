/**
 * A skill-master studio (二(六)) from application to approval, in Chromium against the real platform (issue 11, "Done
 * when"): 市人社局 · 职业能力建设科 registers a host unit's application with its lead and trade, reviews it (attesting the
 * urgently needed field, the text's one condition), selects it at city level and publishes it; the publicity list
 * masks the lead's name on screen and in the Excel file; the window passes (TRAINING_CLOCK_FILE moves training's
 * clock eight days on); the selector may not approve it — 市人社局 · 人才评价审核岗 does; the history names both; the
 * finance fact service computes the host's ¥50,000 construction grant (R7), shown on the studio's page; the lead's
 * person page lists the studio as approved.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');
/** Days training adds to today (development mode): '8' lets a 7-day studio publicity window pass. */
const clockFile = inject('trainingClockFile');

const SELECTOR = '市人社局 · 职业能力建设科';
const APPROVER = '市人社局 · 人才评价审核岗';

let session: E2ESession;
let page: Page;

const flow = {
  studioId: '',
  name: `济宁测试焊接技能大师工作室${Math.floor(Math.random() * 1e6)}`,
  leadId: '',
  leadName: '',
  hostName: '',
};

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('studios', task.name);
});

afterAll(async () => {
  if (clockFile) writeFileSync(clockFile, '0');
  await session?.close();
});

const status = () => page.getByTestId('studio-status').getAttribute('data-status');

/** Takes a step from the studio page's buttons: opens its dialog, fills it, confirms, waits for the new state. */
async function step(key: string, next: string, fill?: () => Promise<void>) {
  await page.getByTestId(`studio-action-${key}`).click();
  const dialog = page.getByTestId(`studio-${key}-dialog`);
  await dialog.waitFor();
  await fill?.();
  await page.getByTestId(`studio-${key}-dialog-ok`).click();
  await expect.poll(status).toBe(next);
}

describe('a city studio from application to approval', () => {
  it('HRSS registers the application in the drawer', async () => {
    await session.signIn('hrss');
    // A demo person who leads no city studio, and a demo unit, named the way staff would find them.
    const { people } = await session.api<{
      people: { edges: { node: { id: string; name: string; ledStudios: { level: string }[] | null } }[] };
    }>(`{ people(first: 100) { edges { node { id name ledStudios { level } } } } }`);
    const lead = people.edges
      .map((e) => e.node)
      .find((p) => !(p.ledStudios ?? []).some((s) => s.level === 'CITY') && p.name.length >= 2)!;
    flow.leadId = lead.id;
    flow.leadName = lead.name;
    const { organisations } = await session.api<{ organisations: { edges: { node: { name: string } }[] } }>(
      `{ organisations(first: 1, kind: ENTERPRISE) { edges { node { name } } } }`,
    );
    flow.hostName = organisations.edges[0]!.node.name;

    await page.getByTestId('nav-studios').click();
    await page.getByTestId('studio-year').waitFor();
    await page.getByTestId('studio-apply').click();
    await page.getByTestId('studio-apply-form').waitFor();
    await page.getByTestId('studio-form-name').fill(flow.name);
    await session.choose(page.getByTestId('studio-form-host'), flow.hostName, flow.hostName);
    await session.choose(page.getByTestId('studio-form-lead'), `${flow.leadName}（`, flow.leadName);
    await page.getByTestId('studio-form-trade').fill('焊工');
    await page.getByTestId('studio-apply-submit').click();
    await page.waitForURL(/\/training\/studios\/[^/]+$/);
    flow.studioId = decodeURIComponent(page.url().split('/').pop()!);
    expect(await page.getByTestId('studio-name').textContent()).toBe(flow.name);
    expect(await status()).toBe('APPLIED');
    await page.screenshot({ path: shot('studio-applied'), fullPage: true });
  });

  it('HRSS reviews (attesting the field), selects and publishes it', async () => {
    await step('review', 'REVIEWED', () => page.getByTestId('studio-action-attest').check());
    await step('select', 'SELECTED');
    await step('publish', 'IN_PUBLICITY');
    await expect.poll(() => page.getByTestId('studio-publicity-window').textContent()).toMatch(/至/);
  });

  it('the publicity list masks the lead, prints and exports the same to Excel', async () => {
    await page.getByTestId('nav-studios').click();
    await page.getByTestId('studio-publicity').click();
    await page.waitForURL(/\/training\/studios\/publicity$/);
    const masked = `${flow.leadName[0]}${'*'.repeat(Math.max(1, flow.leadName.length - 2))}${flow.leadName.length > 2 ? flow.leadName.at(-1) : ''}`;
    const lines = page.getByTestId('studio-publicity-lines');
    await expect.poll(() => lines.textContent()).toContain(flow.hostName);
    // Only the studios in publicity, though the list page before showed every studio (one cache for both).
    const { masterStudios } = await session.api<{ masterStudios: { totalCount: number } }>(
      `{ masterStudios(first: 1, status: IN_PUBLICITY) { totalCount } }`,
    );
    expect(await lines.locator('tbody tr.ant-table-row').count()).toBe(masterStudios.totalCount);
    expect(await lines.textContent()).toContain(masked);
    expect(await lines.textContent()).not.toContain(flow.leadName);
    expect(await page.getByTestId('print').isVisible()).toBe(true);
    await page.screenshot({ path: shot('studio-publicity'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-excel').click()]);
    expect(download.suggestedFilename()).toMatch(/^技能大师工作室公示名单-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const rows: unknown[][] = [];
    book.getWorksheet('公示名单')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toContain('领办人');
    expect(rows).toHaveLength(masterStudios.totalCount + 1);
    const ours = rows.find((r) => r.includes(flow.hostName) && r.some((c) => String(c).includes('焊接技能大师工作室')));
    expect(ours).toContain(masked);
    expect(rows.flat().map(String).join('|')).not.toContain(flow.leadName);
  });

  it('after the window, the selector may not approve; another HRSS account does', async () => {
    expect(clockFile, 'TRAINING_CLOCK_FILE of the platform under test').not.toBe('');
    writeFileSync(clockFile, '8');
    await page.goto(`${baseUrl}/training/studios/${encodeURIComponent(flow.studioId)}`);
    await page.getByTestId('studio-action-approve').click();
    await page.getByTestId('studio-approve-dialog').waitFor();
    await page.getByTestId('studio-approve-dialog-ok').click();
    expect(await page.getByTestId('studio-approve-dialog-error').textContent()).toContain('遴选人不能命名同一工作室');
    await page.keyboard.press('Escape');
    expect(await status()).toBe('IN_PUBLICITY');

    await session.signOut();
    await session.signIn('hrss-reviewer');
    await page.goto(`${baseUrl}/training/studios/${encodeURIComponent(flow.studioId)}`);
    await step('approve', 'APPROVED');
    const history = page.getByTestId('studio-history');
    await expect.poll(() => history.textContent()).toContain(APPROVER);
    expect(await history.textContent()).toContain(SELECTOR);
  });

  it('finance computes the host’s construction grant, shown on the studio; the lead’s page lists it approved', async () => {
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByTestId('studio-grants').waitFor();
          return (await page.getByTestId('studio-grant-amount').count()) > 0
            ? page.getByTestId('studio-grant-amount').first().textContent()
            : null;
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe('¥50,000.00');
    await page.screenshot({ path: shot('studio-approved'), fullPage: true });

    await page.goto(`${baseUrl}/people/${encodeURIComponent(flow.leadId)}`);
    const row = page.getByTestId('person-studios').locator('tr', { hasText: flow.name });
    await expect.poll(() => row.getByTestId('person-studio-status').getAttribute('data-status')).toBe('APPROVED');
    expect(session.pageErrors).toEqual([]);
  });
});
