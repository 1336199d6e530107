/**
 * Issue 9's "Done when", one account after another, in Chromium against the real platform. For every dev account the
 * gateway lists (GET /auth/accounts, development mode), a row of ROLES says what its role may do, and the test:
 *
 * - signs in, opens the home (`/`) and sees the role's own start page and only its menu entries;
 * - where the role creates something, creates it through its form — first with a bad value, seeing the field's
 *   Chinese error and nothing written, then correctly — and finds it in the list and on its detail page without a
 *   reload; where it creates nothing (the Audit Bureau, Education, a county's finance), it sees no create button;
 * - exports a list to Excel and reads the file back (Chinese headers, the row it expects);
 * - where an Excel import exists for what it creates (competition results), imports a small file with one bad row
 *   through the reusable import flow: the row is reported in Chinese and nothing is written until 仅导入无误的行 is
 *   chosen (accounts without pii:read are told their ID-number rows are refused, and nothing is written).
 *
 * Screenshots of each home and each form go to E2E_SCREENSHOT_DIR (or /tmp): `admin-finance-workbench-<user>-*.png`.
 * Budgets (finance) have no Excel import; the report of the branch says so.
 */
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');
const YEAR = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
/** Well formed, and held by nobody the demo directory registers (its people were born 1966–2003). */
const NOBODY = '370802201912311236';
const run = Math.floor(Math.random() * 1e6);

/** Every entry of the side menu, by test id. */
const MENU = [
  'nav-targets',
  'nav-people',
  'nav-organisations',
  'nav-studios',
  'nav-colleges',
  'nav-college-majors',
  'nav-graduates',
  'nav-compliance',
  'nav-education-investments',
  'nav-apprenticeships',
  'nav-order-classes',
  'nav-order-class-agreements',
  'nav-apprenticeship-rates',
  'nav-training-classes',
  'nav-training-catalogue',
  'nav-certificates',
  'nav-competitions',
  'nav-skill-awards',
  'nav-college-prizes',
  'nav-honours',
  'nav-honour-publicity',
  'nav-honour-year',
  'nav-entitlements',
  'nav-workbench',
  'nav-publicity',
  'nav-payments',
  'nav-budgets',
  'nav-reports',
  'nav-tax-credits',
  'nav-audit',
  'nav-home',
] as const;
const DOMAIN_LISTS = MENU.slice(0, 23);
const FINANCE_WORK = [
  'nav-workbench',
  'nav-publicity',
  'nav-payments',
  'nav-budgets',
  'nav-reports',
  'nav-tax-credits',
] as const;

/** The create buttons of the list pages, by the page they are on. */
const CREATE_BUTTONS: { path: string; testId: string }[] = [
  { path: '/competitions', testId: 'competition-create' },
  { path: '/training/studios', testId: 'studio-apply' },
  { path: '/training/education-investments', testId: 'investment-record' },
  { path: '/training/colleges', testId: 'college-apply' },
  { path: '/training/graduates', testId: 'graduate-hire-record' },
  { path: '/training/compliance', testId: 'compliance-record' },
  // 二(四): 市人社局 only (order-classes.e2e drives these forms).
  { path: '/training/order-classes', testId: 'order-class-report-submit-open' },
  { path: '/training/order-class-agreements', testId: 'order-class-agreement-record' },
  // 市人社局 opens classes and keeps the catalogue (subsidised-training.e2e drives those forms).
  { path: '/training/classes', testId: 'class-create' },
  { path: '/training/catalogue', testId: 'catalogue-create' },
  { path: '/competitions/skill-awards', testId: 'skill-award-record' },
  // Not college prizes: Education records its colleges' prizes (awards-39.e2e drives that form as Education). Nor
  // college majors: Education records them too (college-majors.e2e drives that form).
  { path: '/awards/honours', testId: 'nominate-honour' },
  { path: '/finance/budgets', testId: 'set-budget' },
];

