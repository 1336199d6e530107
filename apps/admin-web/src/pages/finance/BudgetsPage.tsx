import { useState, type HTMLAttributes } from 'react';
import { Alert, Button, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useAuth } from '../../auth/AuthContext';
import { canManageFinance, isCountyFinance } from '../../auth/roles';
import { useUrlNumberParam } from '../../apollo/useUrlParam';
import { ExportButton } from '../../components/ExportButton';
import { FilterBar } from '../../components/FilterBar';
import { Money } from '../../components/Money';
import { PageTitle } from '../../components/PageTitle';
import { PolicyYearSelect } from '../../components/PolicyYearSelect';
import { QueryError } from '../../components/QueryError';
import { tableColumns } from '../../components/listFields';
import { currentYear } from '../../format/dateTime';
import { sumFen, yuanText } from '../../format/money';
import { BudgetsQueryDoc } from './budgetDocuments';
import { budgetFields, budgetKey, missingBudget, type BudgetLine } from './budgetFields';
import { SetBudgetDrawer, type BudgetFormValues } from './SetBudgetDrawer';

// On screen the year is the page's filter and the notes are the row's colour and tag; the Excel file has both.
const shownFields = budgetFields.filter((f) => f.header !== '预算年度' && f.header !== '说明');
const MONEY = ['budget', 'committed', 'pending', 'paid', 'remaining'] as const;

/**
 * 预算执行: a year's budget per payer (a county's finance per county) and benefit group, with what is approved,
 * pending and paid against it and what remains; a line with approvals but no budget is marked red. 市财政局 sets and
 * changes budgets here (county budgets included: the API lets only finance:manage set them); a county account sees
 * its own county's lines, read-only.
 */
export function BudgetsPage() {
  const { account } = useAuth();
  const manage = canManageFinance(account);
  const county = isCountyFinance(account);
  const [yearParam, setYear] = useUrlNumberParam('year');
  const year = yearParam ?? currentYear();
  const { data, loading, error } = useQuery(BudgetsQueryDoc, {
    variables: { year },
    // Approvals elsewhere move committed and remaining: fresh on every visit.
    fetchPolicy: 'cache-and-network',
  });
  const lines = data?.budgets ?? [];
  const missing = lines.filter(missingBudget).length;
  // The drawer is mounted while open only, so each opening starts a fresh form from its own values.
  const [editing, setEditing] = useState<Partial<BudgetFormValues> | null>(null);
  const open = setEditing;

  const columns = tableColumns(shownFields);
  if (manage) {
    columns.push({
      title: '操作',
      key: 'action',
      render: (_: unknown, l: BudgetLine) => (
        <Button
          type="link"
          size="small"
          data-testid="budget-edit"
          onClick={() =>
            open({
              payer: l.payer,
              countyCode: l.county?.code,
              year: l.year,
              benefitGroup: l.benefitGroup,
              amount: l.budget === null ? undefined : yuanText(l.budget),
            })
          }
        >
          {l.budget === null ? '设定预算' : '调整'}
        </Button>
      ),
    });
  }

  return (
    <>
      <PageTitle
        extra={
          <Space>
            {manage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => open({ year })} data-testid="set-budget">
                设定预算
              </Button>
            )}
            <ExportButton name={`预算执行-${year}年度`} columns={budgetFields} fetchRows={async () => lines} />
          </Space>
        }
      >
        预算执行
      </PageTitle>
      {county && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="本账号只查看本县（市、区）财政承担部分的预算执行；预算由市财政局设定。"
          data-testid="county-scope-note"
        />
      )}
      <FilterBar>
        <PolicyYearSelect value={year} onChange={setYear} testId="budget-year" />
        <Typography.Text type="secondary">剩余 = 预算 − 已审批（已审批及公示、支付各环节）</Typography.Text>
      </FilterBar>
      {missing > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${missing} 项已有审批金额但未设定预算（红色标出）`}
          data-testid="budget-missing-note"
        />
      )}
      <QueryError error={error} />
      <div data-testid="budgets-table">
        <Table<BudgetLine>
          rowKey={budgetKey}
          size="middle"
          columns={columns}
          dataSource={lines}
          loading={loading}
          pagination={false}
          scroll={{ x: 960 }}
          locale={{ emptyText: error ? '加载失败，未能取得数据' : `${year}年度尚未设定预算，也没有审批` }}
          onRow={(l) =>
            ({
              'data-testid': 'budget-row',
              'data-budget-key': budgetKey(l),
              'data-missing-budget': missingBudget(l) ? 'true' : undefined,
              style: missingBudget(l) ? { background: '#fff1f0' } : undefined,
            }) as HTMLAttributes<HTMLElement>
          }
          summary={() =>
            lines.length > 1 && (
              <Table.Summary.Row data-testid="budgets-total">
                <Table.Summary.Cell index={0} colSpan={2}>
                  <Typography.Text strong>合计</Typography.Text>
                </Table.Summary.Cell>
                {MONEY.map((k, i) => (
                  <Table.Summary.Cell key={k} index={i + 2} align="right">
                    <Money fen={sumFen(lines.map((l) => l[k] ?? 0))} />
                  </Table.Summary.Cell>
                ))}
                {manage && <Table.Summary.Cell index={MONEY.length + 2} />}
              </Table.Summary.Row>
            )
          }
        />
      </div>
      {editing && (
        <SetBudgetDrawer
          initial={editing}
          onClose={() => setEditing(null)}
          onSaved={(line) => {
            setEditing(null);
            if (line.year !== year) setYear(line.year);
          }}
        />
      )}
    </>
  );
}
