import { defineVocabulary } from './vocabulary/define.ts';

/** The 20 issuing bodies (docs/policy/reading.md §7; the signatures of the original), as codes. */
export const BODY = defineVocabulary('Body', '政策的牵头、负责单位（发文单位）', {
  ORG_DEPT: { zh: '市委组织部', en: 'Organisation Department of the CPC Jining Committee' },
  PUBLICITY: { zh: '市委宣传部', en: 'Publicity Department of the CPC Jining Committee' },
  STAFFING_OFFICE: { zh: '市委编办', en: 'Staffing Office' },
  HRSS: { zh: '市人力资源社会保障局', en: 'Human Resources and Social Security Bureau' },
  DEVELOPMENT_REFORM: { zh: '市发展改革委', en: 'Development and Reform Commission' },
  EDUCATION: { zh: '市教育局', en: 'Education Bureau' },
  SCIENCE_TECH: { zh: '市科技局', en: 'Science and Technology Bureau' },
  INDUSTRY_IT: { zh: '市工业和信息化局', en: 'Industry and Information Technology Bureau' },
  CIVIL_AFFAIRS: { zh: '市民政局', en: 'Civil Affairs Bureau' },
  FINANCE: { zh: '市财政局', en: 'Finance Bureau' },
  HOUSING: { zh: '市住房城乡建设局', en: 'Housing and Urban-Rural Development Bureau' },
  HEALTH: { zh: '市卫生健康委', en: 'Health Commission' },
  SASAC: { zh: '市国资委', en: 'State-owned Assets Supervision and Administration Commission' },
  ENERGY: { zh: '市能源局', en: 'Energy Bureau' },
  PUBLIC_RESOURCES_TRADING: { zh: '市公共资源交易服务中心', en: 'Public Resources Trading Service Centre' },
  TAX: { zh: '市税务局', en: 'Tax Bureau' },
  UNION: { zh: '市总工会', en: 'Federation of Trade Unions' },
  YOUTH_LEAGUE: { zh: '团市委', en: 'Communist Youth League Jining Committee' },
  WOMEN_FEDERATION: { zh: '市妇联', en: "Women's Federation" },
  FEDERATION_INDUSTRY_COMMERCE: { zh: '市工商联', en: 'Federation of Industry and Commerce' },
});
export const BODIES = BODY.codes;
export type Body = (typeof BODIES)[number];
export const BODY_LABELS = BODY.terms;

export function bodyLabel(body: Body): string {
  return BODY_LABELS[body].zh;
}
