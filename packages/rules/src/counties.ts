/**
 * Jining's counties (GB/T 2260 codes) and the four functional zones with their own finance.
 * The zones have no GB/T 2260 code of their own, so the platform gives them stable text codes.
 */
export const COUNTIES = [
  { code: '370811', zh: '任城区', en: 'Rencheng District', type: 'DISTRICT' },
  { code: '370812', zh: '兖州区', en: 'Yanzhou District', type: 'DISTRICT' },
  { code: '370826', zh: '微山县', en: 'Weishan County', type: 'COUNTY' },
  { code: '370827', zh: '鱼台县', en: 'Yutai County', type: 'COUNTY' },
  { code: '370828', zh: '金乡县', en: 'Jinxiang County', type: 'COUNTY' },
  { code: '370829', zh: '嘉祥县', en: 'Jiaxiang County', type: 'COUNTY' },
  { code: '370830', zh: '汶上县', en: 'Wenshang County', type: 'COUNTY' },
  { code: '370831', zh: '泗水县', en: 'Sishui County', type: 'COUNTY' },
  { code: '370832', zh: '梁山县', en: 'Liangshan County', type: 'COUNTY' },
  { code: '370881', zh: '曲阜市', en: 'Qufu City', type: 'COUNTY_CITY' },
  { code: '370883', zh: '邹城市', en: 'Zoucheng City', type: 'COUNTY_CITY' },
  { code: 'ZONE_HIGH_TECH', zh: '济宁高新技术产业开发区', en: 'Jining National High-tech Zone', type: 'FUNCTIONAL_ZONE' },
  { code: 'ZONE_TAIBAI_LAKE', zh: '太白湖新区', en: 'Taibai Lake New District', type: 'FUNCTIONAL_ZONE' },
  { code: 'ZONE_ECONOMIC_DEVELOPMENT', zh: '济宁经济技术开发区', en: 'Jining Economic and Technological Development Zone', type: 'FUNCTIONAL_ZONE' },
  { code: 'ZONE_QUFU_CULTURAL', zh: '曲阜文化建设示范区', en: 'Qufu Cultural Construction Demonstration Zone', type: 'FUNCTIONAL_ZONE' },
] as const;

export type CountyCode = (typeof COUNTIES)[number]['code'];

const CODES: ReadonlySet<string> = new Set(COUNTIES.map((c) => c.code));

export function isCountyCode(value: unknown): value is CountyCode {
  return typeof value === 'string' && CODES.has(value);
}

export function countyLabel(code: CountyCode): string {
  return COUNTIES.find((c) => c.code === code)?.zh ?? code;
}
