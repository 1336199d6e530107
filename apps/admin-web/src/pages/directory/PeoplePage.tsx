import { useState } from 'react';
import type { TableColumnsType } from 'antd';
import { graphql } from '../../gql';
import type { PeopleQuery } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { CountySelect } from '../../components/CountySelect';
import { SearchInput } from '../../components/SearchInput';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { PersonLink } from '../../components/PersonLink';
import { maskIdNumber } from '../../format/idNumber';
import { genderLabels, label, skillLevelLabels } from '../../labels';
import { usePagedQuery } from '../../apollo/usePagedQuery';

const PeopleQueryDoc = graphql(`
  query People($first: Int!, $after: String, $countyCode: ID, $search: String) {
    people(first: $first, after: $after, countyCode: $countyCode, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          idNumber
          gender
          birthDate
          county {
            code
            name
          }
          employer {
            id
            name
          }
          highestLevel
        }
      }
    }
  }
`);

type PersonRow = PeopleQuery['people']['edges'][number]['node'];

const columns: TableColumnsType<PersonRow> = [
  { title: '姓名', dataIndex: 'name', render: (_, p) => <PersonLink person={p} /> },
  { title: '身份证号', dataIndex: 'idNumber', render: (v: string) => maskIdNumber(v) },
  { title: '性别', dataIndex: 'gender', render: (v: PersonRow['gender']) => label(genderLabels, v) },
  { title: '出生日期', dataIndex: 'birthDate' },
  { title: '县（市、区）', key: 'county', render: (_, p) => p.county.name },
  { title: '工作单位', key: 'employer', render: (_, p) => p.employer?.name ?? '—' },
  {
    title: '最高技能等级',
    dataIndex: 'highestLevel',
    // data-level lets the e2e test pick a person who holds certificates without parsing Chinese text.
    render: (v: PersonRow['highestLevel']) => (
      <span data-testid="highest-level-cell" data-level={v ?? ''}>
        {label(skillLevelLabels, v)}
      </span>
    ),
  },
];

export function PeoplePage() {
  const [countyCode, setCountyCode] = useState<string>();
  const [search, setSearch] = useState<string>();
  const { data, loading, error, loadMore } = usePagedQuery(PeopleQueryDoc, { countyCode, search });

  return (
    <>
      <PageTitle>人员</PageTitle>
      <FilterBar>
        <SearchInput placeholder="姓名或身份证号" onSearch={setSearch} />
        <CountySelect value={countyCode} onChange={setCountyCode} />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="people-table"
        connection={data?.people}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
      />
    </>
  );
}
