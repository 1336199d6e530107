import { useState } from 'react';
import { Button, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import type { HonourKind, HonoursQuery, HonourStatus } from '../../gql/graphql';
import { useAuth } from '../../auth/AuthContext';
import { canManageHonours } from '../../auth/roles';
import { ConnectionTable } from '../../components/ConnectionTable';
import { ExportButton } from '../../components/ExportButton';
import { tableColumns, type ListField } from '../../components/listFields';
import { EnumSelect } from '../../components/EnumSelect';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { PersonLink } from '../../components/PersonLink';
import { StatusTag } from '../../components/StatusTag';
import { YearInput } from '../../components/YearInput';
import { honourKindLabels, honourStatusLabels, label } from '../../labels';
import { usePagedQuery } from '../../apollo/usePagedQuery';
import { useUrlParam, useUrlNumberParam } from '../../apollo/useUrlParam';
import { HonoursQueryDoc } from './documents';
import { NominateHonourDrawer } from './NominateHonourDrawer';

type HonourRow = HonoursQuery['honours']['edges'][number]['node'];

const fields: ListField<HonourRow>[] = [
  {
    header: '荣誉',
    value: (h) => label(honourKindLabels, h.kind),
    render: (h) => (
      <Link to={`/awards/honours/${encodeURIComponent(h.id)}`} data-testid="honour-link" data-honour-id={h.id}>
        {label(honourKindLabels, h.kind)}
      </Link>
    ),
    width: 20,
  },
  { header: '年度', value: (h) => String(h.year) },
  { header: '获得者', value: (h) => h.person.name, render: (h) => <PersonLink person={h.person} /> },
  {
    header: '状态',
    value: (h) => label(honourStatusLabels, h.status),
    render: (h) => <StatusTag kind="honour" status={h.status} />,
  },
  { header: '专家平均分', value: (h) => h.averageScore },
  { header: '公示截止', value: (h) => h.publicityEndsOn },
  { header: '证书编号', value: (h) => h.certificateNo, width: 28 },
  { header: '事迹', value: (h) => h.citation, width: 48 },
];
const columns = tableColumns(fields);

/** 荣誉表彰: the list with its filters in the URL, Excel export, and 提名 for the bodies that nominate. */
export function HonoursPage() {
  const { account } = useAuth();
  const navigate = useNavigate();
  const [nominating, setNominating] = useState(false);
  const [kind, setKind] = useUrlParam<HonourKind>('kind');
  const [year, setYear] = useUrlNumberParam('year');
  const [status, setStatus] = useUrlParam<HonourStatus>('status');
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(HonoursQueryDoc, { kind, year, status });

  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            {canManageHonours(account) && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setNominating(true)}
                data-testid="nominate-honour"
              >
                提名
              </Button>
            )}
            <ExportButton
              name="荣誉表彰"
              columns={fields}
              fetchRows={(progress) => fetchAll((d) => d.honours, progress)}
            />
          </Space>
        }
      >
        荣誉表彰
      </PageTitle>
      <FilterBar>
        <EnumSelect
          labels={honourKindLabels}
          value={kind}
          onChange={setKind}
          placeholder="全部荣誉"
          testId="filter-kind"
        />
        <YearInput value={year} onChange={setYear} />
        <EnumSelect
          labels={honourStatusLabels}
          value={status}
          onChange={setStatus}
          placeholder="全部状态"
          testId="filter-status"
          width={140}
        />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="honours-table"
        connection={data?.honours}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
      <NominateHonourDrawer
        open={nominating}
        onClose={() => setNominating(false)}
        onNominated={(id) => navigate(`/awards/honours/${encodeURIComponent(id)}`)}
      />
    </>
  );
}
