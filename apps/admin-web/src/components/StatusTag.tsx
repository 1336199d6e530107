import { Tag } from 'antd';
import type {
  CraftsmanCollegeStatus,
  EntitlementStatus,
  HonourStatus,
  ObjectionStatus,
  PaymentBatchStatus,
  PaymentLineStatus,
  PublicityStatus,
  StudioStatus,
} from '../gql/graphql';
import {
  entitlementStatusLabels,
  honourStatusLabels,
  label,
  objectionStatusLabels,
  paymentBatchStatusLabels,
  paymentLineStatusLabels,
  publicityStatusLabels,
} from '../labels';
import { studioStatusLabels } from '../studioLabels';
import { collegeStatusLabels } from '../collegeLabels';

// Colour says where an item stands at a glance: gold waiting for someone, blue decided, cyan public or payable,
// purple being paid, green paid or done, red refused, grey withdrawn. The enums share codes (OPEN, APPROVED) with
// different meanings, so each kind has its own words and colours.
const KINDS = {
  entitlement: {
    labels: entitlementStatusLabels,
    colours: {
      CALCULATED: 'gold',
      REVIEWED: 'orange',
      APPROVED: 'blue',
      IN_PUBLICITY: 'cyan',
      PAYABLE: 'cyan',
      IN_PAYMENT: 'purple',
      PAID: 'green',
      REJECTED: 'red',
      CANCELLED: 'default',
    } satisfies Record<EntitlementStatus, string>,
  },
  honour: {
    labels: honourStatusLabels,
    colours: {
      NOMINATED: 'gold',
      REVIEWED: 'orange',
      IN_PUBLICITY: 'cyan',
      APPROVED: 'green',
      REJECTED: 'red',
      REVOKED: 'default',
    } satisfies Record<HonourStatus, string>,
  },
  publicity: {
    labels: publicityStatusLabels,
    colours: { OPEN: 'cyan', CLOSED: 'green' } satisfies Record<PublicityStatus, string>,
  },
  objection: {
    labels: objectionStatusLabels,
    colours: { OPEN: 'gold', UPHELD: 'red', DISMISSED: 'default' } satisfies Record<ObjectionStatus, string>,
  },
  paymentBatch: {
    labels: paymentBatchStatusLabels,
    colours: { OPEN: 'purple', SETTLED: 'green' } satisfies Record<PaymentBatchStatus, string>,
  },
  studio: {
    labels: studioStatusLabels,
    colours: {
      APPLIED: 'gold',
      REVIEWED: 'orange',
      SELECTED: 'blue',
      IN_PUBLICITY: 'cyan',
      APPROVED: 'green',
      SUSPENDED: 'purple',
      REJECTED: 'red',
      REVOKED: 'default',
    } satisfies Record<StudioStatus, string>,
  },
  college: {
    labels: collegeStatusLabels,
    colours: {
      APPLIED: 'gold',
      REVIEWED: 'orange',
      APPROVED: 'green',
      REJECTED: 'red',
      REVOKED: 'default',
    } satisfies Record<CraftsmanCollegeStatus, string>,
  },
  paymentLine: {
    labels: paymentLineStatusLabels,
    colours: { IN_BATCH: 'purple', PAID: 'green', RETURNED: 'red' } satisfies Record<PaymentLineStatus, string>,
  },
};

type Kinds = typeof KINDS;
type Props = { [K in keyof Kinds]: { kind: K; status: keyof Kinds[K]['colours'] & string } }[keyof Kinds];

/** A status as a coloured tag in Chinese; the caller says which enum it has (their codes overlap). */
export function StatusTag({ kind, status }: Props) {
  const { labels, colours } = KINDS[kind] as { labels: Record<string, string>; colours: Record<string, string> };
  return <Tag color={colours[status] ?? 'default'}>{label(labels, status)}</Tag>;
}
