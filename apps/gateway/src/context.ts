import { randomUUID } from 'node:crypto';
import type { Principal } from '@jining/protocol/principal';

/** What each /graphql request carries through the gateway into the subgraph requests. */
export interface GatewayContext {
  /** The logged-in caller, verified from the bearer token; signed to every subgraph. */
  principal: Principal;
  /** Joins the gateway's and subgraphs' logs for one request; echoed in the `x-request-id` response header. */
  requestId: string;
}

/** A caller-supplied id is kept only if it is plainly an id (it ends up in logs and headers). */
export function requestIdFrom(header: string | undefined): string {
  return header && /^[A-Za-z0-9._:-]{1,128}$/.test(header) ? header : randomUUID();
}
