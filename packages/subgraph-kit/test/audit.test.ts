/**
 * The kit's audit trail on a real database: append-only, written in the caller's transaction (and gone with it when
 * it rolls back), read newest first with filters and pages no larger than the limit.
 */
import { createTestDatabase, type Database } from '@jining/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appendAudit,
  AUDIT_PAGE_LIMIT,
  AUDIT_TABLE,
  ensureAuditTrail,
  readAudit,
  type RawTransaction,
} from '../src/index.ts';
import { devPrincipal } from '../src/testing.ts';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase('kit-audit');
  await ensureAuditTrail(db);
  await ensureAuditTrail(db); // every start runs it: twice must be harmless
}, 120_000); // a fresh PGlite on a loaded two-core machine
afterAll(async () => db?.close());

/**
 * Runs `fn` in one transaction of the driver adapter Prisma uses (what `prisma.$transaction` hands a resolver), as
 * the `$executeRawUnsafe` a Prisma transaction client offers; commits, or rolls back when `fn` throws. It ends the
 * transaction as Prisma's engine does: adapter-pg (usePhantomQuery false) expects the engine to send COMMIT or
 * ROLLBACK itself and only releases the connection in commit()/rollback(); PGlite's adapter ends it there.
 */
async function inTransaction(fn: (tx: RawTransaction) => Promise<void>): Promise<void> {
  const adapter = await db.adapter.connect();
  const tx = await adapter.startTransaction();
  const end = async (sql: 'COMMIT' | 'ROLLBACK') => {
    if (!tx.options.usePhantomQuery) await tx.executeRaw({ sql, args: [], argTypes: [] });
  };
  const raw: RawTransaction = {
    $executeRawUnsafe: (sql, ...args) =>
      tx.executeRaw({ sql, args, argTypes: args.map(() => ({ scalarType: 'unknown', arity: 'scalar' }) as const) }),
  };
  try {
    await fn(raw);
    await end('COMMIT');
    await tx.commit();
  } catch (error) {
    await end('ROLLBACK');
    await tx.rollback();
    throw error;
  } finally {
    await adapter.dispose();
  }
}

const count = async () =>
  Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${AUDIT_TABLE}`))[0]!.n);

describe('the kit’s audit trail', () => {
  it('records who, what, why, before/after and the request id, inside the caller’s transaction', async () => {
    const hrss = devPrincipal('hrss');
    await inTransaction(async (tx) => {
      await appendAudit(
        tx,
        { principal: hrss, requestId: 'req-1' },
        {
          action: 'CHANGE_THING',
          entityType: 'Thing',
          entityId: 'thing-1',
          reason: '核对材料',
          before: { amount: 10n, on: new Date('2025-01-02T00:00:00Z') },
          after: { amount: 20n },
        },
      );
    });
    const { entries } = await readAudit(db, { entityId: 'thing-1' }, { first: 10 });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorAccountId: 'acc-hrss',
      actorName: hrss.displayName,
      department: 'HRSS',
      action: 'CHANGE_THING',
      entityType: 'Thing',
      entityId: 'thing-1',
      reason: '核对材料',
      before: { amount: '10', on: '2025-01-02T00:00:00.000Z' },
      after: { amount: '20' },
      requestId: 'req-1',
    });
    expect(Date.now() - Date.parse(entries[0]!.at)).toBeLessThan(60_000);
  });

  it('gives a principal alone a fresh request id', async () => {
    await inTransaction((tx) =>
      appendAudit(tx, devPrincipal('union'), { action: 'X', entityType: 'Thing', entityId: 'thing-2' }).then(() => {}),
    );
    const [entry] = (await readAudit(db, { entityId: 'thing-2' }, { first: 1 })).entries;
    expect(entry!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(entry!.before).toBeNull();
  });

  it('rolls back with the caller’s transaction: a failed change leaves no entry', async () => {
    const before = await count();
    await expect(
      inTransaction(async (tx) => {
        await appendAudit(tx, devPrincipal('hrss'), { action: 'DOOMED', entityType: 'Thing', entityId: 'thing-3' });
        throw new Error('the change failed after its audit row');
      }),
    ).rejects.toThrow('the change failed');
    expect(await count()).toBe(before);
    expect((await readAudit(db, { action: 'DOOMED' }, { first: 10 })).totalCount).toBe(0);
  });

  it('is append-only: UPDATE and DELETE are refused, even in SQL', async () => {
    await expect(db.query(`UPDATE ${AUDIT_TABLE} SET reason = 'edited'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM ${AUDIT_TABLE}`)).rejects.toThrow(/append-only/);
    const { entries } = await readAudit(db, { entityId: 'thing-1' }, { first: 1 });
    expect(entries[0]!.reason).toBe('核对材料');
  });

  it('pages newest first with a cursor, filters by actor, action and time, and never serves more than the limit', async () => {
    await inTransaction(async (tx) => {
      for (let i = 0; i < AUDIT_PAGE_LIMIT + 20; i++) {
        await appendAudit(tx, devPrincipal('finance'), { action: 'BULK', entityType: 'Thing', entityId: `bulk-${i}` });
      }
    });
    const huge = await readAudit(db, { action: 'BULK' }, { first: 10_000 });
    expect(huge.entries).toHaveLength(AUDIT_PAGE_LIMIT);
    expect(huge.totalCount).toBe(AUDIT_PAGE_LIMIT + 20);
    expect(huge.hasNextPage).toBe(true);
    expect((await readAudit(db, { action: 'BULK' }, { first: 0 })).entries).toHaveLength(1);

    const first = await readAudit(db, { actorAccountId: 'acc-finance' }, { first: 50 });
    expect(first.entries[0]!.entityId).toBe(`bulk-${AUDIT_PAGE_LIMIT + 19}`);
    const seen = first.entries.map((e) => e.entityId);
    let after = first.entries.at(-1)!.seq;
    for (let page = await readAudit(db, { actorAccountId: 'acc-finance' }, { first: 50, after }); ;) {
      seen.push(...page.entries.map((e) => e.entityId));
      if (!page.hasNextPage) break;
      after = page.entries.at(-1)!.seq;
      page = await readAudit(db, { actorAccountId: 'acc-finance' }, { first: 50, after });
    }
    expect(seen).toHaveLength(AUDIT_PAGE_LIMIT + 20);
    expect(new Set(seen).size).toBe(AUDIT_PAGE_LIMIT + 20);
    // Cursor seq 10 sorts numerically, not as text ('10' < '9').
    const seqs = first.entries.map((e) => BigInt(e.seq));
    expect([...seqs].sort((a, b) => (a > b ? -1 : 1))).toEqual(seqs);

    const future = new Date(Date.now() + 3600_000);
    expect((await readAudit(db, { from: future }, { first: 10 })).totalCount).toBe(0);
    expect((await readAudit(db, { to: future, action: 'BULK' }, { first: 10 })).totalCount).toBe(AUDIT_PAGE_LIMIT + 20);
    await expect(readAudit(db, {}, { first: 10, after: '1; DROP TABLE x' })).rejects.toThrow(/cursor/);
  });
});
