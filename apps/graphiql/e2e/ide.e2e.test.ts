/**
 * The development GraphQL IDE, end to end, on the platform in development mode (global-setup.ts): the gateway serves
 * it with nothing but its own files, a developer signs in as `hrss`, runs a query and sees the answer — and the
 * browser never asks any origin but the gateway's (as on a government intranet that cannot reach the internet).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const SCREENSHOT = process.env.E2E_SCREENSHOT ?? '/tmp/graphiql-ide.png';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
/** Every request the browser made to another origin (each was refused). */
const foreign = new Set<string>();
const pageErrors: string[] = [];
const cspViolations: string[] = [];
/** Every CSS file the browser loaded, with its text. */
const stylesheets = new Map<string, string>();

beforeAll(async () => {
  browser = await launchChromium();
  // Anything not from the gateway fails the test: recorded here and refused, so a CDN could not quietly fill in.
  await browser.context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    foreign.add(url);
    return route.abort('blockedbyclient');
  });
  browser.context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.add(url);
  });
  browser.context.on('response', async (response) => {
    if ((response.headers()['content-type'] ?? '').startsWith('text/css'))
      stylesheets.set(response.url(), await response.text());
  });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|create)/i.test(message.text()))
      cspViolations.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
});

/** The URLs an HTML document loads (scripts, stylesheets, preloads, icons, images, frames …), by a real HTML parser. */
async function resourceUrls(html: string): Promise<{ tag: string; attr: string; value: string }[]> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const found: { tag: string; attr: string; value: string }[] = [];
    for (const el of Array.from(doc.querySelectorAll('[src], [href], [srcset], [data], [poster]'))) {
      for (const attr of ['src', 'href', 'srcset', 'data', 'poster']) {
        const value = el.getAttribute(attr);
        if (value !== null) found.push({ tag: el.tagName.toLowerCase(), attr, value });
      }
    }
    return found;
  }, html);
}

/** `url(...)` and `@import` targets in a stylesheet. */
function cssUrls(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!);
  const imports = [...css.matchAll(/@import\s+(['"])([^'"]+)\1/g)].map((m) => m[2]!);
  return [...urls, ...imports];
}

const sameOriginOrData = (value: string, base: string) =>
  value.startsWith('data:') || new URL(value, base).origin === origin;

describe('the GraphQL IDE (development mode)', () => {
  it('is served by the gateway from its own files: no other origin in the HTML or its stylesheets', async () => {
    const redirect = await fetch(`${baseUrl}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/graphiql/');

    const response = await fetch(`${baseUrl}/graphiql/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);

    const urls = await resourceUrls(html);
    expect(urls.filter((u) => u.tag === 'script').length).toBeGreaterThan(0);
    expect(urls.filter((u) => u.tag === 'link' && u.attr === 'href').length).toBeGreaterThan(0);
    for (const { tag, attr, value } of urls) {
      expect(sameOriginOrData(value, `${baseUrl}/graphiql/`), `<${tag} ${attr}="${value}">`).toBe(true);
      if (value.startsWith('data:')) continue;
      const asset = await fetch(new URL(value, `${baseUrl}/graphiql/`));
      expect(asset.status, value).toBe(200);
      if (asset.headers.get('content-type')?.startsWith('text/css')) {
        for (const url of cssUrls(await asset.text())) expect(sameOriginOrData(url, asset.url), url).toBe(true);
      }
    }
  });

  it('signs in as hrss, runs { counties { code name } } and shows a county, asking no other origin', async () => {
    // Opening /graphql in a browser lands on the IDE; the page needs no token, its sign-in form asks for one.
    await page.goto(`${baseUrl}/graphql`);
    expect(page.url()).toBe(`${baseUrl}/graphiql/`);
    await page.getByTestId('login-username').fill('hrss');
    await page.getByTestId('login-password').fill('jining2025');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('ide-account').textContent()).toContain('hrss');
    // The token stays in this tab (sessionStorage), never in localStorage.
    expect(await page.evaluate(() => sessionStorage.getItem('jining.graphiql.session'))).toContain('"token"');

    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('ControlOrMeta+KeyA');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('{ counties { code name } }');

    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => r.url() === `${baseUrl}/graphql` && (r.request().postData() ?? '').includes('counties'),
      ),
      page.locator('.graphiql-execute-button').click(),
    ]);
    expect(JSON.parse(response.request().postData()!).query).toBe('{ counties { code name } }');
    expect(response.request().headers().authorization).toMatch(/^Bearer \S+$/);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { data: { counties: { code: string; name: string }[] } };
    expect(body.data.counties).toContainEqual({ code: '370811', name: '任城区' });
    // The result pane shows the answer.
    await expect.poll(() => page.locator('.graphiql-response').textContent()).toContain('任城区');
    await page.screenshot({ path: SCREENSHOT });

    // Fonts came from the gateway's own stylesheets (data: URLs inside them), like everything else.
    expect(stylesheets.size).toBeGreaterThan(0);
    for (const [url, css] of stylesheets) {
      expect(url.startsWith(`${origin}/graphiql/`), url).toBe(true);
      for (const ref of cssUrls(css)) expect(sameOriginOrData(ref, url), `${url}: ${ref}`).toBe(true);
    }
    expect([...foreign]).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('signs out: the token is revoked, and without a token queries are refused (401)', async () => {
    const token = await page.evaluate(
      () => (JSON.parse(sessionStorage.getItem('jining.graphiql.session') ?? '{}') as { token?: string }).token,
    );
    expect(token).toBeTruthy();
    await page.getByTestId('ide-logout').click();
    await page.getByTestId('login-submit').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('jining.graphiql.session'))).toBeNull();

    const query = JSON.stringify({ query: '{ counties { code name } }' });
    const headers = { 'content-type': 'application/json' };
    expect((await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body: query })).status).toBe(401);
    await expect
      .poll(
        async () =>
          (
            await fetch(`${baseUrl}/graphql`, {
              method: 'POST',
              headers: { ...headers, authorization: `Bearer ${token}` },
              body: query,
            })
          ).status,
      )
      .toBe(401);
    expect([...foreign]).toEqual([]);
  });

  it('says what went wrong on a wrong password', async () => {
    await page.getByTestId('login-username').fill('hrss');
    await page.getByTestId('login-password').fill('wrong-password');
    await page.getByTestId('login-submit').click();
    expect(await page.getByTestId('login-error').textContent()).toBe('用户名或密码错误');
  });
});
