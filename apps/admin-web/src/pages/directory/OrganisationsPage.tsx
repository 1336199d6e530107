import { Tag } from 'antd';
import { OrganisationLink } from '../../components/OrganisationLink';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { OrganisationKind, OrganisationsQuery } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { ExportButton } from '../../components/ExportButton';
import { tableColumns, type ListField } from '../../components/listFields';
import { CountySelect } from '../../components/CountySelect';
import { SearchInput } from '../../components/SearchInput';
import { EnumSelect } from '../../components/EnumSelect';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { StatusTag } from '../../components/StatusTag';
import { label, organisationKindLabels } from '../../labels';
import { studioStatusLabels } from '../../studioLabels';
import { collegeStatusLabels } from '../../collegeLabels';
import { usePagedQuery } from '../../apollo/usePagedQuery';
import { useUrlParam } from '../../apollo/useUrlParam';

const OrganisationsQueryDoc = graphql(`
  query Organisations($first: Int!, $after: String, $kind: OrganisationKind, $countyCode: ID, $search: String) {
    organisations(first: $first, after: $after, kind: $kind, countyCode: $countyCode, search: $search) {
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
          kind
          creditCode
          county {
            code
            name
          }
          stateOwned
          climbing
          industryEducationIntegration
          hostedStudios {
            id
            status
          }
          craftsmanColleges {
            id
            status
          }
        }
      }
    }
  }
`);

type OrganisationRow = OrganisationsQuery['organisations']['edges'][number]['node'];

const fields: ListField<OrganisationRow>[] = [
  { header: '单位名称', value: (o) => o.name, width: 36, render: (o) => <OrganisationLink organisation={o} /> },
  { header: '类型', value: (o) => label(organisationKindLabels, o.kind) },
  { header: '统一社会信用代码', value: (o) => o.creditCode, width: 22 },
  { header: '县（市、区）', value: (o) => o.county.name },
  {
    header: '标识',
    value: (o) =>
      [o.stateOwned && '国有', o.climbing && '攀登企业', o.industryEducationIntegration && '产教融合型企业']
        .filter(Boolean)
        .join('、'),
    render: (o) => (
      <>
        {o.stateOwned && <Tag color="blue">国有</Tag>}
        {o.climbing && <Tag color="purple">攀登企业</Tag>}
        {o.industryEducationIntegration && <Tag color="green">产教融合型企业</Tag>}
      </>
    ),
  },
  {
    header: '技能大师工作室',
    value: (o) => (o.hostedStudios ?? []).map((s) => label(studioStatusLabels, s.status)).join('、') || null,
    render: (o) =>
      (o.hostedStudios ?? []).length === 0 ? (
        '—'
      ) : (
        <Link
          to={`/training/studios?hostId=${encodeURIComponent(o.id)}`}
          data-testid="organisation-studios"
          data-organisation-id={o.id}
        >
          {(o.hostedStudios ?? []).map((s) => (
            <StatusTag key={s.id} kind="studio" status={s.status} />
          ))}
        </Link>
      ),
  },
  {
    header: '工匠学院',
    value: (o) => (o.craftsmanColleges ?? []).map((c) => label(collegeStatusLabels, c.status)).join('、') || null,
    render: (o) =>
      (o.craftsmanColleges ?? []).length === 0 ? (
        '—'
      ) : (
        <Link
          to={`/training/colleges?hostId=${encodeURIComponent(o.id)}`}
          data-testid="organisation-colleges"
          data-organisation-id={o.id}
        >
          {(o.craftsmanColleges ?? []).map((c) => (
            <StatusTag key={c.id} kind="college" status={c.status} />
          ))}
        </Link>
      ),
  },
];
const columns = tableColumns(fields);

export function OrganisationsPage() {
  const [kind, setKind] = useUrlParam<OrganisationKind>('kind');
  const [countyCode, setCountyCode] = useUrlParam('county');
  const [search, setSearch] = useUrlParam('q');
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(OrganisationsQueryDoc, {
    kind,
    countyCode,
    search,
  });

  return (
    <>
      <PageTitle
        extra={
          <ExportButton
            name="单位"
            columns={fields}
            fetchRows={(progress) => fetchAll((d) => d.organisations, progress)}
          />
        }
      >
        单位
      </PageTitle>
      <FilterBar>
        <SearchInput key={search ?? ''} placeholder="单位名称或信用代码" defaultValue={search} onSearch={setSearch} />
        <EnumSelect
          labels={organisationKindLabels}
          value={kind}
          onChange={setKind}
          placeholder="全部类型"
          testId="filter-kind"
        />
        <CountySelect value={countyCode} onChange={setCountyCode} />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="organisations-table"
        connection={data?.organisations}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
    </>
  );
}
