/** What `lockRowById` needs of a Prisma transaction client. */
export interface QueryingTransaction {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Locks one row of `table` by its id (SELECT … FOR UPDATE) for the rest of the transaction, so a workflow step reads
 * the state it decides on only after any concurrent step on the same record has committed: twenty identical approvals
 * queue here and the later ones find the record moved on. `refusal` makes the error for an id that exists nowhere
 * (NOT_FOUND with the record's words), thrown before anything is written.
 */
export async function lockRowById(
  tx: QueryingTransaction,
  table: string,
  id: string,
  refusal: () => Error,
): Promise<void> {
  // The table is the caller's constant; checked anyway, since it is spliced into the statement.
  if (!IDENTIFIER.test(table)) throw new Error(`not a table name: ${table}`);
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM ${table} WHERE id = $1 FOR UPDATE`, id);
  if (rows.length === 0) throw refusal();
}
