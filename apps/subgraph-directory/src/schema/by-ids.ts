import { badInput } from '@jining/subgraph-kit';

/** The most ids one `…ByIds` query takes: a page of the largest size the limits allow. */
export const BY_IDS_LIMIT = 100;

/** The ids as strings, refused when there are more than BY_IDS_LIMIT (a coded error naming the field). */
export function requireIdList(ids: readonly (string | number)[]): string[] {
  if (ids.length > BY_IDS_LIMIT) {
    throw badInput(`一次至多查询 ${BY_IDS_LIMIT} 个编号，收到 ${ids.length} 个`, {
      field: 'ids',
      reason: 'TOO_MANY_IDS',
      messageEn: `At most ${BY_IDS_LIMIT} ids at once, got ${ids.length}`,
    });
  }
  return ids.map(String);
}
