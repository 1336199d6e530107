import { Alert, Button, Space, Table } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { HonourKind, HonourPublicityQuery } from '../../gql/graphql';
import { EnumSelect } from '../../components/EnumSelect';
import { ExportButton } from '../../components/ExportButton';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { tableColumns, type ListField } from '../../components/listFields';
import { YearInput } from '../../components/YearInput';
import { maskIdNumber } from '../../format/idNumber';
import { maskPersonName } from '../../format/personName';
import { honourKindLabels, label } from '../../labels';
import { useUrlNumberParam, useUrlParam } from '../../apollo/useUrlParam';
import { HonourPublicityQueryDoc } from './documents';

type Row = HonourPublicityQuery['honourPublicity'][number] & { no: number };

/**
 * The honours' publicity list as it is published (screen, print and Excel alike): names and ID numbers masked as on
 * finance's publicity list (the same masking helpers), the kind, the recommending unit and the window.
 */
export const honourPublicityFields: ListField<Row>[] = [
  { header: '序号', value: (r) => r.no, width: 8 },
  {
    header: '姓名',
    value: (r) => maskPersonName(r.person.name),
    render: (r) => (
      <Link to={`/awards/honours/${encodeURIComponent(r.id)}`} data-testid="publicity-honour-name">
        {maskPersonName(r.person.name)}
      </Link>
    ),
  },
  {
    header: '身份证号',
    value: (r) => maskIdNumber(r.person.idNumber),
    render: (r) => <span data-testid="publicity-honour-id">{maskIdNumber(r.person.idNumber)}</span>,
    width: 24,
  },
  { header: '荣誉类别', value: (r) => label(honourKindLabels, r.kind), width: 20 },
  { header: '年度', value: (r) => r.year },
  { header: '推荐单位', value: (r) => r.proposingOrganisation?.name, width: 32 },
  { header: '专家平均分', value: (r) => r.averageScore },
  { header: '公示期', value: (r) => `${r.publicityStartsOn} 至 ${r.publicityEndsOn}`, width: 28 },
  { header: '事迹', value: (r) => r.citation, width: 48 },
];
const columns = tableColumns(honourPublicityFields);

/** 表彰公示: the honours in publicity, printable and exported to Excel. */
export function HonourPublicityPage() {
  const [kind, setKind] = useUrlParam<HonourKind>('kind');
  const [year, setYear] = useUrlNumberParam('year');
  const { data, loading, error } = useQuery(HonourPublicityQueryDoc, { variables: { kind, year } });
  const rows: Row[] = (data?.honourPublicity ?? []).map((r, i) => ({ ...r, no: i + 1 }));
  return (
    <>
      <PageTitle
        title="表彰公示名单"
        extra={
          <Space className="no-print" wrap>
            <ExportButton
              name={`表彰公示名单${year ? `-${year}` : ''}`}
              sheet="公示名单"
              columns={honourPublicityFields}
              fetchRows={async () => rows}
              testId="export-honour-publicity"
            />
            <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print">
              打印
            </Button>
          </Space>
        }
      >
        表彰公示名单
      </PageTitle>
      <div className="no-print">
        <FilterBar>
          <EnumSelect
            labels={honourKindLabels}
            value={kind}
            onChange={setKind}
            placeholder="全部荣誉"
            testId="filter-kind"
          />
          <YearInput value={year} onChange={setYear} />
        </FilterBar>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="公示期内受理异议（在表彰详情中登记、处理）；公示期满且异议均已处理后，由提名人以外的人员批准。"
        />
      </div>
      <QueryError error={error} />
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={rows}
        pagination={false}
        data-testid="honour-publicity"
        locale={{ emptyText: '暂无公示中的表彰' }}
      />
    </>
  );
}
