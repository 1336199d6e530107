/**
 * Subsidised vocational training (R6 二(五), T9) in Chromium against the real platform: 市人社局 records a catalogue
 * line (an overlapping period refused with the rules' words), opens a class on it, and imports an Excel roster of
 * 1,000 rows — 994 trainees registered in the directory first through the API, and six bad rows (a number nobody
 * holds, a wrong check digit, a trainee 15 on the completion day, a date outside the class, a repeated trainee, an
 * answer that is not 是/否) — sees the bad rows reported in Chinese, writes the good ones, and sees the roster, finance's
 * decisions (the subsidy granted, and a trainee without the wish to work kept with the rules' reason) and T9.
 */
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, shot, type E2ESession } from './session';

const baseUrl = inject('baseUrl');
const run = Math.floor(Math.random() * 1e6);
const CODE = `E2E-${run}`;
const GOOD = 994;

// GB 11643 check character, so the numbers made here are valid.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChar = (first17: string) =>
  '10X98765432'[[...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0) % 11]!;
const residentId = (birth: string, sequence: number) => {
  const first17 = `370811${birth.replaceAll('-', '')}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + checkChar(first17);
};
/** A birth date in 2005 (the demo directory's people were born 1966–2003): adults of working age in 2025. */
const adultBirth = (n: number) => new Date(Date.UTC(2005, 0, 1 + (n % 360))).toISOString().slice(0, 10);

let session: E2ESession;
let page: Page;
const flow = {
  classId: '',
  trainees: [] as { id: string; idNumber: string }[],
  minor: '',
  providerName: '',
};

beforeAll(async () => {
  session = await openSession(baseUrl);
  page = session.page;
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && session) await session.shootFailure('subsidised-training', task.name);
});

afterAll(async () => {
  await session?.close();
});

/** Registers a person with this ID number; null when the directory already holds it (another run's). */
async function register(idNumber: string, name: string): Promise<string | null> {
  try {
    const made = await session.api<{ createPerson: { id: string } }>(
      `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input: { name, idNumber, countyCode: '370811' } },
    );
    return made.createPerson.id;
  } catch {
    return null;
  }
}

