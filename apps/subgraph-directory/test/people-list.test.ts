/**
 * The people list a department filters: by county, by name prefix (姓名以…开头, a range a b-tree serves), and by the
 * lowest skill level (people(minLevel:)), which reads the directory's read model of evaluation's certificates, fed
 * by evaluation's outbox through the level consumer: a record lifts a person in, a revocation drops them out, and the
 * same event twice or two consumers at once give one result.
 */
import { randomUUID } from 'node:crypto';
import { makeResidentId } from '@jining/reference-data';
import { signRequest, SERVICE_PRINCIPALS, type OutboxEvent } from '@jining/subgraph-kit';
import {
  devPrincipal,
  MemoryFactFeed,
  startTestSubgraph,
  type Connection,
  type TestSubgraph,
} from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { consumeLevelPage } from '../src/levels/consumer.ts';
import { directory } from '../src/subgraph.ts';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  // The consumer is driven by the tests themselves, page by page.
  sg = await startTestSubgraph(directory, { background: false });
});
afterAll(async () => sg?.stop());

/** evaluation's outbox as a list: what its feed would serve, in order. */
class ListFeed extends MemoryFactFeed {
  record(certificateId: string, personId: string, level: string, eventId = randomUUID()): OutboxEvent {
    const payload = {
      certificateId,
      certificateNo: `NO-${certificateId}`,
      personId,
      level,
      issuedOn: '2025-09-01',
      route: 'SKILL_LEVEL_CERTIFICATION',
      issuerId: 'org-issuer',
      newlyObtained: true,
    };
    return this.append('SKILL_CERTIFICATE_RECORDED', certificateId, '2025-09-01', payload, eventId);
  }
  revoke(certificateId: string, personId: string, eventId = randomUUID()): OutboxEvent {
    const payload = { certificateId, certificateNo: `NO-${certificateId}`, personId, reason: '登记有误' };
    return this.append('SKILL_CERTIFICATE_REVOKED', certificateId, '2025-09-01', payload, eventId);
  }
  /** The same event served again at a later position (a broker's redelivery). */
  redeliver(event: OutboxEvent): void {
    this.events.push({ ...event, seq: String(this.events.length + 1) });
  }
}

