import { Alert, Table, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useUrlNumberParam } from '../../apollo/useUrlParam';
import { ExportButton } from '../../components/ExportButton';
import { FilterBar } from '../../components/FilterBar';
import { PolicyYearSelect } from '../../components/PolicyYearSelect';
import { QueryError } from '../../components/QueryError';
import { tableColumns } from '../../components/listFields';
import { currentYear } from '../../format/dateTime';
import { ReconciliationQueryDoc } from './reportDocuments';
import { DifferenceText, reconciliationFields, type ReconciliationTotal } from './reportFields';

const columns = tableColumns(reconciliationFields);

/**
 * 年度对账: for a budget year, each payer's approved money against where it is now (待公示, 公示中, 待支付, 支付中,
 * 已发放), and the payment batches' totals against their lines. The API compares figures kept apart and lists every
 * difference in Chinese without evening anything out; none is said plainly as 无差异.
 */
export function ReconciliationSection() {
  const [yearParam, setYear] = useUrlNumberParam('year');
  const year = yearParam ?? currentYear();
  const { data, loading, error } = useQuery(ReconciliationQueryDoc, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const result = data?.reconciliation;

  return (
    <section data-testid="reconciliation">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={4}>年度对账</Typography.Title>
        <ExportButton
          name={`年度对账-${year}年度`}
          columns={reconciliationFields}
          fetchRows={async () => result?.totals ?? []}
          testId="reconciliation-export"
        />
      </div>
      <FilterBar>
        <PolicyYearSelect value={year} onChange={setYear} testId="reconciliation-year" />
        <Typography.Text type="secondary">
          已审批 = 待公示 + 公示中 + 待支付 + 支付中 + 已发放；支付批次合计 = 明细之和
        </Typography.Text>
      </FilterBar>
      <QueryError error={error} />
      {result &&
        (result.clean ? (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="reconciliation-clean"
            title={`${result.year}年度无差异：各出资方已审批金额与各环节合计相符，支付批次合计与明细一致`}
          />
        ) : (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="reconciliation-differences"
            title={`${result.year}年度对账发现 ${result.differences.length} 项差异（逐项列出，未自动调平）`}
            description={
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {result.differences.map((d, i) => (
                  <li
                    key={`${d.kind}-${d.lineId ?? d.batchId ?? d.entitlementId ?? d.payer}-${i}`}
                    data-testid="reconciliation-difference"
                  >
                    <Tag color="red">{d.kindLabel}</Tag>
                    <DifferenceText d={d} />
                  </li>
                ))}
              </ol>
            }
          />
        ))}
      <div data-testid="reconciliation-table">
        <Table<ReconciliationTotal>
          rowKey={(t) => `${t.payer}|${t.county?.code ?? ''}`}
          size="middle"
          columns={columns}
          dataSource={result?.totals ?? []}
          loading={loading}
          pagination={false}
          scroll={{ x: 960 }}
          locale={{ emptyText: error ? '加载失败，未能取得数据' : `${year}年度尚无已审批的待遇` }}
        />
      </div>
    </section>
  );
}
