import { Tag } from 'antd';
import type { EntitlementStatus, HonourStatus } from '../gql/graphql';
import { entitlementStatusLabels, honourStatusLabels, label } from '../labels';

// Colour says where an item stands at a glance: gold waiting for someone, blue decided, cyan public or payable,
// purple being paid, green paid, red refused, grey withdrawn.
const colours: Record<EntitlementStatus | HonourStatus, string> = {
  CALCULATED: 'gold',
  NOMINATED: 'gold',
  REVIEWED: 'orange',
  APPROVED: 'blue',
  IN_PUBLICITY: 'cyan',
  PAYABLE: 'cyan',
  IN_PAYMENT: 'purple',
  PAID: 'green',
  REJECTED: 'red',
  REVOKED: 'default',
  CANCELLED: 'default',
};

type Props = { kind: 'entitlement'; status: EntitlementStatus } | { kind: 'honour'; status: HonourStatus };

/** The two status enums share codes (APPROVED, REJECTED) but not wording, so the caller says which one it has. */
export function StatusTag(props: Props) {
  const text =
    props.kind === 'entitlement'
      ? label(entitlementStatusLabels, props.status)
      : label(honourStatusLabels, props.status);
  return <Tag color={colours[props.status] ?? 'default'}>{text}</Tag>;
}
