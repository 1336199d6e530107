import { Tag } from 'antd';
import { Link } from 'react-router';
import type { ApprenticeshipsQuery, ApprenticeshipStatus, ApprenticeshipYearStatus } from '../../../gql/graphql';
import type { ListField } from '../../../components/listFields';
import { label } from '../../../labels';
import { apprenticeshipStatusLabels, apprenticeshipYearStatusLabels } from './labels';

export type ApprenticeshipRow = ApprenticeshipsQuery['apprenticeships']['edges'][number]['node'];

// Green in force, grey revoked; a year gold while it awaits its second account, green once confirmed.
const STATUS_COLOURS: Record<ApprenticeshipStatus, string> = { ACTIVE: 'green', REVOKED: 'default' };
const YEAR_COLOURS: Record<ApprenticeshipYearStatus, string> = { RECORDED: 'gold', CONFIRMED: 'green' };

export const ApprenticeshipStatusTag = ({ status }: { status: ApprenticeshipStatus }) => (
  <span data-testid="apprenticeship-status" data-status={status}>
    <Tag color={STATUS_COLOURS[status]}>{label(apprenticeshipStatusLabels, status)}</Tag>
  </span>
);

export const ApprenticeshipYearStatusTag = ({ status }: { status: ApprenticeshipYearStatus }) => (
  <span data-testid="apprenticeship-year-status" data-status={status}>
    <Tag color={YEAR_COLOURS[status]}>{label(apprenticeshipYearStatusLabels, status)}</Tag>
  </span>
);

/** The years recorded for an agreement, in words: 第1年已确认、第2年待确认. */
const yearsText = (a: ApprenticeshipRow) =>
  a.years.map((y) => `第${y.yearNumber}年${label(apprenticeshipYearStatusLabels, y.status)}`).join('、') || '—';

/** The agreement list, on screen and in Excel. */
export const apprenticeshipFields: ListField<ApprenticeshipRow>[] = [
  {
    header: '学徒',
    value: (a) => a.apprentice.name,
    render: (a) => (
      <Link
        to={`/training/apprenticeships/${encodeURIComponent(a.id)}`}
        data-testid="apprenticeship-link"
        data-apprenticeship-id={a.id}
      >
        {a.apprentice.name}
      </Link>
    ),
  },
  { header: '用工企业', value: (a) => a.enterprise.name, width: 36 },
  { header: '县（市、区）', value: (a) => a.county.name, width: 14 },
  { header: '合作院校', value: (a) => a.college.name, width: 30 },
  { header: '培训工种', value: (a) => a.trade, width: 16 },
  { header: '新型学徒制', value: (a) => (a.newType ? '是' : '否'), width: 10 },
  { header: '开始日期', value: (a) => a.startedOn, kind: 'date' },
  { header: '结束日期', value: (a) => a.endsOn, kind: 'date' },
  {
    header: '状态',
    value: (a) => label(apprenticeshipStatusLabels, a.status),
    render: (a) => <ApprenticeshipStatusTag status={a.status} />,
  },
  { header: '培训年度', value: yearsText, width: 30 },
];
