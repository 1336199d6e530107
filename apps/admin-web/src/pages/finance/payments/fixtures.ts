import { calculated, county } from '../fixtures';

/**
 * A city payment batch as the API answers PaymentBatchDetail, for the payment pages' unit tests: the city's half of
 * the finance fixtures' subsidy, and a line of ¥0.29 that a float sum would misstate.
 */
export const entitlement = {
  __typename: 'Entitlement',
  id: 'e1',
  description: calculated.description,
  status: 'IN_PAYMENT',
  beneficiaryPerson: {
    __typename: 'Person',
    id: 'p1',
    name: '王建国',
    idNumber: '370811********1234',
    socialSecurityCardAccount: { __typename: 'MaskedPaymentAccount', text: '中国工商银行济宁分行 ****4567' },
  },
  beneficiaryOrganisation: null,
};

export const line = (id: string, amount: number, extra: object = {}) => ({
  __typename: 'PaymentLine',
  id,
  payer: 'CITY',
  amount,
  status: 'IN_BATCH',
  reference: null,
  paidOn: null,
  returnedReason: null,
  entitlement: { ...entitlement, id: `e-${id}` },
  ...extra,
});

export const cityBatchFields = {
  __typename: 'PaymentBatch',
  id: 'b1',
  payer: 'CITY',
  county: null,
  total: 150029,
  lineCount: 2,
  status: 'OPEN',
  createdAt: '2026-12-02T02:00:00.000Z',
};

export const cityBatch = { ...cityBatchFields, lines: [line('l1', 150000), line('l2', 29)] };

export const countyBatchFields = {
  ...cityBatchFields,
  id: 'b2',
  payer: 'COUNTY',
  county,
  total: 150000,
  lineCount: 1,
};
