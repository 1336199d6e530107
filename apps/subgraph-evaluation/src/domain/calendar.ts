/**
 * Today's date in Jining (UTC+8, no daylight saving), as 'YYYY-MM-DD'. A certificate dated after this is refused:
 * at 07:00 Jining time it is still yesterday in UTC, and comparing with the UTC date would refuse a real issue date.
 */
export function jiningToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
