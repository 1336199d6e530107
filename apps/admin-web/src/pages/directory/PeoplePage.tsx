import { graphql } from '../../gql';
import { OrganisationLink } from '../../components/OrganisationLink';
import type { PeopleQuery, SkillLevel } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { ExportButton } from '../../components/ExportButton';
import { tableColumns, type ListField } from '../../components/listFields';
import { CountySelect } from '../../components/CountySelect';
import { EnumSelect } from '../../components/EnumSelect';
import { SearchInput } from '../../components/SearchInput';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { PersonLink } from '../../components/PersonLink';
import { maskIdNumber } from '../../format/idNumber';
import { genderLabels, label, skillLevelLabels } from '../../labels';
import { usePagedQuery } from '../../apollo/usePagedQuery';
import { useUrlParam } from '../../apollo/useUrlParam';

const PeopleQueryDoc = graphql(`
  query People($first: Int!, $after: String, $countyCode: ID, $search: String, $minLevel: SkillLevel) {
    people(first: $first, after: $after, countyCode: $countyCode, search: $search, minLevel: $minLevel) {
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

/** 技能等级（至少）: each level of the ladder as "at least" it (the list filters on the highest valid certificate). */
const atLeastLabels = Object.fromEntries(
  Object.entries(skillLevelLabels).map(([level, name]) => [level, `至少${name}`]),
) as Record<SkillLevel, string>;
const isLevel = (value: string | undefined): value is SkillLevel => value !== undefined && value in skillLevelLabels;

export function PeoplePage() {
  const [countyCode, setCountyCode] = useUrlParam('county');
  const [search, setSearch] = useUrlParam('q');
  const [levelParam, setLevel] = useUrlParam<SkillLevel>('level');
  // A level the ladder does not have (an edited link) filters nothing rather than failing the page.
  const minLevel = isLevel(levelParam) ? levelParam : undefined;
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(PeopleQueryDoc, {
    countyCode,
    search,
    minLevel,
  });

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
        <SearchInput
          key={search ?? ''}
          placeholder="姓名开头或完整身份证号"
          defaultValue={search}
          onSearch={setSearch}
        />
        <CountySelect value={countyCode} onChange={setCountyCode} />
        <EnumSelect
          labels={atLeastLabels}
          value={minLevel}
          onChange={setLevel}
          placeholder="技能等级（至少）"
          testId="min-level-select"
        />
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