interface Role {
  /** Where `/` lands: every account's 工作台. */
  home: string;
  /** The kinds of waiting work its 工作台 lists (the duty map's, through each subgraph's WorkCount): exactly these. */
  work: readonly string[];
  /** The menu entries it has; every other entry of MENU must be absent. */
  menu: readonly string[];
  /** What it creates through a form, or null (then no create button may show). */
  creates: 'competition' | 'budget' | null;
  /** Whether it may find people by full ID number (a results import names people so). */
  pii?: boolean;
  /** For a budget: the county whose line it sets (each account its own, so runs do not collide). */
  county?: { code: string; name: string };
  /** What a role without a form exports: the list page (menu entry, path, table) and a header its file must hold. */
  exports?: { nav: string; path: string; table: string; header: string };
}

const HOME = '/home';
const STUDIO_WORK = ['STUDIO_TO_REVIEW', 'STUDIO_TO_SELECT', 'STUDIO_TO_PUBLISH', 'STUDIO_IN_PUBLICITY'];
const HONOUR_WORK = ['HONOUR_TO_REVIEW', 'HONOUR_TO_PUBLISH', 'HONOUR_IN_PUBLICITY', 'HONOUR_OBJECTION_OPEN'];
const PAYING = ['SHARE_TO_PAY', 'PAYMENT_BATCH_OPEN'];
const CITY_FINANCE_WORK = [
  'ENTITLEMENT_TO_REVIEW',
  'ENTITLEMENT_TO_APPROVE',
  'ENTITLEMENT_TO_PUBLISH',
  'PUBLICITY_OBJECTION_OPEN',
  ...PAYING,
];
const HRSS_ROLE = {
  home: HOME,
  menu: ['nav-home', ...DOMAIN_LISTS],
  creates: 'competition',
  pii: true,
  work: [
    ...STUDIO_WORK,
    'GRADUATE_YEAR_TO_CONFIRM',
    'ORDER_CLASS_REPORT_TO_CONFIRM',
    'COLLEGE_MAJOR_TO_APPROVE',
    'APPRENTICESHIP_YEAR_TO_CONFIRM',
    'COMPETITION_WITHOUT_RESULTS',
    ...HONOUR_WORK,
  ],
} as const;
const UNION_ROLE = {
  home: HOME,
  menu: ['nav-home', ...DOMAIN_LISTS],
  creates: 'competition',
  work: ['COLLEGE_TO_REVIEW', 'COLLEGE_TO_APPROVE', 'COMPETITION_WITHOUT_RESULTS', ...HONOUR_WORK],
} as const;
const ROLES: Record<string, Role> = {
  hrss: HRSS_ROLE,
  'hrss-reviewer': HRSS_ROLE,
  union: UNION_ROLE,
  'union-approver': UNION_ROLE,
  finance: {
    home: HOME,
    work: CITY_FINANCE_WORK,
    menu: ['nav-home', ...FINANCE_WORK, ...DOMAIN_LISTS],
    creates: 'budget',
    county: { code: '370812', name: '兖州区' },
  },
  'finance-approver': {
    home: HOME,
    work: CITY_FINANCE_WORK,
    menu: ['nav-home', ...FINANCE_WORK, ...DOMAIN_LISTS],
    creates: 'budget',
    county: { code: '370826', name: '微山县' },
  },
  // A county HRSS bureau records its county's apprenticeships and sets its rate (apprenticeships.e2e drives those
  // forms); here: its home, its menu, no other domain's create button, and its list exported.
  'rencheng-hrss': {
    home: HOME,
    work: ['APPRENTICESHIP_YEAR_TO_CONFIRM'],
    menu: ['nav-home', ...DOMAIN_LISTS],
    creates: null,
    exports: {
      nav: 'nav-apprenticeships',
      path: '/training/apprenticeships',
      table: 'apprenticeships-table',
      header: '用工企业',
    },
  },
  'rencheng-finance': {
    home: HOME,
    work: PAYING,
    menu: ['nav-home', ...FINANCE_WORK, ...DOMAIN_LISTS],
    creates: null,
    exports: {
      nav: 'nav-entitlements',
      path: '/finance/entitlements',
      table: 'entitlements-table',
      header: '受益人/单位',
    },
  },
  // Education records its colleges' majors and courses (二(三), college-majors.e2e drives that form) and approves
  // another account's: that waiting work is its own.
  education: {
    home: HOME,
    work: ['COLLEGE_MAJOR_TO_APPROVE'],
    menu: ['nav-home', ...DOMAIN_LISTS],
    creates: null,
    exports: { nav: 'nav-organisations', path: '/organisations', table: 'organisations-table', header: '单位名称' },
  },
  auditor: {
    home: HOME,
    work: [],
    menu: ['nav-home', 'nav-audit', ...DOMAIN_LISTS],
    creates: null,
    exports: { nav: 'nav-audit', path: '/audit', table: 'audit-table', header: '理由' },
  },
};

