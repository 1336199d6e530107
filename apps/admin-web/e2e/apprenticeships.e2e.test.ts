/**
 * A new-type apprenticeship (R2 二(二)) in Chromium against the real platform: 任城区人社局 sets its county's rate —
 * first 7,000 a year, which the server refuses with the policy's range in the message, then 5,000 from the policy's
 * start — records an agreement of a 任城区 enterprise (an end before the start refused on its field), records the
 * completed first year; it may not confirm its own year, 市人社局 does; T5 counts the apprentice; the finance fact
 * service computes the enterprise's ¥5,000.00 (the county's rate), paid by 任城区, which Finance sees on the page.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');

const COUNTY_RECORDER = '任城区人社局 · 职业能力建设股';
const CITY_CONFIRMER = '市人社局 · 职业能力建设科';

let session: E2ESession;
let page: Page;

const flow = { id: '', personName: '', enterpriseName: '', collegeName: '' };

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('apprenticeships', task.name);
});

afterAll(async () => {
  await session?.close();
});

const yearStatus = () => page.getByTestId('apprenticeship-year-status').first().getAttribute('data-status');

describe('an apprenticeship from the county’s rate to the county’s subsidy', () => {
  it('the county HRSS sets its rate: outside the policy’s range refused with the range, then 5,000', async () => {
    await session.signIn('rencheng-hrss');
    // A county HRSS bureau starts on its 工作台, where its county's years to confirm wait.
    await page.waitForURL(/\/home$/);
    await page.getByTestId('work-count-APPRENTICESHIP_YEAR_TO_CONFIRM').waitFor();
    await page.getByTestId('nav-apprenticeship-rates').click();
    await page.getByTestId('rate-form').waitFor();
    await page.getByTestId('rate-form-effective-from').fill('2025-01-01');
    await page.getByTestId('rate-form-rate').fill('7000');
    await page.getByTestId('rate-form-submit').click();
    await expect.poll(() => page.getByTestId('rate-form').textContent()).toContain('4,000元—6,000元');
    await page.screenshot({ path: shot('apprenticeship-rate-refused'), fullPage: true });

    await page.getByTestId('rate-form-rate').fill('5000');
    // The field's error clears as it is corrected and the button moves back up beside 说明: click once it has moved
    // (a click computed before the move lands on nothing).
    await expect.poll(() => page.getByTestId('rate-form').textContent()).not.toContain('4,000元—6,000元');
    await page.getByTestId('rate-form-submit').click();
    const table = page.getByTestId('apprenticeship-rates-table');
    await expect.poll(() => table.textContent()).toContain('¥5,000.00');
    expect(await table.textContent()).toContain('2025-01-01');
    expect(await table.textContent()).toContain('任城区');
  });

  it('records an agreement of a 任城区 enterprise: an end before the start refused on its field, then corrected', async () => {
    const { people } = await session.api<{
      people: { edges: { node: { id: string; name: string; apprenticeships: unknown[] | null } }[] };
    }>(`{ people(first: 100) { edges { node { id name apprenticeships { id } } } } }`);
    flow.personName = people.edges
      .map((e) => e.node)
      .find((p) => (p.apprenticeships ?? []).length === 0 && p.name.length >= 2)!.name;
    const { enterprises, colleges } = await session.api<{
      enterprises: { edges: { node: { name: string; county: { code: string } } }[] };
      colleges: { edges: { node: { name: string } }[] };
    }>(`{
      enterprises: organisations(first: 50, kind: ENTERPRISE) { edges { node { name county { code } } } }
      colleges: organisations(first: 1, kind: TECHNICAL_SCHOOL) { edges { node { name } } }
    }`);
    flow.enterpriseName = enterprises.edges.map((e) => e.node).find((o) => o.county.code === '370811')!.name;
    flow.collegeName = colleges.edges[0]!.node.name;

    await page.getByTestId('nav-apprenticeships').click();
    await page.getByTestId('apprenticeships-table').waitFor();
    await page.getByTestId('apprenticeship-record').click();
    await page.getByTestId('apprenticeship-form').waitFor();
    await session.choose(page.getByTestId('apprenticeship-form-enterprise'), flow.enterpriseName, flow.enterpriseName);
    await session.choose(page.getByTestId('apprenticeship-form-apprentice'), `${flow.personName}（`, flow.personName);
    await session.choose(page.getByTestId('apprenticeship-form-college'), flow.collegeName, flow.collegeName);
    await page.getByTestId('apprenticeship-form-trade').fill('数控车工');
    await page.getByTestId('apprenticeship-form-started-on').fill('2025-01-01');
    await page.getByTestId('apprenticeship-form-ends-on').fill('2024-12-31');
    await page.getByTestId('apprenticeship-submit').click();
    await expect.poll(() => page.getByTestId('apprenticeship-form').textContent()).toContain('须晚于开始日期');
    await page.screenshot({ path: shot('apprenticeship-refused'), fullPage: true });

    await page.getByTestId('apprenticeship-form-ends-on').fill('2026-12-31');
    await page.getByTestId('apprenticeship-submit').click();
    await page.waitForURL(/\/training\/apprenticeships\/[^/]+$/);
    flow.id = decodeURIComponent(page.url().split('/').pop()!);
    expect(await page.getByTestId('apprenticeship-name').textContent()).toContain(flow.personName);
    expect(await page.getByTestId('apprenticeship-status').getAttribute('data-status')).toBe('ACTIVE');
  });

  it('records the completed first year; the recorder may not confirm it', async () => {
    await page.getByTestId('apprenticeship-action-record-year').click();
    await page.getByTestId('apprenticeship-record-year-dialog').waitFor();
    await page.getByTestId('apprenticeship-year-evidence').fill('2025 年度考核记录');
    await page.getByTestId('apprenticeship-record-year-dialog-ok').click();
    await expect.poll(yearStatus).toBe('RECORDED');

    await page.getByTestId('apprenticeship-action-confirm-1').click();
    await page.getByTestId('apprenticeship-confirm-year-dialog').waitFor();
    await page.getByTestId('apprenticeship-confirm-year-dialog-ok').click();
    await expect
      .poll(() => page.getByTestId('apprenticeship-confirm-year-dialog-error').textContent())
      .toContain('登记人不能确认自己登记的培训年度');
    await page.keyboard.press('Escape');
    expect(await yearStatus()).toBe('RECORDED');
  });

  it('the city HRSS confirms it at the county’s rate; the history names both; T5 counts the apprentice', async () => {
    await session.signOut();
    await session.signIn('hrss');
    // The year recorded by the county waits on the city HRSS's 工作台 (never on its recorder's).
    await expect
      .poll(() => page.getByTestId('work-count-APPRENTICESHIP_YEAR_TO_CONFIRM').textContent())
      .toMatch(/^[1-9]\d* 件$/);
    await page.goto(`${baseUrl}/training/apprenticeships/${encodeURIComponent(flow.id)}`);
    await page.getByTestId('apprenticeship-action-confirm-1').click();
    await page.getByTestId('apprenticeship-confirm-year-dialog').waitFor();
    await page.getByTestId('apprenticeship-confirm-year-dialog-ok').click();
    await expect.poll(yearStatus).toBe('CONFIRMED');
    expect(await page.getByTestId('apprenticeship-years').textContent()).toContain('¥5,000.00');
    const history = page.getByTestId('apprenticeship-history');
    await expect.poll(() => history.textContent()).toContain(CITY_CONFIRMER);
    expect(await history.textContent()).toContain(COUNTY_RECORDER);
    await page.screenshot({ path: shot('apprenticeship-confirmed'), fullPage: true });

    await page.goto(`${baseUrl}/training/apprenticeships?year=2025`);
    await expect
      .poll(async () => Number(await page.getByTestId('apprentice-target-count').textContent()))
      .toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('apprentice-target-clause').textContent()).toContain('二(二)');
  });

  it('Finance sees the R2 entitlement of ¥5,000.00, paid by 任城区, on the agreement’s page', async () => {
    await session.signOut();
    await session.signIn('finance');
    await expect
      .poll(
        async () => {
          await page.goto(`${baseUrl}/training/apprenticeships/${encodeURIComponent(flow.id)}`);
          await page.getByTestId('apprenticeship-grants').waitFor();
          return (await page.getByTestId('apprenticeship-grant').count()) > 0
            ? page.getByTestId('apprenticeship-grant').first().textContent()
            : null;
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toContain('¥5,000.00');
    const grant = await page.getByTestId('apprenticeship-grant').first().textContent();
    expect(grant).toContain('R2');
    expect(grant).toContain('任城区财政承担');
    expect(await page.getByTestId('apprenticeship-read-only').isVisible()).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });
});
