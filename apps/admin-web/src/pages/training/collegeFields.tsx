import { Link } from 'react-router';
import { OrganisationLink } from '../../components/OrganisationLink';
import type { CraftsmanCollegesQuery } from '../../gql/graphql';
import { StatusTag } from '../../components/StatusTag';
import type { ListField } from '../../components/listFields';
import { label } from '../../labels';
import { collegeStatusLabels } from '../../collegeLabels';

export type CollegeRow = CraftsmanCollegesQuery['craftsmanColleges']['edges'][number]['node'];

/** The craftsman college list, on screen and in Excel. */
export const collegeFields: ListField<CollegeRow>[] = [
  {
    header: '工匠学院名称',
    value: (c) => c.name,
    render: (c) => (
      <Link to={`/training/colleges/${encodeURIComponent(c.id)}`} data-testid="college-link" data-college-id={c.id}>
        {c.name}
      </Link>
    ),
    width: 36,
  },
  {
    header: '状态',
    value: (c) => label(collegeStatusLabels, c.status),
    render: (c) => (
      <span data-testid="college-status" data-status={c.status}>
        <StatusTag kind="college" status={c.status} />
      </span>
    ),
  },
  {
    header: '建设单位',
    value: (c) => c.host.name,
    width: 36,
    render: (c) => <OrganisationLink organisation={c.host} />,
  },
  { header: '建成日期', value: (c) => c.foundedOn, kind: 'date' },
  { header: '申报日期', value: (c) => c.appliedOn, kind: 'date' },
  { header: '批准日期', value: (c) => c.approvedOn, kind: 'date' },
];