let session: E2ESession;
let page: Page;

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('workbench', task.name);
});

afterAll(async () => {
  await session?.close();
});

const path = () => new URL(page.url()).pathname;

/** Clicks an export button and reads the downloaded workbook's first sheet back as rows of text. */
async function exportRows(testId = 'export-excel'): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).first().click()]);
  return readBook(download);
}
async function readBook(download: Download): Promise<string[][]> {
  expect(download.suggestedFilename()).toMatch(/-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  const rows: string[][] = [];
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

async function resultsFile(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('竞赛成绩');
  sheet.addRow(['身份证号', '名次', '奖次']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** 登记竞赛 → list → detail → Excel out → results from Excel with one bad row. */
async function competitionFlow(username: string, role: Role) {
  const name = `2029年济宁市工作台测试竞赛（${username}）${run}`;
  await page.getByTestId('nav-competitions').click();
  await page.getByTestId('competition-create').click();
  const form = page.getByTestId('competition-create-form');
  await form.waitFor();
  await page.getByTestId('competition-form-name').fill(name);
  await page.getByTestId('competition-form-trade').fill('焊工');
  await page.getByTestId('competition-form-organiser').fill('济宁市人力资源和社会保障局');
  // The last policy year: the list (latest year first) shows it on its first page.
  await page.getByTestId('competition-form-year').fill('2029');
  await page.getByTestId('competition-form-held-on').fill('2029-06-10');
  await page.getByTestId('competition-form-ends-on').fill('2029-06-01');
  await page.getByTestId('competition-create-submit').click();
  await expect.poll(() => form.textContent()).toContain('结束日期不能早于开始日期');
  await form.locator('.ant-form-item-explain-error', { hasText: '结束日期不能早于开始日期' }).waitFor();
  await page.screenshot({ path: shot(`workbench-${username}-form`), fullPage: true });
  expect(path()).toBe('/competitions');
  const none = await session.api<{ competitions: { edges: { node: { name: string } }[] } }>(
    `{ competitions(first: 100, year: 2029) { edges { node { name } } } }`,
  );
  expect(none.competitions.edges.map((e) => e.node.name)).not.toContain(name);

  await page.getByTestId('competition-form-ends-on').fill('2029-06-12');
  await page.getByTestId('competition-create-submit').click();
  await page.waitForURL(/\/competitions\/[^/]+$/);
  const id = decodeURIComponent(path().split('/').pop()!);
  expect(await page.getByTestId('competition-name').textContent()).toBe(name);

  // The list, reached in the app (no reload), already has it; its link opens the detail page again.
  await page.getByTestId('nav-competitions').click();
  const link = page.getByTestId('competitions-table').getByTestId('competition-link').filter({ hasText: name });
  await link.waitFor();
  const rows = await exportRows();
  expect(rows[0]).toEqual(['竞赛名称', '类别', '职业（工种）', '年度', '主办单位', '举办日期', '获奖记录']);
  expect(rows.find((r) => r[0] === name)).toEqual([
    name,
    '市级一类',
    '焊工',
    '2029',
    '济宁市人力资源和社会保障局',
    '2029-06-10 至 2029-06-12',
    '0',
  ]);
  await link.click();
  await page.waitForURL(new RegExp(`/competitions/${encodeURIComponent(id)}$`));
  await page.getByTestId('competition-name').waitFor();

  // Results from Excel, one bad row: reported, nothing written.
  const results = async () =>
    (
      await session.api<{ competition: { results: unknown[] } }>(
        `query ($id: ID!) { competition(id: $id) { results { id } } }`,
        { id },
      )
    ).competition.results.length;
  await page.getByRole('tab', { name: '从 Excel 导入' }).click();
  if (role.pii) {
    const { people } = await session.api<{ people: { edges: { node: { id: string; name: string } }[] } }>(
      `{ people(first: 1) { edges { node { id name } } } }`,
    );
    const person = people.edges[0]!.node;
    const { revealIdNumber } = await session.api<{ revealIdNumber: { idNumber: string } }>(
      `mutation ($id: ID!) { revealIdNumber(personId: $id, reason: "工作台测试：竞赛成绩导入核对身份证号") { idNumber } }`,
      { id: person.id },
    );
    await page.getByTestId('results-import-file').setInputFiles({
      name: '竞赛成绩.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await resultsFile([
        [revealIdNumber.idNumber, 1, '金牌'],
        [NOBODY, 2, '银牌'],
      ]),
    });
    await expect
      .poll(() => page.getByTestId('results-import-summary').textContent())
      .toBe('共 2 行：1 行无误，1 行有错误');
    expect(await page.getByTestId('results-import-row-error').allTextContents()).toEqual([
      `人员库中无此身份证号：${NOBODY}`,
    ]);
    expect(await page.getByTestId('results-import-all').isDisabled()).toBe(true);
    expect(await results()).toBe(0);
    // Chosen: only the valid row is written, and shows among the results.
    await page.getByTestId('results-import-valid-only').click();
    await expect.poll(() => page.getByTestId('results-import-written').textContent()).toBe('已导入 1 条成绩');
    await expect.poll(() => page.getByTestId('competition-results').textContent()).toContain(person.name);
    expect(await results()).toBe(1);
  } else {
    // Without pii:read a row naming a person by ID number is refused (the directory's search rule): said above the
    // flow, and per row; nothing is written.
    await page.getByTestId('results-import-no-pii').waitFor();
    await page.getByTestId('results-import-file').setInputFiles({
      name: '竞赛成绩.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await resultsFile([
        [NOBODY, 1, '金牌'],
        [NOBODY, '第一', '银牌'],
      ]),
    });
    await expect
      .poll(() => page.getByTestId('results-import-summary').textContent())
      .toBe('共 2 行：0 行无误，2 行有错误');
    const errors = await page.getByTestId('results-import-row-error').allTextContents();
    expect(errors.join('；')).toContain('无权按身份证号查找人员');
    expect(errors.join('；')).toContain('名次');
    expect(await results()).toBe(0);
  }
}

