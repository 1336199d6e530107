import type { Payer } from '../../gql/graphql';
import { label, payerLabels } from '../../labels';

/** A payer as staff name it: 市财政, 市总工会, or 县级财政（任城区） for a county's share. */
export function payerName(payer: Payer, county?: { name: string } | null): string {
  return payer === 'COUNTY' && county ? `${label(payerLabels, payer)}（${county.name}）` : label(payerLabels, payer);
}
