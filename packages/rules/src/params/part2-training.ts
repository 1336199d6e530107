import type { IsoDate } from '../dates.ts';
import { parts, wan, yuan } from './helpers.ts';
import { defineParams } from './types.ts';

/** 二、加大高技能人才培养力度: R1–R9 and targets T4–T11. */
export const PART2_PARAMS = defineParams({
  // 二(二) R1
  R1_TECHNICIAN_FEN: {
    unit: 'FEN_PER_PERSON', clause: '二(二)', value: yuan(2000),
    zh: '新取得技师的企业职工一次性补贴（每人２０００元）', en: 'One-time subsidy, enterprise employee newly certified technician',
  },
  R1_SENIOR_TECHNICIAN_FEN: {
    unit: 'FEN_PER_PERSON', clause: '二(二)', value: yuan(3000),
    zh: '新取得高级技师的企业职工一次性补贴（每人３０００元）', en: 'One-time subsidy, newly certified senior technician',
  },
  R1_PRINCIPAL_TECHNICIAN_FEN: {
    unit: 'FEN_PER_PERSON', clause: '二(二)', value: yuan(5000),
    zh: '新取得特级技师的企业职工一次性补贴（每人５０００元）', en: 'One-time subsidy, newly certified principal technician',
  },
  R1_SPLIT: {
    unit: 'PAYER_PARTS', clause: '二(二)', value: parts(['CITY', 5], ['COUNTY', 5]),
    zh: '技师类补贴由市、县财政按照５:５比例分担', en: 'City and county finance share R1 5:5',
  },
  // 二(二) R2
  R2_RATE_MIN_FEN: {
    unit: 'FEN_PER_PERSON_YEAR', clause: '二(二)', value: yuan(4000),
    zh: '新型学徒职业培训补贴标准下限（每人每年４０００元）', en: 'Apprenticeship subsidy rate, lower bound per apprentice per year',
  },
  R2_RATE_MAX_FEN: {
    unit: 'FEN_PER_PERSON_YEAR', clause: '二(二)', value: yuan(6000),
    zh: '新型学徒职业培训补贴标准上限（每人每年６０００元）', en: 'Apprenticeship subsidy rate, upper bound per apprentice per year',
  },
  R2_MAX_YEARS: {
    unit: 'YEARS', clause: '二(二)', value: 2,
    zh: '学徒补贴期限最长不超过２年', en: 'Apprenticeship subsidy for at most 2 years per apprentice',
  },
  R2_SPLIT: {
    unit: 'PAYER_PARTS', clause: '二(二)', value: parts(['COUNTY', 1]),
    zh: '学徒补贴由县财政承担', en: 'County finance pays R2',
  },
  T4_TECHNICIANS_PER_YEAR: {
    unit: 'PERSONS_PER_YEAR', clause: '二(二)', value: 1000,
    zh: '每年培养１０００名以上技师、高级技师等', en: 'At least 1,000 technicians, senior technicians etc. trained per year',
  },
  T5_APPRENTICES_PER_YEAR: {
    unit: 'PERSONS_PER_YEAR', clause: '二(二)', value: 500,
    zh: '力争每年培训新型学徒５００名', en: 'Strive for 500 new-type apprentices trained per year (the text has no 左右)',
  },
  // 二(三) R3
  R3_NATIONAL_MAJOR_MAX_FEN: {
    unit: 'FEN_PER_UNIT', clause: '二(三)', value: wan(50),
    zh: '成功创建国家级高水平（优质）专业或专业群，最高奖补５０万元', en: 'National high-level major (group): award up to 500,000 yuan',
  },
  R3_PROVINCIAL_MAJOR_MAX_FEN: {
    unit: 'FEN_PER_UNIT', clause: '二(三)', value: wan(20),
    zh: '成功创建省级高水平（优质）专业或专业群，最高奖补２０万元', en: 'Provincial high-level major (group): award up to 200,000 yuan',
  },
  R3_COLLEGE_YEARLY_CAP_FEN: {
    unit: 'FEN_PER_COLLEGE_YEAR', clause: '二(三)', value: wan(100),
    zh: '每所院校每年最高奖补１００万元', en: 'At most 1,000,000 yuan per college per year',
  },
  R3_SPLIT: {
    unit: 'PAYER_PARTS', clause: '二(三)', value: parts(['CITY', 1]),
    zh: '专业建设奖补由市财政承担', en: 'City finance pays R3',
  },
  T6_HIGH_LEVEL_COLLEGES: {
    unit: 'COUNT', clause: '二(三)', value: 2,
    zh: '到２０２５年底争取建成２所高水平高职校', en: '2 high-level higher-vocational colleges by end 2025',
  },
  T6_HIGH_LEVEL_MAJORS: {
    unit: 'COUNT', clause: '二(三)', value: 45,
    zh: '到２０２５年底打造４５个高水平高职（中职）专业（群）', en: '45 high-level majors (groups) by end 2025',
  },
  T7_QUALITY_COURSES_PER_YEAR: {
    unit: 'COUNT_PER_YEAR', clause: '二(三)', value: 30,
    zh: '每年评选３０门市级精品课程，纳入市级教学资源库', en: '30 city-level quality courses selected per year',
  },
  T8_INTEGRATED_MAJORS: {
    unit: 'COUNT', clause: '二(三)', value: 20,
    zh: '到２０２５年底建设２０个工学一体化培养模式专业', en: '20 integrated work-study majors by end 2025',
  },
  T8_FEATURED_MAJORS: {
    unit: 'COUNT', clause: '二(三)', value: 30,
    zh: '到２０２５年底认定３０个特色专业（群）', en: '30 featured majors (groups) recognised by end 2025',
  },
  T6_T8_DEADLINE: {
    unit: 'DATE', clause: '二(三)', value: '2025-12-31' as IsoDate,
    zh: 'T6、T8 的期限：到２０２５年底', en: 'Deadline of T6 and T8: end of 2025',
  },
  // 二(四) R4, R5
  R4_CREDIT_PERCENT: {
    unit: 'PERCENT', clause: '二(四)', value: 30,
    zh: '按投资额的３０％抵免该企业当年应缴教育费附加和地方教育附加', en: 'Credit of 30% of the investment against the education surcharges due that year',
  },
  R4_SPLIT: {
    unit: 'PAYER_PARTS', clause: '二(四)', value: parts(['TAX', 1]),
    zh: '教育费附加抵免由税务部门办理', en: 'The credit is a tax credit (TAX)',
  },
  R5_TOP_BAND_MIN_HIRES: {
    unit: 'PERSONS_PER_YEAR', clause: '二(四)', value: 100,
    zh: '每年全职聘用１００人以上（含１００人）', en: 'Top band: 100 or more full-time hires a year',
  },
  R5_LOW_BAND_MIN_HIRES: {
    unit: 'PERSONS_PER_YEAR', clause: '二(四)', value: 50,
    zh: '每年全职聘用５０—１００人', en: 'Low band: 50 to 100 full-time hires a year',
  },
  R5_TOP_BAND_FEN: {
    unit: 'FEN_PER_PERSON', clause: '二(四)', value: yuan(10_000),
    zh: '聘用１００人以上的，按照每人１万元标准给予补贴', en: '10,000 yuan per person in the top band',
  },
  R5_LOW_BAND_FEN: {
    unit: 'FEN_PER_PERSON', clause: '二(四)', value: yuan(5000),
    zh: '聘用５０—１００人的，按照每人５０００元标准给予企业用才补贴', en: '5,000 yuan per person in the low band',
  },
  R5_MIN_CONTRACT_YEARS: {
    unit: 'YEARS', clause: '二(四)', value: 3,
    zh: '订单企业与毕业生签订３年以上工作合同', en: 'Work contracts of 3 years or more with the graduates',
  },
  R5_SPLIT: {
    unit: 'PAYER_PARTS', clause: '二(四)', value: parts(['CITY', 5], ['COUNTY', 5]),
    zh: '订单用才补贴由市、县财政按照５:５比例分担', en: 'City and county finance share R5 5:5',
  },
  // 二(五) T9
  T9_SUBSIDISED_TRAINING_PER_YEAR: {
    unit: 'PERSON_TIMES_PER_YEAR', clause: '二(五)', value: 20_000,
    zh: '每年开展补贴性职业技能培训不少于２万人次', en: 'At least 20,000 person-times of subsidised training per year',
  },
  // 二(六) R7, R8, R9
  R7_CITY_STUDIO_FEN: {
    unit: 'FEN_PER_UNIT', clause: '二(六)', value: wan(5),
    zh: '市级技能大师工作室，市财政给予每家５万元建设补助', en: 'City-level skill-master studio: 50,000 yuan construction grant',
  },
  R8_NATIONAL_STUDIO_FEN: {
    unit: 'FEN_PER_UNIT', clause: '二(六)', value: wan(50),
    zh: '新获批国家级技能大师工作室，市财政给予５０万元经费资助', en: 'Newly approved national skill-master studio: 500,000 yuan',
  },
  R8_QILU_STATION_FEN: {
    unit: 'FEN_PER_UNIT', clause: '二(六)', value: wan(30),
    zh: '新获批齐鲁技能大师特色工作站，市财政给予３０万元经费资助（解读见 READING_R8_AMOUNTS）', en: 'Newly approved Qilu skill-master station: 300,000 yuan (see READING_R8_AMOUNTS)',
  },
  R8_PROVINCIAL_WORKSTATION_FEN: {
    unit: 'FEN_PER_UNIT', clause: '二(六)', value: wan(30),
    zh: '新获批省级技师工作站，市财政给予３０万元经费资助（解读见 READING_R8_AMOUNTS）', en: 'Newly approved provincial technician workstation: 300,000 yuan (see READING_R8_AMOUNTS)',
  },
  R7_R8_SPLIT: {
    unit: 'PAYER_PARTS', clause: '二(六)', value: parts(['CITY', 1]),
    zh: '工作室补助、资助由市财政承担', en: 'City finance pays R7 and R8',
  },
  R9_CRAFTSMAN_COLLEGE_FEN: {
    unit: 'FEN_PER_UNIT', clause: '二(六)', value: wan(20),
    zh: '市级工匠学院，由市总工会给予每家２０万元一次性补助', en: 'City-level craftsman college: one-time 200,000 yuan from the union',
  },
  R9_SPLIT: {
    unit: 'PAYER_PARTS', clause: '二(六)', value: parts(['UNION', 1]),
    zh: '工匠学院补助由市总工会承担', en: 'The city federation of trade unions pays R9',
  },
  T10_CITY_STUDIOS_PER_YEAR: {
    unit: 'COUNT_PER_YEAR', clause: '二(六)', value: 10,
    zh: '每年遴选建设１０家左右市级技能大师工作室', en: 'About 10 city-level studios selected per year',
  },
  T11_CRAFTSMAN_COLLEGES: {
    unit: 'COUNT', clause: '二(六)', value: 20,
    zh: '３年内建设２０个左右市级工匠学院', en: 'About 20 city-level craftsman colleges within 3 years',
  },
  T11_WITHIN_YEARS: {
    unit: 'YEARS', clause: '二(六)', value: 3,
    zh: '工匠学院建设期限：３年内（自施行之日起）', en: 'Craftsman colleges: within 3 years (from the start of the window)',
  },
});
