/**
 * A graduate hire (R15 三(九)) in Chromium against the real platform: 市人社局 · 职业能力建设科 records an enterprise's new
 * full-time hire of a technical school's 预备技师（技师）班 graduate — first with a hire date before graduation, which
 * the server refuses on the field — then records the first insured year; the recorder may not confirm it, 市人社局 ·
 * 人才评价审核岗 does; the year shows as confirmed and the history names both; the finance fact service computes the
 * employer's ¥12,000 hiring subsidy (the rules' R15 amount), which Finance sees on the hire's page.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');

const RECORDER = '市人社局 · 职业能力建设科';
const CONFIRMER = '市人社局 · 人才评价审核岗';

let session: E2ESession;
let page: Page;

const flow = { hireId: '', personName: '', employerName: '', schoolName: '' };

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('graduates', task.name);
});

afterAll(async () => {
  await session?.close();
});

const yearStatus = () => page.getByTestId('graduate-year-status').first().getAttribute('data-status');

describe('a graduate hire from record to confirmed year', () => {
  it('HRSS records the hire: a hire before graduation is refused on its field, then corrected', async () => {
    await session.signIn('hrss');
    // A young demo person with no hire yet, a non-climbing enterprise of 任城区 and a technical school.
    const { people } = await session.api<{
      people: { edges: { node: { id: string; name: string; birthYear: number; graduateHires: unknown[] | null } }[] };
    }>(`{ people(first: 100) { edges { node { id name birthYear graduateHires { id } } } } }`);
    const young = people.edges
      .map((e) => e.node)
      .find((p) => p.birthYear >= 1996 && (p.graduateHires ?? []).length === 0 && p.name.length >= 2)!;
    flow.personName = young.name;
    const { enterprises, schools } = await session.api<{
      enterprises: { edges: { node: { name: string; climbing: boolean; county: { code: string } } }[] };
      schools: { edges: { node: { name: string } }[] };
    }>(`{
      enterprises: organisations(first: 50, kind: ENTERPRISE) { edges { node { name climbing county { code } } } }
      schools: organisations(first: 1, kind: TECHNICAL_SCHOOL) { edges { node { name } } }
    }`);
    flow.employerName = enterprises.edges
      .map((e) => e.node)
      .find((o) => !o.climbing && o.county.code === '370811')!.name;
    flow.schoolName = schools.edges[0]!.node.name;

    await page.getByTestId('nav-graduates').click();
    await page.getByTestId('graduate-hires-table').waitFor();
    await page.getByTestId('graduate-hire-record').click();
    await page.getByTestId('graduate-hire-form').waitFor();
    await session.choose(page.getByTestId('graduate-form-person'), `${flow.personName}（`, flow.personName);
    await session.choose(page.getByTestId('graduate-form-employer'), flow.employerName, flow.employerName);
    await session.choose(page.getByTestId('graduate-form-school'), flow.schoolName, flow.schoolName);
    await page.getByTestId('graduate-form-graduated-on').fill('2025-06-30');
    await page.getByTestId('graduate-form-hired-on').fill('2025-06-01');
    await page.getByTestId('graduate-hire-submit').click();
    await expect
      .poll(() => page.getByTestId('graduate-hire-form').textContent())
      .toContain('早于毕业日期（2025-06-30）');
    await page.screenshot({ path: shot('graduate-hire-refused'), fullPage: true });

    await page.getByTestId('graduate-form-hired-on').fill('2025-07-01');
    await page.getByTestId('graduate-hire-submit').click();
    await page.waitForURL(/\/training\/graduates\/[^/]+$/);
    flow.hireId = decodeURIComponent(page.url().split('/').pop()!);
    expect(await page.getByTestId('graduate-hire-name').textContent()).toContain(flow.personName);
    expect(await page.getByTestId('graduate-hire-status').getAttribute('data-status')).toBe('ACTIVE');
  });

  it('HRSS records year 1; the recorder may not confirm it', async () => {
    await page.getByTestId('graduate-action-record-year').click();
    await page.getByTestId('graduate-record-year-dialog').waitFor();
    await page.getByTestId('graduate-year-evidence').fill('社保缴费记录 2025-07 至 2026-06');
    await page.getByTestId('graduate-record-year-dialog-ok').click();
    await expect.poll(yearStatus).toBe('RECORDED');

    await page.getByTestId('graduate-action-confirm-1').click();
    await page.getByTestId('graduate-confirm-year-dialog').waitFor();
    await page.getByTestId('graduate-confirm-year-dialog-ok').click();
    expect(await page.getByTestId('graduate-confirm-year-dialog-error').textContent()).toContain(
      '登记人不能确认自己登记的参保年度',
    );
    await page.keyboard.press('Escape');
    expect(await yearStatus()).toBe('RECORDED');
  });

  it('another HRSS account confirms it; the history names both', async () => {
    await session.signOut();
    await session.signIn('hrss-reviewer');
    // The year hrss recorded waits on hrss-reviewer's 工作台.
    await expect
      .poll(() => page.getByTestId('work-count-GRADUATE_YEAR_TO_CONFIRM').textContent())
      .toMatch(/^[1-9]\d* 件$/);
    await page.goto(`${baseUrl}/training/graduates/${encodeURIComponent(flow.hireId)}`);
    await page.getByTestId('graduate-action-confirm-1').click();
    await page.getByTestId('graduate-confirm-year-dialog').waitFor();
    await page.getByTestId('graduate-confirm-year-dialog-ok').click();
    await expect.poll(yearStatus).toBe('CONFIRMED');
    const history = page.getByTestId('graduate-history');
    await expect.poll(() => history.textContent()).toContain(CONFIRMER);
    expect(await history.textContent()).toContain(RECORDER);
    await page.screenshot({ path: shot('graduate-confirmed'), fullPage: true });
  });

  it('Finance sees the employer’s hiring subsidy computed by the rules on the hire’s page', async () => {
    await session.signOut();
    await session.signIn('finance');
    await expect
      .poll(
        async () => {
          await page.goto(`${baseUrl}/training/graduates/${encodeURIComponent(flow.hireId)}`);
          await page.getByTestId('graduate-grants').waitFor();
          return (await page.getByTestId('graduate-grant').count()) > 0
            ? page.getByTestId('graduate-grant').first().textContent()
            : null;
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toContain('¥12,000.00');
    expect(await page.getByTestId('graduate-read-only').isVisible()).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });
});
