import type { Principal } from '@jining/subgraph-kit';
import type { EntitlementStatus, Prisma } from '../generated/prisma/client.ts';

/**
 * What an entitlement's history says besides its review steps. A step that moves the status is named by the status
 * it reaches (IN_PUBLICITY, PAYABLE, IN_PAYMENT, PAID, REJECTED), as review steps are; these leave it where it was.
 */
export const HISTORY_EVENTS = {
  /** 公示异议: an objection was recorded. */
  OBJECTION_RECORDED: 'OBJECTION_RECORDED',
  /** An objection was upheld when another upheld objection had already rejected the entitlement. */
  OBJECTION_UPHELD: 'OBJECTION_UPHELD',
  /** The objection was dismissed: the entitlement proceeds. */
  OBJECTION_DISMISSED: 'OBJECTION_DISMISSED',
  /** One payer's share went into a payment batch while another share was already in payment. */
  SHARE_IN_BATCH: 'SHARE_IN_BATCH',
  /** One payer's share was paid; others are still to be paid. */
  SHARE_PAID: 'SHARE_PAID',
  /** A share came back from the bank (e.g. a wrong account): payable again. */
  SHARE_RETURNED: 'SHARE_RETURNED',
} as const;

/** One history line, written in the same transaction as the change it records. */
export function historyEntry(
  principal: Principal,
  entitlementId: string,
  action: string,
  fromStatus: EntitlementStatus,
  toStatus: EntitlementStatus,
  note: string | null,
  at: Date,
): Prisma.EntitlementHistoryCreateManyInput {
  return {
    entitlementId,
    action,
    fromStatus,
    toStatus,
    actorId: principal.accountId,
    actorName: principal.displayName,
    note,
    at,
  };
}
