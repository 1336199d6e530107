import type { IncomingMessage } from 'node:http';
import type { HeaderMap } from '@apollo/server';
import type { Database } from '@jining/db';
import { toHeaderMap } from '@jining/graphql-server/http';
import { ErrorCode } from '@jining/protocol/errors';
import { HttpRefusal, sendJson, type Route } from '@jining/protocol/http';
import type { Principal } from '@jining/protocol/principal';
import { mayReadFeed, servicePrincipal } from '@jining/protocol/service';
import { readOutbox } from './outbox.ts';

/** The path of every subgraph's fact feed. */
export const FEED_PATH = '/facts';

const SEQ = /^\d{1,18}$/;

/**
 * `GET /facts?after=<seq>&limit=<n>`: this subgraph's (`source`'s) outbox after a position, for the pull
 * consumers (finance's facts, the directory's levels). Only a signed service principal with `facts:read` that may
 * read this source (`FEED_READERS`, from the table in protocol/service.ts, never the wire's permissions) gets it;
 * the answer is `{ events, head }`, `head` being the newest position (the reader's lag).
 */
export function factFeedRoute(
  db: Database,
  verify: (req: IncomingMessage, headers: HeaderMap, body: Buffer) => Principal,
  source: string,
): Route {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== FEED_PATH) return false;
    if (req.method !== 'GET') throw new HttpRefusal(405, ErrorCode.BAD_USER_INPUT, '事实订阅只接受 GET');
    const signed = verify(req, toHeaderMap(req), Buffer.alloc(0));
    const principal = servicePrincipal(signed.accountId);
    if (!principal || !mayReadFeed(principal, source)) {
      throw new HttpRefusal(403, ErrorCode.FORBIDDEN, '只有获准的平台服务（资金计算、技能等级同步）可以读取本事实订阅');
    }
    const after = url.searchParams.get('after') ?? '0';
    const limit = url.searchParams.get('limit') ?? '100';
    if (!SEQ.test(after) || !/^\d{1,4}$/.test(limit)) {
      throw new HttpRefusal(400, ErrorCode.BAD_USER_INPUT, 'after 与 limit 须为非负整数', 'FEED_BAD_POSITION');
    }
    sendJson(res, 200, await readOutbox(db, BigInt(after), Number(limit)));
    return true;
  };
}
