/**
 * A small hand-made dataset for the dev mock (dev/mock-gateway.ts): enough rows to page through and one person
 * with facts in every domain. Not the platform's demo data (that lives in packages/demo-data and the subgraphs).
 */
export interface County {
  code: string;
  name: string;
  kind: string;
}
export interface Organisation {
  id: string;
  name: string;
  kind: string;
  creditCode: string;
  countyCode: string;
  stateOwned: boolean;
  climbing: boolean;
  industryEducationIntegration: boolean;
}
export interface Person {
  id: string;
  name: string;
  idNumber: string;
  birthDate: string;
  gender: string;
  countyCode: string;
  employerId: string | null;
}
export interface Certificate {
  id: string;
  certificateNo: string;
  personId: string;
  level: string;
  occupation: string;
  issuerId: string;
  issuedOn: string;
  route: string;
}
export interface Studio {
  id: string;
  name: string;
  level: string;
  leadId: string;
  hostId: string;
  trade: string;
  approvedOn: string;
}
export interface Competition {
  id: string;
  name: string;
  tier: string;
  trade: string;
  year: number;
}
export interface Result {
  id: string;
  competitionId: string;
  personId: string | null;
  teamName: string | null;
  rank: number | null;
  medal: string | null;
}
export interface Honour {
  id: string;
  kind: string;
  year: number;
  personId: string;
  status: string;
  citation: string | null;
}
export interface Share {
  payer: string;
  amount: number;
  countyCode: string | null;
}
export interface Entitlement {
  id: string;
  ruleId: string;
  clause: string;
  description: string;
  personId: string | null;
  organisationId: string | null;
  countyCode: string | null;
  amount: number;
  shares: Share[];
  status: string;
}

export const counties: County[] = [
  { code: '370811', name: '任城区', kind: 'DISTRICT' },
  { code: '370812', name: '兖州区', kind: 'DISTRICT' },
  { code: '370881', name: '曲阜市', kind: 'COUNTY_LEVEL_CITY' },
  { code: '370883', name: '邹城市', kind: 'COUNTY_LEVEL_CITY' },
  { code: '370826', name: '微山县', kind: 'COUNTY' },
];

export const organisations: Organisation[] = [
  {
    id: 'org-1',
    name: '山东济宁重型机械有限公司',
    kind: 'ENTERPRISE',
    creditCode: '91370800MA3C000001',
    countyCode: '370811',
    stateOwned: true,
    climbing: true,
    industryEducationIntegration: false,
  },
  {
    id: 'org-2',
    name: '济宁技师学院',
    kind: 'TECHNICAL_SCHOOL',
    creditCode: '12370800MB0000002X',
    countyCode: '370811',
    stateOwned: true,
    climbing: false,
    industryEducationIntegration: true,
  },
  {
    id: 'org-3',
    name: '曲阜三孔文创有限公司',
    kind: 'ENTERPRISE',
    creditCode: '91370881MA3C000003',
    countyCode: '370881',
    stateOwned: false,
    climbing: false,
    industryEducationIntegration: false,
  },
  {
    id: 'org-4',
    name: '济宁市职业技能鉴定指导中心',
    kind: 'EVALUATION_ORGANISATION',
    creditCode: '12370800MB00000044',
    countyCode: '370811',
    stateOwned: true,
    climbing: false,
    industryEducationIntegration: false,
  },
];

const surnames = ['王', '李', '张', '刘', '陈', '杨', '孔', '孟', '颜', '曾'];
const given = ['建国', '秀英', '志强', '海燕', '立新', '春梅', '德胜', '丽华', '振东', '晓燕', '文博', '玉兰', '国庆'];

export const people: Person[] = Array.from({ length: 26 }, (_, i) => {
  const county = counties[i % counties.length]!;
  const year = 1970 + (i % 30);
  const female = i % 2 === 1;
  return {
    id: `person-${i + 1}`,
    name: `${surnames[i % surnames.length]}${given[i % given.length]}`,
    idNumber: `${county.code}${year}0${(i % 9) + 1}1${i % 10}${String(100 + i).slice(-3)}${female ? 2 : 1}X`.slice(
      0,
      18,
    ),
    birthDate: `${year}-0${(i % 9) + 1}-1${i % 10}`,
    gender: female ? 'FEMALE' : 'MALE',
    countyCode: county.code,
    employerId: i % 4 === 3 ? null : organisations[i % 3]!.id,
  };
});

const levels = ['SENIOR', 'TECHNICIAN', 'SENIOR_TECHNICIAN', 'INTERMEDIATE', 'PRINCIPAL_TECHNICIAN'];
const trades = ['车工', '焊工', '电工', '钳工', '面点师'];