/** 设定预算 → the line in 预算执行 → Excel out. (No Excel import exists for budgets.) */
async function budgetFlow(username: string, role: Role) {
  const county = role.county!;
  const key = `COUNTY|${county.code}|GRADUATE_HIRING_SUBSIDY`;
  await page.getByTestId('nav-budgets').click();
  await page.getByTestId('budgets-table').locator('tbody tr[data-testid="budget-row"], .ant-empty').first().waitFor();
  await page.getByTestId('set-budget').click();
  const form = page.getByTestId('budget-form');
  await form.waitFor();
  await session.choose(page.getByTestId('budget-form-payer'), '县级财政');
  await session.choose(page.getByTestId('budget-form-county'), county.name);
  await session.choose(page.getByTestId('budget-form-year'), `${YEAR}年`);
  await session.choose(page.getByTestId('budget-form-group'), '技工院校毕业生就业补贴', '毕业生');
  const stored = async () => {
    const { budgets } = await session.api<{
      budgets: { payer: string; county: { code: string } | null; benefitGroup: string; budget: number | null }[];
    }>(`query ($year: Int!) { budgets(year: $year) { payer county { code } benefitGroup budget } }`, { year: YEAR });
    return budgets.find((b) => `${b.payer}|${b.county?.code ?? ''}|${b.benefitGroup}` === key)?.budget ?? null;
  };
  const before = await stored();
  await page.getByTestId('budget-form-amount').fill('12.345');
  await page.getByTestId('budget-submit').click();
  await expect
    .poll(() => form.locator('.ant-form-item-explain-error').allTextContents())
    .toEqual([expect.stringMatching(/两位小数/)]);
  await page.screenshot({ path: shot(`workbench-${username}-form`), fullPage: true });
  expect(await stored()).toBe(before);

  // A new amount for the line on every run (whole yuan and a few fen).
  const yuan = 20_000 + (run % 10_000);
  const amount = `${yuan}.${String(run % 100).padStart(2, '0')}`;
  await page.getByTestId('budget-form-amount').fill(amount);
  await page.getByTestId('budget-submit').click();
  await form.waitFor({ state: 'detached' });
  const shown = `¥${yuan.toLocaleString('en-US')}.${amount.slice(-2)}`;
  const line = page.locator(`[data-budget-key="${key}"]`);
  await expect.poll(() => line.getByTestId('budget-amount').textContent()).toBe(shown);
  expect(await stored()).toBe(Number(amount.replace('.', '')));

  const rows = await exportRows();
  expect(rows[0]!.slice(0, 3)).toEqual(['预算年度', '出资方', '待遇类别']);
  const exported = rows.find((r) => r[1] === `县级财政（${county.name}）` && r[2] === '技工院校毕业生就业补贴');
  expect(exported, JSON.stringify(rows.slice(0, 3))).toBeDefined();
  // Money in 元 (a number cell shown with two decimals), equal to the form's to the fen.
  expect(exported!.some((cell) => Number(cell) === Number(amount))).toBe(true);
}