const CREATE = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id name } }`;
let serial = 700;
async function person(name: string, countyCode: string): Promise<string> {
  const idNumber = makeResidentId(countyCode, '1985-06-01', serial++);
  const res = await sg.request<{ createPerson: { id: string } }>(CREATE, { input: { name, idNumber, countyCode } });
  expect(res.errors).toBeUndefined();
  return res.data!.createPerson.id;
}

const LIST = `query ($county: ID, $level: SkillLevel, $search: String) {
  people(first: 50, countyCode: $county, minLevel: $level, search: $search) { totalCount edges { node { id name } } } }`;
async function list(args: { county?: string; level?: string; search?: string }, principal = devPrincipal('hrss')) {
  const res = await sg.request<{ people: Connection<{ id: string; name: string }> }>(
    LIST,
    { county: args.county ?? null, level: args.level ?? null, search: args.search ?? null },
    principal,
  );
  expect(res.errors).toBeUndefined();
  const names = res.data!.people.edges.map((e) => e.node.name).sort();
  expect(res.data!.people.totalCount).toBe(names.length);
  return names;
}

/** Reads the feed to its end, one page at a time. */
async function catchUp(feed: ListFeed, pageSize = 3) {
  let handled = 0;
  for (;;) {
    const page = await consumeLevelPage(sg.prisma, feed, pageSize);
    handled += page.handled;
    if (page.handled + page.skipped === 0) return handled;
  }
}

const rankOf = async (id: string) =>
  (await sg.prisma.person.findUniqueOrThrow({ where: { id }, select: { highestLevelRank: true } })).highestLevelRank;

describe('the people list by name prefix', () => {
  it('finds names that start with the text, not names that contain it, in a county', async () => {
    // 欧 is U+6B27, 欨 U+6B28 (the range's end); 𠀀 is beyond U+FFFF, still after the prefix.
    await person('欧阳明', '370811');
    await person('欧𠀀', '370811');
    await person('欧阳丽', '370812');
    await person('明欧阳', '370811');
    await person('欨静', '370811');
    expect(await list({ search: '欧' })).toEqual(['欧阳丽', '欧阳明', '欧𠀀'].sort());
    expect(await list({ search: '欧阳', county: '370811' })).toEqual(['欧阳明']);
    expect(await list({ search: '  欧阳  ' })).toEqual(['欧阳丽', '欧阳明'].sort());
    // An infix no longer matches: 明欧阳 contains 欧阳 but does not start with it.
    expect(await list({ search: '阳' })).toEqual([]);
    expect(await list({ search: '欨' })).toEqual(['欨静']);
    // LIKE's wildcards are plain text in a range.
    expect(await list({ search: '欧%' })).toEqual([]);
    expect(await list({ search: '_' })).toEqual([]);
  });

  it('still finds a full ID number for pii:read only, and never a partial one', async () => {
    const idNumber = makeResidentId('370826', '1979-11-02', 901);
    await sg.request(CREATE, { input: { name: '颜守义', idNumber, countyCode: '370826' } });
    expect(await list({ search: idNumber })).toEqual(['颜守义']);
    expect(await list({ search: idNumber.toLowerCase() })).toEqual(['颜守义']);
    expect(await list({ search: idNumber.slice(0, 14) })).toEqual([]);
    expect(await list({ search: idNumber }, devPrincipal('finance'))).toEqual([]);
    expect(await list({ search: '颜守' }, devPrincipal('finance'))).toEqual(['颜守义']);
  });

  it('refuses an overlong search with a coded Chinese error, and an unknown level as an enum error', async () => {
    const long = await sg.request(LIST, { search: '张'.repeat(31) });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0]?.message).toBe('检索内容不超过 30 个字');
    expect(long.data?.people ?? null).toBeNull();
    const bad = await sg.request(LIST, { level: 'GRANDMASTER' });
    expect(bad.errors?.[0]?.message).toBe('参数值无效（字段 level）');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const inline = await sg.request(`{ people(first: 5, minLevel: GRANDMASTER) { totalCount } }`);
    expect(inline.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('the people list by lowest skill level (the read model of evaluation’s certificates)', () => {
  it('lists people whose highest valid certificate reaches the level, and drops them when it is revoked', async () => {
    const feed = new ListFeed('evaluation-levels');
    const kong = await person('孔繁星', '370881');
    const kongYu = await person('孔繁宇', '370881');
    const kongOther = await person('孔繁华', '370883');
    const meng = await person('孟庆海', '370881');
    feed.record('c-kong-1', kong, 'INTERMEDIATE');
    feed.record('c-kong-2', kong, 'TECHNICIAN');
    feed.record('c-kongyu', kongYu, 'SENIOR');
    feed.record('c-other', kongOther, 'CHIEF_TECHNICIAN');
    feed.record('c-meng', meng, 'SENIOR_TECHNICIAN');
    expect(await catchUp(feed)).toBe(5);
    expect(await list({ county: '370881', level: 'SENIOR', search: '孔' })).toEqual(['孔繁宇', '孔繁星'].sort());
    expect(await list({ county: '370881', level: 'TECHNICIAN', search: '孔繁' })).toEqual(['孔繁星']);
    expect(await list({ county: '370881', level: 'TECHNICIAN' })).toEqual(['孔繁星', '孟庆海'].sort());
    expect(await list({ level: 'CHIEF_TECHNICIAN' })).toEqual(['孔繁华']);
    expect(await list({ county: '370881', level: 'APPRENTICE', search: '孔繁' })).toEqual(['孔繁宇', '孔繁星'].sort());

    // The technician certificate is revoked: 孔繁星 falls back to 中级工 and out of 高级工 and above.
    feed.revoke('c-kong-2', kong);
    expect(await catchUp(feed)).toBe(1);
    expect(await rankOf(kong)).toBe(2);
    expect(await list({ county: '370881', level: 'SENIOR', search: '孔' })).toEqual(['孔繁宇']);
    // Revoking the last one leaves no level at all (not 学徒工).
    feed.revoke('c-kong-1', kong);
    await catchUp(feed);
    expect(await rankOf(kong)).toBeNull();
    expect(await list({ county: '370881', level: 'APPRENTICE', search: '孔繁' })).toEqual(['孔繁宇']);
  });

  it('applies the same event twice, a redelivery and a re-read from the start with one result', async () => {
    const feed = new ListFeed('evaluation-twice');
    const id = await person('曾宪梓', '370830');
    const recorded = feed.record('c-zeng', id, 'SENIOR');
    feed.redeliver(recorded);
    feed.events.push({ ...recorded }); // the same event at the same position: served twice in one page
    expect(await catchUp(feed, 10)).toBe(1);
    const revoked = feed.revoke('c-zeng', id);
    feed.redeliver(recorded); // the record again after its revocation: revoked stays revoked
    feed.redeliver(revoked);
    await catchUp(feed, 2);
    const after = await sg.prisma.personLevel.findMany({ where: { personId: id } });
    expect(after).toEqual([{ certificateId: 'c-zeng', personId: id, levelRank: 3, revoked: true }]);
    expect(await rankOf(id)).toBeNull();
    // A cursor moved back to the start re-reads every event: nothing changes.
    await sg.prisma.factCursor.update({ where: { source: feed.source }, data: { position: 0n } });
    await catchUp(feed, 4);
    expect(await sg.prisma.personLevel.findMany({ where: { personId: id } })).toEqual(after);
    expect(await rankOf(id)).toBeNull();
  });

  it('keeps a revocation seen before its record', async () => {
    const feed = new ListFeed('evaluation-revoked-first');
    const id = await person('冯友兰', '370831');
    feed.revoke('c-feng', id);
    feed.record('c-feng', id, 'TECHNICIAN');
    feed.record('c-feng-2', id, 'ELEMENTARY');
    await catchUp(feed);
    expect(await rankOf(id)).toBe(1);
  });

  it('gives one result when two consumers read the same pages at once', async () => {
    const feed = new ListFeed('evaluation-two-consumers');
    const ids = await Promise.all(
      ['卢', '邓', '许', '傅'].map((s, i) => person(`${s}志远`, '370832').then((p) => [p, i])),
    );
    for (const [pid, i] of ids as [string, number][]) {
      feed.record(`c-two-${i}-a`, pid, 'SENIOR');
      feed.record(`c-two-${i}-b`, pid, 'SENIOR_TECHNICIAN');
      if (i % 2 === 0) feed.revoke(`c-two-${i}-b`, pid);
    }
    const [first, second] = await Promise.all([catchUp(feed, 5), catchUp(feed, 5)]);
    // Every event applied by exactly one of them: the cursor's lock and position make the other skip it.
    expect(first + second).toBe(feed.events.length);
    const cursor = await sg.prisma.factCursor.findUniqueOrThrow({ where: { source: feed.source } });
    expect(cursor.position).toBe(BigInt(feed.events.length));
    expect(cursor.head).toBe(BigInt(feed.events.length));
    // Written as UTC, as Prisma reads it.
    expect(Math.abs(cursor.lastPolledAt!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(cursor.lastError).toBeNull();
    expect(await list({ county: '370832', level: 'SENIOR_TECHNICIAN' })).toEqual(['邓志远', '傅志远'].sort());
    expect(await list({ county: '370832', level: 'SENIOR' })).toHaveLength(4);
  });

  it('ignores other kinds and versions, and a record whose level is not on the ladder', async () => {
    const feed = new ListFeed('evaluation-odd');
    const id = await person('韩愈之', '370811');
    const odd = feed.record('c-han', id, 'GRANDMASTER');
    const future = feed.record('c-han-2', id, 'CHIEF_TECHNICIAN');
    future.version = 2;
    feed.events.push({ ...odd, seq: String(feed.events.length + 1), eventId: randomUUID(), kind: 'OTHER_FACT' });
    const page = await consumeLevelPage(sg.prisma, feed, 10);
    expect(page.handled).toBe(3);
    expect(page.applied).toEqual({ recorded: 0, revoked: 0, ignored: 3, people: 0 });
    expect(await rankOf(id)).toBeNull();
  });
});

describe('the directory’s own feed', () => {
  it('is not the level service’s to read: it reads evaluation’s only', async () => {
    const path = '/facts?after=0';
    const get = (principal: typeof SERVICE_PRINCIPALS.FINANCE_FACTS | typeof SERVICE_PRINCIPALS.DIRECTORY_LEVELS) =>
      fetch(new URL(path, sg.url), {
        headers: signRequest(
          principal,
          { method: 'GET', target: 'directory', path, body: '' },
          process.env.GATEWAY_SIGNING_SECRET ?? '',
        ),
      });
    expect((await get(SERVICE_PRINCIPALS.DIRECTORY_LEVELS)).status).toBe(403);
    expect((await get(SERVICE_PRINCIPALS.FINANCE_FACTS)).status).toBe(200);
  });

  it('serves no birth date to the level service, which holds facts:read but is not finance’s fact service', async () => {
    const id = await person('谢灵运', '370811');
    const res = await sg.request<{ person: { birthDate: string | null } }>(
      `query ($id: ID!) { person(id: $id) { birthDate } }`,
      { id },
      SERVICE_PRINCIPALS.DIRECTORY_LEVELS,
    );
    expect(res.data!.person.birthDate).toBeNull();
  });
});
