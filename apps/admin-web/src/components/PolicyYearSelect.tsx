import { Select } from 'antd';
import { POLICY_YEARS } from '@jining/rules/vocabulary';
import { currentYear } from '../format/dateTime';

/** The policy's years (2025–2029), and this year if it falls outside them, so the default is always offered. */
export function policyYears(): number[] {
  const years: number[] = [];
  for (let y = POLICY_YEARS.first; y <= POLICY_YEARS.last; y++) years.push(y);
  const now = currentYear();
  return years.includes(now) ? years : [...years, now].sort((a, b) => a - b);
}

interface Props {
  value?: number;
  onChange?(year: number): void;
  testId: string;
  id?: string;
  ariaLabel?: string;
}

/**
 * A budget year to pick from a list, not to type: budgets, reports and reconciliation are kept per year of the
 * policy, and a typed year would query every partial number on the way (2, 20, 202 …). Form-friendly.
 */
export function PolicyYearSelect({ value, onChange, testId, id, ariaLabel = '预算年度' }: Props) {
  return (
    <Select<number>
      id={id}
      aria-label={ariaLabel}
      style={{ width: 120 }}
      value={value}
      onChange={(v) => onChange?.(v)}
      options={policyYears().map((y) => ({ value: y, label: `${y}年` }))}
      data-testid={testId}
    />
  );
}
