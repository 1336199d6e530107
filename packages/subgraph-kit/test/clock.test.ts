import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addDays,
  assertClockSetting,
  chinaToday,
  clockShiftDays,
  CLOCK_FILE_VARIABLE,
  platformNow,
  publicityWindowRefusal,
  publicityWindowSettingsFor,
} from '../src/clock.ts';

const dir = mkdtempSync(join(tmpdir(), 'kit-clock-'));
const file = join(dir, 'clock');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DAY = 24 * 60 * 60 * 1000;

describe('the platform clock (shared by finance and the awards)', () => {
  it('moves today by the days in the clock file, in development mode only', () => {
    const env = { JINING_DEV_MODE: 'true', [CLOCK_FILE_VARIABLE]: file };
    writeFileSync(file, '8');
    expect(clockShiftDays(env)).toBe(8);
    const before = Date.now();
    expect(platformNow(env).getTime()).toBeGreaterThanOrEqual(before + 8 * DAY);
    expect(clockShiftDays({ [CLOCK_FILE_VARIABLE]: file })).toBe(0);
    expect(() => assertClockSetting({ [CLOCK_FILE_VARIABLE]: file })).toThrow(/development mode only/);
    writeFileSync(file, '401');
    expect(() => clockShiftDays(env)).toThrow(/0 to 400/);
    expect(chinaToday(new Date('2025-06-30T16:00:00Z'))).toBe('2025-07-01');
    expect(addDays('2025-12-31', 1).toISOString().slice(0, 10)).toBe('2026-01-01');
  });
});

describe('publicity window settings, per subgraph prefix', () => {
  const defaults = { defaultDays: 7, minDays: 5, maxDays: 30 };
  it('reads <PREFIX>_PUBLICITY_DAYS and its bounds, defaults where unset', () => {
    expect(publicityWindowSettingsFor('AWARDS', defaults, {})).toEqual(defaults);
    expect(publicityWindowSettingsFor('AWARDS', defaults, { AWARDS_PUBLICITY_DAYS: '10' })).toEqual({
      ...defaults,
      defaultDays: 10,
    });
    // Another prefix's variables do not apply.
    expect(publicityWindowSettingsFor('AWARDS', defaults, { FINANCE_PUBLICITY_DAYS: '10' })).toEqual(defaults);
    expect(() => publicityWindowSettingsFor('AWARDS', defaults, { AWARDS_PUBLICITY_DAYS: '3' })).toThrow(
      /AWARDS_PUBLICITY_MIN_DAYS ≤ AWARDS_PUBLICITY_DAYS/,
    );
    expect(() => publicityWindowSettingsFor('AWARDS', defaults, { AWARDS_PUBLICITY_DAYS: 'x' })).toThrow(
      /whole number/,
    );
  });

  it('refuses a window outside the bounds, in Chinese', () => {
    expect(publicityWindowRefusal(7, defaults)).toBeNull();
    expect(publicityWindowRefusal(4, defaults)?.zh).toBe('公示期须为 5–30 天（自然日）');
    expect(publicityWindowRefusal(31, defaults)).not.toBeNull();
    expect(publicityWindowRefusal(6.5, defaults)).not.toBeNull();
  });
});
