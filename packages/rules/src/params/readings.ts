import type { SkillLevel } from '../ladder.ts';
import type { CompetitionTier } from '../vocabulary/policy-words.ts';
import { defineReadings } from './types.ts';

export type ProfessionalTitle = 'INTERMEDIATE' | 'DEPUTY_SENIOR' | 'FULL_SENIOR';

/**
 * Where the text is open, the reading chosen — as named parameters, so a different reading is a new
 * dated value here, not a code change. docs/policy/reading.md marks the first seven with **Reading:**; the
 * others are choices this package had to make and are listed there (§9) and in the README.
 */
export const READINGS = defineReadings({
  READING_COUNTY_PAYER: {
    unit: 'CHOICE',
    clause: '二(二)',
    value: 'REGISTERED_COUNTY_OF_UNIT' as const,
    zh: '“县财政”指受益单位注册地所在县（市、区）或功能区的财政；个人以其用人单位注册地为准',
    en: 'COUNTY = the finance of the county, district or functional zone where the beneficiary unit is registered; for a person, where their employer is',
  },
  READING_R5_BOUNDARY_100: {
    unit: 'CHOICE',
    clause: '二(四)',
    value: 'TOP_BAND' as 'TOP_BAND' | 'LOW_BAND',
    zh: '恰好１００人同时落入“１００人以上”和“５０—１００人”两档，按“从优、就高”取每人１万元',
    en: 'Exactly 100 hires falls in both bands; most favourable gives the top band (10,000 yuan per person)',
  },
  READING_R4_CARRY_FORWARD: {
    unit: 'FLAG',
    clause: '二(四)',
    value: true as boolean,
    zh: '抵免额以当年应缴教育费附加和地方教育附加为限，未抵免部分结转以后年度继续抵免（同国家规定）',
    en: 'The credit is capped at the surcharges due that year; the rest carries forward to later years, as the national rule does',
  },
  READING_R8_AMOUNTS: {
    unit: 'CHOICE',
    clause: '二(六)',
    value: 'NATIONAL_500K_EACH_PROVINCIAL_KIND_300K' as const,
    zh: '原文列三类、两个金额（“分别给予５０万元、３０万元”）：国家级５０万元，齐鲁技能大师特色工作站、省级技师工作站各３０万元',
    en: 'Three kinds, two amounts: national 500,000; the Qilu station and the provincial workstation 300,000 each',
  },
  READING_E2_TITLE_MAP: {
    unit: 'TABLE',
    clause: '三(八)',
    value: Object.freeze({
      TECHNICIAN: 'INTERMEDIATE',
      SENIOR_TECHNICIAN: 'DEPUTY_SENIOR',
      PRINCIPAL_TECHNICIAN: 'FULL_SENIOR',
      CHIEF_TECHNICIAN: 'FULL_SENIOR',
    }) as Readonly<Partial<Record<SkillLevel, ProfessionalTitle>>>,
    zh: '原文四个等级对应三个职称层级：技师—中级，高级技师—副高级，特级技师和首席技师—正高级',
    en: 'Four levels, three titles: technician → intermediate, senior technician → deputy senior, principal and chief technician → full senior',
  },
  READING_STACKING_KEY: {
    unit: 'CHOICE',
    clause: '末段',
    value: 'BENEFICIARY_GROUP_FACT' as const,
    zh: '同一待遇以（受益人、待遇类别、所依据的事实——证书、奖牌、聘用等）识别，每项待遇只享受一次',
    en: 'A benefit is identified by (beneficiary, benefit group, underlying fact); one grant per benefit',
  },
  READING_STACKING_TOP_UP: {
    unit: 'CHOICE',
    clause: '末段',
    value: 'PAY_DIFFERENCE' as const,
    zh: '同一待遇后来获得更高标准的，只补发差额，不重复全额发放；无法比较高低的，列为冲突人工处理，不累加',
    en: 'A later higher grant for the same benefit pays only the difference; grants that cannot be ordered are a conflict, never summed',
  },
  READING_SPLIT_ODD_FEN: {
    unit: 'CHOICE',
    clause: '二(二)',
    value: 'CITY_FIRST' as const,
    zh: '按比例分担出现不足一分的尾差时，按市、县、工会、税务顺序由排在前面的一方承担（５:５时奇数分由市财政多承担１分）',
    en: 'An odd fen left by a ratio split goes to the first payer in CITY, COUNTY, UNION, TAX order (in 5:5 the city pays the extra fen)',
  },
  READING_R2_YEAR_IN_WINDOW: {
    unit: 'CHOICE',
    clause: '二(二)',
    value: 'YEAR_START_IN_WINDOW' as const,
    zh: '学徒补贴按培训年度计：该培训年度的起始日在有效期内即可（２０２４年开始的学徒，其２０２５年开始的第２年可享受）',
    en: 'An apprenticeship year is covered when it starts inside the window (an apprenticeship begun in 2024 gets its second year if that starts in 2025)',
  },
  READING_R3_CAP_YEAR: {
    unit: 'CHOICE',
    clause: '二(三)',
    value: 'CALENDAR_YEAR_OF_APPROVAL' as const,
    zh: '“每所院校每年最高１００万元”按专业获批日期所在自然年计',
    en: 'The per-college yearly cap counts by the calendar year of the approval date',
  },
  READING_UP_TO_AMOUNTS: {
    unit: 'CHOICE',
    clause: '二(三)',
    value: 'DECIDED_AMOUNT_CAPPED' as const,
    zh: '“最高××万元”的奖补（R3、R14）：按审定金额发放并以最高标准为限；未给审定金额的按最高标准',
    en: '"Up to" awards (R3, R14) pay the decided amount capped at the maximum; without a decided amount, the maximum',
  },
  READING_R4_ROUNDING: {
    unit: 'CHOICE',
    clause: '二(四)',
    value: 'FLOOR_TO_FEN' as const,
    zh: '投资额×３０％不足一分的部分舍去',
    en: '30% of the investment is rounded down to the fen',
  },
  READING_R5_KEY_ENTERPRISE_REQUIRED: {
    unit: 'FLAG',
    clause: '二(四)',
    value: true as boolean,
    zh: '原文“支持重点企业、重点项目与市属高校（含市技师学院）联合订单式培养”：订单企业须为重点企业或重点项目单位（此前的政策摘要未写此条件，原文为准）',
    en: 'The order-class enterprise must be a key enterprise or run a key project (the text says so; the earlier summary omitted it)',
  },
  READING_R6_MIN_WORKING_AGE: {
    unit: 'AGE_YEARS',
    clause: '二(五)',
    value: 16,
    zh: '“法定劳动年龄内”：培训结业日年满１６周岁且未达法定退休年龄（退休年龄因性别、出生年月和岗位而异，由申报方判定）',
    en: 'Legal working age: 16 or older on the completion date and below the statutory retirement age (which depends on sex, birth month and post, so the caller states it)',
  },
  READING_STUDIO_UPGRADE_TOPS_UP: {
    unit: 'FLAG',
    clause: '二(六)',
    value: false as boolean,
    zh: '同一工作室先后获评市级、国家级等，各级获批是不同的事实，分别享受；设为 true 则视为同一待遇只补差额',
    en: "A studio's approvals at different levels are different facts, each paid; set true to treat them as one benefit topped up",
  },
  READING_H1_EXPERT_SOURCE_TIERS: {
    unit: 'TABLE',
    clause: '四(十三)',
    value: Object.freeze(['CITY_CATEGORY_1', 'CITY_CATEGORY_2']) as readonly CompetitionTier[],
    zh: '“每年举办１００场以上市级职业技能竞赛，认定２００名以上‘济宁市技术能手’”：技术能手从市级竞赛（一类、二类）获奖人员中认定，提名须载明其市级竞赛成绩',
    en: 'Technical Experts are recognised from city competition results (category 1 or 2): a nomination names its city result',
  },
  READING_T11_FROM_WINDOW_START: {
    unit: 'CHOICE',
    clause: '二(六)',
    value: 'THREE_YEARS_FROM_2025_01_01' as const,
    zh: '“３年内建设２０个左右工匠学院”自施行之日起算，即至２０２７年１２月３１日',
    en: '"Within 3 years" runs from the start of the window, i.e. through 2027-12-31',
  },
  READING_R10_ROLE_PERCENT_DEFAULT: {
    unit: 'PERCENT',
    clause: '三(九)',
    value: 100,
    zh: '“根据作用发挥情况”：评审可按作用确定１—１００％的比例，未确定的按全额；引才或培养单位奖励不按比例调整',
    en: '"According to the role played": the review may set a 1–100% share of the listed amount, default 100%; the unit award is not scaled',
  },
  READING_R15_HIRE_IN_WINDOW: {
    unit: 'CHOICE',
    clause: '三(九)',
    value: 'HIRE_AND_YEAR_START_IN_WINDOW' as const,
    zh: '“新全职引进”的聘用日须在有效期内，３年中每一补贴年度的起始日也须在有效期内',
    en: 'The hire date must be inside the window, and so must the start of each of the 3 subsidised years',
  },
  READING_E3_GROWTH_MEASURE: {
    unit: 'CHOICE',
    clause: '三(八)',
    value: 'AVERAGE_WAGE_RATIO' as const,
    zh: '工资增幅按人均工资本年÷上年之比精确比较（不四舍五入百分比）',
    en: 'Wage growth is compared as exact ratios of this year to last year of average wages (no rounded percentages)',
  },
  READING_SKILLED_FROM_LEVEL: {
    unit: 'SKILL_LEVEL',
    clause: '四(十)',
    value: 'ELEMENTARY' as SkillLevel,
    zh: '技能人才指取得初级工及以上职业资格或职业技能等级的人员；学徒工尚未取得等级，不计入',
    en: 'Skilled = holds 初级工 or above; apprentices hold no certified level yet and do not count',
  },
  READING_HIGH_SKILLED_FROM_LEVEL: {
    unit: 'SKILL_LEVEL',
    clause: '四(十)',
    value: 'SENIOR' as SkillLevel,
    zh: '高技能人才指高级工及以上（国家通行口径，原文未定义）',
    en: 'High-skilled = 高级工 and above (the national definition; the text does not define it)',
  },
  READING_APPROX_TOLERANCE_PERCENT: {
    unit: 'PERCENT',
    clause: '一',
    value: 20,
    zh: '“左右”按±２０％理解（下限向下取整、上限向上取整）；如为名额，超过上限即为超额',
    en: '"About" (左右) means ±20% (lower bound floored, upper bound ceiled); for a quota, above the upper bound is a breach',
  },
  READING_EXACT_QUOTA_IS_CEILING: {
    unit: 'FLAG',
    clause: '五(十四)',
    value: true as boolean,
    zh: '名额为确数的（如每年认定２０名首席技师），超过即为超额，不足为未完成',
    en: 'An exact quota (e.g. 20 chief technicians a year) is breached above it and not met below it',
  },
  READING_FRONTLINE_BASE: {
    unit: 'CHOICE',
    clause: '六',
    value: 'FUNDS_USED_IN_YEAR' as const,
    zh: '“６０％以上用于一线职工”以当年实际使用的职工教育经费为基数',
    en: 'The 60% is measured against the employee-education funds actually used in the year',
  },
});
