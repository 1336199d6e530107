import { Space, Typography } from 'antd';
import type { Payer } from '../gql/graphql';
import { label, payerLabels } from '../labels';
import { Money } from './Money';

export interface CostShareView {
  payer: Payer;
  amount: number;
}

interface Props {
  shares: readonly CostShareView[];
  /** The entitlement's county: the one whose finance bureau bears the COUNTY share. */
  county?: { name: string } | null;
}

/** A payer as staff name it: 市财政, 市总工会, and the county's finance with its county, 县级财政（任城区）. */
export function payerName(payer: Payer, county?: { name: string } | null): string {
  return `${label(payerLabels, payer)}${payer === 'COUNTY' && county ? `（${county.name}）` : ''}`;
}

/** Who pays which part of an entitlement (市财政 / 县级财政 / 市总工会 / 市税务局), one line each. */
export function CostShares({ shares, county }: Props) {
  if (shares.length === 0) return <>—</>;
  return (
    <Space orientation="vertical" size={0}>
      {shares.map((s, i) => (
        <Typography.Text key={`${s.payer}-${i}`} style={{ whiteSpace: 'nowrap' }}>
          {payerName(s.payer, county)}：<Money fen={s.amount} />
        </Typography.Text>
      ))}
    </Space>
  );
}
