import { Tag } from 'antd';
import { Link } from 'react-router';
import { OrganisationLink } from '../../../components/OrganisationLink';
import type { CollegeMajorStatus, CollegeMajorsQuery } from '../../../gql/graphql';
import type { ListField } from '../../../components/listFields';
import { label } from '../../../labels';
import { collegeMajorKindLabels, collegeMajorLevelLabels, collegeMajorStatusLabels } from './labels';

export type CollegeMajorRow = CollegeMajorsQuery['collegeMajors']['edges'][number]['node'];

// Gold while it awaits its second account, green once approved, grey revoked.
const COLOURS: Record<CollegeMajorStatus, string> = { RECORDED: 'gold', APPROVED: 'green', REVOKED: 'default' };

export const CollegeMajorStatusTag = ({ status }: { status: CollegeMajorStatus }) => (
  <span data-testid="college-major-status" data-status={status}>
    <Tag color={COLOURS[status]}>{label(collegeMajorStatusLabels, status)}</Tag>
  </span>
);

/** The list, on screen and in Excel. */
export const collegeMajorFields: ListField<CollegeMajorRow>[] = [
  {
    header: '名称',
    value: (m) => m.name,
    width: 30,
    render: (m) => (
      <Link
        to={`/training/college-majors/${encodeURIComponent(m.id)}`}
        data-testid="college-major-link"
        data-major-id={m.id}
      >
        {m.name}
      </Link>
    ),
  },
  { header: '类别', value: (m) => label(collegeMajorKindLabels, m.kind), width: 24 },
  { header: '级别', value: (m) => (m.level ? label(collegeMajorLevelLabels, m.level) : '—'), width: 10 },
  {
    header: '院校',
    value: (m) => m.college.name,
    width: 30,
    render: (m) => <OrganisationLink organisation={m.college} />,
  },
  { header: '批准文号', value: (m) => m.documentNo, width: 24 },
  { header: '批准日期', value: (m) => m.documentDate, kind: 'date' },
  {
    header: '状态',
    value: (m) => label(collegeMajorStatusLabels, m.status),
    render: (m) => <CollegeMajorStatusTag status={m.status} />,
  },
];