/** A role without a form: no create button anywhere, and its list exported and read back. */
async function readOnlyFlow(role: Role) {
  for (const { path: at, testId } of CREATE_BUTTONS) {
    await page.goto(`${baseUrl}${at}`);
    await page.getByTestId('header-display-name').waitFor();
    await page.locator('h3').first().waitFor();
    expect(await page.getByTestId(testId).count(), `${testId} on ${at}`).toBe(0);
  }
  const list = role.exports!;
  await page.getByTestId(list.nav).click();
  await expect.poll(path).toBe(list.path);
  await page
    .getByTestId(list.table)
    // A row, or the empty list's placeholder row (its 暂无数据 is text, not antd's Empty picture).
    .locator('.ant-table-tbody tr.ant-table-row, .ant-table-tbody tr.ant-table-placeholder')
    .first()
    .waitFor();
  const rows = await exportRows();
  expect(rows[0]).toContain(list.header);
}

/**
 * The 工作台: the account's scope, exactly the kinds of work its role does, each with the count the API gives this
 * account (the page's figures are the subgraphs', not its own), its shortcuts, and a work link that opens its list.
 */
async function homeWork(username: string, role: Role) {
  await expect.poll(() => page.title()).toBe('工作台 · 济宁市高技能人才政策管理平台');
  await page.getByTestId('home-waiting').waitFor();
  const items = await page
    .locator('[data-testid^="work-count-"]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-testid')!.slice('work-count-'.length), e.textContent]));
  expect(items.map(([item]) => item).sort()).toEqual([...role.work].sort());
  const api = await session.api<Record<string, { item: string; count: number }[]>>(
    `{ trainingWork { item count } competitionsWork { item count } awardsWork { item count } financeWork { item count } }`,
  );
  const counts = Object.fromEntries(Object.values(api).flatMap((list) => list.map((w) => [w.item, w.count])));
  expect(Object.fromEntries(items)).toEqual(Object.fromEntries(role.work.map((w) => [w, `${counts[w]} 件`])));
  if (role.work.length === 0) await page.getByTestId('home-no-work').waitFor();
  expect(await page.getByTestId('home-scope').textContent()).toBe(username.startsWith('rencheng') ? '任城区' : '全市');
  expect(await page.locator('[data-testid^="shortcut-"]').count()).toBeGreaterThan(0);
  if (role.work.length > 0) {
    const first = role.work[0]!;
    const href = await page.getByTestId(`work-link-${first}`).getAttribute('href');
    await page.getByTestId(`work-link-${first}`).click();
    await expect.poll(() => `${path()}${new URL(page.url()).search}`).toBe(href);
    await page.goBack();
    await page.getByTestId('home-waiting').waitFor();
  }
}

