import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { complianceFields, figuresText, VerdictTag, type ComplianceRow } from './fields';

const base: ComplianceRow = {
  __typename: 'ComplianceReport',
  id: 'r1',
  check: 'FRONTLINE_EDUCATION_FUNDS',
  year: 2025,
  clause: '六',
  stateOwned: false,
  applicable: true,
  compliant: false,
  conclusion: '2025年职工教育经费用于一线职工的比例为59.99％，未达到60％以上的要求。',
  fundsUsedFen: 10_000_000,
  frontlineFen: 5_999_999,
  highSkilledPreviousAvgFen: null,
  highSkilledCurrentAvgFen: null,
  managersPreviousAvgFen: null,
  managersCurrentAvgFen: null,
  enterprise: { __typename: 'Organisation', id: 'o1', name: '济宁测试企业' },
};

describe('compliance report fields', () => {
  it('say the figures of each check in yuan', () => {
    expect(figuresText(base)).toBe('经费 ¥100,000.00，其中一线 ¥59,999.99');
    expect(
      figuresText({
        ...base,
        check: 'E3_SOE_WAGE_GROWTH',
        highSkilledPreviousAvgFen: 10_000_000,
        highSkilledCurrentAvgFen: 11_000_000,
        managersPreviousAvgFen: 20_000_000,
        managersCurrentAvgFen: 22_000_000,
      }),
    ).toBe('高技能人才 ¥100,000.00 → ¥110,000.00；管理人员 ¥200,000.00 → ¥220,000.00');
  });

  it('tell 符合, 不符合 and 不适用 apart, on screen and in the export', () => {
    const verdictField = complianceFields.find((f) => f.header === '结论')!;
    expect(verdictField.value(base)).toBe('不符合');
    expect(verdictField.value({ ...base, compliant: true })).toBe('符合');
    expect(verdictField.value({ ...base, applicable: false, compliant: true })).toBe('不适用');
    render(<VerdictTag report={{ applicable: false, compliant: true }} />);
    expect(screen.getByTestId('compliance-verdict').getAttribute('data-verdict')).toBe('NOT_APPLICABLE');
  });
});
