import { describe, expect, it } from 'vitest';
import { ROSTER_IMPORT } from './rosterImport';

const column = (key: string) => ROSTER_IMPORT.columns.find((c) => c.key === key)!;

describe('the roster file’s columns', () => {
  it('reads 是/否 as yes and no, and refuses anything else in Chinese', () => {
    const wants = column('wantsEmployment');
    expect(wants.parse!('是')).toEqual({ ok: true, value: true });
    expect(wants.parse!('否')).toEqual({ ok: true, value: false });
    expect(wants.parse!('也许')).toEqual({ ok: false, error: '就业创业意愿应为“是”或“否”：也许' });
  });

  it('reads a completion date written with dashes, slashes or dots', () => {
    const date = column('completedOn');
    expect(date.parse!('2025-06-30')).toEqual({ ok: true, value: '2025-06-30' });
    expect(date.parse!('2025/6/3')).toEqual({ ok: true, value: '2025-06-03' });
    expect(date.parse!('2025.12.1')).toEqual({ ok: true, value: '2025-12-01' });
    expect(date.parse!('六月')).toMatchObject({ ok: false });
  });

  it('requires the ID number, the date and both answers; the retirement answer is optional', () => {
    expect(ROSTER_IMPORT.columns.filter((c) => c.required).map((c) => c.key)).toEqual([
      'idNumber',
      'completedOn',
      'wantsEmployment',
      'certificateObtained',
    ]);
  });
});
