import { describe, expect, it } from 'vitest';
import { beijingToday, currentYear, formatDateTime } from './dateTime';

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

describe('beijingToday', () => {
  it('is the date in Beijing, whatever the browser’s zone', () => {
    expect(beijingToday(new Date('2026-12-02T15:59:00Z'))).toBe('2026-12-02');
    expect(beijingToday(new Date('2026-12-02T16:00:00Z'))).toBe('2026-12-03');
    expect(currentYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
  });
});
