/**
 * Admin staff of 人社局 sign in, open the people list, open a person who holds skill certificates and see on one
 * page facts that come from several subgraphs through the gateway in one request.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser';
import { pageApi } from './session';

const baseUrl = inject('baseUrl');
const SCREENSHOT = process.env.E2E_SCREENSHOT ?? '/tmp/admin-person.png';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const pageErrors: string[] = [];
const cspViolations: string[] = [];
const personQueries: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // The gateway's Content-Security-Policy must not block anything the app needs (antd writes inline styles).
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect)/i.test(message.text()))
      cspViolations.push(message.text());
  });
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postDataJSON()?.operationName === 'PersonDetail')
      personQueries.push(request.url());
  });
});

afterAll(async () => {
  await browser?.close();
});

const LIST = `query ($county: ID, $level: SkillLevel, $search: String) {
  people(first: 100, countyCode: $county, minLevel: $level, search: $search) { totalCount edges { node { id name } } } }`;
type PeopleAnswer = { people: { totalCount: number; edges: { node: { id: string; name: string } }[] } };

/** The gateway's answer to a query, as the signed-in user of the page. */
const api = <T>(query: string, variables: Record<string, unknown> = {}) => pageApi<T>(page, baseUrl, query, variables);

/** A valid resident ID number (GB 11643 check digit) registered in `county`, distinct per `stamp`. */
function residentId(county: string, stamp: number): string {
  const day = new Date(Date.UTC(1970, 0, 1) + (stamp % 10_000) * 86_400_000).toISOString().slice(0, 10);
  const body = `${county}${day.replaceAll('-', '')}${String(stamp % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((n, digit, i) => n + Number(digit) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

/** Picks an option of an antd select by its words (typed into its search when it has one). */
async function chooseOption(select: ReturnType<Page['getByTestId']>, text: string, typed = false) {
  await select.click();
  if (typed) await select.locator('input').fill(text);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: text })
    .first()
    .click();
  await expect.poll(() => select.textContent()).toContain(text);
}

/** Counts the domain sections that show at least one row on the person page. */
async function sectionsWithRows(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const id of [
    'person-certificates',
    'person-studios',
    'person-results',
    'person-honours',
    'person-entitlements',
  ]) {
    counts[id] = await page.getByTestId(id).locator('tbody tr.ant-table-row').count();
  }
  return counts;
}

describe('admin web, end to end', () => {
  it('logs in as hrss and shows a person with data from several subgraphs', async () => {
    const document = await page.goto(`${baseUrl}/login`);
    const csp = document?.headers()['content-security-policy'] ?? '';
    // Against a platform this test starts (not vite's dev server), the gateway's headers must be on the page.
    if (!process.env.E2E_BASE_URL) {
      expect(csp).toContain("script-src 'self'");
      expect(document?.headers()['x-frame-options']).toBe('DENY');
    }
    // Development mode: the login page offers the demo accounts.
    await page.getByTestId('dev-accounts').waitFor();
    await page.getByTestId('login-username').fill('hrss');
    await page.getByTestId('login-password').fill('jining2025');
    await page.getByTestId('login-submit').click();

    await expect.poll(() => page.getByTestId('header-display-name').textContent()).toBeTruthy();
    // The token is kept for this tab only (sessionStorage), never in localStorage.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('jining.admin.session'))).toContain('"token"');
    await page.getByTestId('nav-people').click();
    await page.waitForURL(/\/people$/);

    const table = page.getByTestId('people-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();

    // People whose highest level is known hold at least one certificate (from the evaluation subgraph).
    const certified = table
      .locator('tbody tr.ant-table-row')
      .filter({ has: page.locator('[data-testid="highest-level-cell"]:not([data-level=""])') });
    const candidates = await certified.count();
    expect(candidates, 'someone on the first page of people holds a certificate').toBeGreaterThan(0);

    // Prefer a person with facts in several domains; look at a few certified people at most.
    let best: { index: number; counts: Record<string, number>; domains: number } | null = null;
    for (let index = 0; index < Math.min(candidates, 8); index++) {
      await certified.nth(index).getByTestId('person-link').click();
      await page.getByTestId('person-name').waitFor();
      await page.getByTestId('person-certificates').locator('tbody tr.ant-table-row').first().waitFor();
      const counts = await sectionsWithRows();
      const domains = 1 + Object.values(counts).filter((n) => n > 0).length; // 1 = directory (name, ID number)
      if (!best || domains > best.domains) best = { index, counts, domains };
      if (domains >= 4) break;
      await page.goBack();
      await table.locator('tbody tr.ant-table-row').first().waitFor();
    }
    expect(best, 'a certified person was opened').not.toBeNull();
    if (!page.url().includes('/people/')) {
      await certified.nth(best!.index).getByTestId('person-link').click();
      await page.getByTestId('person-name').waitFor();
      await page.getByTestId('person-certificates').locator('tbody tr.ant-table-row').first().waitFor();
    }

    // directory: the person, with the ID number masked
    expect((await page.getByTestId('person-name').textContent())?.trim()).toBeTruthy();
    expect(await page.getByTestId('person-id-number').textContent()).toMatch(/^\d{6}\*+[\dX]{4}$/);
    // evaluation: a certificate level in Chinese
    const level = await page.getByTestId('certificate-level').first().textContent();
    expect(level).toMatch(/^(学徒工|初级工|中级工|高级工|技师|高级技师|特级技师|首席技师)$/);
    // at least one more domain: competitions, awards, finance or training
    const counts = await sectionsWithRows();
    const others = ['person-results', 'person-honours', 'person-entitlements', 'person-studios'].filter(
      (id) => (counts[id] ?? 0) > 0,
    );
    expect(others.length, `sections with rows: ${JSON.stringify(counts)}`).toBeGreaterThanOrEqual(1);
    if ((counts['person-entitlements'] ?? 0) > 0) {
      expect(await page.getByTestId('entitlement-amount').first().textContent()).toMatch(
        /^-?¥\d{1,3}(,\d{3})*\.\d{2}$/,
      );
      // 核定依据: expanding a computed entitlement shows the rules' steps in Chinese, each with its clause.
      await page.getByTestId('person-entitlements').locator('.ant-table-row-expand-icon').first().click();
      const steps = page.getByTestId('entitlement-explanation').locator('li');
      await steps.first().waitFor();
      expect(await steps.count()).toBeGreaterThan(1);
      // Each step cites its clause as staff cite it: 济人社发〔2024〕9号 第二部分（二）, never a bare 二(二).
      expect(await steps.first().textContent()).toMatch(/[\u4e00-\u9fa5].*济人社发〔2024〕9号 第[一二三四五六]部分/);
    }
    if ((counts['person-results'] ?? 0) > 0) {
      expect(await page.getByTestId('result-medal').first().textContent()).toMatch(/金牌|银牌|铜牌|优胜奖|—/);
    }
    if ((counts['person-honours'] ?? 0) > 0) {
      expect(await page.getByTestId('honour-kind').first().textContent()).toMatch(/济宁|技能状元/);
    }

    // The page came from the single PersonDetail operation (the gateway fans it out), and nothing failed on the way.
    expect(personQueries.length).toBeGreaterThan(0);
    expect(await page.getByTestId('query-error').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('is reachable by keyboard and names its pages and controls', async () => {
    await page.goto(`${baseUrl}/people`);
    await page.getByTestId('people-table').locator('tbody tr.ant-table-row').first().waitFor();
    expect(await page.title()).toBe('人员 · 济宁市高技能人才政策管理平台');
    // Icon-only and select controls carry a name a screen reader can read.
    expect(await page.getByRole('button', { name: '搜索' }).count()).toBe(1);
    expect(await page.getByLabel('按县（市、区）筛选').count()).toBe(1);
    // No browser frame around the layout, and a Chinese font first in the stack.
    const body = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { margin: style.margin, font: style.fontFamily };
    });
    expect(body.margin).toBe('0px');
    expect(body.font).toMatch(/PingFang SC|Microsoft YaHei|Noto Sans CJK SC/);
    // At 1024 px the side menu folds to icons, leaving the table its width.
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect
      .poll(() => page.locator('.ant-layout-sider').evaluate((el) => el.getBoundingClientRect().width))
      .toBe(64);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('exports the filtered list to Excel: every page, Chinese headers, read back from the file', async () => {
    await page.goto(`${baseUrl}/people`);
    const table = page.getByTestId('people-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    const total = Number((await page.getByTestId('row-count').textContent())!.match(/共 (\d+) 条/)![1]);
    expect(total).toBeGreaterThan(100); // more than one export page, so paging is exercised
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-excel').click()]);
    expect(download.suggestedFilename()).toMatch(/^人员-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '姓名',
      '身份证号',
      '性别',
      '出生日期',
      '县（市、区）',
      '工作单位',
      '最高技能等级',
    ]);
    expect(sheet.rowCount - 1).toBe(total);
    const first = sheet.getRow(2);
    expect(String(first.getCell(2).value)).toMatch(/^\d{6}\*+[\dX]{4}$/); // masked, as on screen
    expect(String(first.getCell(4).value)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('keeps list filters in the URL: a link shows the same rows, Back restores the filter', async () => {
    const total = async () => Number((await page.getByTestId('row-count').textContent())!.match(/共 (\d+) 条/)![1]);
    await page.goto(`${baseUrl}/people`);
    await page.getByTestId('people-table').locator('tbody tr.ant-table-row').first().waitFor();
    const all = await total();
    await page.goto(`${baseUrl}/people?county=370811`);
    // Filtered: fewer people than in all counties, but some (0 would be the list still loading).
    await expect.poll(async () => ((n) => n > 0 && n < all)(await total())).toBe(true);
    const rencheng = await total();
    // The select shows the county's name once the counties have loaded.
    await expect
      .poll(() => page.locator('.ant-select', { has: page.getByLabel('按县（市、区）筛选') }).textContent())
      .toContain('任城区');
    // Clearing the filter is a new history entry; Back brings the filtered list again.
    await page.getByTestId('nav-people').click();
    await expect.poll(total).toBe(all);
    await page.goBack();
    await expect.poll(() => page.url()).toContain('county=370811');
    await expect.poll(total).toBe(rencheng);
    // 刷新 reads the list again without losing the filter.
    await page.getByTestId('refresh').click();
    await expect.poll(total).toBe(rencheng);
  });

  it('filters the people by county, lowest level and name prefix: the rows are the API’s answer', async () => {
    const county = '370811'; // 任城区
    // A person certified now reaches the list's level filter through evaluation's feed within seconds: the
    // directory's read model, caught up by its consumer on the running platform.
    const issuer = (
      await api<{ organisations: { edges: { node: { id: string } }[] } }>(
        `{ organisations(first: 1, search: "职业技能鉴定指导中心") { edges { node { id } } } }`,
      )
    ).organisations.edges[0]!.node.id;
    const seeded = await api<PeopleAnswer>(LIST, { county, level: 'SENIOR', search: null });
    expect(seeded.people.totalCount, 'the demo data has 高级工 and above in 任城区').toBeGreaterThan(0);
    const prefix = [...seeded.people.edges[0]!.node.name][0]!;
    const stamp = Date.now();
    const name = `${prefix}测${String(stamp).slice(-6)}`;
    const { createPerson } = await api<{ createPerson: { id: string } }>(
      `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input: { name, idNumber: residentId(county, stamp), countyCode: county } },
    );
    await api(`mutation ($input: CreateSkillCertificateInput!) { createSkillCertificate(input: $input) { id } }`, {
      input: {
        personId: createPerson.id,
        level: 'SENIOR_TECHNICIAN',
        occupation: '电工',
        issuerId: issuer,
        issuedOn: '2025-11-01',
        route: 'SKILL_LEVEL_CERTIFICATION',
        certificateNo: `E2E-LIST-${stamp}`,
      },
    });
    await expect
      .poll(async () => (await api<PeopleAnswer>(LIST, { county, level: 'SENIOR', search: name })).people.totalCount)
      .toBe(1);
    const expected = (await api<PeopleAnswer>(LIST, { county, level: 'SENIOR', search: prefix })).people;
    expect(expected.edges.map((e) => e.node.name)).toContain(name);

    // The same filters through the page: county, 至少高级工, and the surname typed into the search box.
    await page.goto(`${baseUrl}/people`);
    const table = page.getByTestId('people-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await chooseOption(page.getByTestId('filter-county'), '任城区');
    await chooseOption(page.getByTestId('min-level-select'), '至少高级工', true);
    // Chosen one right after the other, the second filter keeps the first (useUrlParam reads the address bar).
    expect(page.url()).toContain(`county=${county}`);
    await page.getByTestId('filter-search').locator('input').fill(prefix);
    await page.getByTestId('filter-search').locator('input').press('Enter');
    await expect.poll(() => page.url()).toContain(`q=${encodeURIComponent(prefix)}`);
    expect(page.url()).toContain(`county=${county}`);
    expect(page.url()).toContain('level=SENIOR');
    const rowCount = async () => Number((await page.getByTestId('row-count').textContent())!.match(/共 (\d+) 条/)![1]);
    await expect.poll(rowCount).toBe(expected.totalCount);
    const shown = await table.getByTestId('person-link').allTextContents();
    expect(shown.map((n) => n.trim()).sort()).toEqual(
      expected.edges
        .map((e) => e.node.name)
        .slice(0, shown.length)
        .sort(),
    );
    // Every row shown: the surname typed, 高级工 or above, in 任城区.
    for (const cell of await table.getByTestId('highest-level-cell').all()) {
      expect(['SENIOR', 'TECHNICIAN', 'SENIOR_TECHNICIAN', 'PRINCIPAL_TECHNICIAN', 'CHIEF_TECHNICIAN']).toContain(
        await cell.getAttribute('data-level'),
      );
    }
    for (const n of shown) expect(n.trim().startsWith(prefix)).toBe(true);
    // A link with the filters shows the same rows.
    await page.goto(page.url());
    await expect.poll(rowCount).toBe(expected.totalCount);
    expect(pageErrors).toEqual([]);
  });

  it('shows the coded error for a wrong password', async () => {
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    // The cursor starts in the account box.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('login-username');
    await page.getByTestId('login-username').fill('hrss');
    await page.getByTestId('login-password').fill('wrong-password');
    await page.getByTestId('login-submit').click();
    expect(await page.getByTestId('login-error').textContent()).toBeTruthy();
  });
});
