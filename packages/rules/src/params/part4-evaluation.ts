import type { CompetitionTier } from '../vocabulary/policy-words.ts';
import { defineParams } from './types.ts';

/** 四、健全高技能人才评价体系: T12, T13 (= H1) and H2. */
export const PART4_PARAMS = defineParams({
  T12_CITY_COMPETITIONS_PER_YEAR: {
    unit: 'COUNT_PER_YEAR',
    clause: '四(十三)',
    value: 100,
    zh: '每年举办１００场以上市级职业技能竞赛',
    en: 'At least 100 city-level skill competitions per year',
  },
  T13_TECHNICAL_EXPERTS_PER_YEAR: {
    unit: 'PERSONS_PER_YEAR',
    clause: '四(十三)',
    value: 200,
    zh: '每年认定２００名以上“济宁市技术能手”',
    en: 'At least 200 Jining Technical Experts recognised per year',
  },
  H2_CHAMPION_SOURCE_TIERS: {
    unit: 'TABLE',
    clause: '四(十三)',
    value: Object.freeze(['CITY_CATEGORY_1', 'PROVINCIAL', 'NATIONAL', 'WORLD']) as readonly CompetitionTier[],
    zh: '从市级一类竞赛、省级以上竞赛获奖人员中分行业、分工种认定“技能状元”',
    en: 'Skills Champions come from winners of city category-1 and provincial-or-higher competitions',
  },
});
