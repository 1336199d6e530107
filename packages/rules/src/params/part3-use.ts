import { parts, wan, yuan } from './helpers.ts';
import { defineParams } from './types.ts';

export type TechnicalSchoolClass = 'INTERMEDIATE_CLASS' | 'SENIOR_CLASS' | 'PRE_TECHNICIAN_CLASS';
export type AcademicEquivalent = 'SECONDARY_VOCATIONAL' | 'ASSOCIATE' | 'BACHELOR';

/** 三、完善技能导向的使用制度: E1 (三(七)), E3 (三(八)) and R10–R16 (三(九)). E2 is READING_E2_TITLE_MAP. */
export const PART3_PARAMS = defineParams({
  E1_TECHNICAL_SCHOOL_EQUIVALENCE: {
    unit: 'TABLE',
    clause: '三(七)',
    value: Object.freeze({
      INTERMEDIATE_CLASS: 'SECONDARY_VOCATIONAL',
      SENIOR_CLASS: 'ASSOCIATE',
      PRE_TECHNICIAN_CLASS: 'BACHELOR',
    }) as Readonly<Record<TechnicalSchoolClass, AcademicEquivalent>>,
    zh: '技工院校中级工、高级工、预备技师（技师）班毕业生分别按照中专、大专、本科学历落实有关政策',
    en: 'Technical-school intermediate / senior / pre-technician classes count as secondary-vocational / associate / bachelor',
  },
  E3_SOE_WAGE_GROWTH_RULE: {
    unit: 'CHOICE',
    clause: '三(八)',
    value: 'HIGH_SKILLED_AT_LEAST_MANAGERS' as const,
    zh: '国有及国有控股企业高技能人才人均工资增幅应不低于本单位管理人员人均工资增幅',
    en: 'In SOEs, high-skilled average wage growth ≥ managers’ average wage growth',
  },
  R10_WORLDSKILLS_GOLD_FEN: {
    unit: 'FEN_PER_UNIT',
    clause: '三(九)',
    value: wan(100),
    zh: '世界技能大赛金奖（个人或团队），市财政给予１００万元奖励',
    en: 'WorldSkills gold (person or team): 1,000,000 yuan',
  },
  R10_WORLDSKILLS_SILVER_FEN: {
    unit: 'FEN_PER_UNIT',
    clause: '三(九)',
    value: wan(50),
    zh: '世界技能大赛银奖，市财政给予５０万元奖励',
    en: 'WorldSkills silver: 500,000 yuan',
  },
  R10_WORLDSKILLS_BRONZE_FEN: {
    unit: 'FEN_PER_UNIT',
    clause: '三(九)',
    value: wan(20),
    zh: '世界技能大赛铜奖，市财政给予２０万元奖励',
    en: 'WorldSkills bronze: 200,000 yuan',
  },
  R11_UNIT_PER_WINNER_FEN: {
    unit: 'FEN_PER_UNIT',
    clause: '三(九)',
    value: wan(20),
    zh: '按照每人（团队）２０万元标准给予引才或培养单位奖励',
    en: 'Unit that introduced or cultivated a WorldSkills winner: 200,000 yuan per person (team)',
  },
  R12_CHINA_SKILLS_GRAND_AWARD_FEN: {
    unit: 'FEN_PER_PERSON',
    clause: '三(九)',
    value: wan(50),
    zh: '获得“中华技能大奖”的个人，市财政给予５０万元奖励',
    en: 'China Skills Grand Award winner: 500,000 yuan',
  },
  R12_NATIONAL_TECHNICAL_EXPERT_FEN: {
    unit: 'FEN_PER_PERSON',
    clause: '三(九)',
    value: wan(20),
    zh: '获得“全国技术能手”的个人，市财政给予２０万元奖励',
    en: 'National Technical Expert: 200,000 yuan',
  },
  R13_UNIT_PER_WINNER_FEN: {
    unit: 'FEN_PER_PERSON',
    clause: '三(九)',
    value: wan(10),
    zh: '按照每人１０万元标准给予引才或培养单位奖励',
    en: 'Unit that introduced or cultivated an R12 winner: 100,000 yuan per person',
  },
  R10_R13_SPLIT: {
    unit: 'PAYER_PARTS',
    clause: '三(九)',
    value: parts(['CITY', 1]),
    zh: '技能大赛、技能大奖奖励由市财政承担',
    en: 'City finance pays R10–R13',
  },
  R14_FIRST_PRIZE_MAX_FEN: {
    unit: 'FEN_PER_UNIT',
    clause: '三(九)',
    value: wan(30),
    zh: '世界（全国）职业院校技能大赛一等奖，最高３０万元',
    en: 'World / national vocational-college competition, 1st prize: up to 300,000 yuan',
  },
  R14_SECOND_PRIZE_MAX_FEN: {
    unit: 'FEN_PER_UNIT',
    clause: '三(九)',
    value: wan(20),
    zh: '二等奖，最高２０万元',
    en: '2nd prize: up to 200,000 yuan',
  },
  R14_THIRD_PRIZE_MAX_FEN: {
    unit: 'FEN_PER_UNIT',
    clause: '三(九)',
    value: wan(15),
    zh: '三等奖，最高１５万元',
    en: '3rd prize: up to 150,000 yuan',
  },
  R14_SPLIT: {
    unit: 'PAYER_PARTS',
    clause: '三(九)',
    value: parts(['CITY', 1]),
    zh: '职业院校竞赛奖励由市财政承担',
    en: 'City finance pays R14',
  },
  R15_MAX_AGE: {
    unit: 'AGE_YEARS',
    clause: '三(九)',
    value: 35,
    zh: '３５周岁以下（含３５周岁）预备技师、技师班毕业生',
    en: 'Pre-technician / technician-class graduates aged 35 or under',
  },
  R15_ANNUAL_FEN: {
    unit: 'FEN_PER_PERSON_YEAR',
    clause: '三(九)',
    value: yuan(12_000),
    zh: '每人每年１.２万元引才补贴',
    en: '12,000 yuan per person per year',
  },
  R16_MAX_AGE: {
    unit: 'AGE_YEARS',
    clause: '三(九)',
    value: 30,
    zh: '攀登企业引进３０周岁以下（含３０周岁）高级工班毕业生',
    en: 'Climbing enterprise hiring senior-worker-class graduates aged 30 or under',
  },
  R16_ANNUAL_FEN: {
    unit: 'FEN_PER_PERSON_YEAR',
    clause: '三(九)',
    value: yuan(6000),
    zh: '每人每年６０００元引才补贴',
    en: '6,000 yuan per person per year',
  },
  R15_R16_MAX_YEARS: {
    unit: 'YEARS',
    clause: '三(九)',
    value: 3,
    zh: '３年内给予用人单位引才补贴',
    en: 'Hiring subsidy for 3 years',
  },
  R15_R16_SPLIT: {
    unit: 'PAYER_PARTS',
    clause: '三(九)',
    value: parts(['COUNTY', 1]),
    zh: '引才补贴由县财政承担',
    en: 'County finance pays R15 and R16',
  },
});
