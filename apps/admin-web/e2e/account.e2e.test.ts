/**
 * 修改密码, end to end on the real platform: the education account (no other e2e file signs in with it: its password
 * stays changed for the rest of the run) changes its password in the admin web, first with a wrong current password
 * and a weak new one (each shown under its field, nothing changed), then correctly; it is signed out, the old password
 * is refused, the new one signs in. Another tab signed in as education before the change is sent to the login page
 * (登录已过期) on its next page. The auditor finds the change in the directory's audit trail, with no password.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type E2ESession } from './session';

const baseUrl = inject('baseUrl');
const NEW_PASSWORD = `Edu-${Date.now()}-pass`;

let s: E2ESession;
/** A second tab of the same browser, signed in as education on its own (sessionStorage is per tab). */
let otherTab: Page;
beforeAll(async () => {
  s = await openSession(baseUrl);
});
afterAll(async () => {
  await s?.close();
});

async function signInWith(username: string, password: string, page = s.page) {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

describe('an account changes its own password', () => {
  it('education opens 修改密码 from the header (and is signed in in another tab too)', async () => {
    otherTab = await s.page.context().newPage();
    await signInWith('education', 'jining2025', otherTab);
    await otherTab.getByTestId('header-display-name').waitFor();
    await s.signIn('education');
    await s.page.getByTestId('change-password').click();
    await s.page.waitForURL(/\/account\/password$/);
    await expect.poll(() => s.page.title()).toContain('修改密码');
  });

  it('a wrong current password and a weak new one are refused under their fields', async () => {
    const { page } = s;
    await page.getByTestId('password-current').fill('not-my-password');
    await page.getByTestId('password-new').fill(NEW_PASSWORD);
    await page.getByTestId('password-confirm').fill(NEW_PASSWORD);
    await page.getByTestId('password-submit').click();
    await expect.poll(() => page.getByText('当前密码不正确').count()).toBe(1);

    await page.getByTestId('password-current').fill('jining2025');
    await page.getByTestId('password-new').fill('education2026');
    await page.getByTestId('password-confirm').fill('education2026');
    await page.getByTestId('password-submit').click();
    await expect.poll(() => page.getByText('新密码不能包含用户名').count()).toBe(1);
    // Still signed in: nothing was changed.
    expect(await page.getByTestId('header-display-name').isVisible()).toBe(true);
  });

  it('a good new password is saved, and the user signs in again with it', async () => {
    const { page } = s;
    await page.getByTestId('password-new').fill(NEW_PASSWORD);
    await page.getByTestId('password-confirm').fill(NEW_PASSWORD);
    await page.getByTestId('password-submit').click();
    await page.waitForURL(/\/login/);

    await signInWith('education', 'jining2025');
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
    await signInWith('education', NEW_PASSWORD);
    await page.getByTestId('header-display-name').waitFor();
    expect(await page.getByTestId('header-display-name').textContent()).toContain('教育局');
    await s.signOut();
  });

  it('the other tab’s session, signed in before the change, has ended: its next page is the login page', async () => {
    await otherTab.goto(`${baseUrl}/people`);
    await otherTab.waitForURL(/\/login/);
    await expect.poll(() => otherTab.getByTestId('login-notice').textContent()).toContain('登录已过期，请重新登录');
    await otherTab.close();
  });

  it('the auditor sees the change in the directory’s trail, without the password', async () => {
    const { page } = s;
    await s.signIn('auditor');
    await page.goto(`${baseUrl}/audit?trail=directory&actor=acc-education`);
    const row = page.getByRole('row', { name: /修改密码/ });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('账号 acc-education');
    expect(await page.content()).not.toContain(NEW_PASSWORD);
    expect(s.pageErrors).toEqual([]);
    expect(s.cspViolations).toEqual([]);
  });
});
