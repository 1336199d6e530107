import { Tag } from 'antd';
import { Link } from 'react-router';
import type { AwardRecordStatus, CollegePrizesQuery, SkillAwardsQuery } from '../../../gql/graphql';
import type { ListField } from '../../../components/listFields';
import { competitionTierLabels, label } from '../../../labels';
import { awardStatusLabels, collegeStageLabels, prizeLabel, skillAwardLabels, talentRouteLabels } from './labels';

export type CollegePrizeRow = CollegePrizesQuery['collegePrizes']['edges'][number]['node'];
export type SkillAwardRow = SkillAwardsQuery['skillAwards']['edges'][number]['node'];

// Green in force, grey revoked.
const COLOURS: Record<AwardRecordStatus, string> = { ACTIVE: 'green', REVOKED: 'default' };

export const AwardStatusTag = ({ status }: { status: AwardRecordStatus }) => (
  <span data-testid="award-status" data-status={status}>
    <Tag color={COLOURS[status]}>{label(awardStatusLabels, status)}</Tag>
  </span>
);

/** 一等奖 · 总决赛: the prize and the stage in one cell. */
export const prizeText = (p: { prize: number; stage: CollegePrizeRow['stage'] }) =>
  `${label(collegeStageLabels, p.stage)}${prizeLabel(p.prize)}`;

/** The college prize list, on screen and in Excel. */
export const collegePrizeFields: ListField<CollegePrizeRow>[] = [
  {
    header: '获奖院校',
    value: (p) => p.college.name,
    render: (p) => (
      <Link to={`/competitions/college-prizes/${encodeURIComponent(p.id)}`} data-testid="college-prize-link">
        {p.college.name}
      </Link>
    ),
    width: 30,
  },
  { header: '赛事名称', value: (p) => p.eventName, width: 32 },
  { header: '参赛项目', value: (p) => p.entryName, width: 30 },
  { header: '级别', value: (p) => label(competitionTierLabels, p.tier), width: 14 },
  { header: '奖次', value: prizeText, width: 16 },
  { header: '获奖文件文号', value: (p) => p.documentNo, width: 24 },
  { header: '获奖日期', value: (p) => p.awardedOn, kind: 'date' },
  {
    header: '状态',
    value: (p) => label(awardStatusLabels, p.status),
    render: (p) => <AwardStatusTag status={p.status} />,
  },
];

/** 王某某, or 济宁代表队（王某某、李某某）. */
export const winnerText = (a: Pick<SkillAwardRow, 'teamName' | 'winners'>) => {
  const names = a.winners.map((w) => w.name).join('、');
  return a.teamName ? `${a.teamName}（${names}）` : names;
};

/** The skill award list, on screen and in Excel. */
export const skillAwardFields: ListField<SkillAwardRow>[] = [
  {
    header: '获奖者',
    value: winnerText,
    render: (a) => (
      <Link to={`/competitions/skill-awards/${encodeURIComponent(a.id)}`} data-testid="skill-award-link">
        {winnerText(a)}
      </Link>
    ),
    width: 30,
  },
  { header: '奖项', value: (a) => label(skillAwardLabels, a.award), width: 20 },
  { header: '引进或培养', value: (a) => label(talentRouteLabels, a.route), width: 14 },
  { header: '引才或培养单位', value: (a) => a.unit?.name ?? '—', width: 30 },
  { header: '作用发挥比例', value: (a) => (a.rolePercent != null ? `${a.rolePercent}%` : '—'), width: 12 },
  { header: '获奖文件文号', value: (a) => a.documentNo, width: 24 },
  { header: '获奖日期', value: (a) => a.awardedOn, kind: 'date' },
  {
    header: '状态',
    value: (a) => label(awardStatusLabels, a.status),
    render: (a) => <AwardStatusTag status={a.status} />,
  },
];
