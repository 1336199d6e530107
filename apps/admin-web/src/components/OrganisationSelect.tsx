import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { label, organisationKindLabels } from '../labels';

const OrganisationOptionsDoc = graphql(`
  query OrganisationOptions($search: String, $first: Int!) {
    organisations(search: $search, first: $first) {
      edges {
        node {
          id
          name
          kind
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
 * Picks a unit from the directory by typing part of its name (or credit code): the server searches, 20 at a time.
 * Form-friendly (value/onChange), so it sits in an antd Form.Item like an Input.
 */
export function OrganisationSelect({ value, onChange, placeholder = '输入单位名称检索', testId, id }: Props) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState<string | undefined>(undefined);
  // One request per pause in typing, not per key.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim() || undefined), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, loading } = useQuery(OrganisationOptionsDoc, { variables: { search, first: 20 } });
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
      notFoundContent={loading ? '检索中…' : '没有找到该单位'}
      options={
        data?.organisations.edges.map(({ node }) => ({
          value: node.id,
          label: `${node.name}（${label(organisationKindLabels, node.kind)} · ${node.county.name}）`,
        })) ?? []
      }
      data-testid={testId}
    />
  );
}