async function rosterFile(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('结业学员名册');
  sheet.addRow(['身份证号', '结业日期', '就业创业意愿', '取得证书', '已达法定退休年龄']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('a subsidised class of 1,000 rows, from the catalogue to finance and T9', () => {
  it('registers the trainees in the directory through the API, in batches', async () => {
    await session.signIn('hrss');
    let sequence = run % 1000;
    for (let n = 0; flow.trainees.length < GOOD; n += 25) {
      const batch = await Promise.all(
        Array.from({ length: 25 }, async (_, i) => {
          const idNumber = residentId(adultBirth(n + i), sequence + n + i);
          const id = await register(idNumber, `培训学员${n + i}`);
          return id ? { id, idNumber } : null;
        }),
      );
      for (const t of batch) if (t && flow.trainees.length < GOOD) flow.trainees.push(t);
      if (n > 3 * GOOD) throw new Error('could not register the trainees');
    }
    for (let s = 0; !flow.minor; s++) {
      const idNumber = residentId('2010-01-01', sequence + s);
      if (await register(idNumber, '未成年学员')) flow.minor = idNumber;
    }
    sequence += 1;
    expect(flow.trainees.length).toBe(GOOD);
  });

  it('HRSS records a catalogue line; an overlapping period of the same code is refused', async () => {
    await page.getByTestId('nav-training-catalogue').click();
    await page.getByTestId('catalogue-table').waitFor();
    const record = async (validFrom: string) => {
      await page.getByTestId('catalogue-create').click();
      await page.getByTestId('catalogue-form').waitFor();
      await page.getByTestId('catalogue-form-code').fill(CODE);
      await page.getByTestId('catalogue-form-name').fill('电工（初级）');
      await page.getByTestId('catalogue-form-level').fill('初级工');
      await page.getByTestId('catalogue-form-amount').fill('1500');
      await page.getByTestId('catalogue-form-valid-from').fill(validFrom);
      await page.getByTestId('catalogue-form-source').fill('济人社字〔2025〕1号');
      await page.getByTestId('catalogue-submit').click();
    };
    await record('2025-01-01');
    await page.waitForURL(/\/training\/catalogue\/[^/]+$/);
    expect(await page.getByTestId('catalogue-line-name').textContent()).toContain(CODE);

    await page.getByTestId('nav-training-catalogue').click();
    await page.getByTestId('catalogue-table').waitFor();
    await record('2025-06-01');
    await expect.poll(() => page.getByTestId('catalogue-form').textContent()).toContain('有效期重叠');
    await page.screenshot({ path: shot('training-catalogue-overlap'), fullPage: true });
    await page.keyboard.press('Escape');
  });

  it('HRSS opens a class on the line at a provider of the directory', async () => {
    const { organisations } = await session.api<{ organisations: { edges: { node: { name: string } }[] } }>(
      `{ organisations(first: 1, kind: TECHNICAL_SCHOOL) { edges { node { name } } } }`,
    );
    flow.providerName = organisations.edges[0]!.node.name;
    await page.getByTestId('nav-training-classes').click();
    await page.getByTestId('classes-table').waitFor();
    await page.getByTestId('class-create').click();
    await page.getByTestId('class-form').waitFor();
    await page.getByTestId('class-form-name').fill(`2025 年电工培训班 ${run}`);
    await session.choose(page.getByTestId('class-form-provider'), flow.providerName, flow.providerName);
    await page.getByTestId('class-form-code').fill(CODE);
    await page.getByTestId('class-form-starts-on').fill('2025-06-01');
    await page.getByTestId('class-form-ends-on').fill('2025-06-30');
    await page.getByTestId('class-submit').click();
    await page.waitForURL(/\/training\/classes\/[^/]+$/);
    flow.classId = decodeURIComponent(page.url().split('/').pop()!);
    expect(await page.getByTestId('class-name').textContent()).toContain(String(run));
    expect(await page.getByTestId('class-count').textContent()).toBe('0');
  });

  it('imports 1,000 rows: the six bad rows are reported in Chinese, the 994 good ones written', async () => {
    const [first, ...rest] = flow.trainees;
    const nobody = residentId('2006-02-02', (run + 500) % 1000);
    const wrongCheck = `${flow.trainees[1]!.idNumber.slice(0, 17)}${flow.trainees[1]!.idNumber[17] === '0' ? '1' : '0'}`;
    const rows: string[][] = [
      // The one trainee without the wish to work or start a business, first on the roster (the earliest date).
      [first!.idNumber, '2025-06-01', '否', '是', '否'],
      ...rest.map((t) => [t.idNumber, '2025-06-30', '是', '是', '']),
      [nobody, '2025-06-30', '是', '是', ''],
      [wrongCheck, '2025-06-30', '是', '是', ''],
      [flow.minor, '2025-06-30', '是', '是', ''],
      [rest[0]!.idNumber, '2025-07-15', '是', '是', ''],
      [rest[1]!.idNumber, '2025-06-30', '是', '是', ''],
      [rest[2]!.idNumber, '2025-06-30', '也许', '是', ''],
    ];
    expect(rows.length).toBe(1000);
    const started = Date.now();
    await page.getByTestId('roster-import-file').setInputFiles({
      name: '结业学员名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await rosterFile(rows),
    });
    const summary = page.getByTestId('roster-import-summary');
    await expect.poll(() => summary.textContent(), { timeout: 60_000 }).toBe('共 1000 行：994 行无误，6 行有错误');
    const errors = (await page.getByTestId('roster-import-row-error').allTextContents()).join('\n');
    expect(errors).toContain(`人员库中无此身份证号：${nobody}`);
    expect(errors).toContain('身份证号无效（校验位不符）');
    expect(errors).toContain('未满 16 周岁');
    expect(errors).toContain('不在培训班开班至结业期间');
    expect(errors).toContain('与第 2 行是同一人');
    expect(errors).toContain('就业创业意愿应为“是”或“否”');
    expect(await page.getByTestId('roster-import-all').isDisabled()).toBe(true);
    expect(await page.getByTestId('class-count').textContent()).toBe('0');
    await page.screenshot({ path: shot('training-roster-checked'), fullPage: true });

    await page.getByTestId('roster-import-valid-only').click();
    await expect
      .poll(() => page.getByTestId('roster-import-written').textContent(), { timeout: 60_000 })
      .toBe(`已导入 ${GOOD} 名结业学员`);
    await expect.poll(() => page.getByTestId('class-count').textContent()).toBe(String(GOOD));
    // Checked and written in seconds, not minutes (a statement per batch, not per row).
    expect(Date.now() - started).toBeLessThan(60_000);
    await expect.poll(() => page.getByTestId('class-history').textContent()).toContain(`写入 ${GOOD} 名结业学员`);
  });

  it('finance decides every completion: the subsidy granted, and the one without the wish kept with its reason', async () => {
    await expect
      .poll(
        async () => {
          await page.goto(`${baseUrl}/training/classes/${encodeURIComponent(flow.classId)}`);
          await page.getByTestId('class-roster').waitFor();
          return (await page.getByTestId('completion-grant').count()) > 0 &&
            (await page.getByTestId('completion-not-granted').count()) > 0
            ? 'decided'
            : null;
        },
        { timeout: 120_000, interval: 2_000 },
      )
      .toBe('decided');
    expect(await page.getByTestId('completion-grant').first().textContent()).toContain('¥1,500.00');
    expect(await page.getByTestId('completion-not-granted').first().textContent()).toContain('就业创业意愿');
    await page.screenshot({ path: shot('training-roster-decided'), fullPage: true });
    // Every trainee's completion reached finance: 993 granted, 1 not.
    await expect
      .poll(
        async () => {
          const { entitlements } = await session.api<{ entitlements: { totalCount: number } }>(
            `{ entitlements(first: 1, ruleId: "R6") { totalCount } }`,
          );
          return entitlements.totalCount;
        },
        { timeout: 120_000, interval: 2_000 },
      )
      .toBeGreaterThanOrEqual(GOOD - 1);
  });

  it('T9 is counted on the targets dashboard', async () => {
    await page.goto(`${baseUrl}/targets?year=2025`);
    const figure = page.getByTestId('target-figure-T9-personTimes');
    await figure.waitFor();
    expect(Number((await figure.locator('b').textContent()) ?? '0')).toBeGreaterThanOrEqual(GOOD);
    expect(session.pageErrors).toEqual([]);
  });
});
