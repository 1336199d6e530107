import { sendJson, type Route } from '@jining/protocol/http';

/**
 * `/healthz`: the process lives. `/readyz`: the gateway has loaded the supergraph (503 before), with each
 * subgraph's own /readyz in the body for operators. A subgraph being down does not make the gateway unready:
 * the gateway still answers (with coded errors for that subgraph's fields), and restarting it would not help.
 */
export type SubgraphStatus = 'ready' | 'starting' | 'unreachable';

const PROBE_TIMEOUT_MS = 1500;

export function readinessRoutes(isReady: () => boolean, subgraphUrls: () => Record<string, string>): Route {
  return async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/healthz') {
      sendJson(res, 200, { status: 'ok' });
      return true;
    }
    if (pathname !== '/readyz') return false;
    const ready = isReady();
    const entries = Object.entries(subgraphUrls());
    const statuses = await Promise.all(entries.map(async ([name, url]) => [name, await probe(url)] as const));
    sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'starting', subgraphs: Object.fromEntries(statuses) });
    return true;
  };
}

async function probe(graphqlUrl: string): Promise<SubgraphStatus> {
  try {
    const response = await fetch(new URL('/readyz', graphqlUrl), { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    await response.body?.cancel();
    return response.ok ? 'ready' : 'starting';
  } catch {
    return 'unreachable';
  }
}
