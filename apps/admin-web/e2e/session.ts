/**
 * What the finance end-to-end tests share: one Chromium page watched for uncaught errors and CSP violations, signing
 * in and out as a dev account, the GraphQL API with the page's token, picking an antd Select's option, and where the
 * screenshots go.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchChromium } from './browser';

/** Where the person test writes its screenshot (E2E_SCREENSHOT, /tmp by default), unless E2E_SCREENSHOT_DIR says. */
export const SHOTS = process.env.E2E_SCREENSHOT_DIR ?? dirname(process.env.E2E_SCREENSHOT ?? '/tmp/admin-person.png');
export const shot = (name: string) => join(SHOTS, `admin-finance-${name}.png`);

export interface E2ESession {
  page: Page;
  /** Uncaught errors in the page, and Content-Security-Policy refusals: both must stay empty. */
  pageErrors: string[];
  cspViolations: string[];
  close(): Promise<void>;
  signIn(username: string): Promise<void>;
  signOut(): Promise<void>;
  /** The GraphQL API as the signed-in user, with the token the app keeps for this tab. */
  api<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /**
   * Picks an option of an antd Select by its text (typing it first when the select searches the server), and checks
   * the select shows it: under load a click can land while the dropdown is still opening, so it tries again.
   */
  choose(select: Locator, text: string, search?: string): Promise<void>;
  /** After a failed step: a picture of where it stopped (the later steps depend on it, so they fail too). */
  shootFailure(label: string, taskName: string): Promise<void>;
}

/** The gateway's answer to a query, as the user signed in on `page` (its token from the session storage). */
export async function pageApi<T>(
  page: Page,
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const token = await page.evaluate(
    () => (JSON.parse(sessionStorage.getItem('jining.admin.session') ?? '{}') as { token?: string }).token,
  );
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data!;
}

export async function openSession(baseUrl: string): Promise<E2ESession> {
  mkdirSync(SHOTS, { recursive: true });
  const browser = await launchChromium();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect)/i.test(message.text()))
      cspViolations.push(message.text());
  });

  async function signOut() {
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
  }

  return {
    page,
    pageErrors,
    cspViolations,
    close: () => browser.close(),
    signOut,
    async signIn(username) {
      await page.goto(`${baseUrl}/login`);
      // A step that failed may have left someone signed in (the login page then sends them on).
      await page.getByTestId('login-username').or(page.getByTestId('logout')).waitFor();
      if (await page.getByTestId('logout').isVisible()) await signOut();
      await page.getByTestId('login-username').fill(username);
      await page.getByTestId('login-password').fill('jining2025');
      await page.getByTestId('login-submit').click();
      await page.getByTestId('header-display-name').waitFor();
    },
    api: <T>(query: string, variables: Record<string, unknown> = {}) => pageApi<T>(page, baseUrl, query, variables),
    async choose(select, text, search) {
      const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
      for (let attempt = 0; ; attempt++) {
        await select.click();
        if (search) await select.locator('input').fill(search);
        await dropdown.locator('.ant-select-item-option', { hasText: text }).first().click();
        try {
          await expect.poll(() => select.textContent(), { timeout: 3_000 }).toContain(text);
          return;
        } catch (error) {
          if (attempt >= 2) throw error;
          await page.keyboard.press('Escape');
        }
      }
    },
    async shootFailure(label, taskName) {
      console.error(`[${label} e2e] "${taskName}" failed at ${page.url()}`);
      await page.screenshot({
        path: shot(`failed-${taskName.slice(0, 24).replace(/[^\p{L}\p{N}]+/gu, '-')}`),
        fullPage: true,
      });
    },
  };
}
