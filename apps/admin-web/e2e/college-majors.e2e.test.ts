/**
 * A college's high-level major (二(三), R3) in Chromium against the real platform: 市教育局 records a technical
 * school's provincial major from its approving document — first dated before the policy took effect, which the server
 * refuses on the field — then correctly; it is on the list and its page without a reload; the recorder may not
 * approve it, 市人社局 (the other lead of 二(三)) does, from its 工作台's waiting work; the history names both; the
 * finance fact service computes the college's award (the rules' provincial maximum, within the college's yearly cap),
 * which Finance sees on the major's page; the targets dashboard counts T6–T8.
 */
import { DEFAULT_PARAMETERS, formatYuan, POLICY_WINDOW, valueAt } from '@jining/rules';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');

const RECORDER = '市教育局 · 职业教育科';
const APPROVER = '市人社局 · 职业能力建设科';
const ON = '2025-06-30';
const PROVINCIAL = valueAt(DEFAULT_PARAMETERS.R3_PROVINCIAL_MAJOR_MAX_FEN, ON).value;
const NAME = `数字孪生技术专业群${Math.floor(Math.random() * 1e6)}`;

let session: E2ESession;
let page: Page;
const flow = { id: '', schoolName: '' };

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('college-majors', task.name);
});

afterAll(async () => {
  await session?.close();
});

const status = () => page.getByTestId('college-major-status').first().getAttribute('data-status');

describe('a high-level major from record to R3 award', () => {
  it('Education records it: a date before the policy is refused on its field, then corrected', async () => {
    await session.signIn('education');
    const { schools } = await session.api<{ schools: { edges: { node: { name: string } }[] } }>(
      `{ schools: organisations(first: 1, kind: TECHNICAL_SCHOOL) { edges { node { name } } } }`,
    );
    flow.schoolName = schools.edges[0]!.node.name;

    await page.getByTestId('nav-college-majors').click();
    await page.getByTestId('college-majors-table').waitFor();
    await page.getByTestId('college-major-record').click();
    await page.getByTestId('college-major-form').waitFor();
    await session.choose(page.getByTestId('college-major-form-college'), flow.schoolName, flow.schoolName);
    await page.getByTestId('college-major-form-name').fill(NAME);
    await page.getByTestId('college-major-form-document-no').fill('鲁人社字〔2025〕66号');
    const dayBefore = new Date(Date.parse(`${POLICY_WINDOW.from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await page.getByTestId('college-major-form-document-date').fill(dayBefore);
    await page.getByTestId('college-major-submit').click();
    await expect.poll(() => page.getByTestId('college-major-form').textContent()).toContain('批准日期须在政策执行期内');
    await page.screenshot({ path: shot('college-major-refused'), fullPage: true });

    await page.getByTestId('college-major-form-document-date').fill(ON);
    await page.getByTestId('college-major-submit').click();
    await page.waitForURL(/\/training\/college-majors\/[^/]+$/);
    flow.id = decodeURIComponent(page.url().split('/').pop()!);
    expect(await page.getByTestId('college-major-name').textContent()).toContain(NAME);
    expect(await status()).toBe('RECORDED');

    // On the list, without a reload.
    await page.getByTestId('nav-college-majors').click();
    await expect.poll(() => page.getByTestId('college-majors-table').textContent()).toContain(NAME);
  });

  it('the recorder may not approve it', async () => {
    await page.locator(`[data-major-id="${flow.id}"]`).click();
    await page.getByTestId('college-major-action-approve').click();
    await page.getByTestId('college-major-approve-dialog').waitFor();
    await page.getByTestId('college-major-approve-dialog-ok').click();
    await expect
      .poll(() => page.getByTestId('college-major-approve-dialog-error').textContent())
      .toContain('登记人不能确认自己登记的专业建设项目');
    await page.keyboard.press('Escape');
    expect(await status()).toBe('RECORDED');
  });

  it('HRSS, the other lead, approves it from its waiting work; the history names both', async () => {
    await session.signOut();
    await session.signIn('hrss');
    await expect
      .poll(() => page.getByTestId('work-count-COLLEGE_MAJOR_TO_APPROVE').textContent())
      .toMatch(/^[1-9]\d* 件$/);
    await page.goto(`${baseUrl}/training/college-majors/${encodeURIComponent(flow.id)}`);
    await page.getByTestId('college-major-action-approve').click();
    await page.getByTestId('college-major-approve-dialog').waitFor();
    await page.getByTestId('college-major-approve-dialog-ok').click();
    await expect.poll(status).toBe('APPROVED');
    const history = page.getByTestId('college-major-history');
    await expect.poll(() => history.textContent()).toContain(APPROVER);
    expect(await history.textContent()).toContain(RECORDER);
    await page.screenshot({ path: shot('college-major-approved'), fullPage: true });
  });

  it('Finance sees the college’s R3 award computed by the rules on the major’s page', async () => {
    await session.signOut();
    await session.signIn('finance');
    await expect
      .poll(
        async () => {
          await page.goto(`${baseUrl}/training/college-majors/${encodeURIComponent(flow.id)}`);
          await page.getByTestId('college-major-grants').waitFor();
          return (await page.getByTestId('college-major-grant').count()) > 0
            ? page.getByTestId('college-major-grant').first().textContent()
            : null;
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toContain(formatYuan(PROVINCIAL).replace(/元$/, ''));
    expect(await page.getByTestId('college-major-read-only').isVisible()).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });

  it('the targets dashboard counts T6–T8 from the colleges’ records (the demo data’s and this one)', async () => {
    await page.getByTestId('nav-targets').click();
    for (const id of ['T6', 'T7', 'T8']) {
      const row = page.locator(`[data-target="${id}"]`).first();
      await row.waitFor();
      expect(await row.getByTestId('target-not-counted').count(), id).toBe(0);
    }
    await expect.poll(() => page.getByTestId('target-figure-T6-majors').textContent()).toMatch(/：[1-9]\d* \/ /);
    await expect
      .poll(() => page.getByTestId('target-figure-T8-featuredMajors').textContent())
      .toMatch(/：[1-9]\d* \/ /);
    await page.screenshot({ path: shot('college-majors-targets'), fullPage: true });
  });
});
