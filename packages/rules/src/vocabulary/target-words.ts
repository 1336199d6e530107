import type { Clause } from '../clauses.ts';
import { defineVocabulary } from './define.ts';

/**
 * The policy's targets T1–T15 in its own words, with their clauses: what the admin web shows for a target whether or
 * not the platform counts it yet. Their numbers, periods and comparisons are in `TARGETS` (targets.ts).
 */
export const TARGET_IDS = [
  'T1',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T10',
  'T11',
  'T12',
  'T13',
  'T14',
  'T15',
] as const;
export type TargetId = (typeof TARGET_IDS)[number];

export const TARGET_WORDS: Readonly<
  Record<TargetId, { readonly clause: Clause; readonly zh: string; readonly en: string }>
> = {
  T1: { clause: '一', zh: '技能人才占就业人员比例超过３０％', en: 'Skilled workers > 30% of the employed' },
  T2: { clause: '一', zh: '高技能人才总量超过３２万人', en: 'High-skilled talents > 320,000' },
  T3: {
    clause: '一',
    zh: '到２０２９年，高技能人才数量、结构与基本建成新时代现代化强市相适应',
    en: 'By 2029, numbers and structure match a modern strong city (qualitative)',
  },
  T4: { clause: '二(二)', zh: '每年培养１０００名以上技师、高级技师等', en: '≥ 1,000 technicians etc. per year' },
  T5: { clause: '二(二)', zh: '力争每年培训新型学徒５００名', en: 'Strive for 500 new-type apprentices per year' },
  T6: {
    clause: '二(三)',
    zh: '建成２所高水平高职校、打造４５个高水平专业（群）',
    en: '2 high-level colleges; 45 high-level majors (groups)',
  },
  T7: { clause: '二(三)', zh: '每年评选３０门市级精品课程', en: '30 city-level quality courses per year' },
  T8: {
    clause: '二(三)',
    zh: '建设２０个工学一体化培养模式专业，认定３０个特色专业（群）',
    en: '20 integrated work-study majors; 30 featured majors',
  },
  T9: {
    clause: '二(五)',
    zh: '每年开展补贴性职业技能培训不少于２万人次',
    en: '≥ 20,000 person-times of subsidised training per year',
  },
  T10: { clause: '二(六)', zh: '每年遴选建设１０家左右市级技能大师工作室', en: '≈ 10 city-level studios per year' },
  T11: {
    clause: '二(六)',
    zh: '３年内建设２０个左右市级工匠学院',
    en: '≈ 20 city-level craftsman colleges within 3 years',
  },
  T12: { clause: '四(十三)', zh: '每年举办１００场以上市级职业技能竞赛', en: '≥ 100 city-level competitions per year' },
  T13: {
    clause: '四(十三)',
    zh: '每年认定２００名以上“济宁市技术能手”',
    en: '≥ 200 Jining Technical Experts per year',
  },
  T14: { clause: '五(十四)', zh: '每年培育认定２０名“济宁市首席技师”', en: '20 Jining Chief Technicians per year' },
  T15: {
    clause: '五(十四)',
    zh: '每年培育５名左右“济宁大工匠”、３０名左右“济宁工匠”（含“济宁手造工匠”）',
    en: '≈ 5 Grand Craftsmen and ≈ 30 Craftsmen per year',
  },
};

/**
 * What HRSS records for the targets the platform cannot count from its own records: T1's denominator (the year's
 * employed population, a published statistic) and T3's standing (a qualitative aim, assessed rather than counted).
 */
export const TARGET_RECORD = defineVocabulary('TargetRecord', '目标统计登记事项', {
  EMPLOYED_POPULATION: { zh: '就业人员数（统计数据）', en: 'Employed population (statistic)', clause: '一' },
  QUALITATIVE_ASSESSMENT: { zh: '定性目标评估', en: 'Qualitative target assessment', clause: '一' },
});
export type TargetRecord = (typeof TARGET_RECORD.codes)[number];

/** T3's standing as HRSS assesses it (with a note): a qualitative aim has a status, not a number. */
export const QUALITATIVE_STATUS = defineVocabulary('QualitativeStatus', '定性目标评估结论', {
  NOT_ASSESSED: { zh: '尚未评估', en: 'Not assessed' },
  ON_TRACK: { zh: '进展顺利', en: 'On track' },
  AT_RISK: { zh: '进展滞后', en: 'At risk' },
  ACHIEVED: { zh: '已实现', en: 'Achieved' },
});
export type QualitativeStatus = (typeof QUALITATIVE_STATUS.codes)[number];
