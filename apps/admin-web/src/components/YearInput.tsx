import { InputNumber } from 'antd';

/** A year filter: the policy runs 2025–2029, but earlier results still count, so only a sane range is enforced. */
export function YearInput({
  value,
  onChange,
  testId = 'filter-year',
}: {
  value: number | undefined;
  onChange(v: number | undefined): void;
  testId?: string;
}) {
  return (
    <InputNumber
      placeholder="年度"
      min={2000}
      max={2100}
      precision={0}
      style={{ width: 120 }}
      value={value ?? null}
      onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
      data-testid={testId}
    />
  );
}
