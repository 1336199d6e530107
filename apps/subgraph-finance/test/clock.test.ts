import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertClockSetting, chinaToday, clockShiftDays, financeNow } from '../src/domain/clock.ts';

const dir = mkdtempSync(join(tmpdir(), 'finance-clock-'));
const file = join(dir, 'clock');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DAY = 24 * 60 * 60 * 1000;
const shiftOf = clockShiftDays;

describe('FINANCE_CLOCK_FILE', () => {
  it('moves finance’s today forward by the days in the file, read on every call, in development mode', () => {
    const env = { JINING_DEV_MODE: 'true', FINANCE_CLOCK_FILE: file };
    expect(shiftOf(env)).toBe(0); // no file yet
    writeFileSync(file, '8\n');
    expect(shiftOf(env)).toBe(8);
    // financeNow is the real time moved by those days.
    const before = Date.now();
    const moved = financeNow(env).getTime();
    expect(moved).toBeGreaterThanOrEqual(before + 8 * DAY);
    expect(moved).toBeLessThanOrEqual(Date.now() + 8 * DAY);
    writeFileSync(file, '0');
    expect(shiftOf(env)).toBe(0);
    expect(chinaToday(new Date('2025-06-30T16:00:00Z'))).toBe('2025-07-01');
  });

  it('is ignored outside development mode, and refused at start there', () => {
    writeFileSync(file, '8');
    const env = { FINANCE_CLOCK_FILE: file };
    expect(shiftOf(env)).toBe(0);
    expect(() => assertClockSetting(env)).toThrow(/development mode only/);
    expect(() => assertClockSetting({ JINING_DEV_MODE: 'true', FINANCE_CLOCK_FILE: file })).not.toThrow();
    expect(() => assertClockSetting({})).not.toThrow();
  });

  it('refuses what is not a whole number of days from 0 to 400', () => {
    const env = { JINING_DEV_MODE: 'true', FINANCE_CLOCK_FILE: file };
    for (const bad of ['-1', '1.5', '401', 'eight']) {
      writeFileSync(file, bad);
      expect(() => financeNow(env)).toThrow(/whole number of days/);
    }
  });
});
