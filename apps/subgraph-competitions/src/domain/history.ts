import { AUDIT_TABLE } from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';

/**
 * A competition's history, read from the audit trail its writes append to in their transactions (so it cannot
 * disagree with what happened): the competition's own entries, and those of its results and teams, which carry its
 * id in what they wrote. Staff see what was done, by whom and when; the before/after values stay the auditor's.
 */
export interface HistoryLine {
  id: string;
  at: Date;
  action: string;
  actorName: string;
  count: number | null;
}

export async function competitionHistory(prisma: PrismaClient, competitionId: string): Promise<HistoryLine[]> {
  const rows = await prisma.$queryRawUnsafe<
    { id: string; at: Date; action: string; actor_name: string; written: number | null; members: number | null }[]
  >(
    `SELECT id::text, at, action, actor_name,
            (after->>'written')::int AS written,
            jsonb_array_length(CASE WHEN jsonb_typeof(after->'memberIds') = 'array' THEN after->'memberIds' END) AS members
       FROM ${AUDIT_TABLE}
      WHERE entity_id = $1 OR after->>'competitionId' = $1
      ORDER BY seq`,
    competitionId,
  );
  return rows.map((r) => ({
    id: r.id,
    at: new Date(r.at),
    action: r.action,
    actorName: r.actor_name,
    count: r.written ?? r.members ?? null,
  }));
}
