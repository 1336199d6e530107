import { BODY } from './bodies.ts';
import { defineVocabulary } from './vocabulary/define.ts';

/** Who pays. TAX is a credit against taxes due, not a payment out of a budget. */
export const PAYER = defineVocabulary('Payer', '出资方', {
  CITY: { zh: '市财政', en: 'City finance' },
  COUNTY: {
    zh: '县（市、区）财政',
    en: "The county's finance (county, city district or functional zone)",
    short: '县级财政',
  },
  UNION: BODY.terms.UNION,
  TAX: {
    zh: `${BODY.label('TAX')}（税费抵免）`,
    en: 'City Tax Bureau (a credit against taxes due)',
    short: BODY.label('TAX'),
  },
});
export const PAYERS = PAYER.codes;
export type Payer = (typeof PAYERS)[number];
export const PAYER_LABELS = PAYER.terms;

export function payerLabel(payer: Payer): string {
  return PAYER_LABELS[payer].zh;
}

export const isPayer = PAYER.has;
