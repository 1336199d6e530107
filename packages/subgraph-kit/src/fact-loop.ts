import type { FactFeed } from './fact-feed.ts';

/** What one page did, as the loop needs it. */
export interface PageProgress {
  handled: number;
  skipped: number;
  /** The cursor after the page. */
  position: bigint;
  /** What the handled events came to, for the log line (finance: its outcomes). */
  summary?: string;
}

export interface FeedLoopOptions {
  feeds: readonly FactFeed[];
  /** Reads and handles one page of `feed` after its cursor (the consumer's own work). */
  consume: (feed: FactFeed) => Promise<PageProgress>;
  /** Records a failure where an operator sees it (the cursor's last_error); its own failure is ignored. */
  onError?: (feed: FactFeed, message: string) => Promise<void>;
  log: (line: string) => void;
  /** The log lines' prefix, e.g. `facts` or `levels`. */
  label: string;
  /** How long to wait when a feed has nothing new (ms). */
  idleMs?: number;
  /** Wait after a failure (source or gateway down), doubled up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

/**
 * Runs a pull consumer until stopped: each feed in its own loop, a page after another while there is work, a short
 * sleep when idle, backing off (doubling) while the source or what the consumer needs is down. Returns the stop
 * function, which wakes sleeping loops and waits for a page in flight to finish.
 */
export function startFeedLoops(options: FeedLoopOptions): () => Promise<void> {
  const { label, log } = options;
  const idleMs = options.idleMs ?? 500;
  const backoffMs = options.backoffMs ?? 1_000;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  let stopped = false;
  const timers = new Set<{ wake: () => void }>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => done(), ms);
      const entry = { wake: () => done() };
      function done() {
        clearTimeout(timer);
        timers.delete(entry);
        resolve();
      }
      timers.add(entry);
    });

  const loop = async (feed: FactFeed) => {
    let wait = backoffMs;
    let failing = false;
    while (!stopped) {
      try {
        const result = await options.consume(feed);
        if (failing) log(`${label}: ${feed.source} reachable again`);
        failing = false;
        wait = backoffMs;
        if (result.handled > 0) {
          const summary = result.summary ? ` (${result.summary})` : '';
          log(`${label}: ${feed.source} +${result.handled}${summary}, at ${result.position}`);
        }
        if (result.handled + result.skipped === 0) await sleep(idleMs);
      } catch (error) {
        if (stopped) break;
        const message = (error as Error).message;
        if (!failing) log(`${label}: ${feed.source} paused, retrying: ${message}`);
        failing = true;
        await options.onError?.(feed, message).catch(() => {});
        await sleep(wait);
        wait = Math.min(wait * 2, maxBackoffMs);
      }
    }
  };
  const running = options.feeds.map((feed) => loop(feed));
  return async () => {
    stopped = true;
    for (const t of [...timers]) t.wake();
    await Promise.allSettled(running);
  };
}
