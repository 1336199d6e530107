import { describe, expect, it } from 'vitest';
import { maskIdNumber } from './idNumber';

describe('maskIdNumber', () => {
  it('keeps the region code and the last four characters', () => {
    expect(maskIdNumber('37080219900307001X')).toBe('370802********001X');
  });
  it('leaves a number the server already masked alone', () => {
    expect(maskIdNumber('370802********001X')).toBe('370802********001X');
  });
  it('masks short values entirely', () => {
    expect(maskIdNumber('12345')).toBe('*****');
  });
});
