import { badInput, toIsoDate } from '@jining/subgraph-kit';

// Input helpers every training workflow (studios, craftsman colleges) shares: one wording of each refusal.

/** An id argument trimmed; an empty one is refused on its field. */
export function requireId(value: string | number, field: string): string {
  const id = String(value).trim();
  if (!id) throw badInput('编号不能为空', { field, reason: 'VALIDATION_FAILED' });
  return id;
}

/** An optional note trimmed, empty as null. */
export const clean = (value: string | null | undefined): string | null => {
  const v = value?.trim();
  return v ? v : null;
};

/** A date that must not lie after today (training's today). */
export function notFuture(date: Date, field: string, what: string, today: string): Date {
  const iso = toIsoDate(date);
  if (iso > today) {
    throw badInput(`${what}不能晚于今天（${today}）：${iso}`, { field, reason: 'INVALID_DATE' });
  }
  return date;
}
