import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

const PersonOptionsDoc = graphql(`
  query PersonOptions($search: String, $first: Int!) {
    people(search: $search, first: $first) {
      edges {
        node {
          id
          name
          idNumber
          county {
            code
            name
          }
        }
      }
    }
  }
`);

interface Props {
  value?: string;
  onChange?(id: string | undefined): void;
  placeholder?: string;
  testId?: string;
  id?: string;
}

/**
 * Picks a person from the directory by typing the start of the name (or, for pii:read, a full ID number): the server searches, 20 at a time, and shows each
 * with the masked ID number the directory returns, so namesakes can be told apart. Form-friendly (value/onChange).
 */
export function PersonSelect({ value, onChange, placeholder = '输入姓名开头检索', testId, id }: Props) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState<string | undefined>(undefined);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim() || undefined), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, loading } = useQuery(PersonOptionsDoc, { variables: { search, first: 20 } });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      placeholder={placeholder}
      aria-label={placeholder}
      loading={loading}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v ?? undefined)}
      notFoundContent={loading ? '检索中…' : '没有找到该人员'}
      options={
        data?.people.edges.map(({ node }) => ({
          value: node.id,
          label: `${node.name}（${node.idNumber} · ${node.county.name}）`,
        })) ?? []
      }
      data-testid={testId}
    />
  );
}
