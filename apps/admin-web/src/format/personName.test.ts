import { describe, expect, it } from 'vitest';
import { maskPersonName } from './personName';

describe('maskPersonName', () => {
  it('keeps the first and last characters of a name of three or more', () => {
    expect(maskPersonName('王建国')).toBe('王*国');
    expect(maskPersonName('欧阳小明')).toBe('欧**明');
  });
  it('hides the given name of a two-character name', () => {
    expect(maskPersonName('李红')).toBe('李*');
  });
  it('counts characters, not UTF-16 units', () => {
    expect(maskPersonName('𠮷野家')).toBe('𠮷*家');
  });
});
