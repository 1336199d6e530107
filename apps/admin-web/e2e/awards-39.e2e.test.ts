/**
 * The awards of 三(九) in Chromium against the real platform. 市教育局 · 职业教育科 records a vocational college's
 * national final first prize (R14) — first naming an enterprise as the college, which the server refuses on the field
 * — and finds it in the list and on its page with its history; the finance fact service calculates the college's
 * award "up to" ¥300,000, 市财政局 · 社会保障科 reviews it deciding ¥120,000 (审定金额) and 市财政局 · 审批岗 approves it.
 * Then 市人社局 records a WorldSkills gold of a person cultivated by an enterprise, and the award's page shows R10
 * (the person's ¥1,000,000) and R11 (the unit's ¥200,000) calculated by the rules.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');

const RECORDER = '市教育局 · 职业教育科';
const REVIEWER = '市财政局 · 社会保障科';
const APPROVER = '市财政局 · 审批岗';
const AWARDED_ON = '2026-06-30';

let session: E2ESession;
let page: Page;
const tag = randomUUID().slice(0, 6);
const flow = {
  prizeId: '',
  collegeName: '',
  enterpriseName: '',
  entitlementId: '',
  awardId: '',
  personName: '',
  entryName: `智能制造赛项 ${tag}`,
};

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('awards-39', task.name);
});

afterAll(async () => {
  await session?.close();
});

describe('a college’s prize (R14) from record to approved award', () => {
  it('Education records it: an enterprise named as the college is refused on its field, then corrected', async () => {
    await session.signIn('education');
    const { colleges, enterprises } = await session.api<{
      colleges: { edges: { node: { name: string } }[] };
      enterprises: { edges: { node: { name: string } }[] };
    }>(`{
      colleges: organisations(first: 1, kind: VOCATIONAL_COLLEGE) { edges { node { name } } }
      enterprises: organisations(first: 1, kind: ENTERPRISE) { edges { node { name } } }
    }`);
    flow.collegeName = colleges.edges[0]!.node.name;
    flow.enterpriseName = enterprises.edges[0]!.node.name;

    await page.getByTestId('nav-college-prizes').click();
    await page.getByTestId('college-prizes-table').waitFor();
    await page.getByTestId('college-prize-record').click();
    await page.getByTestId('college-prize-form').waitFor();
    await session.choose(page.getByTestId('college-prize-form-college'), flow.enterpriseName, flow.enterpriseName);
    await page.getByTestId('college-prize-form-event-name').fill('2026年全国职业院校技能大赛');
    await page.getByTestId('college-prize-form-event-key').fill('NVCSC-2026');
    await page.getByTestId('college-prize-form-entry-name').fill(flow.entryName);
    await page.getByTestId('college-prize-form-entry-key').fill(`E-${tag}`);
    await page.getByTestId('college-prize-form-document-no').fill(`教职成函〔2026〕${tag}号`);
    await page.getByTestId('college-prize-form-awarded-on').fill(AWARDED_ON);
    await page.getByTestId('college-prize-submit').click();
    await expect.poll(() => page.getByTestId('college-prize-form').textContent()).toContain('所选单位不是职业院校');
    await page.screenshot({ path: shot('college-prize-refused'), fullPage: true });

    await session.choose(page.getByTestId('college-prize-form-college'), flow.collegeName, flow.collegeName);
    await page.getByTestId('college-prize-submit').click();
    await page.waitForURL(/\/competitions\/college-prizes\/[^/]+$/);
    flow.prizeId = decodeURIComponent(page.url().split('/').pop()!);
    expect(await page.getByTestId('college-prize-name').textContent()).toContain(flow.collegeName);
    expect(await page.getByTestId('college-prize-prize').textContent()).toBe('总决赛一等奖');
    expect(await page.getByTestId('award-status').getAttribute('data-status')).toBe('ACTIVE');
    expect(await page.getByTestId('college-prize-history').textContent()).toContain(RECORDER);
    // The list shows it too, found by its entry.
    await page.goto(`${baseUrl}/competitions/college-prizes?search=${encodeURIComponent(flow.entryName)}`);
    await expect.poll(() => page.getByTestId('college-prize-link').count()).toBe(1);
    expect(await page.getByTestId('college-prizes-table').textContent()).toContain(flow.collegeName);
    await page.screenshot({ path: shot('college-prizes'), fullPage: true });
  });

  it('Finance reviews the calculated award deciding ¥120,000 within the ¥300,000 cap', async () => {
    await session.signOut();
    await session.signIn('finance');
    // The year's budget for the colleges' awards, so the approval can be checked against it.
    await session.api(`mutation ($input: SetBudgetInput!) { setBudget(input: $input) { budget } }`, {
      input: { payer: 'CITY', year: 2026, benefitGroup: 'COLLEGE_COMPETITION_AWARD', amount: 100_000_000 },
    });
    const grant = page.getByTestId('college-prize-grants-line');
    await expect
      .poll(
        async () => {
          await page.goto(`${baseUrl}/competitions/college-prizes/${encodeURIComponent(flow.prizeId)}`);
          await page.getByTestId('college-prize-grants').waitFor();
          return (await grant.count()) > 0 ? grant.first().textContent() : null;
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toContain('¥300,000.00');
    await grant.first().getByRole('link').click();
    await page.waitForURL(/\/entitlements\/[^/]+$/);
    flow.entitlementId = decodeURIComponent(page.url().split('/').pop()!);
    expect(await page.getByTestId('entitlement-amount').textContent()).toBe('¥300,000.00');
    await page.getByTestId('action-review').click();
    await page.getByTestId('step-modal-review').waitFor();
    await page.getByTestId('step-decidedAmount').fill('120000');
    await page.getByTestId('step-note').fill('按评审意见审定');
    await page.getByRole('button', { name: '确认审核' }).click();
    await expect.poll(() => page.getByTestId('entitlement-status').textContent()).toBe('已审核');
    expect(await page.getByTestId('entitlement-amount').textContent()).toBe('¥120,000.00');
    expect(await page.getByTestId('action-approve').isDisabled()).toBe(true);
    await page.screenshot({ path: shot('college-prize-reviewed'), fullPage: true });
  });

  it('another Finance account approves it at the decided amount', async () => {
    await session.signOut();
    await session.signIn('finance-approver');
    await page.goto(`${baseUrl}/entitlements/${encodeURIComponent(flow.entitlementId)}`);
    await page.getByTestId('action-approve').click();
    await page.getByTestId('step-modal-approve').waitFor();
    await page.getByRole('button', { name: '确认审批' }).click();
    await expect.poll(() => page.getByTestId('entitlement-status').textContent()).toBe('已审批');
    expect(await page.getByTestId('entitlement-amount').textContent()).toBe('¥120,000.00');
    expect(await page.getByTestId('history-actor').allTextContents()).toEqual(['资金待遇计算服务', REVIEWER, APPROVER]);
  });
});

describe('a WorldSkills gold (R10, R11)', () => {
  it('HRSS records it for a person with the cultivating unit; the page shows R10 and R11 calculated', async () => {
    await session.signOut();
    await session.signIn('hrss');
    const { people, enterprises } = await session.api<{
      people: { edges: { node: { id: string; name: string; skillAwards: unknown[] | null } }[] };
      enterprises: { edges: { node: { name: string } }[] };
    }>(`{
      people(first: 50) { edges { node { id name skillAwards { id } } } }
      enterprises: organisations(first: 1, kind: ENTERPRISE) { edges { node { name } } }
    }`);
    flow.personName = people.edges
      .map((e) => e.node)
      .find((p) => (p.skillAwards ?? []).length === 0 && p.name.length >= 2)!.name;
    flow.enterpriseName = enterprises.edges[0]!.node.name;

    await page.getByTestId('nav-skill-awards').click();
    await page.getByTestId('skill-awards-table').waitFor();
    await page.getByTestId('skill-award-record').click();
    await page.getByTestId('skill-award-form').waitFor();
    await session.choose(page.getByTestId('skill-award-form-person'), `${flow.personName}（`, flow.personName);
    await session.choose(page.getByTestId('skill-award-form-unit'), flow.enterpriseName, flow.enterpriseName);
    await page.getByTestId('skill-award-form-document-no').fill(`人社部函〔2026〕${tag}号`);
    await page.getByTestId('skill-award-form-awarded-on').fill('2026-09-15');
    await page.getByTestId('skill-award-submit').click();
    await page.waitForURL(/\/competitions\/skill-awards\/[^/]+$/);
    flow.awardId = decodeURIComponent(page.url().split('/').pop()!);
    expect(await page.getByTestId('skill-award-name').textContent()).toContain(flow.personName);
    expect(await page.getByTestId('skill-award-history').textContent()).toContain('市人社局 · 职业能力建设科');

    await session.signOut();
    await session.signIn('finance');
    const lines = page.getByTestId('skill-award-grants-line');
    await expect
      .poll(
        async () => {
          await page.goto(`${baseUrl}/competitions/skill-awards/${encodeURIComponent(flow.awardId)}`);
          await page.getByTestId('skill-award-grants').waitFor();
          return (await lines.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')))).sort();
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toEqual(['R10', 'R11']);
    const text = (await page.getByTestId('skill-award-grants').textContent())!;
    expect(text).toContain('¥1,000,000.00');
    expect(text).toContain('¥200,000.00');
    expect(await page.getByTestId('skill-award-read-only').isVisible()).toBe(true);
    await page.screenshot({ path: shot('skill-award-grants'), fullPage: true });
    expect(session.pageErrors).toEqual([]);
  });
});
