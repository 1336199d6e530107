import { Alert, Divider, Input, Segmented, Table, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import type { ReportGrouping } from '../../gql/graphql';
import { useUrlParam } from '../../apollo/useUrlParam';
import { ExportButton } from '../../components/ExportButton';
import { FilterBar } from '../../components/FilterBar';
import { Money } from '../../components/Money';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { tableColumns } from '../../components/listFields';
import { currentYear } from '../../format/dateTime';
import { labelOptions } from '../../labels';
import { reportGroupingLabels } from './financeLabels';
import { ReconciliationSection } from './ReconciliationSection';
import { EntitlementReportQueryDoc } from './reportDocuments';
import { reportFields, type ReportRow } from './reportFields';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateParam = (text: string | undefined, fallback: string) => (text && ISO_DATE.test(text) ? text : fallback);
const groupingParam = (text: string | undefined): ReportGrouping =>
  text && text in reportGroupingLabels ? (text as ReportGrouping) : 'COUNTY';

/**
 * 报表与对账: totals of the entitlements computed in a date range (their date in Beijing), grouped by county, payer,
 * rule or budget year, with the API's total (each entitlement counted once) and Excel out; below it the year's
 * reconciliation. The range and grouping live in the URL. County accounts get their own county only (the API scopes).
 */
export function ReportsPage() {
  const year = currentYear();
  const [fromParam, setFrom] = useUrlParam('from');
  const [toParam, setTo] = useUrlParam('to');
  const [groupParam, setGroup] = useUrlParam('groupBy');
  const from = dateParam(fromParam, `${year}-01-01`);
  const to = dateParam(toParam, `${year}-12-31`);
  const groupBy = groupingParam(groupParam);
  const backwards = from > to;
  const { data, loading, error } = useQuery(EntitlementReportQueryDoc, {
    variables: { from, to, groupBy },
    skip: backwards,
    fetchPolicy: 'cache-and-network',
  });
  const report = backwards ? undefined : data?.entitlementReport;
  const fields = reportFields(groupBy);
  const rows = report?.rows ?? [];

  return (
    <>
      <PageTitle
        extra={
          <ExportButton
            // Also the sheet's name, which Excel cuts at 31 characters: the grouping is the first column's header.
            name={`待遇统计-${from}至${to}`}
            columns={fields}
            // The total row last, as on screen: the API's, which counts an entitlement shared by two payers once.
            fetchRows={async () => (report ? [...report.rows, report.total] : [])}
          />
        }
      >
        报表与对账
      </PageTitle>
      <Typography.Title level={4}>待遇统计</Typography.Title>
      {/* On a line of its own: squeezed into the filter bar, the selected item's label was cut short. */}
      <div style={{ marginBottom: 12 }}>
        <Segmented<ReportGrouping>
          value={groupBy}
          onChange={(g) => setGroup(g === 'COUNTY' ? undefined : g)}
          aria-label="统计口径"
          options={labelOptions(reportGroupingLabels).map((o) => ({
            value: o.value,
            label: <span data-testid={`grouping-${o.value}`}>{o.label}</span>,
          }))}
          data-testid="report-grouping"
        />
      </div>
      <FilterBar>
        <span>核定日期</span>
        <Input
          type="date"
          aria-label="起始日期"
          value={from}
          onChange={(e) => setFrom(e.target.value || undefined)}
          style={{ width: 160 }}
          data-testid="report-from"
        />
        <span>至</span>
        <Input
          type="date"
          aria-label="截止日期"
          value={to}
          onChange={(e) => setTo(e.target.value || undefined)}
          style={{ width: 160 }}
          data-testid="report-to"
        />
      </FilterBar>
      {backwards && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="起始日期不能晚于截止日期"
          data-testid="report-range-error"
        />
      )}
      <QueryError error={error} />
      <div data-testid="report-table">
        <Table<ReportRow>
          rowKey="key"
          size="middle"
          columns={tableColumns(fields)}
          dataSource={rows}
          loading={loading}
          pagination={false}
          scroll={{ x: 960 }}
          locale={{ emptyText: error ? '加载失败，未能取得数据' : '该期间没有核定的待遇' }}
          summary={() =>
            report && (
              <Table.Summary.Row data-testid="report-total">
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>{report.total.label}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  {report.total.count}
                </Table.Summary.Cell>
                {(['amount', 'committed', 'paid', 'rejected'] as const).map((k, i) => (
                  <Table.Summary.Cell key={k} index={i + 2} align="right">
                    <Money fen={report.total[k]} />
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            )
          }
        />
      </div>
      <Divider />
      <ReconciliationSection />
    </>
  );
}
