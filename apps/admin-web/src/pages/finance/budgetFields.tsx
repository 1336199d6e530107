import { Tag } from 'antd';
import type { BudgetLineFieldsFragment } from '../../gql/graphql';
import { payerName } from '../../components/CostShares';
import { Money } from '../../components/Money';
import type { ListField } from '../../components/listFields';
import { label } from '../../labels';
import { benefitGroupLabels } from './financeLabels';

export type BudgetLine = BudgetLineFieldsFragment;

/** Money approved against a payer's year and group with no budget set: the approvals' check was bypassed, or the
 * budget was never entered. Either way finance must see it first. */
export const missingBudget = (l: BudgetLine) => l.budget === null && l.committed > 0;

/** One budget's identity (a line has no id): payer, county, group within the year shown. */
export const budgetKey = (l: Pick<BudgetLine, 'payer' | 'county' | 'benefitGroup'>) =>
  `${l.payer}|${l.county?.code ?? ''}|${l.benefitGroup}`;

function note(l: BudgetLine): string | null {
  if (missingBudget(l)) return '已有审批而未设定预算';
  if (l.remaining !== null && l.remaining < 0) return '已审批超出预算';
  return null;
}

/** The budget table's columns, on screen and in the Excel file. */
export const budgetFields: ListField<BudgetLine>[] = [
  { header: '预算年度', value: (l) => l.year },
  { header: '出资方', value: (l) => payerName(l.payer, l.county), width: 24 },
  { header: '待遇类别', value: (l) => label(benefitGroupLabels, l.benefitGroup), width: 28 },
  {
    header: '预算（元）',
    value: (l) => l.budget,
    kind: 'money',
    render: (l) =>
      l.budget === null ? (
        <Tag color={missingBudget(l) ? 'red' : 'default'} data-testid="budget-missing">
          未设定
        </Tag>
      ) : (
        <span data-testid="budget-amount">
          <Money fen={l.budget} />
        </span>
      ),
  },
  { header: '已审批（元）', value: (l) => l.committed, kind: 'money' },
  { header: '待审批（元）', value: (l) => l.pending, kind: 'money' },
  { header: '已发放（元）', value: (l) => l.paid, kind: 'money' },
  {
    header: '剩余（元）',
    value: (l) => l.remaining,
    kind: 'money',
    render: (l) => (
      <span data-testid="budget-remaining" style={l.remaining !== null && l.remaining < 0 ? { color: '#cf1322' } : {}}>
        <Money fen={l.remaining} />
      </span>
    ),
  },
  { header: '说明', value: note, width: 24 },
];
