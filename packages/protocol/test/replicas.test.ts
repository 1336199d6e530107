import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { failureKind, ReplicaPool, replicaUrls } from '../src/replicas.ts';

const refused = () => Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
const reset = () => Object.assign(new TypeError('fetch failed'), { cause: { code: 'UND_ERR_SOCKET' } });

describe('replicaUrls', () => {
  it('reads a comma-separated list, trimmed, and refuses an empty one or a bad URL', () => {
    expect(replicaUrls('http://a:1/graphql, http://b:2/graphql ,')).toEqual([
      'http://a:1/graphql',
      'http://b:2/graphql',
    ]);
    expect(() => replicaUrls(' , ')).toThrow(/no URL/);
    expect(() => replicaUrls('http://a:1/graphql,not a url')).toThrow(/"not a url" in .* is not a URL/);
  });
});

describe('failureKind', () => {
  it('finds the socket error inside fetch’s cause and inside a dual-stack AggregateError', () => {
    expect(failureKind(refused())).toBe('not-reached');
    expect(failureKind(new TypeError('fetch failed', { cause: new AggregateError([{ code: 'ECONNREFUSED' }]) }))).toBe(
      'not-reached',
    );
    expect(failureKind(reset())).toBe('broken');
    expect(failureKind(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe('broken');
    expect(failureKind(new Error('HTTP 500'))).toBe('other');
    expect(failureKind(new DOMException('timed out', 'TimeoutError'))).toBe('other');
  });
});

describe('ReplicaPool', () => {
  it('goes round robin', async () => {
    const pool = new ReplicaPool('http://a/,http://b/,http://c/');
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) await pool.run(async (url) => seen.push(url), { replayable: true });
    expect(seen).toEqual(['http://a/', 'http://b/', 'http://c/', 'http://a/', 'http://b/', 'http://c/']);
  });

  it('a refused connection goes to the next replica, a write too, and the refusing one is skipped for a while', async () => {
    let now = 0;
    const pool = new ReplicaPool(['http://a/', 'http://b/'], { downMs: 1000, now: () => now });
    const tried: string[] = [];
    const attempt = async (url: string) => {
      tried.push(url);
      if (url === 'http://a/') throw refused();
      return url;
    };
    expect(await pool.run(attempt, { replayable: false })).toBe('http://b/');
    expect(tried).toEqual(['http://a/', 'http://b/']);
    tried.length = 0;
    // a is down: b takes every call, whoever's turn it is.
    await pool.run(attempt, { replayable: true });
    await pool.run(attempt, { replayable: true });
    expect(tried).toEqual(['http://b/', 'http://b/']);
    // After downMs, a is tried again.
    now = 1001;
    tried.length = 0;
    await pool.run(attempt, { replayable: true });
    await pool.run(attempt, { replayable: true });
    expect(tried).toContain('http://a/');
  });

  it('a connection broken before any answer: a query goes again, a write does not', async () => {
    const pool = new ReplicaPool(['http://a/', 'http://b/']);
    const attempt = async (url: string) => {
      if (url === 'http://a/') throw reset();
      return url;
    };
    expect(await pool.run(attempt, { replayable: true })).toBe('http://b/');
    const writes = new ReplicaPool(['http://a/', 'http://b/']);
    await expect(writes.run(attempt, { replayable: false })).rejects.toThrow('fetch failed');
  });

  it('any other failure (an answer, a timeout) is never retried', async () => {
    const pool = new ReplicaPool(['http://a/', 'http://b/']);
    let calls = 0;
    await expect(
      pool.run(
        async () => {
          calls++;
          throw new Error('HTTP 500');
        },
        { replayable: true },
      ),
    ).rejects.toThrow('HTTP 500');
    expect(calls).toBe(1);
  });

  it('every replica down: the last error, after each was tried once', async () => {
    const pool = new ReplicaPool(['http://a/', 'http://b/']);
    let calls = 0;
    await expect(
      pool.run(
        async () => {
          calls++;
          throw refused();
        },
        { replayable: true },
      ),
    ).rejects.toThrow('fetch failed');
    expect(calls).toBe(2);
    // Still tried while all are marked down (a lone replica restarting is not refused for longer than its restart).
    calls = 0;
    await pool.run(async () => calls++, { replayable: true });
    expect(calls).toBe(1);
  });

  describe('with real sockets', () => {
    let server: Server | undefined;
    afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

    it('Node’s fetch to a closed port is "not reached"; to a server that drops the request is "broken"', async () => {
      server = createServer((req) => req.socket.destroy());
      await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
      const live = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const closed = createServer();
      await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
      const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
      await new Promise<void>((done) => closed.close(() => done()));
      const kind = (url: string) =>
        fetch(url, { method: 'POST', body: '{}' }).then(
          () => 'answered',
          (error: unknown) => failureKind(error),
        );
      expect(await kind(closedUrl)).toBe('not-reached');
      expect(await kind(live)).toBe('broken');
    });
  });
});
