/**
 * Several replicas of one service behind one name: `DIRECTORY_URL=http://10.0.0.5:4101/graphql,http://10.0.0.6:4101/graphql`.
 * Used by the gateway for its subgraphs and by every service-to-service caller (accounts, fact feeds), so they all
 * read a list the same way and retry only where it is safe.
 *
 * Safe means the request cannot have been handled twice:
 * - a replica that refused the connection (or whose address does not answer) never saw the request: any request may
 *   go to the next replica, a mutation too;
 * - a connection reset or closed before any response may have reached the replica: only a request that changes
 *   nothing (a query, a read) goes again;
 * - a timeout, or any response at all (an HTTP 500 included), is the caller's to handle: never retried here.
 * A replica that failed either way is left out for `downMs` (it still gets requests when every replica is out, so a
 * platform whose only replica restarts is not refused for longer than the restart).
 */

/** How long a replica that failed is skipped (default). */
export const REPLICA_DOWN_MS = 2000;

/** `a,b , c` → the URLs, each checked; a list with none is refused (it would route nowhere). */
export function replicaUrls(value: string): string[] {
  const urls = value
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  if (urls.length === 0) throw new Error(`no URL in ${JSON.stringify(value)}`);
  for (const url of urls) {
    if (!URL.canParse(url)) throw new Error(`${JSON.stringify(url)} in ${JSON.stringify(value)} is not a URL`);
  }
  return urls;
}

/** Connection-level codes that prove the request never reached the process. */
const NOT_REACHED = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EADDRNOTAVAIL']);
/** The connection broke before any response: the request may or may not have been handled. */
const BROKEN = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED']);

/** Every error in the chain: fetch wraps the socket's error in `cause`, a dual-stack connect in an AggregateError. */
function* chain(error: unknown, depth = 0): Generator<{ code?: unknown; message?: unknown }> {
  if (!error || typeof error !== 'object' || depth > 5) return;
  yield error as { code?: unknown };
  if (error instanceof AggregateError) for (const inner of error.errors) yield* chain(inner, depth + 1);
  yield* chain((error as { cause?: unknown }).cause, depth + 1);
}

/** How a failed call failed, as far as retrying goes. */
export function failureKind(error: unknown): 'not-reached' | 'broken' | 'other' {
  const codes = [...chain(error)].map((e) => e.code);
  if (codes.some((c) => typeof c === 'string' && NOT_REACHED.has(c))) return 'not-reached';
  if (codes.some((c) => typeof c === 'string' && BROKEN.has(c))) return 'broken';
  return 'other';
}

export interface ReplicaPoolOptions {
  downMs?: number;
  /** Tests move time. */
  now?: () => number;
}

export class ReplicaPool {
  readonly urls: readonly string[];
  private readonly downUntil: number[];
  private next = 0;
  private readonly downMs: number;
  private readonly now: () => number;

  /** `urls`: a list, or a comma-separated string (`replicaUrls`). */
  constructor(urls: string | readonly string[], options: ReplicaPoolOptions = {}) {
    this.urls = typeof urls === 'string' ? replicaUrls(urls) : [...urls];
    if (this.urls.length === 0) throw new Error('a replica pool needs at least one URL');
    this.downUntil = this.urls.map(() => 0);
    this.downMs = options.downMs ?? REPLICA_DOWN_MS;
    this.now = options.now ?? Date.now;
  }

  /** The order to try for one request: round robin over the replicas that are up, then those marked down. */
  order(): number[] {
    const n = this.urls.length;
    const start = this.next;
    this.next = (this.next + 1) % n;
    if (n === 1) return [0];
    const now = this.now();
    const rotated = Array.from({ length: n }, (_, k) => (start + k) % n);
    return [...rotated.filter((i) => this.downUntil[i]! <= now), ...rotated.filter((i) => this.downUntil[i]! > now)];
  }

  /**
   * Runs `attempt` against one replica, and against the next only where safe (see the file's comment).
   * `replayable`: the request changes nothing, so a connection broken mid-request may be sent again.
   */
  async run<T>(attempt: (url: string) => Promise<T>, { replayable }: { replayable: boolean }): Promise<T> {
    let lastError: unknown;
    for (const index of this.order()) {
      try {
        const result = await attempt(this.urls[index]!);
        this.downUntil[index] = 0;
        return result;
      } catch (error) {
        const kind = failureKind(error);
        if (kind === 'other') throw error;
        this.downUntil[index] = this.now() + this.downMs;
        lastError = error;
        if (kind === 'broken' && !replayable) throw error;
      }
    }
    throw lastError;
  }
}
