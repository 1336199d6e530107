/**
 * The words of 二(三) (R3, T6–T8): what the platform records of the colleges' majors, courses and the colleges
 * themselves, its levels, states and steps. `@jining/rules/vocabulary/college-majors`.
 */
import { defineVocabulary } from './define.ts';
import { GRADUATE_HIRE_STATUS, GRADUATE_YEAR_STATUS } from './graduate-words.ts';
import { COMPETITION_TIER } from './policy-words.ts';

/**
 * What of 二(三) is recorded: each a kind of record and the duty map's code (DUTIES.COLLEGE_MAJOR). Only a high-level
 * major (group) is paid (R3); the others are counted toward T6–T8.
 */
export const COLLEGE_MAJOR_KIND = defineVocabulary('CollegeMajorKind', '院校专业建设项目类别（二(三)）', {
  HIGH_LEVEL_MAJOR: {
    zh: '高水平（优质）专业（群）',
    en: 'High-level (quality) major or major group',
    short: '高水平专业',
    clause: '二(三)',
  },
  HIGH_LEVEL_COLLEGE: { zh: '高水平高职校', en: 'High-level higher-vocational college', clause: '二(三)' },
  QUALITY_COURSE: { zh: '市级精品课程', en: 'City-level quality course', clause: '二(三)' },
  INTEGRATED_MAJOR: { zh: '工学一体化培养模式专业', en: 'Integrated work-study major', clause: '二(三)' },
  FEATURED_MAJOR: { zh: '特色专业（群）', en: 'Featured major or major group', clause: '二(三)' },
});
export type CollegeMajorKind = (typeof COLLEGE_MAJOR_KIND.codes)[number];

/** The levels R3 pays (国家级 up to 500,000, 省级 up to 200,000); the words are the competition tiers'. */
export const COLLEGE_MAJOR_LEVEL = defineVocabulary('CollegeMajorLevel', '专业建设级别', {
  NATIONAL: { zh: COMPETITION_TIER.shortLabels.NATIONAL, en: 'National' },
  PROVINCIAL: { zh: COMPETITION_TIER.label('PROVINCIAL'), en: 'Provincial' },
});
export type CollegeMajorLevel = (typeof COLLEGE_MAJOR_LEVEL.codes)[number];

/** Recorded by one account (待确认), approved by another (已确认: a high-level major's fact goes to finance), revoked. */
export const COLLEGE_MAJOR_STATUS = defineVocabulary('CollegeMajorStatus', '院校专业建设项目状态', {
  RECORDED: { zh: GRADUATE_YEAR_STATUS.label('RECORDED'), en: 'Recorded, awaiting approval' },
  APPROVED: { zh: GRADUATE_YEAR_STATUS.label('CONFIRMED'), en: 'Approved' },
  REVOKED: { zh: GRADUATE_HIRE_STATUS.label('REVOKED'), en: 'Revoked' },
});
export type CollegeMajorStatus = (typeof COLLEGE_MAJOR_STATUS.codes)[number];

/** What staff did to a record: one line of its history each (read back from the audit trail). */
export const COLLEGE_MAJOR_ACTION = defineVocabulary('CollegeMajorAction', '院校专业建设办理事项', {
  RECORD: { zh: '登记专业建设项目', en: 'Recorded' },
  APPROVE: { zh: '确认专业建设项目', en: 'Approved' },
  REVOKE: { zh: '撤销专业建设项目', en: 'Revoked' },
});
export type CollegeMajorAction = (typeof COLLEGE_MAJOR_ACTION.codes)[number];
