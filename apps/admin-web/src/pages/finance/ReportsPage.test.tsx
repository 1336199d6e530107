import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { currentYear } from '../../format/dateTime';
import { ACCOUNTS, renderPage } from '../../test/render';
import { cleanReconciliation, reconciliationWithDifferences, reportByCounty } from './budgetFixtures';
import { EntitlementReportQueryDoc, ReconciliationQueryDoc } from './reportDocuments';
import { ReportsPage } from './ReportsPage';

const YEAR = currentYear();
const FROM = `${YEAR}-01-01`;
const TO = `${YEAR}-12-31`;

const report = (groupBy: string, data: object, from = FROM, to = TO): MockLink.MockedResponse => ({
  request: { query: EntitlementReportQueryDoc, variables: { from, to, groupBy } },
  result: { data },
});
const reconciliation = (data: object, year = YEAR): MockLink.MockedResponse => ({
  request: { query: ReconciliationQueryDoc, variables: { year } },
  result: { data },
});

const byPayer = {
  entitlementReport: {
    ...reportByCounty(FROM, TO).entitlementReport,
    groupBy: 'PAYER',
    rows: [{ ...reportByCounty(FROM, TO).entitlementReport.rows[0], key: 'CITY', label: '市财政' }],
  },
};

function open(mocks: MockLink.MockedResponse[], url = '/finance/reports') {
  return renderPage(<ReportsPage />, { account: ACCOUNTS.finance, mocks, url, path: '/finance/reports' });
}

const firstHeader = () => screen.getByTestId('report-table').querySelector('thead th')?.textContent;
const reportRows = () => screen.getByTestId('report-table').querySelectorAll('tbody tr.ant-table-row');

describe('ReportsPage', () => {
  it('reports this year by county with the API’s total, and says 无差异 when the books agree', async () => {
    open([report('COUNTY', reportByCounty(FROM, TO)), reconciliation(cleanReconciliation(YEAR))]);
    expect((screen.getByTestId('report-from') as HTMLInputElement).value).toBe(FROM);
    expect((screen.getByTestId('report-to') as HTMLInputElement).value).toBe(TO);
    await waitFor(() => expect(reportRows()).toHaveLength(2));
    expect(firstHeader()).toBe('县（市、区）');
    expect(reportRows()[1]!.textContent).toBe('任城区3¥9,000.00¥3,000.00¥0.00¥3,000.00');
    expect(screen.getByTestId('report-total').textContent).toBe(
      '合计（按县（市、区））5¥19,000.00¥8,000.00¥5,000.00¥3,000.00',
    );

    const clean = await screen.findByTestId('reconciliation-clean');
    expect(clean.textContent).toContain(`${YEAR}年度无差异`);
    expect(screen.queryByTestId('reconciliation-difference')).toBeNull();
    const totals = screen.getByTestId('reconciliation-table');
    expect(totals.textContent).toContain('县级财政（任城区）');
    expect(
      within(totals)
        .getAllByTestId('reconciliation-difference-amount')
        .map((e) => e.textContent),
    ).toEqual(['¥0.00', '¥0.00']);
  });

  it('regroups from the grouping bar', async () => {
    open([
      report('COUNTY', reportByCounty(FROM, TO)),
      report('PAYER', byPayer),
      reconciliation(cleanReconciliation(YEAR)),
    ]);
    await waitFor(() => expect(reportRows()).toHaveLength(2));
    fireEvent.click(screen.getByTestId('grouping-PAYER'));
    await waitFor(() => expect(reportRows()).toHaveLength(1));
    expect(reportRows()[0]!.textContent).toContain('市财政');
    expect(firstHeader()).toBe('出资方');
  });

  it('lists every difference in Chinese, with what was expected and found', async () => {
    open(
      [report('COUNTY', reportByCounty(FROM, TO)), reconciliation(reconciliationWithDifferences(YEAR - 1), YEAR - 1)],
      `/finance/reports?year=${YEAR - 1}`,
    );
    const alert = await screen.findByTestId('reconciliation-differences');
    expect(alert.textContent).toContain(`${YEAR - 1}年度对账发现 3 项差异`);
    const items = screen.getAllByTestId('reconciliation-difference');
    expect(items.map((i) => i.textContent)).toEqual([
      `承诺金额与各环节合计不符${YEAR - 1}年度市财政：已审批 ¥4,500.00，待公示、公示中、待支付、支付中、已发放合计 ¥4,000.00，相差 ¥500.00（应为 ¥4,500.00，实为 ¥4,000.00）`,
      '支付批次合计与明细不符市财政支付批次 b1：批次合计 ¥3,000.00（2 笔），明细合计 ¥1,500.00（1 笔）（应为 ¥3,000.00，实为 ¥1,500.00）',
      '待遇状态与支付明细不符待遇 e9 为“已发放”，但 2 项现金分担中已支付 1 项、进入支付批次 2 项（应为 2 项，实为 1 项） 查看待遇',
    ]);
    expect(within(items[2]!).getByText('查看待遇').getAttribute('href')).toBe('/entitlements/e9');
    expect(screen.queryByTestId('reconciliation-clean')).toBeNull();
    expect(screen.getByTestId('reconciliation-difference-amount').textContent).toBe('¥500.00');
  });

  it('asks for a range that runs forwards instead of querying a backwards one', async () => {
    open([reconciliation(cleanReconciliation(YEAR))], `/finance/reports?from=${YEAR}-06-01&to=${YEAR}-05-31`);
    expect((await screen.findByTestId('report-range-error')).textContent).toBe('起始日期不能晚于截止日期');
    await screen.findByTestId('reconciliation-clean');
    expect(reportRows()).toHaveLength(0);
  });
});
