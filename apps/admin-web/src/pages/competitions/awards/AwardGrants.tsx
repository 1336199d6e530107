import { Card, Typography } from 'antd';
import { Link } from 'react-router';
import { Money } from '../../../components/Money';
import { StatusTag } from '../../../components/StatusTag';

export interface Grant {
  id: string;
  ruleId: string;
  description: string;
  amount: number | string;
  status: string;
}

/**
 * What finance granted for an award: the entitlements of its beneficiaries whose description names the award's
 * document (finance words every grant of the fact with it), each linked to its page.
 */
export function AwardGrants({
  grants,
  testId,
  pending,
}: {
  grants: readonly Grant[];
  testId: string;
  pending: string;
}) {
  return (
    <Card size="small" title="资金核定（财政）" data-testid={testId}>
      {grants.length === 0 ? (
        <Typography.Text type="secondary">{pending}</Typography.Text>
      ) : (
        grants.map((g) => (
          <Typography.Paragraph key={g.id} data-testid={`${testId}-line`} data-rule={g.ruleId}>
            <Link to={`/entitlements/${encodeURIComponent(g.id)}`}>{g.description}</Link>：
            <Money fen={g.amount} /> <StatusTag kind="entitlement" status={g.status as never} />（{g.ruleId}）
          </Typography.Paragraph>
        ))
      )}
    </Card>
  );
}
