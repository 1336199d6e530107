import { describe, expect, it } from 'vitest';
import { currentYear, formatDateTime, todayInBeijing } from './dateTime';

describe('formatDateTime', () => {
  it('shows an instant in Beijing time, to the minute', () => {
    expect(formatDateTime('2026-12-02T07:05:09.000Z')).toBe('2026-12-02 15:05');
    // Past midnight in Beijing: the date moves on.
    expect(formatDateTime('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30');
  });

  it('shows a dash for nothing or for text that is not a time', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });
});

describe('todayInBeijing', () => {
  it('is the date in Jining, a day ahead of UTC late in the evening', () => {
    expect(todayInBeijing(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(currentYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(todayInBeijing(new Date('2026-12-02T07:05:09Z'))).toBe('2026-12-02');
  });
});
