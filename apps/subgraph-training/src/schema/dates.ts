import { badInput, toIsoDate } from '@jining/subgraph-kit';

/**
 * Today's calendar date in Jining (China Standard Time), as 'YYYY-MM-DD'. The policy's dates are local dates:
 * at 07:00 in Jining it is still yesterday in UTC, and a fact approved "today" must not read as the future.
 */
export function todayInJining(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A recorded fact (an approval, a hire …) cannot have happened after today: coded INVALID_DATE otherwise. */
export function requireNotFuture(date: Date, field: string, what: string): Date {
  const iso = toIsoDate(date);
  if (iso > todayInJining()) {
    throw badInput(`${what}不能晚于今天：${iso}`, { field, reason: 'INVALID_DATE', messageEn: `${field} is in the future: ${iso}` });
  }
  return date;
}
