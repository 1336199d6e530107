import { sendJson, type Route } from '@jining/protocol/http';
import { replicaUrls } from '@jining/protocol/replicas';

/**
 * `/healthz`: the process lives (liveness: restart the gateway only when this fails). `/readyz`: the gateway can
 * answer in full — the supergraph is loaded and every subgraph's own `/readyz` says ready. While one is down or
 * starting it answers 503 and names it (`unavailable`), so a load balancer or an operator sees which; the gateway
 * itself keeps serving, with coded errors for that subgraph's fields. 200 again as soon as it is back. A subgraph with
 * several replicas is ready while one of them is (the gateway sends its calls to those that answer).
 */
export type SubgraphStatus = 'ready' | 'starting' | 'unreachable';

export interface ReadinessBody {
  status: 'ready' | 'starting' | 'degraded';
  subgraphs: Record<string, SubgraphStatus>;
  /** The subgraphs that are not ready, when there are any. */
  unavailable?: string[];
}

const PROBE_TIMEOUT_MS = 1500;

export function readinessRoutes(isReady: () => boolean, subgraphUrls: () => Record<string, string>): Route {
  return async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/healthz') {
      sendJson(res, 200, { status: 'ok' });
      return true;
    }
    if (pathname !== '/readyz') return false;
    const loaded = isReady();
    const entries = Object.entries(subgraphUrls());
    const statuses = await Promise.all(entries.map(async ([name, url]) => [name, await probe(url)] as const));
    const unavailable = statuses.filter(([, status]) => status !== 'ready').map(([name]) => name);
    const body: ReadinessBody = {
      status: !loaded ? 'starting' : unavailable.length > 0 ? 'degraded' : 'ready',
      subgraphs: Object.fromEntries(statuses),
      ...(unavailable.length > 0 ? { unavailable } : {}),
    };
    sendJson(res, body.status === 'ready' ? 200 : 503, body);
    return true;
  };
}

/** A subgraph running as several replicas (a comma-separated URL) is as ready as its best replica. */
async function probe(urls: string): Promise<SubgraphStatus> {
  const statuses = await Promise.all(replicaUrls(urls).map(probeOne));
  return statuses.includes('ready') ? 'ready' : statuses.includes('starting') ? 'starting' : 'unreachable';
}

async function probeOne(graphqlUrl: string): Promise<SubgraphStatus> {
  try {
    const response = await fetch(new URL('/readyz', graphqlUrl), { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    await response.body?.cancel();
    return response.ok ? 'ready' : 'starting';
  } catch {
    return 'unreachable';
  }
}
