/**
 * An order class (R5 二(四)) in Chromium against the real platform: 市人社局 records an enterprise's order class — first
 * with an enterprise as the college, which the server refuses on the college's field, then with a technical school —
 * and submits the enterprise's 2025 report of 50 full-time hires — first claiming a key enterprise without its
 * document, refused on that field, then with it; it may not confirm its own report, a second HRSS account does; the
 * history names both; the finance fact service computes the low band (50 × ¥5,000), shared by the city and the
 * enterprise's county, which Finance sees on the report's page.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');

const SUBMITTER = '市人社局 · 职业能力建设科';
const CONFIRMER = '市人社局 · 人才评价审核岗';
const HIRES = 50;

let session: E2ESession;
let page: Page;

const flow = { id: '', enterpriseName: '', schoolName: '', otherEnterpriseName: '', className: '' };
let people: { name: string; idNumber: string }[] = [];

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('order-classes', task.name);
});

afterAll(async () => {
  await session?.close();
});

const reportStatus = () => page.getByTestId('order-class-report-status').first().getAttribute('data-status');

describe('an order class from its agreement to the enterprise’s subsidy', () => {
  it('records an agreement: an enterprise as the college refused on its field, then a technical school', async () => {
    await session.signIn('hrss');
    const { enterprises, schools, reports, found } = await session.api<{
      enterprises: { edges: { node: { id: string; name: string } }[] };
      schools: { edges: { node: { name: string } }[] };
      reports: { edges: { node: { enterprise: { id: string } } }[] };
      found: { edges: { node: { name: string; idNumber: string } }[] };
    }>(`{
      enterprises: organisations(first: 50, kind: ENTERPRISE) { edges { node { id name } } }
      schools: organisations(first: 1, kind: TECHNICAL_SCHOOL) { edges { node { name } } }
      reports: orderClassHiringReports(first: 100, year: 2025) { edges { node { enterprise { id } } } }
      found: people(first: 100) { edges { node { name idNumber } } }
    }`);
    const reported = new Set(reports.edges.map((e) => e.node.enterprise.id));
    const free = enterprises.edges.map((e) => e.node).filter((o) => !reported.has(o.id) && o.name.length >= 4);
    flow.enterpriseName = free[0]!.name;
    flow.otherEnterpriseName = free[1]!.name;
    flow.schoolName = schools.edges[0]!.node.name;
    flow.className = `数控订单班 ${Date.now() % 100000}`;
    // Fifty graduates whose names no other of the first 100 shares (each is picked by name and masked ID number).
    const all = found.edges.map((e) => e.node);
    const count = new Map<string, number>();
    for (const p of all) count.set(p.name, (count.get(p.name) ?? 0) + 1);
    people = all.filter((p) => count.get(p.name) === 1 && p.name.length >= 2).slice(0, HIRES);
    expect(people).toHaveLength(HIRES);

    await page.getByTestId('nav-order-class-agreements').click();
    await page.getByTestId('order-class-agreements-table').waitFor();
    await page.getByTestId('order-class-agreement-record').click();
    await page.getByTestId('order-class-agreement-form').waitFor();
    await session.choose(
      page.getByTestId('order-class-agreement-enterprise'),
      flow.enterpriseName,
      flow.enterpriseName,
    );
    await session.choose(
      page.getByTestId('order-class-agreement-college'),
      flow.otherEnterpriseName,
      flow.otherEnterpriseName,
    );
    await page.getByTestId('order-class-agreement-class-name').fill(flow.className);
    await page.getByTestId('order-class-agreement-started-on').fill('2022-09-01');
    await page.getByTestId('order-class-agreement-submit').click();
    await expect
      .poll(() => page.getByTestId('order-class-agreement-form').textContent())
      .toContain('所选单位不是职业院校或技工院校');
    await page.screenshot({ path: shot('order-class-agreement-refused'), fullPage: true });

    await session.choose(page.getByTestId('order-class-agreement-college'), flow.schoolName, flow.schoolName);
    await page.getByTestId('order-class-agreement-submit').click();
    const table = page.getByTestId('order-class-agreements-table');
    await expect.poll(() => table.textContent()).toContain(flow.className);
    expect(await table.textContent()).toContain(flow.schoolName);
  });

  it(`submits the 2025 report of ${HIRES} hires: a key enterprise without its document refused on that field`, async () => {
    await page.getByTestId('order-class-reports-link').click();
    await page.getByTestId('order-class-reports-table').waitFor();
    await page.getByTestId('order-class-report-submit-open').click();
    await page.getByTestId('order-class-report-form').waitFor();
    await session.choose(page.getByTestId('order-class-report-enterprise'), flow.enterpriseName, flow.enterpriseName);
    await session.choose(page.getByTestId('order-class-report-year'), '2025');
    for (let i = 0; i < HIRES; i++) {
      await page.getByTestId('order-class-hire-add').click();
      const p = people[i]!;
      await session.choose(page.getByTestId(`order-class-hire-person-${i}`), `${p.name}（${p.idNumber}`, p.name);
      if (i === 0) {
        await page.getByTestId('order-class-hire-date-0').fill('2025-07-01');
        await session.choose(page.getByTestId('order-class-hire-agreement-0'), flow.className);
      }
    }
    expect(await page.getByTestId('order-class-hire-count').textContent()).toContain(`共 ${HIRES} 人`);
    // The key-enterprise box is ticked by default; its document is left empty.
    await page.getByTestId('order-class-report-submit').click();
    await expect.poll(() => page.getByTestId('order-class-report-form').textContent()).toContain('须填写认定文件');
    await page.screenshot({ path: shot('order-class-report-refused'), fullPage: true });

    await page.getByTestId('order-class-report-key-evidence').fill('济政字〔2025〕12号 重点企业名单');
    await page.getByTestId('order-class-report-submit').click();
    await page.waitForURL(/\/training\/order-classes\/[^/]+$/);
    flow.id = decodeURIComponent(page.url().split('/').pop()!);
    expect(await page.getByTestId('order-class-report-name').textContent()).toContain(flow.enterpriseName);
    expect(await reportStatus()).toBe('SUBMITTED');
    // Fifty graduates chosen one by one from the directory's search: minutes on a loaded machine.
  }, 900_000);

  it('the submitter may not confirm it; a second HRSS account does; the history names both', async () => {
    await page.getByTestId('order-class-action-confirm').click();
    await page.getByTestId('order-class-confirm-dialog').waitFor();
    await page.getByTestId('order-class-confirm-dialog-ok').click();
    await expect
      .poll(() => page.getByTestId('order-class-confirm-dialog-error').textContent())
      .toContain('报送人不能确认自己报送的聘用报告');
    await page.keyboard.press('Escape');
    expect(await reportStatus()).toBe('SUBMITTED');

    await session.signOut();
    await session.signIn('hrss-reviewer');
    await page.goto(`${baseUrl}/training/order-classes/${encodeURIComponent(flow.id)}`);
    await page.getByTestId('order-class-action-confirm').click();
    await page.getByTestId('order-class-confirm-dialog').waitFor();
    // The browser asks for reduced motion, so the dialog is there at once, not zooming in under the click.
    expect(await page.locator('.ant-modal.ant-zoom-appear, .ant-modal.ant-zoom-enter').count()).toBe(0);
    await page.getByTestId('order-class-confirm-dialog-ok').click();
    await expect.poll(reportStatus).toBe('CONFIRMED');
    const history = page.getByTestId('order-class-report-history');
    await expect.poll(() => history.textContent()).toContain(CONFIRMER);
    expect(await history.textContent()).toContain(SUBMITTER);
    await page.screenshot({ path: shot('order-class-report-confirmed'), fullPage: true });
  });

  it(`Finance sees the R5 entitlement of ${HIRES} × ¥5,000.00, half the city’s, half the county’s`, async () => {
    await session.signOut();
    await session.signIn('finance');
    await expect
      .poll(
        async () => {
          await page.goto(`${baseUrl}/training/order-classes/${encodeURIComponent(flow.id)}`);
          await page.getByTestId('order-class-grants').waitFor();
          return (await page.getByTestId('order-class-grant').count()) > 0
            ? page.getByTestId('order-class-grant').first().textContent()
            : null;
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toContain('¥250,000.00');
    const grant = (await page.getByTestId('order-class-grant').first().textContent())!;
    expect(grant).toContain('R5');
    expect(grant).toContain('¥125,000.00');
    expect(await page.getByTestId('order-class-read-only').isVisible()).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });
});
