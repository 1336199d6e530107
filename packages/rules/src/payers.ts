/** Who pays. TAX is a credit against taxes due, not a payment out of a budget. */
export const PAYERS = ['CITY', 'COUNTY', 'UNION', 'TAX'] as const;
export type Payer = (typeof PAYERS)[number];

export const PAYER_LABELS: Readonly<Record<Payer, { zh: string; en: string }>> = {
  CITY: { zh: '市财政', en: 'City finance' },
  COUNTY: { zh: '县（市、区）财政', en: "The county's finance (county, city district or functional zone)" },
  UNION: { zh: '市总工会', en: 'City Federation of Trade Unions' },
  TAX: { zh: '市税务局（税费抵免）', en: 'City Tax Bureau (a credit against taxes due)' },
};

export function payerLabel(payer: Payer): string {
  return PAYER_LABELS[payer].zh;
}

export function isPayer(value: unknown): value is Payer {
  return typeof value === 'string' && (PAYERS as readonly string[]).includes(value);
}
