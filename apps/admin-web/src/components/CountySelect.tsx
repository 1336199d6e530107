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
  value: string | undefined;
  onChange(code: string | undefined): void;
  testId?: string;
}

/** The counties/districts of Jining as a filter; empty means all the user may see. */
export function CountySelect({ value, onChange, testId = 'filter-county' }: Props) {
  const { data, loading } = useQuery(CountiesQuery);
  return (
    <Select
      allowClear
      placeholder="全部县（市、区）"
      aria-label="按县（市、区）筛选"
      style={{ width: 200 }}
      loading={loading}
      value={value}
      onChange={(v: string | undefined) => onChange(v ?? undefined)}
      options={data?.counties.map((c) => ({ value: c.code, label: c.name })) ?? []}
      data-testid={testId}
    />
  );
}
