/**
 * Jining's 11 counties and districts (GB/T 2260 codes, also the first six digits of resident ID numbers
 * issued there) and its four functional zones. GB/T 2260 has no codes for functional zones, so theirs are
 * the platform's own stable text codes (`ZONE_*`); they administer money like a county (docs/policy/reading.md §4,
 * the COUNTY payer reading).
 */
export type CountyKind = 'DISTRICT' | 'COUNTY' | 'COUNTY_LEVEL_CITY' | 'FUNCTIONAL_ZONE';

export interface County {
  code: string;
  name: string;
  nameEn: string;
  kind: CountyKind;
}

export const JINING_COUNTIES = [
  { code: '370811', name: '任城区', nameEn: 'Rencheng', kind: 'DISTRICT' },
  { code: '370812', name: '兖州区', nameEn: 'Yanzhou', kind: 'DISTRICT' },
  { code: '370826', name: '微山县', nameEn: 'Weishan', kind: 'COUNTY' },
  { code: '370827', name: '鱼台县', nameEn: 'Yutai', kind: 'COUNTY' },
  { code: '370828', name: '金乡县', nameEn: 'Jinxiang', kind: 'COUNTY' },
  { code: '370829', name: '嘉祥县', nameEn: 'Jiaxiang', kind: 'COUNTY' },
  { code: '370830', name: '汶上县', nameEn: 'Wenshang', kind: 'COUNTY' },
  { code: '370831', name: '泗水县', nameEn: 'Sishui', kind: 'COUNTY' },
  { code: '370832', name: '梁山县', nameEn: 'Liangshan', kind: 'COUNTY' },
  { code: '370881', name: '曲阜市', nameEn: 'Qufu', kind: 'COUNTY_LEVEL_CITY' },
  { code: '370883', name: '邹城市', nameEn: 'Zoucheng', kind: 'COUNTY_LEVEL_CITY' },
  {
    code: 'ZONE_HIGH_TECH',
    name: '济宁高新技术产业开发区',
    nameEn: 'Jining National High-tech Zone',
    kind: 'FUNCTIONAL_ZONE',
  },
  { code: 'ZONE_TAIBAI_LAKE', name: '太白湖新区', nameEn: 'Taibai Lake New District', kind: 'FUNCTIONAL_ZONE' },
  {
    code: 'ZONE_ECONOMIC_DEVELOPMENT',
    name: '济宁经济技术开发区',
    nameEn: 'Jining Economic and Technological Development Zone',
    kind: 'FUNCTIONAL_ZONE',
  },
  {
    code: 'ZONE_QUFU_CULTURAL',
    name: '曲阜文化建设示范区',
    nameEn: 'Qufu Cultural Demonstration Zone',
    kind: 'FUNCTIONAL_ZONE',
  },
] as const satisfies readonly County[];

/** A code on the list: the type the rules package and the COUNTY payer use. */
export type CountyCode = (typeof JINING_COUNTIES)[number]['code'];

const BY_CODE = new Map<string, County>(JINING_COUNTIES.map((c) => [c.code, c]));
export const findCounty = (code: string): County | undefined => BY_CODE.get(code);
export const isCountyCode = (value: unknown): value is CountyCode => typeof value === 'string' && BY_CODE.has(value);