export const certificates: Certificate[] = people.slice(0, 18).map((p, i) => ({
  id: `cert-${i + 1}`,
  certificateNo: `S0008${String(10000 + i)}`,
  personId: p.id,
  level: levels[i % levels.length]!,
  occupation: trades[i % trades.length]!,
  issuerId: i % 2 ? 'org-2' : 'org-4',
  issuedOn: `2025-0${(i % 9) + 1}-15`,
  route: i % 3 === 0 ? 'DIRECT_CERTIFICATION' : 'SKILL_LEVEL_CERTIFICATION',
}));
certificates.push({
  id: 'cert-99',
  certificateNo: 'S000899999',
  personId: 'person-1',
  level: 'TECHNICIAN',
  occupation: '车工',
  issuerId: 'org-4',
  issuedOn: '2021-06-30',
  route: 'VOCATIONAL_QUALIFICATION',
});

export const studios: Studio[] = [
  {
    id: 'studio-1',
    name: '王建国技能大师工作室',
    level: 'CITY',
    leadId: 'person-1',
    hostId: 'org-1',
    trade: '车工',
    approvedOn: '2025-06-01',
  },
  {
    id: 'studio-2',
    name: '李秀英齐鲁技能大师特色工作站',
    level: 'QILU_STATION',
    leadId: 'person-2',
    hostId: 'org-2',
    trade: '焊工',
    approvedOn: '2025-09-12',
  },
];

export const competitions: Competition[] = [
  { id: 'comp-1', name: '2025年济宁市职业技能大赛', tier: 'CITY_CATEGORY_1', trade: '车工', year: 2025 },
  { id: 'comp-2', name: '第二届全国技能大赛', tier: 'NATIONAL', trade: '焊接', year: 2025 },
  { id: 'comp-3', name: '山东省技工院校技能大赛', tier: 'PROVINCIAL', trade: '电工', year: 2026 },
];

export const results: Result[] = [
  { id: 'res-1', competitionId: 'comp-1', personId: 'person-1', teamName: null, rank: 1, medal: 'GOLD' },
  { id: 'res-2', competitionId: 'comp-1', personId: 'person-3', teamName: null, rank: 2, medal: 'SILVER' },
  { id: 'res-3', competitionId: 'comp-2', personId: 'person-2', teamName: null, rank: 8, medal: 'EXCELLENCE' },
  { id: 'res-4', competitionId: 'comp-3', personId: null, teamName: '济宁技师学院代表队', rank: 3, medal: 'BRONZE' },
];

export const honours: Honour[] = [
  {
    id: 'hon-1',
    kind: 'CRAFTSMAN',
    year: 2025,
    personId: 'person-1',
    status: 'APPROVED',
    citation: '扎根一线三十年，攻克大型齿轮加工难题',
  },
  { id: 'hon-2', kind: 'TECHNICAL_EXPERT', year: 2025, personId: 'person-3', status: 'NOMINATED', citation: null },
  { id: 'hon-3', kind: 'SKILLS_CHAMPION', year: 2025, personId: 'person-2', status: 'APPROVED', citation: null },
];

export const entitlements: Entitlement[] = [
  {
    id: 'ent-1',
    ruleId: 'competition-city-cat1-gold',
    clause: '第三条第（二）项',
    description: '市级一类竞赛金牌奖励',
    personId: 'person-1',
    organisationId: null,
    countyCode: '370811',
    amount: 500000,
    status: 'PAID',
    shares: [
      { payer: 'CITY', amount: 250000, countyCode: null },
      { payer: 'COUNTY', amount: 250000, countyCode: '370811' },
    ],
  },
  {
    id: 'ent-2',
    ruleId: 'honour-craftsman',
    clause: '第五条第（一）项',
    description: '济宁工匠奖励',
    personId: 'person-1',
    organisationId: null,
    countyCode: '370811',
    amount: 1000000,
    status: 'APPROVED',
    shares: [{ payer: 'CITY', amount: 1000000, countyCode: null }],
  },
  {
    id: 'ent-3',
    ruleId: 'studio-city',
    clause: '第二条第（四）项',
    description: '市级技能大师工作室建设补助',
    personId: null,
    organisationId: 'org-1',
    countyCode: '370811',
    amount: 10000000,
    status: 'CALCULATED',
    shares: [{ payer: 'CITY', amount: 10000000, countyCode: null }],
  },
  {
    id: 'ent-4',
    ruleId: 'skill-subsidy-technician',
    clause: '第二条第（一）项',
    description: '技师职业技能提升补贴',
    personId: 'person-2',
    organisationId: null,
    countyCode: '370812',
    amount: 250050,
    status: 'REJECTED',
    shares: [{ payer: 'UNION', amount: 250050, countyCode: null }],
  },
];
