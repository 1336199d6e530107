import { defineParams } from './types.ts';

/** 五、优化高技能人才激励机制: T14 (= H3), T15 (= H4). */
export const PART5_PARAMS = defineParams({
  T14_CHIEF_TECHNICIANS_PER_YEAR: {
    unit: 'PERSONS_PER_YEAR',
    clause: '五(十四)',
    value: 20,
    zh: '每年培育认定２０名“济宁市首席技师”',
    en: '20 Jining Chief Technicians per year',
  },
  T15_GRAND_CRAFTSMEN_PER_YEAR: {
    unit: 'PERSONS_PER_YEAR',
    clause: '五(十四)',
    value: 5,
    zh: '每年培育５名左右“济宁大工匠”',
    en: 'About 5 Jining Grand Craftsmen per year',
  },
  T15_CRAFTSMEN_PER_YEAR: {
    unit: 'PERSONS_PER_YEAR',
    clause: '五(十四)',
    value: 30,
    zh: '每年培育３０名左右“济宁工匠”（含“济宁手造工匠”）',
    en: 'About 30 Jining Craftsmen per year, handicraft craftsmen included',
  },
});
