import { randomUUID } from 'node:crypto';
import { SERVICE_PRINCIPALS, type OutboxEvent } from '@jining/subgraph-kit';
import { yuan } from '../domain/money.ts';
import type { Tx } from '../domain/tx.ts';
import type { EntitlementStatus, FactOutcome } from '../generated/prisma/client.ts';
import { FACT_COLUMNS, HISTORY_COLUMNS, insertRows } from './write-rows.ts';

/**
 * What a revocation event undoes: the facts of `kind` about the same subject (e.g. the certificate) recorded from
 * the same source, and what they granted. The handler says which kind it reverses and words the reason.
 */
export interface Reversal {
  reverses: string;
  subjectId(payload: Record<string, unknown>): string;
  /** The sentence that opens the fact's note, e.g. 证书 X 已撤销（理由）. */
  describe(payload: Record<string, unknown>): string;
  subject(payload: Record<string, unknown>): { personId?: string; organisationId?: string };
}

/** Not yet at the bank: a revocation cancels these outright. */
const CANCELLABLE: readonly EntitlementStatus[] = ['CALCULATED', 'REVIEWED', 'APPROVED', 'IN_PUBLICITY', 'PAYABLE'];
/** Money on its way or paid: a revocation cannot take it back by itself; staff recover it (追回) and say so. */
const AT_THE_BANK: readonly EntitlementStatus[] = ['IN_PAYMENT', 'PAID'];

const CALCULATOR = SERVICE_PRINCIPALS.FINANCE_FACTS;

/**
 * Records one revocation inside the page's transaction: the entitlements its fact granted are locked; those not yet
 * at the bank become CANCELLED with a history line (budgets, reports and reconciliation leave them out from then
 * on); those in payment or paid are left as they are and the fact's note lists them for recovery. Called after the
 * page's earlier facts are written, so a certificate recorded and revoked in the same page is cancelled too.
 */
export async function reverseOne(tx: Tx, source: string, event: OutboxEvent, reversal: Reversal): Promise<FactOutcome> {
  const subjectId = reversal.subjectId(event.payload);
  const granted = await tx.$queryRaw<{ id: string; status: EntitlementStatus; amount: bigint; description: string }[]>`
    SELECT e.id, e.status, e.amount, e.description
    FROM entitlement e JOIN fact f ON f.id = e.fact_id
    WHERE f.source = ${source} AND f.kind = ${reversal.reverses} AND f.subject_id = ${subjectId}
    ORDER BY e.created_at, e.id
    FOR UPDATE OF e`;
  const cancel = granted.filter((e) => CANCELLABLE.includes(e.status));
  const recover = granted.filter((e) => AT_THE_BANK.includes(e.status));
  const note = reversal.describe(event.payload);
  if (cancel.length > 0) {
    await tx.entitlement.updateMany({
      where: { id: { in: cancel.map((e) => e.id) } },
      data: { status: 'CANCELLED' },
    });
    await insertRows(
      tx,
      'entitlement_history',
      { ...HISTORY_COLUMNS, from_status: '"EntitlementStatus"' },
      cancel.map((e) => ({
        id: randomUUID(),
        entitlement_id: e.id,
        action: 'CANCELLED',
        from_status: e.status,
        to_status: 'CANCELLED',
        actor_id: CALCULATOR.accountId,
        actor_name: CALCULATOR.displayName,
        note,
      })),
    );
  }
  const sum = (rows: typeof granted) => yuan(rows.reduce((total, e) => total + BigInt(e.amount), 0n));
  const parts = [note];
  if (cancel.length > 0) parts.push(`已撤销未发放的待遇 ${cancel.length} 项，共 ${sum(cancel)}`);
  if (recover.length > 0) {
    parts.push(`已进入支付或已发放的待遇 ${recover.length} 项，共 ${sum(recover)}，须另行追回`);
  }
  if (granted.length === 0 || cancel.length + recover.length === 0) parts.push('未涉及待遇');
  const subject = reversal.subject(event.payload);
  await insertRows(tx, 'fact', FACT_COLUMNS, [
    {
      id: randomUUID(),
      event_id: event.eventId,
      source,
      seq: event.seq,
      kind: event.kind,
      version: event.version,
      subject_id: event.subjectId,
      occurred_on: event.occurredOn,
      payload: event.payload,
      rules_fact: null,
      names: null,
      outcome: 'CANCELLED',
      reasons: [],
      note: parts.join('；'),
      beneficiary_person_id: subject.personId ?? null,
      beneficiary_organisation_id: subject.organisationId ?? null,
    },
  ]);
  return 'CANCELLED';
}
