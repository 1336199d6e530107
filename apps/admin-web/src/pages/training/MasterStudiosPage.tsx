import { useState } from 'react';
import { Button, Space, Tag } from 'antd';
import { NotificationOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { StudioLevel, StudioStatus } from '../../gql/graphql';
import { useAuth } from '../../auth/AuthContext';
import { canManageStudios } from './access';
import { ConnectionTable } from '../../components/ConnectionTable';
import { ExportButton } from '../../components/ExportButton';
import { tableColumns } from '../../components/listFields';
import { EnumSelect } from '../../components/EnumSelect';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { SearchInput } from '../../components/SearchInput';
import { studioLevelLabels } from '../../labels';
import { studioStatusLabels } from '../../studioLabels';
import { usePagedQuery } from '../../apollo/usePagedQuery';
import { useUrlParam } from '../../apollo/useUrlParam';
import { ApplyStudioDrawer } from './ApplyStudioDrawer';
import { MasterStudiosQueryDoc } from './documents';
import { studioFields } from './studioFields';
import { StudioYearCard } from './StudioYearCard';

const columns = tableColumns(studioFields);

/**
 * 技能大师工作室 (二(六)): every studio with its state, filtered in the URL (level, state, name or trade), exported as
 * shown; the year's city selections against T10; 市人社局 registers applications here.
 */
export function MasterStudiosPage() {
  const { account } = useAuth();
  const manage = canManageStudios(account);
  const navigate = useNavigate();
  const [level, setLevel] = useUrlParam<StudioLevel>('level');
  const [status, setStatus] = useUrlParam<StudioStatus>('status');
  const [search, setSearch] = useUrlParam('search');
  // From an organisation's row in 单位: that unit's studios.
  const [hostId, setHostId] = useUrlParam('hostId');
  const [applying, setApplying] = useState(false);
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(MasterStudiosQueryDoc, {
    level,
    status,
    search,
    hostId,
  });

  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            <Button
              icon={<NotificationOutlined />}
              onClick={() => navigate('/training/studios/publicity')}
              data-testid="studio-publicity"
            >
              公示名单
            </Button>
            <ExportButton
              name="技能大师工作室"
              columns={studioFields}
              fetchRows={(progress) => fetchAll((d) => d.masterStudios, progress)}
            />
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setApplying(true)}
                data-testid="studio-apply"
              >
                登记申报
              </Button>
            )}
          </Space>
        }
      >
        技能大师工作室
      </PageTitle>
      <StudioYearCard />
      <FilterBar>
        <EnumSelect
          labels={studioLevelLabels}
          value={level}
          onChange={setLevel}
          placeholder="全部级别"
          testId="filter-level"
          width={240}
        />
        <EnumSelect
          labels={studioStatusLabels}
          value={status}
          onChange={setStatus}
          placeholder="全部状态"
          testId="filter-status"
          width={160}
        />
        <SearchInput placeholder="工作室名称或职业（工种）" defaultValue={search} onSearch={setSearch} />
        {hostId && (
          <Tag closable onClose={() => setHostId(undefined)} data-testid="filter-host">
            依托单位：{data?.masterStudios.edges[0]?.node.host.name ?? hostId}
          </Tag>
        )}
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="studios-table"
        connection={data?.masterStudios}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
      {manage && (
        <ApplyStudioDrawer
          open={applying}
          onClose={() => setApplying(false)}
          onApplied={(id) => navigate(`/training/studios/${encodeURIComponent(id)}`)}
        />
      )}
    </>
  );
}
