import type { Database } from '@jining/db';
import type { Principal } from '@jining/protocol/principal';
import type { ReferenceChecker } from './references.ts';

/** The per-request context every subgraph resolver receives. */
export interface SubgraphContext<Client = unknown> {
  /** The caller, as signed by the gateway (always present: unsigned calls never reach a resolver). */
  principal: Principal;
  /** The subgraph's Prisma client, bound to its own database. */
  prisma: Client;
  db: Database;
  requestId: string;
  /** Checks that the people and units a write names exist in the directory (references.ts). */
  references: ReferenceChecker;
}
