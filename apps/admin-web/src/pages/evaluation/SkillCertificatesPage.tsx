import { useState } from 'react';
import type { TableColumnsType } from 'antd';
import { graphql } from '../../gql';
import type { CertificationRoute, SkillCertificatesQuery, SkillLevel } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { EnumSelect } from '../../components/EnumSelect';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { PersonLink } from '../../components/PersonLink';
import { certificationRouteLabels, label, skillLevelLabels } from '../../labels';
import { usePagedQuery } from '../../apollo/usePagedQuery';

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

const columns: TableColumnsType<CertificateRow> = [
  { title: '证书编号', dataIndex: 'certificateNo' },
  { title: '持证人', key: 'person', render: (_, c) => <PersonLink person={c.person} /> },
  { title: '等级', dataIndex: 'level', render: (v: SkillLevel) => label(skillLevelLabels, v) },
  { title: '职业（工种）', dataIndex: 'occupation' },
  { title: '发证机构', key: 'issuer', render: (_, c) => c.issuer.name },
  { title: '发证日期', dataIndex: 'issuedOn' },
  { title: '取得方式', dataIndex: 'route', render: (v: CertificationRoute) => label(certificationRouteLabels, v) },
];

export function SkillCertificatesPage() {
  const [level, setLevel] = useState<SkillLevel>();
  const { data, loading, error, loadMore } = usePagedQuery(SkillCertificatesQueryDoc, { level });

  return (
    <>
      <PageTitle>技能等级证书</PageTitle>
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
      />
    </>
  );
}