describe('the workbench of every dev account (issue 9)', () => {
  it('covers every dev account the gateway lists', async () => {
    const listed = (await (await fetch(`${baseUrl}/auth/accounts`)).json()) as { username: string }[];
    expect(new Set(listed.map((a) => a.username))).toEqual(new Set(Object.keys(ROLES)));
  });

  describe.each(Object.entries(ROLES))('%s', (username, role) => {
    it('opens its home and sees only the menu entries its role may use', async () => {
      await session.signIn(username);
      await page.goto(`${baseUrl}/`);
      await expect.poll(path).toBe(role.home);
      await page.getByTestId(role.menu[0]!).waitFor();
      for (const entry of MENU) {
        expect(await page.getByTestId(entry).count(), entry).toBe(role.menu.includes(entry) ? 1 : 0);
      }
      await homeWork(username, role);
      await page.screenshot({ path: shot(`workbench-${username}-home`), fullPage: true });
    });

    if (role.creates === 'competition') {
      it('creates a competition (a bad date first), sees it listed and in detail, exports, imports results', () =>
        competitionFlow(username, role));
    } else if (role.creates === 'budget') {
      it('sets a budget (a bad amount first), sees the line, exports it', () => budgetFlow(username, role));
    } else {
      it('has no create button anywhere, and exports its list', () => readOnlyFlow(role));
    }

    it('leaves no page error or CSP violation, and signs out', async () => {
      expect(session.pageErrors).toEqual([]);
      expect(session.cspViolations).toEqual([]);
      await session.signOut();
    });
  });

  it('an organisation page: from a person’s employer to its people, studios, money and decisions', async () => {
    await session.signIn('education');
    await page.getByTestId('nav-people').click();
    const employer = page.getByTestId('people-table').getByTestId('organisation-link').first();
    await employer.waitFor();
    const name = (await employer.textContent())!;
    await employer.click();
    await page.waitForURL(/\/organisations\/[^/]+$/);
    expect(await page.getByTestId('organisation-name').textContent()).toBe(name);
    await expect.poll(() => page.title()).toBe(`${name} · 单位详情 · 济宁市高技能人才政策管理平台`);
    expect(await page.getByTestId('breadcrumbs').textContent()).toBe(`单位/${name}`);
    // Its people, and only its people: the directory's total for this employer (the people list seen just before is
    // another list in the cache, never mixed in), at least the one we came from.
    const id = decodeURIComponent(path().split('/').pop()!);
    const { people } = await session.api<{ people: { totalCount: number } }>(
      `query ($id: ID) { people(first: 1, employerId: $id) { totalCount } }`,
      { id },
    );
    expect(people.totalCount).toBeGreaterThan(0);
    expect(people.totalCount).toBeLessThan(300);
    await expect
      .poll(() => page.getByTestId('organisation-people').locator('.ant-card-head-title').textContent())
      .toBe(`在职人员（${people.totalCount}）`);
    expect(await page.getByTestId('organisation-people-table').textContent()).toContain(`共 ${people.totalCount} 条`);
    for (const card of ['organisation-studios-card', 'organisation-colleges-card', 'organisation-hires-card']) {
      await page.getByTestId(card).waitFor();
    }
    await page.getByTestId('person-entitlements').waitFor();
    await page.getByTestId('person-facts').waitFor();
    await page.screenshot({ path: shot('workbench-organisation'), fullPage: true });
    // The breadcrumb leads back to the list, where the unit's name links to it too.
    await page.getByTestId('breadcrumbs').getByRole('link', { name: '单位' }).click();
    await expect.poll(path).toBe('/organisations');
    await page.getByTestId('organisations-table').getByTestId('organisation-link').first().waitFor();
    expect(session.pageErrors).toEqual([]);
    await session.signOut();
  });
});
