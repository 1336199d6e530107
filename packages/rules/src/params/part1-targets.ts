import type { IsoDate } from '../dates.ts';
import { defineParams, WINDOW_FROM, WINDOW_UNTIL } from './types.ts';

/** 一、总体目标 and the closing paragraph's validity window. */
export const PART1_PARAMS = defineParams({
  POLICY_ISSUE_DATE: {
    unit: 'DATE',
    clause: '末段',
    value: '2024-12-01' as IsoDate,
    validFrom: '2024-12-01',
    validUntil: null,
    zh: '印发日期（２０２４年１２月１日）',
    en: 'Date of issue',
  },
  POLICY_WINDOW: {
    unit: 'DATE_RANGE',
    clause: '末段',
    value: { from: WINDOW_FROM, through: '2029-12-31' as IsoDate, until: WINDOW_UNTIL },
    validFrom: '2024-12-01',
    validUntil: null,
    zh: '自２０２５年１月１日起施行，有效期至２０２９年１２月３１日（含）',
    en: 'In force 2025-01-01 through 2029-12-31 inclusive (until 2030-01-01 exclusive)',
  },
  T1_SKILLED_SHARE_MIN_PERCENT: {
    unit: 'PERCENT',
    clause: '一',
    value: 30,
    zh: '技能人才占就业人员比例超过３０％',
    en: 'Skilled workers above 30% of the employed (strictly more)',
  },
  T2_HIGH_SKILLED_MIN_TOTAL: {
    unit: 'PERSONS',
    clause: '一',
    value: 320_000,
    zh: '高技能人才总量超过３２万人',
    en: 'High-skilled talents above 320,000 (strictly more)',
  },
  T1_T2_DEADLINE: {
    unit: 'DATE',
    clause: '一',
    value: '2025-12-31' as IsoDate,
    zh: 'T1、T2 的期限：到２０２５年底',
    en: 'Deadline of T1 and T2: end of 2025',
  },
  T3_BY_YEAR: {
    unit: 'YEAR',
    clause: '一',
    value: 2029,
    zh: '到２０２９年，高技能人才数量、结构与基本建成新时代现代化强市相适应（定性目标）',
    en: 'By 2029 numbers and structure match a modern strong city (qualitative)',
  },
});
