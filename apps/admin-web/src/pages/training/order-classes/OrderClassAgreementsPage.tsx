import { useState } from 'react';
import { Button, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../auth/AuthContext';
import { ConnectionTable } from '../../../components/ConnectionTable';
import { CountySelect } from '../../../components/CountySelect';
import { ExportButton } from '../../../components/ExportButton';
import { FilterBar } from '../../../components/FilterBar';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { PageTitle } from '../../../components/PageTitle';
import { tableColumns } from '../../../components/listFields';
import { usePagedQuery } from '../../../apollo/usePagedQuery';
import { useUrlParam } from '../../../apollo/useUrlParam';
import { ORDER_CLASS_ITEM } from '@jining/rules/vocabulary/order-classes';
import { canRecordOrderClassAgreements } from './access';
import { OrderClassAgreementsQueryDoc } from './documents';
import { agreementFields } from './fields';
import { RecordAgreementDrawer } from './RecordAgreementDrawer';

const columns = tableColumns(agreementFields);

/**
 * 订单班协议 (R5 二(四)): the enterprises' order classes with vocational colleges and technical schools, filtered in the
 * URL (county, enterprise, college), exported as shown; 市人社局 records them here.
 */
export function OrderClassAgreementsPage() {
  const { account } = useAuth();
  const manage = canRecordOrderClassAgreements(account);
  const navigate = useNavigate();
  const [countyCode, setCountyCode] = useUrlParam('countyCode');
  const [enterpriseId, setEnterpriseId] = useUrlParam('enterpriseId');
  const [collegeId, setCollegeId] = useUrlParam('collegeId');
  const [recording, setRecording] = useState(false);
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(OrderClassAgreementsQueryDoc, {
    countyCode,
    enterpriseId,
    collegeId,
  });

  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            <Button onClick={() => navigate('/training/order-classes')} data-testid="order-class-reports-link">
              订单班聘用报告
            </Button>
            <ExportButton
              name={ORDER_CLASS_ITEM.label('AGREEMENT')}
              columns={agreementFields}
              fetchRows={(progress) => fetchAll((d) => d.orderClassAgreements, progress)}
            />
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setRecording(true)}
                data-testid="order-class-agreement-record"
              >
                登记订单班协议
              </Button>
            )}
          </Space>
        }
      >
        订单班协议
      </PageTitle>
      <FilterBar>
        <CountySelect value={countyCode} onChange={(v) => setCountyCode(v || undefined)} />
        <div style={{ width: 280 }}>
          <OrganisationSelect
            value={enterpriseId}
            onChange={(v) => setEnterpriseId(v || undefined)}
            placeholder="全部企业"
            testId="filter-enterprise"
          />
        </div>
        <div style={{ width: 280 }}>
          <OrganisationSelect
            value={collegeId}
            onChange={(v) => setCollegeId(v || undefined)}
            placeholder="全部院校"
            testId="filter-college"
          />
        </div>
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="order-class-agreements-table"
        connection={data?.orderClassAgreements}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
      {manage && (
        <RecordAgreementDrawer open={recording} onClose={() => setRecording(false)} onRecorded={() => void refetch()} />
      )}
    </>
  );
}
