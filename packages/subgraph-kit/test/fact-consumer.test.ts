/**
 * The kit's share of a pull consumer: who may read which feed, and how a page splits at the cursor (the rest —
 * cursor rows under a lock, the loop — is proved by finance's and the directory's consumers against real databases).
 */
import { describe, expect, it } from 'vitest';
import { devPrincipal, eventsPast, mayReadFeed, SERVICE_PRINCIPALS, type OutboxEvent } from '../src/index.ts';

const event = (seq: number, eventId = `e${seq}`): OutboxEvent => ({
  seq: String(seq),
  eventId,
  kind: 'SKILL_CERTIFICATE_RECORDED',
  version: 1,
  subjectId: `c${seq}`,
  occurredOn: '2025-09-01',
  payload: {},
  recordedAt: '2025-09-01T00:00:00.000Z',
});

describe('who may read a fact feed', () => {
  it('lets finance’s fact service read every feed and the directory’s level service evaluation’s only', () => {
    for (const source of ['evaluation', 'training', 'awards', 'competitions']) {
      expect(mayReadFeed(SERVICE_PRINCIPALS.FINANCE_FACTS, source)).toBe(true);
    }
    expect(mayReadFeed(SERVICE_PRINCIPALS.DIRECTORY_LEVELS, 'evaluation')).toBe(true);
    for (const source of ['training', 'awards', 'competitions', 'directory', 'finance']) {
      expect(mayReadFeed(SERVICE_PRINCIPALS.DIRECTORY_LEVELS, source)).toBe(false);
    }
  });

  it('refuses every other principal, and a listed one without facts:read', () => {
    expect(mayReadFeed({ ...devPrincipal('hrss'), permissions: ['facts:read'] }, 'evaluation')).toBe(false);
    expect(mayReadFeed(SERVICE_PRINCIPALS.REFERENCES, 'evaluation')).toBe(false);
    expect(mayReadFeed({ ...SERVICE_PRINCIPALS.FINANCE_FACTS, permissions: [] }, 'evaluation')).toBe(false);
  });
});

describe('a page split at the cursor', () => {
  it('keeps the events past the position once each, and moves the position to the page’s last', () => {
    const page = [event(3), event(4), event(5), event(5, 'e4'), event(6)];
    const past = eventsPast(page, 3n);
    expect(past.fresh.map((e) => e.seq)).toEqual(['4', '5', '6']);
    expect(past.skipped).toBe(2);
    expect(past.position).toBe(6n);
  });

  it('skips events the consumer already holds, and never moves the position back', () => {
    const past = eventsPast([event(2), event(3)], 9n, (id) => id === 'e3');
    expect(past).toEqual({ fresh: [], skipped: 2, position: 9n });
    expect(eventsPast([event(10), event(11)], 9n, (id) => id === 'e10').fresh.map((e) => e.seq)).toEqual(['11']);
  });
});
