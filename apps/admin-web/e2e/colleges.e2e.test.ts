/**
 * A city-level craftsman college (二(六), R9, T11) from application to approval, in Chromium against the real
 * platform: 市总工会 · 经济技术部 registers a host unit's application in the drawer (a founding date before the policy
 * is refused on its field first), reviews it; the reviewer may not approve it — 市总工会 · 审批岗 does; the college
 * shows 已批准 with both in its history, and the T11 count rises by one; the finance fact service computes the union's
 * one-time grant (R9), which 市财政局 sees on the college's page.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');

const CLERK = '市总工会 · 经济技术部';
const APPROVER = '市总工会 · 审批岗';

let session: E2ESession;
let page: Page;

const flow = {
  collegeId: '',
  name: `济宁测试数控工匠学院${Math.floor(Math.random() * 1e6)}`,
  hostName: '',
  approvedBefore: 0,
};

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('colleges', task.name);
});

afterAll(async () => {
  await session?.close();
});

const status = () => page.getByTestId('college-status').getAttribute('data-status');
const approvedCount = async () => Number(await page.getByTestId('college-target-approved').textContent());

/** Takes a step from the college page's buttons: opens its dialog, fills it, confirms, waits for the new state. */
async function step(key: string, next: string) {
  await page.getByTestId(`college-action-${key}`).click();
  await page.getByTestId(`college-${key}-dialog`).waitFor();
  await page.getByTestId(`college-${key}-dialog-ok`).click();
  await expect.poll(status).toBe(next);
}

describe('a craftsman college from application to approval', () => {
  it('the union registers the application; a founding date before the policy is refused on its field', async () => {
    await session.signIn('union');
    const { organisations } = await session.api<{ organisations: { edges: { node: { name: string } }[] } }>(
      `{ organisations(first: 1, kind: ENTERPRISE) { edges { node { name } } } }`,
    );
    flow.hostName = organisations.edges[0]!.node.name;

    await page.getByTestId('nav-colleges').click();
    await page.getByTestId('college-target').waitFor();
    await expect.poll(() => page.getByTestId('college-target-approved').count()).toBe(1);
    flow.approvedBefore = await approvedCount();
    await page.getByTestId('college-apply').click();
    await page.getByTestId('college-apply-form').waitFor();
    await page.getByTestId('college-form-name').fill(flow.name);
    await session.choose(page.getByTestId('college-form-host'), flow.hostName, flow.hostName);
    await page.getByTestId('college-form-founded').fill('2024-06-01');
    await page.getByTestId('college-apply-submit').click();
    const form = page.getByTestId('college-apply-form');
    await expect.poll(() => form.textContent()).toContain('不是新建设的工匠学院');

    await page.getByTestId('college-form-founded').fill('2025-03-01');
    await page.getByTestId('college-apply-submit').click();
    await page.waitForURL(/\/training\/colleges\/[^/]+$/);
    flow.collegeId = decodeURIComponent(page.url().split('/').pop()!);
    expect(await page.getByTestId('college-name').textContent()).toBe(flow.name);
    expect(await status()).toBe('APPLIED');
    await page.screenshot({ path: shot('college-applied'), fullPage: true });
  });

  it('the union reviews it, and may not approve what it reviewed', async () => {
    await step('review', 'REVIEWED');
    await page.getByTestId('college-action-approve').click();
    await page.getByTestId('college-approve-dialog').waitFor();
    await page.getByTestId('college-approve-dialog-ok').click();
    await expect
      .poll(() => page.getByTestId('college-approve-dialog-error').textContent())
      .toContain('评审人不能批准同一工匠学院');
    await page.keyboard.press('Escape');
    expect(await status()).toBe('REVIEWED');
  });

  it('another union account approves it: 已批准, both in the history, and T11 counts one more', async () => {
    await session.signOut();
    await session.signIn('union-approver');
    await page.goto(`${baseUrl}/training/colleges/${encodeURIComponent(flow.collegeId)}`);
    await step('approve', 'APPROVED');
    expect(await page.getByTestId('college-status').textContent()).toBe('已批准');
    const history = page.getByTestId('college-history');
    await expect.poll(() => history.textContent()).toContain(APPROVER);
    expect(await history.textContent()).toContain(CLERK);

    await page.getByTestId('nav-colleges').click();
    await expect.poll(() => page.getByTestId('college-target-approved').count()).toBe(1);
    await expect.poll(approvedCount).toBe(flow.approvedBefore + 1);
    const row = page.getByTestId('colleges-table').locator('tr', { hasText: flow.name });
    expect(await row.getByTestId('college-status').getAttribute('data-status')).toBe('APPROVED');
    await page.screenshot({ path: shot('college-approved'), fullPage: true });
  });

  it('finance sees the union’s one-time grant computed for the host (R9)', async () => {
    await session.signOut();
    await session.signIn('finance');
    await page.goto(`${baseUrl}/training/colleges/${encodeURIComponent(flow.collegeId)}`);
    expect(await page.getByTestId('college-actions').count()).toBe(0);
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByTestId('college-grants').waitFor();
          return (await page.getByTestId('college-grant-amount').count()) > 0
            ? page.getByTestId('college-grant-amount').first().textContent()
            : null;
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe('¥200,000.00');
    expect(await page.getByTestId('college-grant').first().textContent()).toContain('R9');
    expect(session.pageErrors).toEqual([]);
  });
});
