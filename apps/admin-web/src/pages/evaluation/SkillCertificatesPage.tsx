import { graphql } from '../../gql';
import { OrganisationLink } from '../../components/OrganisationLink';
import type { SkillCertificatesQuery, SkillLevel } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { ExportButton } from '../../components/ExportButton';
import { tableColumns, type ListField } from '../../components/listFields';
import { EnumSelect } from '../../components/EnumSelect';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { PersonLink } from '../../components/PersonLink';
import { certificationRouteLabels, label, skillLevelLabels } from '../../labels';
import { usePagedQuery } from '../../apollo/usePagedQuery';
import { useUrlParam } from '../../apollo/useUrlParam';

const SkillCertificatesQueryDoc = graphql(`
  query SkillCertificates($first: Int!, $after: String, $level: SkillLevel) {
    skillCertificates(first: $first, after: $after, level: $level) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          certificateNo
          level
          titleEquivalent {
            label
          }
          occupation
          issuedOn
          route
          person {
            id
            name
          }
          issuer {
            id
            name
          }
        }
      }
    }
  }
`);

type CertificateRow = SkillCertificatesQuery['skillCertificates']['edges'][number]['node'];

const fields: ListField<CertificateRow>[] = [
  { header: '证书编号', value: (c) => c.certificateNo, width: 22 },
  { header: '持证人', value: (c) => c.person.name, render: (c) => <PersonLink person={c.person} /> },
  { header: '等级', value: (c) => label(skillLevelLabels, c.level) },
  // E2 三(八): 技师 and above are treated as a professional-title tier.
  { header: '比照职称', value: (c) => c.titleEquivalent?.label ?? '—', width: 10 },
  { header: '职业（工种）', value: (c) => c.occupation },
  {
    header: '发证机构',
    value: (c) => c.issuer.name,
    width: 36,
    render: (c) => <OrganisationLink organisation={c.issuer} />,
  },
  { header: '发证日期', value: (c) => c.issuedOn, kind: 'date' },
  { header: '取得方式', value: (c) => label(certificationRouteLabels, c.route) },
];
const columns = tableColumns(fields);

export function SkillCertificatesPage() {
  const [level, setLevel] = useUrlParam<SkillLevel>('level');
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(SkillCertificatesQueryDoc, { level });

  return (
    <>
      <PageTitle
        extra={
          <ExportButton
            name="技能等级证书"
            columns={fields}
            fetchRows={(progress) => fetchAll((d) => d.skillCertificates, progress)}
          />
        }
      >
        技能等级证书
      </PageTitle>
      <FilterBar>
        <EnumSelect
          labels={skillLevelLabels}
          value={level}
          onChange={setLevel}
          placeholder="全部等级"
          testId="filter-level"
        />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="certificates-table"
        connection={data?.skillCertificates}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
    </>
  );
}
