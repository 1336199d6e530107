import { PAYERS, PAYER_LABELS } from '@jining/rules';
import type { Payer as StoredPayer } from '../generated/prisma/client.ts';
import { builder } from '../builder.ts';

// The stored enum and the rules package's payer codes are the same list; this fails to compile if they drift.
const _samePayers: readonly StoredPayer[] = PAYERS;
void _samePayers;

/** 出资方: the payer codes of the policy (@jining/rules PAYERS), labelled in Chinese. */
export const Payer = builder.enumType('Payer', {
  description: '出资方',
  values: Object.fromEntries(PAYERS.map((p) => [p, { description: PAYER_LABELS[p].zh }])) as Record<StoredPayer, { description: string }>,
});

/** 分担: one payer's part of an entitlement (e.g. R1 市、县 5:5). */
export const CostShare = builder.prismaObject('CostShare', {
  description: '资金分担：某一出资方承担的金额',
  fields: (t) => ({
    payer: t.expose('payer', { type: Payer, description: '出资方' }),
    amount: t.expose('amount', { type: 'Fen', description: '分担金额（分）' }),
  }),
});
