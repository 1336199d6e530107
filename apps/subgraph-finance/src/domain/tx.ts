import type { PrismaClient } from '../generated/prisma/client.ts';

/** The client inside `prisma.$transaction(async (tx) => …)`: every domain step writes through one. */
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * How long a step may wait for the rows it locks and then work: approvals of one budget, batches of one payer and
 * the lines of one entitlement queue on their rows (like the awards' quota), so give the queue room.
 */
export const LOCKING_TRANSACTION = { maxWait: 30_000, timeout: 60_000 } as const;
