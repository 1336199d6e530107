import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * How long an e2e step waits for the page (an element, a navigation, a poll) before it fails. Alone on this 2-core
 * machine the whole e2e suite takes 8.5 min; under `npm test` it shares the cores with two other packages' suites
 * (the gateway's duty matrix drives a platform of its own for 9 min) and took 39 min in CI, where two steps that take
 * a second alone each waited out 20 s. A wait only lasts this long when something is wrong, so the limit is generous.
 */
const E2E_WAIT_MS = 45_000;

/**
 * Debian's Chromium, headless, in a fresh profile directory (launchPersistentContext refuses --user-data-dir in
 * args). Playwright's own browser download is not available on these machines.
 */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'admin-web-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    // The app turns antd's motion off for it: no click lands on a dialog's button while it is still zooming in.
    reducedMotion: 'reduce',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(E2E_WAIT_MS);
  context.setDefaultNavigationTimeout(E2E_WAIT_MS);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
