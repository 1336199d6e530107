/**
 * Instants (ISO 8601 from the API, e.g. a history line's `at`) as staff in Jining read them: Beijing time, whatever
 * the browser's own zone, so two offices looking at one record see the same minute.
 */
const BEIJING = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** '2026-12-02T07:05:09.000Z' → '2026-12-02 15:05'; null, undefined or unreadable text → '—'. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  const part = Object.fromEntries(BEIJING.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/** Today's date in Beijing, 'YYYY-MM-DD' (a payment date's default: finance compares dates in China's calendar). */
export function beijingToday(now: Date = new Date()): string {
  const part = Object.fromEntries(BEIJING.formatToParts(now).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}`;
}

/** This year in Beijing: the budget year and report range a finance page opens on. */
export const currentYear = (now = new Date()) => Number(beijingToday(now).slice(0, 4));
