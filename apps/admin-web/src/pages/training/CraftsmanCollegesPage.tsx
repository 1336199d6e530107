import { useState } from 'react';
import { Button, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { CraftsmanCollegeStatus } from '../../gql/graphql';
import { useAuth } from '../../auth/AuthContext';
import { canManageColleges } from './access';
import { ConnectionTable } from '../../components/ConnectionTable';
import { ExportButton } from '../../components/ExportButton';
import { tableColumns } from '../../components/listFields';
import { EnumSelect } from '../../components/EnumSelect';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { SearchInput } from '../../components/SearchInput';
import { collegeStatusLabels, CRAFTSMAN_COLLEGE_LEVEL } from '../../collegeLabels';
import { usePagedQuery } from '../../apollo/usePagedQuery';
import { useUrlParam } from '../../apollo/useUrlParam';
import { ApplyCollegeDrawer } from './ApplyCollegeDrawer';
import { CollegeTargetCard } from './CollegeTargetCard';
import { CraftsmanCollegesQueryDoc } from './collegeDocuments';
import { collegeFields } from './collegeFields';

const columns = tableColumns(collegeFields);

/**
 * 工匠学院 (二(六)): every city-level craftsman college with its state, filtered in the URL (state, name, host unit),
 * exported as shown; progress against T11; 市总工会 registers applications here.
 */
export function CraftsmanCollegesPage() {
  const { account } = useAuth();
  const manage = canManageColleges(account);
  const navigate = useNavigate();
  const [status, setStatus] = useUrlParam<CraftsmanCollegeStatus>('status');
  const [search, setSearch] = useUrlParam('search');
  const [hostId, setHostId] = useUrlParam('hostId');
  const [applying, setApplying] = useState(false);
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(CraftsmanCollegesQueryDoc, {
    status,
    search,
    hostId,
  });

  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            <ExportButton
              name={CRAFTSMAN_COLLEGE_LEVEL.label('CITY')}
              columns={collegeFields}
              fetchRows={(progress) => fetchAll((d) => d.craftsmanColleges, progress)}
            />
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setApplying(true)}
                data-testid="college-apply"
              >
                登记申报
              </Button>
            )}
          </Space>
        }
      >
        工匠学院
      </PageTitle>
      <CollegeTargetCard />
      <FilterBar>
        <EnumSelect
          labels={collegeStatusLabels}
          value={status}
          onChange={setStatus}
          placeholder="全部状态"
          testId="filter-status"
          width={160}
        />
        <SearchInput placeholder="工匠学院名称" defaultValue={search} onSearch={setSearch} />
        {hostId && (
          <Tag closable onClose={() => setHostId(undefined)} data-testid="filter-host">
            建设单位：{data?.craftsmanColleges.edges[0]?.node.host.name ?? hostId}
          </Tag>
        )}
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="colleges-table"
        connection={data?.craftsmanColleges}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
      {manage && (
        <ApplyCollegeDrawer
          open={applying}
          onClose={() => setApplying(false)}
          onApplied={(id) => navigate(`/training/colleges/${encodeURIComponent(id)}`)}
        />
      )}
    </>
  );
}
