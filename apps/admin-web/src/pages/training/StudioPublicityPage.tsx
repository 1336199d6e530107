import { Alert, Button, Space, Table, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { ExportButton } from '../../components/ExportButton';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { tableColumns } from '../../components/listFields';
import { usePagedQuery } from '../../apollo/usePagedQuery';
import { MasterStudiosQueryDoc } from './documents';
import { studioPublicityFields, type PublicityRow } from './studioFields';

const columns = tableColumns(studioPublicityFields);

/**
 * 技能大师工作室遴选结果公示: the studios in publicity, as published — the lead by a masked name, the host unit whole —
 * to print (the print stylesheet leaves the menus and buttons out) or export to Excel.
 */
export function StudioPublicityPage() {
  const navigate = useNavigate();
  const { data, loading, error, fetchAll } = usePagedQuery(MasterStudiosQueryDoc, { status: 'IN_PUBLICITY' });
  const rows: PublicityRow[] = (data?.masterStudios.edges ?? []).map((e, i) => ({ ...e.node, no: i + 1 }));
  return (
    <>
      <PageTitle
        title="技能大师工作室遴选结果公示"
        extra={
          <Space className="no-print" wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/training/studios')}>
              返回工作室列表
            </Button>
            <ExportButton
              name="技能大师工作室公示名单"
              sheet="公示名单"
              columns={studioPublicityFields}
              fetchRows={async (progress) =>
                (await fetchAll((d) => d.masterStudios, progress)).map((s, i) => ({ ...s, no: i + 1 }))
              }
            />
            <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print">
              打印
            </Button>
          </Space>
        }
      >
        技能大师工作室遴选结果公示
      </PageTitle>
      <QueryError error={error} />
      <Alert
        className="no-print"
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="公示期内受理异议（在工作室详情页登记）；公示期满后由遴选人以外的工作人员命名。"
      />
      <Typography.Paragraph>
        以下工作室拟遴选为技能大师工作室，现予公示（领办人姓名已隐去部分字）。
      </Typography.Paragraph>
      <Table<PublicityRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        data-testid="studio-publicity-lines"
        locale={{ emptyText: '当前没有公示中的工作室' }}
      />
    </>
  );
}
