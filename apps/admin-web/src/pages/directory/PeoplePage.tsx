import { graphql } from '../../gql';
import { OrganisationLink } from '../../components/OrganisationLink';
import type { PeopleQuery } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { ExportButton } from '../../components/ExportButton';
import { tableColumns, type ListField } from '../../components/listFields';
import { CountySelect } from '../../components/CountySelect';
import { SearchInput } from '../../components/SearchInput';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { PersonLink } from '../../components/PersonLink';
import { maskIdNumber } from '../../format/idNumber';
import { genderLabels, label, skillLevelLabels } from '../../labels';
import { usePagedQuery } from '../../apollo/usePagedQuery';
import { useUrlParam } from '../../apollo/useUrlParam';

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
          birthYear
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

const fields: ListField<PersonRow>[] = [
  { header: '姓名', value: (p) => p.name, render: (p) => <PersonLink person={p} /> },
  { header: '身份证号', value: (p) => maskIdNumber(p.idNumber), width: 22 },
  { header: '性别', value: (p) => label(genderLabels, p.gender) },
  // Staff without the right to see ID numbers see the year only (the full date would complete a masked number).
  { header: '出生日期', value: (p) => p.birthDate ?? `${p.birthYear} 年`, kind: 'date' },
  { header: '县（市、区）', value: (p) => p.county.name },
  {
    header: '工作单位',
    value: (p) => p.employer?.name,
    width: 36,
    render: (p) => <OrganisationLink organisation={p.employer} />,
  },
  {
    header: '最高技能等级',
    value: (p) => (p.highestLevel ? label(skillLevelLabels, p.highestLevel) : null),
    // data-level lets the e2e test pick a person who holds certificates without parsing Chinese text.
    render: (p) => (
      <span data-testid="highest-level-cell" data-level={p.highestLevel ?? ''}>
        {label(skillLevelLabels, p.highestLevel)}
      </span>
    ),
  },
];
const columns = tableColumns(fields);

export function PeoplePage() {
  const [countyCode, setCountyCode] = useUrlParam('county');
  const [search, setSearch] = useUrlParam('q');
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(PeopleQueryDoc, { countyCode, search });

  return (
    <>
      <PageTitle
        extra={
          <ExportButton name="人员" columns={fields} fetchRows={(progress) => fetchAll((d) => d.people, progress)} />
        }
      >
        人员
      </PageTitle>
      <FilterBar>
        <SearchInput key={search ?? ''} placeholder="姓名或身份证号" defaultValue={search} onSearch={setSearch} />
        <CountySelect value={countyCode} onChange={setCountyCode} />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="people-table"
        connection={data?.people}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
    </>
  );
}
