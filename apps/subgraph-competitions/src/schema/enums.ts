import { builder } from '../builder.ts';
import { COMPETITION_TIER_LABELS, COMPETITION_TIERS, type CompetitionTier as Tier } from '../policy.ts';

/** 竞赛级别: codes and labels from @jining/rules, so the admin web and finance read the same vocabulary. */
export const CompetitionTier = builder.enumType('CompetitionTier', {
  description: '竞赛级别（世界技能大赛、国家级、省级、市级一类、市级二类；三(九)、四(十三)）',
  values: Object.fromEntries(COMPETITION_TIERS.map((tier) => [tier, { description: COMPETITION_TIER_LABELS[tier] }])) as Record<Tier, { description: string }>,
});

/** 奖次. Not a policy number: the ordinary medal scale of a skill competition. */
export const MEDALS = ['GOLD', 'SILVER', 'BRONZE', 'EXCELLENCE'] as const;
export const MEDAL_LABELS: Readonly<Record<(typeof MEDALS)[number], string>> = {
  GOLD: '金牌（一等奖）',
  SILVER: '银牌（二等奖）',
  BRONZE: '铜牌（三等奖）',
  EXCELLENCE: '优胜奖',
};

export const Medal = builder.enumType('Medal', {
  description: '奖次：金、银、铜、优胜',
  values: Object.fromEntries(MEDALS.map((m) => [m, { description: MEDAL_LABELS[m] }])) as Record<(typeof MEDALS)[number], { description: string }>,
});
