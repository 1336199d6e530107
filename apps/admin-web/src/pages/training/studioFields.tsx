import { Link } from 'react-router';
import { OrganisationLink } from '../../components/OrganisationLink';
import type { MasterStudiosQuery } from '../../gql/graphql';
import { PersonLink } from '../../components/PersonLink';
import { StatusTag } from '../../components/StatusTag';
import type { ListField } from '../../components/listFields';
import { maskPersonName } from '../../format/personName';
import { label, studioLevelLabels } from '../../labels';
import { studioStatusLabels } from '../../studioLabels';

export type StudioRow = MasterStudiosQuery['masterStudios']['edges'][number]['node'];

/** The studio list, on screen and in Excel. */
export const studioFields: ListField<StudioRow>[] = [
  {
    header: '工作室名称',
    value: (s) => s.name,
    render: (s) => (
      <Link to={`/training/studios/${encodeURIComponent(s.id)}`} data-testid="studio-link" data-studio-id={s.id}>
        {s.name}
      </Link>
    ),
    width: 36,
  },
  { header: '级别', value: (s) => label(studioLevelLabels, s.level), width: 24 },
  {
    header: '状态',
    value: (s) => label(studioStatusLabels, s.status),
    render: (s) => (
      <span data-testid="studio-status" data-status={s.status}>
        <StatusTag kind="studio" status={s.status} />
      </span>
    ),
  },
  { header: '领办人', value: (s) => s.lead.name, render: (s) => <PersonLink person={s.lead} /> },
  {
    header: '依托单位',
    value: (s) => s.host.name,
    width: 36,
    render: (s) => <OrganisationLink organisation={s.host} />,
  },
  { header: '职业（工种）', value: (s) => s.trade },
  { header: '申报日期', value: (s) => s.appliedOn, kind: 'date' },
  { header: '命名（获批）日期', value: (s) => s.approvedOn, kind: 'date' },
];

export type PublicityRow = StudioRow & { no: number };

/** A studio is often named after its master (王建国焊接技能大师工作室): the published name masks the lead there too. */
export const publicStudioName = (s: Pick<StudioRow, 'name' | 'lead'>): string => {
  const lead = s.lead.name.trim();
  return lead ? s.name.split(lead).join(maskPersonName(lead)) : s.name;
};

/**
 * The studio publicity list (公示名单) as published, on screen, in print and in Excel: the lead by a masked name,
 * the host unit whole (units are public), the level, the trade and the window.
 */
export const studioPublicityFields: ListField<PublicityRow>[] = [
  { header: '序号', value: (s) => s.no, width: 8 },
  {
    header: '工作室名称',
    value: (s) => publicStudioName(s),
    render: (s) => <span data-testid="studio-publicity-name">{publicStudioName(s)}</span>,
    width: 36,
  },
  { header: '级别', value: (s) => label(studioLevelLabels, s.level), width: 24 },
  {
    header: '领办人',
    value: (s) => maskPersonName(s.lead.name),
    render: (s) => <span data-testid="studio-publicity-lead">{maskPersonName(s.lead.name)}</span>,
  },
  {
    header: '依托单位',
    value: (s) => s.host.name,
    width: 36,
    render: (s) => <OrganisationLink organisation={s.host} />,
  },
  { header: '统一社会信用代码', value: (s) => s.host.creditCode, width: 24 },
  { header: '职业（工种）领域', value: (s) => s.trade },
  { header: '公示开始', value: (s) => s.publicityStartsOn, kind: 'date' },
  { header: '公示截止', value: (s) => s.publicityEndsOn, kind: 'date' },
];
