import { Select } from 'antd';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

export const CountiesQuery = graphql(`
  query Counties {
    counties {
      code
      name
    }
  }
`);

interface Props {
  // Optional so an antd Form.Item can supply them, as it does for an Input.
  value?: string;
  onChange?(code: string | undefined): void;
  testId?: string;
  /** In a form the select picks one county rather than filtering: its own wording. */
  placeholder?: string;
  ariaLabel?: string;
  id?: string;
}

/** The counties/districts of Jining as a filter (empty means all the user may see), or as a form's field. */
export function CountySelect({
  value,
  onChange,
  testId = 'filter-county',
  placeholder = '全部县（市、区）',
  ariaLabel = '按县（市、区）筛选',
  id,
}: Props) {
  const { data, loading } = useQuery(CountiesQuery);
  return (
    <Select
      id={id}
      allowClear
      placeholder={placeholder}
      aria-label={ariaLabel}
      style={{ width: 200 }}
      loading={loading}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v ?? undefined)}
      options={data?.counties.map((c) => ({ value: c.code, label: c.name })) ?? []}
      data-testid={testId}
    />
  );
}
