import { builder } from '../builder.ts';
import { Payer } from './enums.ts';

/** 分担: one payer's part of an entitlement (e.g. R1 市、县 5:5). */
export const CostShare = builder.prismaObject('CostShare', {
  description: '资金分担：某一出资方承担的金额',
  fields: (t) => ({
    payer: t.expose('payer', { type: Payer, description: '出资方' }),
    amount: t.expose('amount', { type: 'Fen', description: '分担金额（分）' }),
  }),
});
