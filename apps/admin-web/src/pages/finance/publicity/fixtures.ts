import { calculated, county } from '../fixtures';

/**
 * A publicity batch as the API answers PublicityBatchDetail, for the publicity pages' unit tests: the 高级技师
 * subsidy of the finance fixtures published for seven days, with one objection waiting.
 */
export const batchFields = {
  __typename: 'PublicityBatch',
  id: 'pb1',
  title: '2026年第一批高技能人才资金待遇公示',
  status: 'OPEN',
  startsOn: '2026-12-02',
  endsOn: '2026-12-08',
  closableFrom: '2026-12-09',
  windowDays: 7,
  lineCount: 2,
  createdAt: '2026-12-02T02:00:00.000Z',
  closedAt: null,
};

export const objection = {
  __typename: 'Objection',
  id: 'o1',
  text: '该人员取得证书时已离开申报单位',
  status: 'OPEN',
  recordedAt: '2026-12-03T02:00:00.000Z',
  resolvedAt: null,
  resolution: null,
};

export const personLine = {
  __typename: 'PublicityLine',
  id: 'pl1',
  amount: 300000,
  description: calculated.description,
  citation: calculated.citation,
  county,
  beneficiaryPerson: { __typename: 'Person', id: 'p1', name: '王建国', idNumber: '370811198503151234' },
  beneficiaryOrganisation: null,
  entitlement: { __typename: 'Entitlement', id: 'e1', status: 'IN_PUBLICITY' },
  objections: [objection],
};

export const unitLine = {
  __typename: 'PublicityLine',
  id: 'pl2',
  amount: 5000000,
  description: '市级技能大师工作室建设经费：王建国数控技能大师工作室',
  citation: '济人社发〔2024〕9号 第二部分（六）',
  county: null,
  beneficiaryPerson: null,
  beneficiaryOrganisation: {
    __typename: 'Organisation',
    id: 'o1',
    name: '山东能源集团济宁矿业有限公司',
    creditCode: '91370800MA3C000001',
  },
  entitlement: { __typename: 'Entitlement', id: 'e2', status: 'IN_PUBLICITY' },
  objections: [],
};

export const batch = { ...batchFields, lines: [personLine, unitLine] };
