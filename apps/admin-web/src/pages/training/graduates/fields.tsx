import { Tag } from 'antd';
import { OrganisationLink } from '../../../components/OrganisationLink';
import { Link } from 'react-router';
import type { GraduateHireStatus, GraduateHiresQuery, GraduateYearStatus } from '../../../gql/graphql';
import type { ListField } from '../../../components/listFields';
import { label } from '../../../labels';
import { graduateClassLabels, graduateHireStatusLabels, graduateYearStatusLabels } from './labels';

export type GraduateHireRow = GraduateHiresQuery['graduateHires']['edges'][number]['node'];

// Green in force, grey revoked; a year gold while it awaits its second account, green once confirmed.
const HIRE_COLOURS: Record<GraduateHireStatus, string> = { ACTIVE: 'green', REVOKED: 'default' };
const YEAR_COLOURS: Record<GraduateYearStatus, string> = { RECORDED: 'gold', CONFIRMED: 'green' };

export const HireStatusTag = ({ status }: { status: GraduateHireStatus }) => (
  <span data-testid="graduate-hire-status" data-status={status}>
    <Tag color={HIRE_COLOURS[status]}>{label(graduateHireStatusLabels, status)}</Tag>
  </span>
);

export const YearStatusTag = ({ status }: { status: GraduateYearStatus }) => (
  <span data-testid="graduate-year-status" data-status={status}>
    <Tag color={YEAR_COLOURS[status]}>{label(graduateYearStatusLabels, status)}</Tag>
  </span>
);

/** The years recorded for a hire, in words: 第1年已确认、第2年待确认. */
const yearsText = (h: GraduateHireRow) =>
  h.years.map((y) => `第${y.yearNumber}年${label(graduateYearStatusLabels, y.status)}`).join('、') || '—';

/** The hire list, on screen and in Excel. */
export const graduateHireFields: ListField<GraduateHireRow>[] = [
  {
    header: '毕业生',
    value: (h) => h.graduate.name,
    render: (h) => (
      <Link to={`/training/graduates/${encodeURIComponent(h.id)}`} data-testid="graduate-hire-link" data-hire-id={h.id}>
        {h.graduate.name}
      </Link>
    ),
  },
  {
    header: '用人单位',
    value: (h) => h.employer.name,
    width: 36,
    render: (h) => <OrganisationLink organisation={h.employer} />,
  },
  { header: '攀登企业', value: (h) => (h.employer.climbing ? '是' : '否'), width: 10 },
  {
    header: '毕业院校',
    value: (h) => h.school.name,
    width: 30,
    render: (h) => <OrganisationLink organisation={h.school} />,
  },
  { header: '毕业班次', value: (h) => label(graduateClassLabels, h.programme), width: 20 },
  { header: '毕业日期', value: (h) => h.graduatedOn, kind: 'date' },
  { header: '聘用日期', value: (h) => h.hiredOn, kind: 'date' },
  {
    header: '状态',
    value: (h) => label(graduateHireStatusLabels, h.status),
    render: (h) => <HireStatusTag status={h.status} />,
  },
  { header: '参保年度', value: yearsText, width: 30 },
];
